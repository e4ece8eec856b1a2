# bptt_trace against the language's own autodiff (grad) and central differences,
# with the inputs as an X×T matrix and the biases as columns.
srand(3)
H, X, Y, T = 4, 3, 3, 6
Wx = 0.5 * randn(H, X); Wh = 0.5 * randn(H, H); b = 0.1 * randn(H, 1)
Wy = 0.5 * randn(Y, H); by = 0.1 * randn(Y)
w = Any[Wx, Wh, b, Wy, by]
Xs = randn(X, T)
ys = [rand(1:Y) for t in 1:T]
function seqloss(w, Xs, ys)
    h = zeros(size(w[2], 1))
    total = 0.0
    for t in 1:length(ys)
        h = tanh(w[1] * Xs[:, t] .+ w[2] * h .+ vec(w[3]))
        total += -logsoftmax(w[4] * h .+ w[5])[ys[t]]
    end
    total
end
tr = bptt_trace(w, Xs, ys)
relerr(a, b) = maximum(abs.(a .- b)) / maximum(abs.(b))
println(size(tr.h), " ", size(tr.dh), " ", size(tr.probs), " ", length(tr.dh_norms))
# expect: (4, 6) (4, 6) (3, 6) 6
println(abs(tr.loss - seqloss(w, Xs, ys)) < 1e-12 * tr.loss, " ", abs(sum(tr.step_losses) - tr.loss) < 1e-12)
# expect: true true
g = grad(seqloss)(w, Xs, ys)
println([relerr(tr.grads[k], g[k]) < 1e-10 for k in 1:5])
# expect: Bool[1, 1, 1, 1, 1]
println([size(tr.grads[k]) == size(w[k]) for k in 1:5])
# expect: Bool[1, 1, 1, 1, 1]
println(gradcheck(seqloss, w, Xs, ys))
# expect: true
# The last step's dL/dh comes from its own output only: Wy' * (p_T - onehot(y_T)).
println(relerr(tr.dh[:, T], Wy' * (tr.probs[:, T] .- onehot(ys[T], Y))) < 1e-12)
# expect: true
println(relerr(tr.dh_norms, [norm(tr.dh[:, t]) for t in 1:T]) < 1e-14, " ", all(abs.(sum(tr.probs; dims=1) .- 1) .< 1e-12))
# expect: true true
# A list of vectors gives the same trace as the matrix of columns.
tr2 = bptt_trace(w, [Xs[:, t] for t in 1:T], ys)
println(tr2.loss == tr.loss, " ", tr2.dh == tr.dh)
# expect: true true
# The trace keeps copies: training w afterwards leaves tr.w as it was.
w[2] .-= 0.1 .* tr.grads[2]
println(tr.w[2] == w[2], " ", tr.w[1] == w[1], " ", tr.xs[2] == Xs[:, 2], " ", tr.ys == ys)
# expect: false true true true
