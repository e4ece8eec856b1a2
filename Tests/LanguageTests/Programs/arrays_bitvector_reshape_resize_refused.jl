# reshape of a BitVector is a BitMatrix on the same chunks (bitarray.jl's _bitreshape).
# Julia then lets the BitVector grow and the two keep sharing, unlike Arrays; refused here.
b = [1, 2, 3, 4] .> 1
M = reshape(b, 2, 2)
M[1, 1] = true
println(b, " ", typeof(M))
# expect: Bool[1, 1, 1, 1] BitMatrix
push!(b, false)
# expect error: line 8, column 1: resizing a BitVector whose data a reshape or vec shares is not supported
