# Inside grad, a tracked vector of one element iterates as its element, as the plain
# vector does (map used to hand the whole 1-element array to the function).
f(w) = sum(map(x -> x^2, w))
println(gradcheck(f, [3.0]))
# expect: true
println(grad(f)([3.0]))
# expect: [6.0]
g(W) = sum(map(c -> sum(map(x -> x^3, c)), eachcol(W)))
println(grad(g)([1.0 2.0]))
# expect: [3.0 12.0]
h(w) = sum(x * x for x in w)
println(grad(h)([5.0]))
# expect: [10.0]
