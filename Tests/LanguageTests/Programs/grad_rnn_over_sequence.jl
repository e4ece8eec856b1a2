# A vanilla RNN over three steps with weights in a Dict; the gradient keeps the Dict's keys.
function rnnloss(p, xs)
    h = zeros(2)
    total = 0.0
    for x in xs
        h = tanh(p[:Wx] * x .+ p[:Wh] * h .+ p[:b])
        total += sum(h .^ 2)
    end
    total
end
p = Dict(:Wx => [0.1 0.2; -0.3 0.4], :Wh => [0.5 -0.1; 0.2 0.3], :b => [0.01, 0.02])
xs = [[1.0, 0.0], [0.0, 1.0], [0.5, 0.5]]
g = grad(rnnloss)(p, xs)
println(sort(collect(keys(g))))
# expect: [:Wh, :Wx, :b]
println(size(g[:Wx]), " ", size(g[:b]))
# expect: (2, 2) (2,)
println(gradcheck(rnnloss, p, xs))
# expect: true
