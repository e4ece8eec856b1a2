i = 0
while i < 10
    i += 1
    if i % 2 == 0
        continue
    end
    if i > 7
        break
    end
    print(i, " ")
end
println()
# expect: 1 3 5 7
n = 27
steps = 0
while n != 1
    n = iseven(n) ? n ÷ 2 : 3n + 1
    steps += 1
end
println(steps)
# expect: 111
