function total(xs...)
    s = 0
    for x in xs
        s += x
    end
    s
end
println(total(), " ", total(1, 2, 3))
# expect: 0 6
args = (4, 5)
println(total(args...))
# expect: 9
println(max([3, 9, 2]...))
# expect: 9
