# Shapes are checked before any arithmetic, and the message names the weight.
w = Any[ones(2, 3), zeros(2, 2), zeros(2), ones(3, 3), zeros(3)]
bptt_trace(w, ones(3, 4), [1, 2, 3, 1])
# expect error: bptt_trace: Wy (w[4]) is 3×3 but should be a Y×2 matrix with Y ≥ 1
