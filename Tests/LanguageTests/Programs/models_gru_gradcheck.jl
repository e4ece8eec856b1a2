srand(11)
X, H = 2, 3
p = Dict(:Wzr => randn(X + H, 2H) * 0.3, :bzr => zeros(1, 2H), :Wh => randn(X + H, H) * 0.3, :bh => zeros(1, H))
xs = [randn(1, X) for t in 1:4]
function gru_loss(p, xs)
    h = zeros(1, H)
    for x in xs
        h = grucell(x, h, p[:Wzr], p[:bzr], p[:Wh], p[:bh])
    end
    sum(h) + 0.5 * sum(h .^ 2)
end
println(gradcheck(gru_loss, p, xs))
# expect: true
