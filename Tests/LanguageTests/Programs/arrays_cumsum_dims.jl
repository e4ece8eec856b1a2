# cumsum along a dimension; a matrix needs dims, as in Julia.
A = [1 2; 3 4]
println(cumsum(A; dims=1), " ", cumsum(A; dims=2))
# expect: [1 2; 4 6] [1 3; 3 7]
println(cumsum([0.5, 0.25, 0.25]), " ", cumsum([1, 2, 3]; dims=1))
# expect: [0.5, 0.75, 1.0] [1, 3, 6]
cumsum(A)
# expect error: cumsum: give dims=1 or dims=2
