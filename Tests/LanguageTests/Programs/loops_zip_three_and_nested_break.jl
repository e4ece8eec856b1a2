for (a, b, c) in zip(1:3, "xyz", [0.5, 1.5, 2.5])
    print(a, b, c, " ")
end
println()
# expect: 1x0.5 2y1.5 3z2.5
found = (0, 0)
for i in 1:5
    for j in 1:5
        if i * j == 12
            global found = (i, j)
            break
        end
    end
    found != (0, 0) && break
end
println(found)
# expect: (3, 4)
