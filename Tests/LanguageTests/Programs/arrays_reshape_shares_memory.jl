# reshape and vec of an Array make an Array on the same memory (base/reshapedarray.jl,
# src/array.c's jl_reshape_array), and the same array when the shape is its own.
A = [1 2; 3 4]
v = vec(A)
v[2] = 30
println(A)
# expect: [1 2; 30 4]
M = reshape(A, 1, 4)
A[1, 2] = 20
println(M, " ", v)
# expect: [1 30 20 4] [1, 30, 20, 4]
M[1, 4] = 40
println(A)
# expect: [1 20; 30 40]
println(typeof(v), " ", typeof(M), " ", reshape(A, 2, 2) === A, " ", vec(v) === v, " ", reshape(v, 4) === v)
# expect: Vector{Int64} Matrix{Int64} true true true
# vec of a range is the range (vec(a::AbstractVector) = a), as is reshape to its length.
println(vec(1:3), " ", reshape(1:4, 4))
# expect: 1:3 1:4
x = [1, 2, 3, 4]
X = reshape(x, 2, 2)
X[1, 2] = 0
println(x)
# expect: [1, 2, 0, 4]
# Julia refuses to resize an array whose data a reshape shares.
push!(x, 5)
# expect error: line 26, column 1: cannot resize array with shared data
