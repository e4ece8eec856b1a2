# Standard library: LinearAlgebra (doc/src/... stdlib/LinearAlgebra/docs/src/index.md and
# the docstrings in stdlib/LinearAlgebra/src/generic.jl of JuliaLang/julia)

# case: dot — integer vectors give an integer (the docstring's dot([1; 1], [2; 3]))
using LinearAlgebra
println(dot([1; 1], [2; 3]))
println(typeof(dot([1, 2], [3, 4])))
# expect: 5
# expect: Int64

# case: dot — a mix of integers and floats sums in Float64; Bools add up to an Int
println(dot([1, 2], [0.5, 0.25]))
println(dot([true, true], [true, false]), " ", typeof(dot([true], [true])))
println(dot(2, 3), " ", dot(Int[], Int[]))
# expect: 1.0
# expect: 1 Int64
# expect: 6 0

# case: dot — a Bool is a strong zero: false times NaN is 0.0
println(dot([false, true], [NaN, 2.0]))
# expect: 2.0

# case: eigvals — of a number it is the number itself, real when its imaginary part is zero (eigvals(x::Number) in stdlib/LinearAlgebra/src/eigen.jl)
println(eigvals(-3), " ", eigvals(0.25), " ", eigvals(4 + 0im), " ", eigvals(1 + 2im))
println(typeof(eigvals(-3)))
# expect: -3 0.25 4 1 + 2im
# expect: Int64

# case: diagm — a vector's element type is kept: an Int64 vector gives a Matrix{Int64} (the docstring's diagm([1,2,3]))
D = diagm([4, 5])
println(typeof(D))
display(D)
println(typeof(diagm([0.5, 2.0])))
# expect: Matrix{Int64}
# expect: 2×2 Matrix{Int64}:
# expect:  4  0
# expect:  0  5
# expect: Matrix{Float64}

