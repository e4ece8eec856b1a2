import Language

/// The interpreter's overhead: the vanilla-RNN character model of `CharModels.swift`
/// (hidden 100, 25 steps, vocabulary 65, Adagrad) written in the notebook language,
/// one training step per run. Compare its time with `char_rnn_step`, the same model
/// written in Swift against the engine.
func languageCases() throws -> [BenchCase] {
    let interpreter = Interpreter(output: { _ in })
    try interpreter.run(source: languageCharRNN)
    return [
        BenchCase(name: "char_rnn_step_language", flops: nil, unit: ("steps/s", 1), baseline: "char_rnn_step") {
            try interpreter.run(source: "update!(w, lossgrad(w, xs, ys), opt);")
        },
    ]
}

let languageCharRNN = """
    V, H, T = 65, 100, 25
    srand(1)
    w = Any[randn(H, V) * 0.01, randn(H, H) * 0.01, zeros(H), randn(V, H) * 0.01, zeros(V)]
    ids = [mod(t * 17 + 3, V) + 1 for t in 0:T]
    xs = [onehot(ids[t], V) for t in 1:T]
    ys = ids[2:end]
    function loss(w, xs, ys)
        h = zeros(H)
        total = 0.0
        for t in 1:length(xs)
            h = tanh(w[1] * xs[t] + w[2] * h + w[3])
            total += nll(w[4] * h + w[5], [ys[t]])
        end
        return total
    end
    opt = adagrad(; lr=0.1)
    lossgrad = grad(loss)
    """
