# One vanilla RNN step in the engine's row convention: h' = tanh([x h] * W .+ b).
x = [1.0 2.0]
h = [0.5 -0.5]
W = [0.1 0.2; 0.3 0.4; 0.5 0.6; 0.7 0.8]
b = [0.01 0.02]
h2 = rnncell(x, h, W, b)
println(h2 ≈ tanh([x h] * W .+ b), " ", size(h2))
# expect: true (1, 2)
loss(p) = sum(rnncell(x, h, p[1], p[2]) .^ 2)
println(gradcheck(loss, Any[W, b]))
# expect: true
