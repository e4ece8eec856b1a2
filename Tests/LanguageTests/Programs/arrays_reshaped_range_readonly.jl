# reshape of a range is Julia's Base.ReshapedArray (base/reshapedarray.jl): it reads as a
# matrix and shows its parent; reshaping it again reshapes the range; it cannot be written.
x = reshape(1:6, 2, 3)
display(x)
println(x[2, 3], " ", typeof(x), " ", vec(x) === 1:6, " ", typeof(reshape(x, 3, 2)))
println(x * [1, 1, 1], " ", typeof(copy(x)), " ", collect(x))
# expect: 2×3 reshape(::UnitRange{Int64}, 2, 3) with eltype Int64:
# expect:  1  3  5
# expect:  2  4  6
# expect: 6 Base.ReshapedArray{Int64, 2, UnitRange{Int64}, Tuple{}} true Base.ReshapedArray{Int64, 2, UnitRange{Int64}, Tuple{}}
# expect: [9, 12] Matrix{Int64} [1 3 5; 2 4 6]
x[1, 1] = 0
# expect error: line 12, column 1: ranges cannot be changed
