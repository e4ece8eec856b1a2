w = Any[ones(2, 3), zeros(2, 2), zeros(2), ones(3, 2), zeros(3)]
bptt_trace(w, ones(3, 4), [1, 2, 3])
# expect error: bptt_trace: 4 inputs but 3 targets
