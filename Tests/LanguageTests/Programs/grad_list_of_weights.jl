# d/dW sum(tanh(W*x + b)) = (1 - tanh(z)^2) x'  and  d/db = 1 - tanh(z)^2,
# with z = W*x + b = [1.0, 0.6000000000000001] here; 1 - tanh(1)^2 = 0.41997434161402614, and
# Julia's tanh(0.6000000000000001) is 0.5370495669980353 (libm's is one ulp above).
loss(w, x) = sum(tanh(w[1] * x .+ w[2]))
w = Any[[0.1 0.2; 0.3 0.4], [0.5, -0.5]]
x = [1.0, 2.0]
g = grad(loss)(w, x)
println(typeof(g), " ", length(g))
# expect: Vector{Any} 2
println(g[2])
# expect: [0.41997434161402614, 0.7115777625872228]
println(g[1][1, 2] == 2 * g[2][1])
# expect: true
println(gradcheck(loss, w, x))
# expect: true
