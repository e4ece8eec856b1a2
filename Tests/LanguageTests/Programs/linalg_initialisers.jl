srand(3)
Q = orthogonal(4)
println(Q' * Q ≈ eye(4), " ", size(Q))
# expect: true (4, 4)
W = scale_radius(randn(4, 4), 0.9)
println(spectral_radius(W) ≈ 0.9)
# expect: true
n = gradient_norms(0.5 * eye(3), 4)
println(length(n), " ", n[2] / n[1] ≈ 0.5, " ", n[5] / n[1] ≈ 0.0625)
# expect: 5 true true
