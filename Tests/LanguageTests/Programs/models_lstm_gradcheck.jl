# An LSTM over three steps on a list of weights, checked against central differences.
srand(7)
X, H = 3, 2
W = randn(X + H, 4H) * 0.3
b = zeros(1, 4H)
xs = [randn(1, X) for t in 1:3]
function lstm_loss(w, xs)
    h = zeros(1, H)
    c = zeros(1, H)
    total = 0.0
    for x in xs
        h, c = lstmcell(x, h, c, w[1], w[2])
        total += sum(h .* h)
    end
    total
end
println(gradcheck(lstm_loss, Any[W, b], xs))
# expect: true
g = grad(lstm_loss)(Any[W, b], xs)
println(size(g[1]), " ", size(g[2]))
# expect: (5, 8) (1, 8)
