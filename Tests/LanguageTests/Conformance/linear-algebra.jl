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
