# A column-convention RNN written out by hand (as in Knet tutorials), trained with adam.
srand(2)
H, X = 4, 2
w = Any[randn(H, X) * 0.1, randn(H, H) * 0.1, zeros(H), randn(1, H) * 0.1]
xs = [randn(X) for t in 1:5]
ys = [sum(x) for x in xs]
function predict_loss(w, xs, ys)
    h = zeros(H)
    total = 0.0
    for t in 1:length(xs)
        h = tanh(w[1] * xs[t] + w[2] * h + w[3])
        total += sum((w[4] * h .- ys[t]) .^ 2)
    end
    total / length(xs)
end
before = predict_loss(w, xs, ys)
opt = adam(lr=0.05)
for epoch in 1:60
    update!(w, grad(predict_loss)(w, xs, ys), opt)
end
after = predict_loss(w, xs, ys)
println(after < before / 4)
# expect: true
println(gradcheck(predict_loss, w, xs, ys))
# expect: true
