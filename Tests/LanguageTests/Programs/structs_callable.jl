# Callable structs, as Knet's tutorials write layers and models, trained with @diff.
struct Dense; w; b; f; end
(d::Dense)(x) = d.f.(d.w * x .+ d.b)
Dense(i::Int, o::Int; f = identity) = Dense(Param(ones(o, i)), Param(zeros(o)), f)
struct Chain
    layers
    Chain(layers...) = new(layers)
end
(c::Chain)(x) = (for l in c.layers; x = l(x); end; x)
(c::Chain)(x, y) = sum(abs2, c(x) .- y)
model = Chain(Dense(2, 3, f = relu), Dense(3, 1))
println(model([1.0, 2.0]), " ", length(params(model)))
# expect: [9.0] 4
J = @diff model([1.0, 2.0], [1.0])
println(value(J), " ", grad(J, model.layers[2].b), " ", size(grad(J, model.layers[1].w)))
# expect: 64.0 [16.0] (3, 2)
for p in params(model)
    p .-= 0.01 * grad(J, p)
end
println(model([1.0, 2.0], [1.0]) < 64.0)
# expect: true
function (c::Chain)()
    length(c.layers)
end
println(model())
# expect: 2
try
    model(1, 2, 3)
catch err
    println(err isa MethodError)
end
# expect: true
struct Plain; v; end
Plain(1)(2)
# expect error: line 34, column 1: MethodError: objects of type Plain are not callable
