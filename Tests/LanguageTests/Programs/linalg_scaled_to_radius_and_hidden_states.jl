# scaled_to_radius is the issue's name for scale_radius; gradient_norms accepts the
# hidden states of a tanh RNN, so each step multiplies by diag(1 - h_t^2) as well.
srand(3)
W = randn(4, 4)
V = scaled_to_radius(W, 0.9)
println(isapprox(spectral_radius(V), 0.9; rtol=1e-10), " ", scale_radius(W, 0.9) == V)
# expect: true true
Q = [0.0 -1.0; 1.0 0.0]
plain = gradient_norms(Q, 3)
H = fill(0.5, 2, 3)
damped = gradient_norms(Q, 3; hs=H)
println(plain, " ", length(damped))
# expect: [1.0, 1.0, 1.0, 1.0] 4
println(all(damped[2:end] .< plain[2:end]))
# expect: true
gradient_norms(Q, 3; hs=fill(0.5, 2, 2))
# expect error: gradient_norms: shapes (2, 3) and (2, 2)
