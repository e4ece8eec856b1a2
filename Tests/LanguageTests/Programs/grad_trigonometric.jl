# sin, cos, tan and atan are differentiable: the gradients are cos, -sin, 1 + tan^2
# and 1/(1 + x^2), exactly, and agree with central differences.
x = [0.3, -1.2, 2.5]
println(grad(v -> sum(sin(v)))(x) == cos.(x), " ", grad(v -> sum(cos.(v)))(x) == -sin.(x))
# expect: true true
println(grad(v -> sum(tan(v)))(x) == 1 .+ tan.(x) .^ 2, " ", grad(v -> sum(atan(v)))(x) == 1 ./ (1 .+ x .^ 2))
# expect: true true
f(v) = sum(sin(v) .* cos(2 .* v) .+ atan(v) .* tan(v ./ 4))
println(gradcheck(f, x), " ", f(x) == sum(sin.(x) .* cos.(2 .* x) .+ atan.(x) .* tan.(x ./ 4)))
# expect: true true
println(grad(t -> sin(t)^2)(0.7) ≈ 2 * sin(0.7) * cos(0.7))
# expect: true
