# A vector made by vec or reshape may grow or shrink: Julia copies its data first
# (src/array.c: array_try_unshare), so from then on it no longer shares the matrix's
# memory. The matrix itself keeps its shared flag.
M = [1 2; 3 4]
v = vec(M)
push!(v, 5)
v[1] = 0
println(M, " ", v)
# expect: [1 2; 3 4] [0, 3, 2, 4, 5]
w = vec(M)
pop!(w)
w[1] = 9
println(M, " ", w)
# expect: [1 2; 3 4] [9, 3, 2]
# Even a reshape that was thrown away leaves the vector unresizable, as in Julia.
x = [1.0, 2.0]
reshape(x, 1, 2)
try
    push!(x, 3.0)
catch e
    println(e)
end
# expect: ErrorException("cannot resize array with shared data")
empty!(x)
# expect error: line 24, column 1: cannot resize array with shared data
