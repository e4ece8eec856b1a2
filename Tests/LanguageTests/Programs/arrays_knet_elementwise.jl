# Knet's convention: math functions apply elementwise to arrays directly.
x = [0.0, 1.0]
println(tanh(x) == tanh.(x), " ", exp(x))
# expect: true [1.0, 2.718281828459045]
println(sigm([0.0]), " ", relu([-1.0, 2.0]))
# expect: [0.5] [0.0, 2.0]
println(log([1.0, exp(2.0)]))
# expect: [0.0, 2.0]
