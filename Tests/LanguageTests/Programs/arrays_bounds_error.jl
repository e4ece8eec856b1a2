A = ones(2, 3)
println(A[2, 3])
# expect: 1.0
A[3, 1]
# expect error: line 4, column 1: BoundsError: attempt to access 2×3 Matrix{Float64} at index [3, 1]
