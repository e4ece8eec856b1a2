import Engine

/// The benchmark's model written against the engine's general API, as a user of the
/// engine would: `valueAndGradient` over the cells and `nll`, value clipping and
/// `Adagrad`. It shows what the general tape costs beside the fused `CharModelTrainer`.
final class TapeCharTrainer: CharTrainer {
    let kind: CharModelKind
    let data: [Int]
    let hidden: Int
    private(set) var parameters: [Tensor]
    private var optimiser = Adagrad(learningRate: 0.1)
    private var window = TextWindow(sequenceLength: 25)
    /// h for the RNN; h and c for the LSTM.
    private var state: [Tensor] = []
    /// One one-hot input per vocabulary entry, made once: a vector for the RNN's
    /// column convention, a 1×V row for the LSTM.
    private let oneHots: [Tensor]

    init(kind: CharModelKind, data: [Int], vocabulary: Int, hidden: Int, weights: [Tensor]) throws {
        self.kind = kind
        self.data = data
        self.hidden = hidden
        parameters = weights
        oneHots = try (0..<vocabulary).map { id in
            let row = try Tensor.generate(shape: kind == .rnn ? [vocabulary] : [1, vocabulary]) { $0 == id ? 1 : 0 }
            return row
        }
    }

    func train(iterations: Int) throws -> [Double] {
        var losses: [Double] = []
        for _ in 0..<iterations {
            let (inputs, targets, restart) = try window.next(in: data)
            if restart {
                state = kind == .rnn ? [try Tensor.zeros(hidden)] : [try Tensor.zeros(1, hidden), try Tensor.zeros(1, hidden)]
            }
            var last: [Tensor] = []
            var (loss, grads) = try valueAndGradient(at: parameters) { p in
                let (total, final) = try kind == .rnn
                    ? rnnLoss(p, Array(inputs), Array(targets)) : lstmLoss(p, Array(inputs), Array(targets))
                last = final
                return total
            }
            try GradientClipping.clipByValue(&grads, limit: 5)
            try optimiser.update(&parameters, with: grads)
            state = last
            losses.append(loss)
        }
        return losses
    }

    /// h_t = tanh(Wxh x_t + Whh h_{t−1} + bh), y_t = Why h_t + by; summed nll.
    private func rnnLoss(_ p: [Var], _ inputs: [Int], _ targets: [Int]) throws -> (Var, [Tensor]) {
        var h = Var(state[0])
        var total = Var(0)
        for (x, target) in zip(inputs, targets) {
            h = try (p[0] * Var(oneHots[x]) + p[1] * h + p[2]).tanh()
            total = try total + (p[3] * h + p[4]).nll(labels: [target], classDimension: 0)
        }
        return (total, [h.value])
    }

    /// The engine's fused-gate `lstmCell` (row convention) and a dense read-out.
    private func lstmLoss(_ p: [Var], _ inputs: [Int], _ targets: [Int]) throws -> (Var, [Tensor]) {
        var h = Var(state[0]), c = Var(state[1])
        var total = Var(0)
        for (x, target) in zip(inputs, targets) {
            (h, c) = try lstmCell(Var(oneHots[x]), h, c, weight: p[0], bias: p[1])
            total = try total + dense(h, weight: p[2], bias: p[3]).nll(labels: [target], classDimension: 1)
        }
        return (total, [h.value, c.value])
    }
}
