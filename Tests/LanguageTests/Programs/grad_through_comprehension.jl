# Tracked numbers gathered into a vector by a comprehension still carry gradients.
f(w) = sum([w[i] * i for i in 1:3] .^ 2)
# d/dw_i (i w_i)^2 = 2 i^2 w_i
println(grad(f)([1.0, 1.0, 1.0]))
# expect: [2.0, 8.0, 18.0]
g(x) = (y = [x 2x; 3x 4x]; sum(y * y))
println(gradcheck(g, 0.7))
# expect: true
