# d/dx (x^2 + 3x) = 2x + 3
f(x) = x^2 + 3x
df = grad(f)
println(df(2.0), " ", df(-1.5))
# expect: 7.0 0.0
# An integer argument gives a float gradient.
println(df(1))
# expect: 5.0
# d/dx x^5 through recursion: 5x^4 = 80 at x = 2.
powr(x, n) = n == 0 ? 1.0 : x * powr(x, n - 1)
println(grad(powr)(2.0, 5))
# expect: 80.0
