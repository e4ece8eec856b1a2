s = [1.0, 2.0, 3.0]
p = softmax(s)
println(sum(p) ≈ 1.0, " ", argmax(p))
# expect: true 3
println(logsoftmax(s) ≈ log(p))
# expect: true
println(nll(s, 3) ≈ -log(p[3]))
# expect: true
S = [1.0 0.0; 0.0 1.0; 0.0 0.0]
println(nll(S, [1, 2]) ≈ -log(exp(1) / (exp(1) + 2)))
# expect: true
println(mse([1.0, 2.0], [1.0, 4.0]))
# expect: 2.0
println(onehot(2, 3), " ", onehot([1, 3], 3))
# expect: [0.0, 1.0, 0.0] [1.0 0.0; 0.0 0.0; 0.0 1.0]
println(clamp(5, 1, 3), " ", clamp([-2.0, 0.5, 9.0], -1, 1))
# expect: 3 [-1.0, 0.5, 1.0]
