# min-char-rnn's training loop in the notebook language (see CHARBENCH.md): a vanilla
# tanh RNN in the column convention, one character id in and a score vector out per
# step, trained by BPTT over T steps with clipping and Adagrad.
#
# The harness defines `data` (1-based character ids), `V`, `H`, `T`, `lr` and `w0`
# (Wxh, Whh, bh, Why, by) before running this file, then calls `train(n)`.

w = [copy(x) for x in w0]
opt = adagrad(lr=lr)
p, n = 0, 0          # characters consumed, iterations run
h = zeros(H)         # the state carried from one iteration to the next

# The summed cross-entropy of T steps from state h, and the last state. Multiplying
# Wxh by one-hot vectors picks columns, so the T inputs are looked up at once; the
# read-out and the loss run once on the T hidden states side by side (nll takes
# the mean over the T columns, so it is scaled back to the sum).
function loss(w, inputs, targets, h)
    Wxh, Whh, bh, Why, by = w
    xs = Wxh[:, inputs]
    hs = []
    for t in 1:T
        h = tanh.(xs[:, t] .+ Whh * h .+ bh)
        push!(hs, h)
    end
    return T * nll(Why * hcat(hs...) .+ by, targets), h
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
        update!(w, [clamp.(gk, -5, 5) for gk in g], opt)
        p += T
        n += 1
    end
    return losses
end
