# An index array gives the result its own shape: a matrix of indices picks a matrix.
A = [10 20; 30 40]
println(A[[1 2; 1 2]], " ", size(A[[1, 2], [1 2]]), " ", A[[2, 1], 1])
# expect: [10 30; 10 30] (2, 1, 2) [30, 10]
r = 1:10
println(r[[1 2; 3 4]], " ", r[[3, 1]], " ", A[A .> 15])
# expect: [1 2; 3 4] [3, 1] [30, 20, 40]
