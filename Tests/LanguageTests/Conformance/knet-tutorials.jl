# Idioms of the Knet.jl tutorial notebooks (tutorial/*.ipynb in denizyuret/Knet.jl) that need
# no data set or GPU: 10.Getting_to_know_Julia, 23.learning, 30.lin, 40.mlp, 60.rnn.
# Outputs follow the notebooks' stored outputs in Julia 1.10's spelling; data are small
# made-up arrays, and losses that go through exp and log are printed rounded.

# case: 10.Getting_to_know_Julia — string() joins strings, and a string result displays quoted
s1 = "How many dogs "
s2 = "is too many dogs?"
display(string(s1, s2))
# expect: "How many dogs is too many dogs?"

# case: 10.Getting_to_know_Julia — a tuple of strings and its first element
animals = ("otters", "owls", "orcas")
display(animals)
display(animals[1])
# expect: ("otters", "owls", "orcas")
# expect: "otters"

# case: 10.Getting_to_know_Julia — a dictionary of phone numbers looked up by name
book = Dict("Ana" => "555-0101", "Ben" => "555-0199")
display(book["Ben"])
book["Cy"] = "555-0123"
println(length(book))
# expect: "555-0199"
# expect: 3

# case: 10.Getting_to_know_Julia — an integer vector displays right-aligned
display([1, 1, 2, 3, 5, 8, 13, 21])
# expect: 8-element Vector{Int64}:
# expect:   1
# expect:   1
# expect:   2
# expect:   3
# expect:   5
# expect:   8
# expect:  13
# expect:  21

# case: 10.Getting_to_know_Julia — a vector of vectors of different lengths
display([[1, 2], [3], [4, 5, 6]])
# expect: 3-element Vector{Vector{Int64}}:
# expect:  [1, 2]
# expect:  [3]
# expect:  [4, 5, 6]

# case: 10.Getting_to_know_Julia — the if/else of a cell has a value
x, y = 4, 9
r = if x > y
    x
else
    y
end
println(r, " ", (x > y) ? x : y)
# expect: 9 9

# case: 10.Getting_to_know_Julia — three ways to define a function
function sq1(x)
    x^2
end
sq2(x) = x^2
sq3 = x -> x^2
println(sq1(12), " ", sq2(12), " ", sq3(12))
display(sq1)
# expect: 144 144 144
# expect: sq1 (generic function with 1 method)

# case: 10.Getting_to_know_Julia — a function of x^2 on an Int matrix is the matrix square
sqr(x) = x^2
A = [i + 3*j for j in 0:2, i in 1:3]
display(A)
display(sqr(A))
# expect: 3×3 Matrix{Int64}:
# expect:  1  2  3
# expect:  4  5  6
# expect:  7  8  9
# expect: 3×3 Matrix{Int64}:
# expect:   30   36   42
# expect:   66   81   96
# expect:  102  126  150

# case: 10.Getting_to_know_Julia — x^2 of a vector is a MethodError
sqr(x) = x^2
try
    sqr([1.0, 2.0])
catch err
    println(err isa MethodError)
end
# expect: true

# case: 10.Getting_to_know_Julia — sort returns a copy, sort! changes the vector
v = [3, 5, 2]
display(sort(v))
display(v)
sort!(v)
display(v)
# expect: 3-element Vector{Int64}:
# expect:  2
# expect:  3
# expect:  5
# expect: 3-element Vector{Int64}:
# expect:  3
# expect:  5
# expect:  2
# expect: 3-element Vector{Int64}:
# expect:  2
# expect:  3
# expect:  5

# case: 10.Getting_to_know_Julia — map with a named and an anonymous function
sqr(x) = x^2
display(map(sqr, [1, 2, 3]))
display(map(x -> x^3, [1, 2, 3]))
# expect: 3-element Vector{Int64}:
# expect:  1
# expect:  4
# expect:  9
# expect: 3-element Vector{Int64}:
# expect:   1
# expect:   8
# expect:  27

# case: 10.Getting_to_know_Julia — broadcast and the dot syntax on a matrix
sqr(x) = x^2
A = [i + 3*j for j in 0:2, i in 1:3]
println(broadcast(sqr, [1, 2, 3]) == sqr.([1, 2, 3]))
display(sqr.(A))
# expect: true
# expect: 3×3 Matrix{Int64}:
# expect:   1   4   9
# expect:  16  25  36
# expect:  49  64  81

