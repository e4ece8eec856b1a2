# A character-level LSTM written the way a learner writes it in the notebook language:
# the `lstm` function of lesson 6 (the seed chapter) as it stands there, in the row
# convention (`hcat(input, hidden) * weight .+ bias`, four gate slices, `sigm`, `tanh`),
# a linear read-out, the loss as log(sum(exp(y))) - y[target] per step, the gradient
# from value_and_grad and Adagrad as dotted operators. No fused cell and no optimiser
# builtin: this is the speed of plain code (compare bench/min_char_lstm.jl).
#
# The harness defines `data` (1-based character ids), `V`, `H`, `T`, `lr` and `w0`
# (W, b, Wy, by) before running this file, then calls `train(n)`.

function lstm(w, x, h, c)
    H = size(h, 2)
    gates = hcat(x, h) * w[1] .+ w[2]
    forget = sigm(gates[:, 1:H])
    input  = sigm(gates[:, H+1:2H])
    output = sigm(gates[:, 2H+1:3H])
    cand   = tanh(gates[:, 3H+1:4H])
    c = c .* forget + input .* cand
    h = output .* tanh(c)
    return h, c
end

w = [copy(x) for x in w0]
m = [zeros(size(x)) for x in w0]   # Adagrad's memory
p, n = 0, 0                        # characters consumed, iterations run
h, c = zeros(1, H), zeros(1, H)    # the state carried from one iteration to the next

function loss(w, inputs, targets, h, c)
    W, b, Wy, by = w
    total = 0.0
    for t in 1:T
        x = zeros(1, V)
        x[inputs[t]] = 1
        h, c = lstm([W, b], x, h, c)
        y = h * Wy .+ by
        total = total + log(sum(exp.(y))) - y[targets[t]]
    end
    return total, h, c
end

lossgrad = value_and_grad(loss)

function train(iterations)
    global p, n, h, c
    losses = zeros(iterations)
    for k in 1:iterations
        if n == 0 || p + T + 1 > length(data)
            h, c = zeros(1, H), zeros(1, H)
            p = 0
        end
        (losses[k], h, c), g = lossgrad(w, data[p+1:p+T], data[p+2:p+T+1], h, c)
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
