# A', transpose(A) and adjoint(A) wrap A and share its memory, as Julia's Adjoint and
# Transpose do (stdlib/LinearAlgebra/src/adjtrans.jl): a write to either shows in the other.
A = [1 2; 3 4]
B = A'
A[1, 2] = 9
println(B)
# expect: [1 3; 9 4]
B[1, 1] = 0
println(A)
# expect: [0 9; 3 4]
T = transpose(A)
T[2, 1] = 5
println(A, " ", B, " ", adjoint(A) == B)
# expect: [0 5; 3 4] [0 3; 5 4] true
# A vector's row v' follows v, also when v grows.
v = [1, 2, 3]
r = v'
v[1] = 7
println(r)
# expect: [7 2 3]
r[1, 3] = 0
println(v)
# expect: [7, 2, 0]
push!(v, 4)
println(size(r), " ", r)
# expect: (1, 4) [7 2 0 4]
# Unwrapping gives the parent itself: adjoint(A::Adjoint) = A.parent, vec(v') = v.
println((A')' === A, " ", transpose(A') === A, " ", adjoint(transpose(A)) === A, " ", vec(v') === v)
# expect: true true true true
println(((1:3)')', " ", typeof((1:3)'))
# expect: 1:3 Adjoint{Int64, UnitRange{Int64}}
# copy of an Adjoint matrix is a Matrix; of a row, the row of a copied vector.
C = copy(A')
C[1, 1] = 100
println(typeof(C), " ", A[1, 1])
# expect: Matrix{Int64} 0
c = copy(r)
c[1] = -1
display(c)
println(v)
# expect: 1×4 adjoint(::Vector{Int64}) with eltype Int64:
# expect:  -1  2  0  4
# expect: [7, 2, 0, 4]