# case: 10.Getting_to_know_Julia — a fused dotted expression and the same with broadcast
sqr(x) = x^2
A = [i + 3*j for j in 0:2, i in 1:3]
display(A .+ 2 .* sqr.(A) ./ A)
println(broadcast(x -> x + 2 * sqr(x) / x, A) == A .+ 2 .* sqr.(A) ./ A)
# expect: 3×3 Matrix{Float64}:
# expect:   3.0   6.0   9.0
# expect:  12.0  15.0  18.0
# expect:  21.0  24.0  27.0
# expect: true

# case: 30.lin — a one-line struct, an outer constructor and a callable model
struct Linear; w; b; end
Linear(i::Int, o::Int) = Linear(zeros(o, i), zeros(o))
(m::Linear)(x) = m.w * x .+ m.b
model = Linear(2, 3)
x = [1.0 2.0; 3.0 4.0]
println(summary(model(x)))
println(size(model.w), " ", size(model.b))
# expect: 3×2 Matrix{Float64}
# expect: (3, 2) (3,)

# case: 30.lin — accuracy from the row of each column's maximum
using Statistics: mean
struct Lin2; w; b; end
(m::Lin2)(x) = m.w * x .+ m.b
accuracy2(model, x, y) = mean(y' .== map(i -> i[1], findmax(Array(model(x)), dims = 1)[2]))
model = Lin2([1.0 0.0; 0.0 1.0; -1.0 -1.0], zeros(3))
x = [2.0 0.0 1.0; 0.0 3.0 0.5]
y = [1, 2, 2]
println(accuracy2(model, x, y))
# expect: 0.6666666666666666

# case: 30.lin — negative log likelihood written out, with a generator inside log.
using Statistics: mean
function nll_by_hand(scores, y)
    expscores = exp.(scores)
    probabilities = expscores ./ sum(expscores, dims = 1)
    answerprobs = (probabilities[y[i], i] for i in 1:length(y))
    mean(-log.(answerprobs))
end
scores = zeros(3, 4)
println(round(nll_by_hand(scores, [1, 2, 3, 1]), digits = 6))
# expect: 1.098612

# case: 30.lin — Knet's nll agrees with the written-out one
using Knet
using Statistics: mean
function nll_by_hand(scores, y)
    expscores = exp.(scores)
    probabilities = expscores ./ sum(expscores, dims = 1)
    mean(-log.(probabilities[y[i], i] for i in 1:length(y)))
end
scores = [12.2 0.3; 2.0 21.5; 0.0 -21.0]
labels = [1, 2]
println(nll(scores, labels) ≈ nll_by_hand(scores, labels))
println(round(nll(zeros(2, 3), [1, 2, 2]), digits = 6))
# expect: true
# expect: 0.693147

# case: 30.lin — Knet's accuracy counts the columns whose maximum is the label
using Knet
scores = [0.1 0.9 0.3; 0.8 0.05 0.3; 0.1 0.05 0.4]
println(accuracy(scores, [2, 1, 3]), " ", accuracy(scores, [2, 2, 2]))
# expect: 1.0 0.3333333333333333

# case: 30.lin — a model with Params, its loss under @diff, and the bias gradient
using Knet
struct Linear3; w; b; end
Linear3(i::Int, o::Int) = Linear3(Param(zeros(o, i)), Param(zeros(o)))
(m::Linear3)(x) = m.w * x .+ m.b
(m::Linear3)(x, y) = nll(m(x), y)
model = Linear3(2, 2)
x = [1.0 0.0 2.0; 0.0 1.0 -1.0]
y = [1, 2, 2]
J = @diff model(x, y)
println(round(value(J), digits = 6))
println(round.(grad(J, model.b), digits = 6))
println(size(grad(J, model.w)))
println(length(params(J)))
# expect: 0.693147
# expect: [0.166667, -0.166667]
# expect: (2, 2)
# expect: 2

# case: 30.lin — one SGD step written with @diff, params and grad lowers the loss
using Knet
struct Linear4; w; b; end
(m::Linear4)(x) = m.w * x .+ m.b
(m::Linear4)(x, y) = nll(m(x), y)
function sgdupdate!(func, args; lr = 0.1)
    fval = @diff func(args...)
    for param in params(fval)
        ∇param = grad(fval, param)
        param .-= lr * ∇param
    end
    return value(fval)
end
model = Linear4(Param(zeros(2, 2)), Param(zeros(2)))
x = [1.0 0.0 2.0; 0.0 1.0 -1.0]
y = [1, 2, 2]
before = sgdupdate!(model, (x, y))
after = model(x, y)
println(after < before)
# expect: true

# case: 30.lin — training as a generator of update steps
using Knet
struct Linear5; w; b; end
(m::Linear5)(x) = m.w * x .+ m.b
(m::Linear5)(x, y) = nll(m(x), y)
function step!(func, args; lr = 0.5)
    fval = @diff func(args...)
    for p in params(fval)
        p .-= lr * grad(fval, p)
    end
    value(fval)
end
trainer(func, data; lr = 0.5) = (step!(func, args; lr = lr) for args in data)
model = Linear5(Param(zeros(2, 2)), Param(zeros(2)))
data = [([1.0 0.0; 0.0 1.0], [1, 2]) for _ in 1:20]
losses = collect(trainer(model, data))
println(length(losses), " ", losses[end] < losses[1] / 4)
# expect: 20 true

# case: 30.lin — Knet's sgd iterator trains a model and yields the losses
using Knet
struct Linear6; w; b; end
(m::Linear6)(x) = m.w * x .+ m.b
(m::Linear6)(x, y) = nll(m(x), y)
model = Linear6(Param(zeros(2, 2)), Param(zeros(2)))
data = [([1.0 0.0; 0.0 1.0], [1, 2]) for _ in 1:30]
losses = collect(sgd(model, data; lr = 0.5))
println(length(losses), " ", round(losses[1], digits = 6), " ", losses[end] < 0.2)
# expect: 30 0.693147 true

# case: 30.lin — update! with an SGD optimiser changes the weights in place
using Knet
w = [1.0, 2.0]
update!(w, [0.5, -1.0], SGD(lr = 0.1))
println(w)
update!(w, [1.0, 1.0]; lr = 0.5)
println(w)
# expect: [0.95, 2.1]
# expect: [0.44999999999999996, 1.6]

# case: 30.lin — the gradient check by hand: grad matches the analytic softmax gradient
using Knet
w = Param([0.0 0.0; 0.0 0.0])
x = [1.0 0.0; 0.0 1.0]
y = [1, 2]
J = @diff nll(w * x, y)
manual = (exp.(w * x) ./ sum(exp.(w * x), dims = 1) - [1 0; 0 1]) / 2 * x'
println(grad(J, w) ≈ manual)
# expect: true

# case: 23.learning — the perceptron update with dotted row assignments
function perceptron!(w, x, y)
    guess = argmax(w * x)
    class = argmax(y)
    if guess != class
        w[class, :] .+= x
        w[guess, :] .-= x
    end
end
w = [1.0 0.0; 0.0 1.0]
perceptron!(w, [0.0, 2.0], [1, 0])
println(w)
# expect: [1.0 2.0; 0.0 -1.0]

# case: 23.learning — the Adaline update w .-= lr * error * x'
function adaline!(w, x, y; lr = 0.5)
    error = w * x - y
    w .-= lr * error * x'
end
w = [0.0 0.0]
adaline!(w, [1.0, 2.0], [1.0])
println(w)
# expect: [0.5 1.0]

# case: 23.learning — accuracy with argmax along dims and mean of a comparison
using Statistics: mean
acc(w, x, y) = mean(argmax(w * x, dims = 1) .== argmax(y, dims = 1))
w = [1.0 0.0; 0.0 1.0]
x = [3.0 0.0 1.0; 1.0 2.0 5.0]
y = [1 1 0; 0 0 1]
println(acc(w, x, y))
# expect: 0.6666666666666666

# case: 23.learning — training by optimisation: @diff, grad and an in-place step
using Knet
w = Param([0.0 0.0])
x = [1.0, 2.0]
target = [3.0]
for t in 1:50
    L = @diff 0.5 * sum(abs2, w * x - target)
    w .-= 0.1 * grad(L, w)
end
println(round.(value(w) * x, digits = 6))
# expect: [3.0]

# case: 40.mlp — param helpers with keyword initialisers and array types
using Knet
param(d...; init = zeros, atype = Array{Float64}) = Param(atype(init(d...)))
param0(d...; atype = Array{Float64}) = param(d...; init = zeros, atype = atype)
w = param(2, 3; init = ones)
b = param0(2)
println(summary.((w, b)))
println(sum(value(w)), " ", value(b))
# expect: ("2×3 Param{Matrix{Float64}}", "2-element Param{Vector{Float64}}")
# expect: 6.0 [0.0, 0.0]

# case: 40.mlp — a chain of layers with an inner constructor and a loop over the layers
using Knet
struct Chain
    layers
    Chain(layers...) = new(layers)
end
(c::Chain)(x) = (for l in c.layers; x = l(x); end; x)
struct Layer1; w; b; f; end
(l::Layer1)(x) = l.f.(l.w * x .+ l.b)
model = Chain(Layer1([1.0 -1.0; -1.0 1.0], [0.0, 0.0], relu), Layer1([1.0 1.0], [0.5], identity))
println(model([3.0, 1.0]))
println(length(model.layers))
# expect: [2.5]
# expect: 2

# case: 40.mlp — an L1 penalty summed over the layers with a generator
struct LayerW; w; end
layers = (LayerW([1.0 -2.0]), LayerW([-3.0 4.0]))
println(sum(sum(abs, l.w) for l in layers))
println(sum(sum(abs2, l.w) for l in layers))
# expect: 10.0
# expect: 30.0

# case: 40.mlp — relu and sigm elementwise
using Knet
println(relu.([-1.0, 0.0, 2.5]))
println(sigm(0.0), " ", sigm.([0.0, 0.0]))
# expect: [0.0, 0.0, 2.5]
# expect: 0.5 [0.5, 0.5]

# case: 40.mlp — logp gives log-probabilities along a dimension
using Knet
lp = logp([0.0 1.0; 0.0 1.0], dims = 1)
println(round.(lp, digits = 6))
println(round.(sum(exp.(lp), dims = 1), digits = 12))
# expect: [-0.693147 -0.693147; -0.693147 -0.693147]
# expect: [1.0 1.0]

# case: 60.rnn — mat flattens all but the last dimension, or keeps the first with dims=1
using Knet
println(size(mat(zeros(2, 3, 4))))
println(size(mat(zeros(2, 3, 4), dims = 1)))
println(size(mat([1.0, 2.0])))
# expect: (6, 4)
# expect: (2, 12)
# expect: (1, 2)

# case: 60.rnn — an embedding layer indexes the columns of its weight matrix
struct Embed; w; end
(e::Embed)(x) = e.w[:, x]
emb = Embed([1.0 2.0 3.0; 10.0 20.0 30.0])
println(emb([3, 1, 3]))
# expect: [3.0 1.0 3.0; 30.0 10.0 30.0]

# case: 25.iterators — minibatch splits data into (x, y) batches along the last dimension
using Knet
xs = reshape(collect(1.0:12.0), 2, 6)
ys = collect(1:6)
d = minibatch(xs, ys, 2)
println(length(d))
for (x, y) in d
    println(size(x), " ", y)
end
println(length(minibatch(xs, ys, 4)))
# expect: 3
# expect: (2, 2) [1, 2]
# expect: (2, 2) [3, 4]
# expect: (2, 2) [5, 6]
# expect: 1

# case: 25.iterators — float batches are converted to Knet's default Float32 arrays
using Knet
d = minibatch(reshape(collect(1.0:12.0), 2, 6), collect(1:6), 3)
x, y = first(d)
println(summary.((x, y)))
println(x)
# expect: ("2×3 Matrix{Float32}", "3-element Vector{Int64}")
# expect: Float32[1.0 3.0 5.0; 2.0 4.0 6.0]

# case: 25.iterators — xtype keeps the batches in Float64
using Knet
d = minibatch(reshape(collect(1.0:12.0), 2, 6), collect(1:6), 3; xtype = Array{Float64})
x, y = first(d)
println(summary.((x, y)))
println(x)
# expect: ("2×3 Matrix{Float64}", "3-element Vector{Int64}")
# expect: [1.0 3.0 5.0; 2.0 4.0 6.0]

# case: 25.iterators — counting batches with a global in a loop, and take and drop of them
using Knet
using Base.Iterators: take, drop
d = minibatch(zeros(1, 10), collect(1:10), 2)
n = 0
for (x, y) in d; global n += 1; end
println(n)
println(length(collect(take(d, 2))), " ", length(collect(drop(d, 2))))
# expect: 5
# expect: 2 3

# case: 25.iterators — a generator over the batches' norms
using Knet
d = minibatch([1.0 2.0 3.0 4.0], [1, 1, 1, 1], 2)
xnorm(data) = (sum(abs2, x) for (x, y) in data)
println(collect(xnorm(d)))
# expect: Float32[5.0, 25.0]

# case: 15.quickstart — callable layer structs with an activation field and a default
using Knet
struct Dense; w; b; f; end
(d::Dense)(x) = d.f.(d.w * mat(x) .+ d.b)
Dense(w, b) = Dense(w, b, relu)
layer = Dense([1.0 -1.0], [0.0])
println(layer([2.0 1.0; 5.0 0.5]))
# expect: [0.0 0.5]

# case: Knet ops20 softmax — without dims softmax and logp normalise over the whole array (Knet's dims=:)
x = [1.0 2.0; 3.0 4.0]
println(softmax(x) ≈ exp.(x) ./ sum(exp.(x)), " ", size(softmax(x)), " ", logp(x) ≈ x .- log(sum(exp.(x))))
println(softmax(x; dims=1) ≈ exp.(x) ./ sum(exp.(x); dims=1), " ", softmax(x) ≈ softmax(x; dims=1))
# expect: true (2, 2) true
# expect: true false
