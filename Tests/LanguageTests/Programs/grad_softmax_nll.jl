# d nll / d scores = softmax(scores) - onehot(label) for one instance.
scores = [1.0, 2.0, 0.5]
g = grad(s -> nll(s, 2))(scores)
println(g ≈ softmax(scores) - onehot(2, 3))
# expect: true
println(gradcheck(s -> nll(s, [2]), reshape(scores, 3, 1)))
# expect: true
println(gradcheck(w -> mse(w * [1.0, 2.0], [0.5, -0.5]), [0.1 0.2; 0.3 0.4]))
# expect: true
