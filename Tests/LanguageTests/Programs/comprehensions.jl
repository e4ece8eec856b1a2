println([i^2 for i in 1:5])
# expect: [1, 4, 9, 16, 25]
println([x / 2 for x in [1, 2, 3]])
# expect: [0.5, 1.0, 1.5]
println([i for i in 1:10 if i % 3 == 0])
# expect: [3, 6, 9]
M = [i + 10j for i in 1:2, j in 1:3]
println(M, " ", size(M))
# expect: [11 21 31; 12 22 32] (2, 3)
println([string(c) for c in "ab"])
# expect: ["a", "b"]
println(sum(x^2 for x in 1:3))
# expect: 14
