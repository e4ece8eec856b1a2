A = [1 2 3; 4 5 6; 7 8 9]
println(A[2, 3], " ", A[end, 1], " ", A[5])
# expect: 6 7 5
println(A[1, :], " ", A[:, 2])
# expect: [1, 2, 3] [2, 5, 8]
println(A[1:2, 2:end])
# expect: [2 3; 5 6]
println(A[end, end-1:end])
# expect: [8, 9]
h = 1
println(A[1+h:end, :])
# expect: [4 5 6; 7 8 9]
v = collect(10:10:50)
println(v[[1, 3, 5]], " ", v[end], " ", v[end-1], " ", v[2:3])
# expect: [10, 30, 50] 50 40 [20, 30]
println(v[v .> 25])
# expect: [30, 40, 50]
println(A[:, [3, 1]])
# expect: [3 1; 6 4; 9 7]
