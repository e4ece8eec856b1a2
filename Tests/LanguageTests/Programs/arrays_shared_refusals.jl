# What Julia makes a Base.ReshapedArray (a reshape of a range or of an Adjoint) is refused.
A = [1 2; 3 4]
println(reshape(1:6, 6), " ", vec(A'') === A)
# expect: 1:6 false
vec(A')
# expect error: line 5, column 1: reshape (and vec) of 2×2 adjoint(::Matrix{Int64}) with eltype Int64 makes a Base.ReshapedArray
