# eachcol and eachrow are Julia 1.10's ColumnSlices and RowSlices of views into the matrix
# (base/slicearray.jl, whose doctests these displays are): writing into a column writes A.
a = [1 2; 3 4]
s = eachcol(a)
display(s)
display(s[1])
# expect: 2-element ColumnSlices{Matrix{Int64}, Tuple{Base.OneTo{Int64}}, SubArray{Int64, 1, Matrix{Int64}, Tuple{Base.Slice{Base.OneTo{Int64}}, Int64}, true}}:
# expect:  [1, 3]
# expect:  [2, 4]
# expect: 2-element view(::Matrix{Int64}, :, 1) with eltype Int64:
# expect:  1
# expect:  3
display(eachrow(a))
display(eachrow(a)[1])
# expect: 2-element RowSlices{Matrix{Int64}, Tuple{Base.OneTo{Int64}}, SubArray{Int64, 1, Matrix{Int64}, Tuple{Int64, Base.Slice{Base.OneTo{Int64}}}, true}}:
# expect:  [1, 2]
# expect:  [3, 4]
# expect: 2-element view(::Matrix{Int64}, 1, :) with eltype Int64:
# expect:  1
# expect:  2
A = [1.0 2.0; 3.0 4.0]
for c in eachcol(A)
    c ./= sum(c)
end
println(A)
# expect: [0.25 0.3333333333333333; 0.75 0.6666666666666666]
for r in eachrow(A)
    r[1] = 0
end
println(A, " ", typeof(first(eachrow(A))))
# expect: [0.0 0.3333333333333333; 0.0 0.6666666666666666] SubArray{Float64, 1, Matrix{Float64}, Tuple{Int64, Base.Slice{Base.OneTo{Int64}}}, true}
# A view reads the matrix as it is now; vec of a view is the view, copy a Vector.
c = eachcol(A)[2]
A[1, 2] = 5
println(c, " ", c[1], " ", vec(c) === c, " ", typeof(copy(c)), " ", [sum(x) for x in eachrow([1 2; 3 4])])
# expect: [5.0, 0.6666666666666666] 5.0 true Vector{Float64} [3, 7]
c[3]
# expect error: line 37, column 1: BoundsError: attempt to access 2-element view(::Matrix{Float64}, :, 2) with eltype Float64 at index [3]
