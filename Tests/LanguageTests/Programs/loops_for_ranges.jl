for i in 1:3
    print(i, " ")
end
println()
# expect: 1 2 3
for i = 10:-3:1
    print(i, " ")
end
println()
# expect: 10 7 4 1
for x in 0:0.25:1
    print(x, " ")
end
println()
# expect: 0.0 0.25 0.5 0.75 1.0
for i in 1:2, j in 1:3
    print((i, j), " ")
end
println()
# expect: (1, 1) (1, 2) (1, 3) (2, 1) (2, 2) (2, 3)
for i in 5:4
    println("empty range never runs")
end
println(length(1:0), " ", collect(1:2:9))
# expect: 0 [1, 3, 5, 7, 9]
