loss(w, x) = sum(tanh(w[1] * x .+ w[2]))
w = Any[[0.1 0.2; 0.3 0.4], [0.5, -0.5]]
x = [1.0, 2.0]
# value first, then the gradient; here with respect to the second argument.
v, gx = value_and_grad(loss, 2)(w, x)
println(v ≈ tanh(1.0) + tanh(0.6))
# expect: true
println(gx ≈ [0.1 0.3; 0.2 0.4] * (1 .- tanh([1.0, 0.6]) .^ 2))
# expect: true
println(typeof(v))
# expect: Float64
