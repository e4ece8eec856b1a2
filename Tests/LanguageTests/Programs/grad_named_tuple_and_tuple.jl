loss(p) = sum(p.W * [1.0, 2.0]) + p.b^2
g = grad(loss)((W = [1.0 1.0], b = 3.0))
println(g)
# expect: (W = [1.0 2.0], b = 6.0)
h(t) = t[1] * t[2]
println(grad(h)((2.0, 5.0)))
# expect: (5.0, 2.0)
