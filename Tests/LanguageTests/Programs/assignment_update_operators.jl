x = 10
x += 5
x -= 3
x *= 2
println(x)
# expect: 24
x /= 4
println(x)
# expect: 6.0
n = 7
n ÷= 2
println(n)
# expect: 3
n ^= 3
println(n)
# expect: 27
v = [1.0, 2.0, 3.0]
v .+= 1
println(v)
# expect: [2.0, 3.0, 4.0]
v[2] *= 10
println(v)
# expect: [2.0, 30.0, 4.0]
