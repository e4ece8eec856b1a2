# Branches pick the path; the gradient follows the one taken.
f(x) = x > 0 ? x^2 : -x
println(grad(f)(3.0), " ", grad(f)(-2.0))
# expect: 6.0 -1.0
relu_sum(v) = sum(relu(v))
println(grad(relu_sum)([-1.0, 2.0]))
# expect: [0.0, 1.0]
println(grad(x -> max(x, 2.0))(5.0), " ", grad(x -> max(x, 2.0))(1.0))
# expect: 1.0 0.0
