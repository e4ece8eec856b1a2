a, b = 1, 2
println(a, " ", b)
# expect: 1 2
a, b = b, a
println(a, " ", b)
# expect: 2 1
function step(x, h)
    return x + h, 2h
end
y, h = step(1, 10)
println(y, " ", h)
# expect: 11 20
(p, q) = (3, 4)
println(p * q)
# expect: 12
x = y = 5
println(x + y)
# expect: 10
