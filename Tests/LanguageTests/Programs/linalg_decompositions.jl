A = [4.0 1.0; 2.0 3.0]
println(det(A) ≈ 10.0, " ", inv(A) * A ≈ eye(2))
# expect: true true
println(A \ [6.0, 8.0] ≈ [1.0, 2.0])
# expect: true
F = qr(A)
println(F.Q * F.R ≈ A, " ", F.Q' * F.Q ≈ eye(2))
# expect: true true
println(svdvals([3.0 0.0; 0.0 4.0]), " ", opnorm([3.0 0.0; 0.0 4.0]))
# expect: [4.0, 3.0] 4.0
S = svd(A)
println(S.S == svdvals(A))
# expect: true
println(A^2 == A * A, " ", A^0 == eye(2))
# expect: true true
