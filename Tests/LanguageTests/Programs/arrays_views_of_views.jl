# Views of views: a column view of a reshape of a vector and the adjoint of a vec of
# that reshape all sit on the vector's memory; a write through one shows in the others.
x = collect(1:6)
M = reshape(x, 2, 3)
c = eachcol(M)[2]
c[1] = 30
r = vec(M)'
println(x, " ", r, " ", M[1, 2], " ", vec(M) === x)
# expect: [1, 2, 30, 4, 5, 6] [1 2 30 4 5 6] 30 false
r[1, 6] = 60
println(c, " ", eachrow(M)[2], " ", x[6])
# expect: [30, 4] [2, 4, 60] 60
x .= 0
println(r, " ", c)
# expect: [0 0 0 0 0 0] [0, 0]
