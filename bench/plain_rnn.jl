# min-char-rnn written the way a learner writes it in the notebook language: a tanh RNN
# in the column convention, each step's input a column slice of Wxh, the loss as
# log(sum(exp(y))) - y[target] per step, the gradient from value_and_grad and
# Adagrad as dotted operators. No fused cell and no optimiser builtin: this is the
# speed of plain code (compare bench/min_char_rnn.jl, which calls the engine's pieces).
#
# The harness defines `data` (1-based character ids), `V`, `H`, `T`, `lr` and `w0`
# (Wxh, Whh, bh, Why, by) before running this file, then calls `train(n)`.

w = [copy(x) for x in w0]
m = [zeros(size(x)) for x in w0]   # Adagrad's memory
p, n = 0, 0                        # characters consumed, iterations run
h = zeros(H)                       # the state carried from one iteration to the next

function loss(w, inputs, targets, h)
    Wxh, Whh, bh, Why, by = w
    total = 0.0
    for t in 1:T
        h = tanh.(Wxh[:, inputs[t]] .+ Whh * h .+ bh)
        y = Why * h .+ by
        total = total + log(sum(exp.(y))) - y[targets[t]]
    end
    return total, h
end

lossgrad = value_and_grad(loss)

function train(iterations)
    global p, n, h
    losses = zeros(iterations)
    for k in 1:iterations
        if n == 0 || p + T + 1 > length(data)
            h = zeros(H)
            p = 0
        end
        (losses[k], h), g = lossgrad(w, data[p+1:p+T], data[p+2:p+T+1], h)
        for i in 1:length(w)
            d = clamp.(g[i], -5, 5)
            m[i] .+= d .* d
            w[i] .-= lr .* d ./ (sqrt.(m[i]) .+ 1e-8)
        end
        p += T
        n += 1
    end
    return losses
end
