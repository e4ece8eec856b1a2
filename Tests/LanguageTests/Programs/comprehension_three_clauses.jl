# Three comma-separated clauses make a three-dimensional array, the first index fastest.
v = [100i + 10j + k for i in 1:2, j in 1:2, k in 1:2]
println(size(v), " ", v[2, 1, 2], " ", v[:, 2, 1], " ", sum(v))
# expect: (2, 2, 2) 212 [121, 221] 1332
