# A rotation by 90 degrees has eigenvalues ±i; a diagonal matrix its diagonal.
W = [0.0 -1.0; 1.0 0.0]
println(eigvals(W))
# expect: ComplexF64[0.0 - 1.0im, 0.0 + 1.0im]
println(eigvals([2.0 0.0; 0.0 3.0]), " ", spectral_radius(W))
# expect: [2.0, 3.0] 1.0
F = eigen([2.0 1.0; 1.0 2.0])
println(F.values)
# expect: [1.0, 3.0]
A = [2.0 1.0; 1.0 2.0]
v = F.vectors[:, 2]
println(A * v ≈ 3 * v)
# expect: true
