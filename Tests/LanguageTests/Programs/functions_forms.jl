function area(w, h)
    w * h
end
square(x) = x^2
cube = x -> x^3
add = (a, b) -> a + b
println(area(3, 4), " ", square(5), " ", cube(2), " ", add(1, 2))
# expect: 12 25 8 3
anon = function (a)
    a + 100
end
println(anon(1))
# expect: 101
println(map(x -> 2x, [1, 2, 3]))
# expect: [2, 4, 6]
noargs() = "called"
println(noargs())
# expect: called
