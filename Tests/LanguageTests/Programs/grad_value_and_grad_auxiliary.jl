# value_and_grad of a function returning a tuple: the first element is the loss, the
# others (here the last hidden state) come back as plain values, not differentiated.
function run(w, h)
    for x in [1.0, -2.0]
        h = tanh(w[1] * h + w[2] * x)
    end
    return h^2, h, "done"
end
w = Any[0.5, 0.25]
(l, hlast, note), g = value_and_grad(run)(w, 0.1)
h1 = tanh(0.5 * 0.1 + 0.25)
h2 = tanh(0.5 * h1 - 0.5)
println(l ≈ h2^2, " ", hlast ≈ h2, " ", note, " ", typeof(hlast))
# expect: true true done Float64
dh2 = 2h2 * (1 - h2^2)
println(g[1] ≈ dh2 * (h1 + 0.5 * (1 - h1^2) * 0.1), " ", g[2] ≈ dh2 * (-2 + 0.5 * (1 - h1^2)))
# expect: true true
# grad still wants a single number.
grad(run)(w, 0.1)
# expect error: must return a single number
