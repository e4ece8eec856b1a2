# One class only: every prediction is certain, so the loss and every gradient vanish
# (and show as 0.0, not -0.0).
w = Any[ones(1, 1), ones(1, 1), ones(1), ones(1, 1), ones(1)]
tr = bptt_trace(w, ones(1, 2), [1, 1])
println(tr.loss, " ", tr.step_losses, " ", tr.dh)
# expect: 0.0 [0.0, 0.0] [0.0 0.0]
println(tr.probs, " ", tr.grads[4])
# expect: [1.0 1.0] [0.0;;]
