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