# case: Matrix products — 2×2 and 3×3 Float64 products are matmul2x2!/matmul3x3! (stdlib/LinearAlgebra/src/matmul.jl): each element is its products added left to right, each rounded, for A * B and A' * B alike
A = [0.1 0.7; 0.3 0.9]
B = [1.3 0.2; 0.6 1.1]
println(A * B == [0.1*1.3+0.7*0.6 0.1*0.2+0.7*1.1; 0.3*1.3+0.9*0.6 0.3*0.2+0.9*1.1])
println((A' * B)[2, 1] == 0.7*1.3 + 0.9*0.6)
P = [0.1 0.7 0.3; 0.3 0.9 0.11; 0.17 0.23 0.29]
Q = [1.3 0.2 0.7; 0.6 1.1 0.13; 0.19 0.37 0.41]
println(all((P * Q)[i, j] == P[i, 1]*Q[1, j] + P[i, 2]*Q[2, j] + P[i, 3]*Q[3, j] for i in 1:3, j in 1:3))
# expect: true
# expect: true
# expect: true

# case: UniformScaling — I is UniformScaling(true); a number scales it, a square matrix adds it to its diagonal (docstrings of UniformScaling and I, stdlib/LinearAlgebra/src/uniformscaling.jl)
using LinearAlgebra
println(I, " ", typeof(2I), " ", fill(1, (5,6)) * I == fill(1, (5,6)))
display(2.0 * I)
display(2.0 * I * [1. 2.; 3. 4.])
println([1 2; 3 4] - I, " ", I - [1 2; 3 4], " ", [1.0 2.0] * I, " ", I + 1, " ", -I)
# expect: UniformScaling{Bool}(true) UniformScaling{Int64} true
# expect: UniformScaling{Float64}
# expect: 2.0*I
# expect: 2×2 Matrix{Float64}:
# expect:  2.0  4.0
# expect:  6.0  8.0
# expect: [0 2; 3 3] [0 -2; -3 -3] [1.0 2.0] 2 UniformScaling{Int64}(-1)

# case: UniformScaling — A + I needs a square matrix (checksquare in stdlib/LinearAlgebra/src/LinearAlgebra.jl), and the element type is that of a + λ
try
    [1 2 3; 4 5 6] + I
catch e
    println(e)
end
println([true false; false true] + I, " ", [1 2; 3 4] + 0.5I, " ", [-0.0 1.0; 1.0 -0.0] + false * I)
# expect: DimensionMismatch("matrix is not square: dimensions are (2, 3)")
# expect: [2 0; 0 2] [1.5 2.0; 3.0 4.5] [-0.0 1.0; 1.0 -0.0]

# case: eigen — the Eigen docstring's diagonal example (stdlib/LinearAlgebra/src/eigen.jl): the REPL view is the summary, then values and vectors each in its own view; iterating gives values, then vectors
F = eigen([1.0 0.0 0.0; 0.0 3.0 0.0; 0.0 0.0 18.0])
display(F)
display(F.vectors)
vals, vecs = F
println(vals == F.values && vecs == F.vectors)
println(typeof(F))
# expect: Eigen{Float64, Float64, Matrix{Float64}, Vector{Float64}}
# expect: values:
# expect: 3-element Vector{Float64}:
# expect:   1.0
# expect:   3.0
# expect:  18.0
# expect: vectors:
# expect: 3×3 Matrix{Float64}:
# expect:  1.0  0.0  0.0
# expect:  0.0  1.0  0.0
# expect:  0.0  0.0  1.0
# expect: 3×3 Matrix{Float64}:
# expect:  1.0  0.0  0.0
# expect:  0.0  1.0  0.0
# expect:  0.0  0.0  1.0
# expect: true
# expect: Eigen{Float64, Float64, Matrix{Float64}, Vector{Float64}}

# case: eigen — a diagonal matrix is eigen(::Diagonal) (stdlib/LinearAlgebra/src/diagonal.jl): the values sorted, the vectors the identity's columns in that order; an Int matrix gives Float64
F = eigen([3 0; 0 1])
display(F.values)
display(F.vectors)
# expect: 2-element Vector{Float64}:
# expect:  1.0
# expect:  3.0
# expect: 2×2 Matrix{Float64}:
# expect:  0.0  1.0
# expect:  1.0  0.0

# case: eigen — a nonsymmetric 3×3 through LAPACK's dgeevx (balancing, dlahqr, dtrevc3), as a published Julia notebook printed it (ioikawa/KeisankiEnshu-Julia: A = inv(P) * D * P); eigvals gives the same values
D = diagm([1, 2, 3])
P = [0 1 1; 1 0 1; 1 1 0]
A = inv(P) * D * P
display(eigen(A))
display(eigvals(A))
# expect: Eigen{Float64, Float64, Matrix{Float64}, Vector{Float64}}
# expect: values:
# expect: 3-element Vector{Float64}:
# expect:  0.9999999999999998
# expect:  1.9999999999999991
# expect:  2.999999999999999
# expect: vectors:
# expect: 3×3 Matrix{Float64}:
# expect:  -0.57735   0.57735   0.57735
# expect:   0.57735  -0.57735   0.57735
# expect:   0.57735   0.57735  -0.57735
# expect: 3-element Vector{Float64}:
# expect:  0.9999999999999998
# expect:  1.9999999999999991
# expect:  2.999999999999999

# case: eigen — a triangular matrix is isolated by dgebal's permutation; dtrevc3's vector for 0.7 is (-0.75, 1) scaled to unit length: exactly (-0.6, 0.8) up to rounding, and Julia sorts the values
F = eigen([1.1 0.3; 0.0 0.7])
display(F.vectors)
λ, V = F
println(λ)
# expect: 2×2 Matrix{Float64}:
# expect:  -0.6  1.0
# expect:   0.8  0.0
# expect: [0.7, 1.1]

# case: eigen — a symmetric 2×2 goes to dsyevr, whose dstemr takes its vectors from dlaev2 (published output for [2 -1; -1 2]: vectors [-0.707107 -0.707107; -0.707107 0.707107])
F = eigen([2 -1; -1 2])
display(F.values)
display(F.vectors)
# expect: 2-element Vector{Float64}:
# expect:  1.0
# expect:  3.0
# expect: 2×2 Matrix{Float64}:
# expect:  -0.707107  -0.707107
# expect:  -0.707107   0.707107

# case: qr — the qr docstring (stdlib/LinearAlgebra/src/qr.jl): a QRCompactWY whose view shows Q's size and type and R, with dlarfg's signs (R's diagonal −sign(a)·norm); Q * R gives A back
A = [3.0 -6.0; 4.0 -8.0; 0.0 1.0]
F = qr(A)
display(F)
println(F.Q * F.R == A)
# expect: LinearAlgebra.QRCompactWY{Float64, Matrix{Float64}, Matrix{Float64}}
# expect: Q factor: 3×3 LinearAlgebra.QRCompactWYQ{Float64, Matrix{Float64}, Matrix{Float64}}
# expect: R factor:
# expect: 2×2 Matrix{Float64}:
# expect:  -5.0  10.0
# expect:   0.0  -1.0
# expect: true

# case: qr — the qr! docstring's matrix [1. 2.; 3. 4.] (qr(A) is qr! of a copy); Q, R = F destructures, and Q is an AbstractQ that multiplies but prints as its size and type
F = qr([1. 2.; 3. 4.])
display(F)
Q, R = F
display(Q)
println(typeof(Q), " ", size(Q))
# expect: LinearAlgebra.QRCompactWY{Float64, Matrix{Float64}, Matrix{Float64}}
# expect: Q factor: 2×2 LinearAlgebra.QRCompactWYQ{Float64, Matrix{Float64}, Matrix{Float64}}
# expect: R factor:
# expect: 2×2 Matrix{Float64}:
# expect:  -3.16228  -4.42719
# expect:   0.0      -0.632456
# expect: 2×2 LinearAlgebra.QRCompactWYQ{Float64, Matrix{Float64}, Matrix{Float64}}
# expect: LinearAlgebra.QRCompactWYQ{Float64, Matrix{Float64}, Matrix{Float64}} (2, 2)

# case: qr — a column already zero below its diagonal gets no reflection (dlarfg's τ = 0), so an upper triangular matrix is its own R and Q is the identity; Matrix(Q) is Q's first min(m, n) columns
F = qr([2.0 1.0; 0.0 -3.0; 0.0 0.0])
display(F.R)
display(Matrix(F.Q))
# expect: 2×2 Matrix{Float64}:
# expect:  2.0   1.0
# expect:  0.0  -3.0
# expect: 3×2 Matrix{Float64}:
# expect:  1.0  0.0
# expect:  0.0  1.0
# expect:  0.0  0.0

# case: svd — the singular values of an SVD (svd.jl's F.S) and its type; its vectors are refused, not printed with other signs
F = svd([3.0 0.0; 0.0 4.0])
println(F.S, " ", typeof(F))
# expect: [4.0, 3.0] SVD{Float64, Float64, Matrix{Float64}, Vector{Float64}}

# case: eigvecs — the docstring's example (stdlib/LinearAlgebra/src/eigen.jl): eigvecs(A) is eigen(A).vectors
display(eigvecs([1.0 0.0 0.0; 0.0 3.0 0.0; 0.0 0.0 18.0]))
# expect: 3×3 Matrix{Float64}:
# expect:  1.0  0.0  0.0
# expect:  0.0  1.0  0.0
# expect:  0.0  0.0  1.0

# case: eigen — == of two Eigens compares values and vectors (eigen.jl's ==); == of two Qs compares Matrix(Q), and of Q and a matrix, Q times the identity of that size (abstractq.jl)
A = [1.0 2.0; 3.0 4.0]
println(eigen(A) == eigen(A), " ", isequal(eigen(A), eigen(A)), " ", eigen(A) == eigen(A'))
Q = qr(A).Q
println(Q == qr(A).Q, " ", Q == Matrix(Q), " ", Q == [1.0 0.0; 0.0 1.0])
# expect: true true false
# expect: true true false

# case: eigvals and svdvals of a factorisation are its values (eigen.jl's eigvals(F::Eigen) = F.values, svd.jl's svdvals(S::SVD) = S.S), also where the vectors are refused
F = eigen([0.0 -2.0; 2.0 0.0])
println(eigvals(F) == F.values, " ", eigvals(eigen([2.0 0.0; 0.0 1.0])))
println(svdvals(svd([3.0 0.0; 0.0 4.0])))
# expect: true [1.0, 2.0]
# expect: [4.0, 3.0]
