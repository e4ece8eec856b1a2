# `for i = 1:2, j = 3:4` is one loop: assigning to i in the body changes that iteration only.
for i = 1:2, j = 3:4
    println((i, j))
    i = 0
end
# expect: (1, 3)
# expect: (1, 4)
# expect: (2, 3)
# expect: (2, 4)
for i in 1:3, j in 1:i
    print(i, j, " ")
end
println()
# expect: 11 21 22 31 32 33
println([(i, j) for i in 1:2 for j in 1:i])
# expect: [(1, 1), (2, 1), (2, 2)]
