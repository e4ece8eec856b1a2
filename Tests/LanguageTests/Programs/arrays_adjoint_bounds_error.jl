# An index out of range through a wrapper is Julia's BoundsError, naming the wrapper's summary.
A = [1 2; 3 4]
B = A'
try
    B[3, 1]
catch e
    println(e)
end
# expect: BoundsError([1 3; 2 4], (3, 1))
B[1, 3] = 0
# expect error: line 10, column 1: BoundsError: attempt to access 2×2 adjoint(::Matrix{Int64}) with eltype Int64 at index [1, 3]
