# min-char-rnn's training loop with an LSTM in the notebook language (see CHARBENCH.md):
# the built-in `lstmcell` in the row convention (gates forget, input, output,
# candidate), a linear read-out, BPTT over T steps, clipping and Adagrad.
#
# The harness defines `data` (1-based character ids), `V`, `H`, `T`, `lr` and `w0`
# (W, b, Wy, by) before running this file, then calls `train(n)`.

w = [copy(x) for x in w0]
opt = adagrad(lr=lr)
p, n = 0, 0                      # characters consumed, iterations run
h, c = zeros(1, H), zeros(1, H)  # the state carried from one iteration to the next

# The summed cross-entropy of T steps from state (h, c), and the last state. The
# read-out and the loss run once on the T hidden states stacked as rows (nll takes
# the mean over the T rows, so it is scaled back to the sum).
function loss(w, inputs, targets, h, c)
    W, b, Wy, by = w
    hs = []
    for t in 1:T
        h, c = lstmcell(onehot(inputs[t], V)', h, c, W, b)
        push!(hs, h)
    end
    return T * nll(vcat(hs...) * Wy .+ by, targets; dims=2), h, c
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
        update!(w, [clamp.(gk, -5, 5) for gk in g], opt)
        p += T
        n += 1
    end
    return losses
end
