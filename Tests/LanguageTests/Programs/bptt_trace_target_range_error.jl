w = Any[ones(2, 1), zeros(2, 2), zeros(2), ones(3, 2), zeros(3)]
println(bptt_trace(w, [[1.0], [2.0]], [1, 3]).ys)
# expect: [1, 3]
bptt_trace(w, [[1.0], [2.0]], [1, 4])
# expect error: bptt_trace: target 2 is 4; targets are classes 1…3 (Wy has 3 rows)
