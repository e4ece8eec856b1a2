w = Any[ones(1, 1), ones(1, 1), ones(1), ones(1, 1), ones(1)]
grad(w -> bptt_trace(w, [[1.0]], [1]).loss)(w)
# expect error: bptt_trace: w[1] is being differentiated; bptt_trace works out its own gradients (tr.grads), so call it outside grad
