# AutoGrad.jl's interface (README.md, src/show.jl, test/highorder.jl of denizyuret/AutoGrad.jl),
# which Knet re-exports. Parameters are Float64, so gradients are exact in these cases.

# case: Interface — Param wraps a value and value unwraps it
using AutoGrad
x = Param([1.0, 2.0, 3.0])
println(value(x))
println(value(5))
# expect: [1.0, 2.0, 3.0]
# expect: 5

# case: Interface — a Param prints as P(type(size))
x = Param([1.0, 2.0, 3.0])
println(x)
println(Param(2.5))
# expect: P(Vector{Float64}(3))
# expect: P(2.5)

# case: Interface — display of an array Param shows its elements under its type
display(Param([1.0, 2.0]))
# expect: 2-element Param{Vector{Float64}}:
# expect:  1.0
# expect:  2.0

# case: Interface — a Param acts like its value outside differentiation
x = Param([1.0, 2.0, 3.0])
println(sum(abs2, x))
println(sum(x .* x))
println(x[2])
# expect: 14.0
# expect: 14.0
# expect: 2.0

# case: Interface — @diff records a tape; value, and grad for each Param
x = Param([1.0, 2.0, 3.0])
y = @diff sum(abs2, x)
println(y)
println(value(y))
println(grad(y, x))
# expect: T(14.0)
# expect: 14.0
# expect: [2.0, 4.0, 6.0]

# case: Interface — params of a tape lists the Params it depends on
a = Param([1.0, 2.0])
b = Param([3.0])
J = @diff sum(a) * b[1]
println(length(params(J)))
println(grad(J, a), " ", grad(J, b))
# expect: 2
# expect: [3.0, 3.0] [3.0]

# case: Interface — grad of a Param the result does not depend on is nothing
a = Param([1.0])
unused = Param([2.0])
J = @diff 3 * a[1]
println(grad(J, a))
println(grad(J, unused) === nothing)
# expect: [3.0]
# expect: true

# case: Interface — a scalar Param
w = Param(3.0)
J = @diff w^2 + 2w
println(value(J), " ", grad(J, w))
# expect: 15.0 8.0

# case: Old Interface — grad(f) returns the gradient function
f(x) = sum(abs2, x)
g = grad(f)
println(f([1.0, 2.0, 3.0]))
println(g([1.0, 2.0, 3.0]))
# expect: 14.0
# expect: [2.0, 4.0, 6.0]

# case: Old Interface — gradloss returns the gradient and the loss
f(x) = sum(abs2, x)
println(gradloss(f)([1.0, 2.0]))
# expect: ([2.0, 4.0], 5.0)

# case: Old Interface — grad with an argument number
h(a, b) = sum(a .* b)
println(grad(h, 2)([1.0, 2.0], [5.0, 7.0]))
# expect: [1.0, 2.0]

# case: Example — a linear model as a callable struct trained with @diff and params
struct Linear
    w
    b
end
(f::Linear)(x) = f.w * x .+ f.b
model = Linear(Param([1.0 0.0; 0.0 1.0]), Param([0.0, 0.0]))
x = [1.0, 2.0]
y = [2.0, 2.0]
loss = @diff sum(abs2, model(x) - y)
println(value(loss))
for w in params(model)
    println(grad(loss, w))
end
# expect: 1.0
# expect: [-2.0 -4.0; 0.0 0.0]
# expect: [-2.0, 0.0]

# case: Example — an update step in place on a Param
w = Param([1.0, 2.0])
J = @diff sum(abs2, w)
w .-= 0.25 * grad(J, w)
println(value(w))
# expect: [0.5, 1.0]

# case: Higher-order gradients — the second derivative of sin is -sin
println(grad(grad(sin))(1))
println(grad(sin)(1) == cos(1))
# expect: -0.8414709848078965
# expect: true

# case: Higher-order gradients — derivatives of a cubic
c(x) = x^3
println(grad(c)(2.0), " ", grad(grad(c))(2.0), " ", grad(grad(grad(c)))(2.0))
# expect: 12.0 12.0 6.0

# case: Higher-order gradients — the second derivative of tanh
println(grad(grad(tanh))(1) ≈ -2 * tanh(1) * (1 - tanh(1)^2))
# expect: true

# case: Interface — a gradient through a closure over another Param
w = Param([2.0])
k = 3.0
J = @diff (t -> k * t)(w[1])^2
println(value(J), " ", grad(J, w))
# expect: 36.0 [36.0]

# case: Interface — dot calls of user functions on tracked arrays inside @diff
sq(t) = t * t
w = Param([1.0, 2.0, 3.0])
J = @diff sum(sq.(w))
println(grad(J, w))
# expect: [2.0, 4.0, 6.0]

# case: Interface — a gradient through a loop and an if
w = Param([1.0, -2.0, 3.0])
J = @diff begin
    total = 0.0
    for i in 1:3
        if w[i] > 0
            total += w[i]^2
        else
            total -= w[i]
        end
    end
    total
end
println(value(J), " ", grad(J, w))
# expect: 12.0 [2.0, -1.0, 6.0]
