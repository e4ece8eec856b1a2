import Engine

// The character-model training steps the issue names: a vanilla RNN (as Karpathy's
// min-char-rnn) and an LSTM, vocabulary 65, hidden 100, 25 steps, Adagrad. One-hot
// inputs are multiplied in, as the numpy reference does, so both sides do the same
// arithmetic.

let vocabulary = 65, hiddenSize = 100, sequenceLength = 25

/// A fixed pseudo-text: 26 ids derived from the step index; inputs are the first 25,
/// targets the last 25.
func benchSequence() -> (inputs: [Tensor], targets: [Int]) {
    let ids = (0...sequenceLength).map { ($0 * 17 + 3) % vocabulary }
    let inputs = ids.dropLast().map { id -> Tensor in
        var x = [Double](repeating: 0, count: vocabulary)
        x[id] = 1
        return Tensor(vector: x)
    }
    return (inputs, Array(ids.dropFirst()))
}

/// One training step of the vanilla RNN character model.
final class CharRNNStep {
    var parameters: [Tensor]
    var optimiser = Adagrad(learningRate: 0.1)
    let data = benchSequence()

    init() throws {
        var rng = RandomSource(seed: 1)
        let shapes = [[hiddenSize, vocabulary], [hiddenSize, hiddenSize], [hiddenSize], [vocabulary, hiddenSize], [vocabulary]]
        parameters = try shapes.map { try Initialiser.normal(shape: $0, std: 0.01, rng: &rng) }
    }

    func step() throws {
        var (_, grads) = try valueAndGradient(at: parameters) { p in
            try ElmanRNN.loss(p, inputs: data.inputs, targets: data.targets, initial: Tensor.zeros(hiddenSize))
        }
        try GradientClipping.clipByValue(&grads, limit: 5)
        try optimiser.update(&parameters, with: grads)
    }
}

/// One training step of an LSTM character model (row convention, batch 1).
final class CharLSTMStep {
    var parameters: [Tensor]
    var optimiser = Adagrad(learningRate: 0.1)
    let data: (inputs: [Tensor], targets: [Int])

    init() throws {
        var rng = RandomSource(seed: 2)
        let cell = try LSTMCell(inputSize: vocabulary, hiddenSize: hiddenSize, rng: &rng)
        let out = try Dense(inputs: hiddenSize, outputs: vocabulary, rng: &rng)
        parameters = cell.parameters + out.parameters
        let seq = benchSequence()
        data = (try seq.inputs.map { try $0.reshaped([1, vocabulary]) }, seq.targets)
    }

    func step() throws {
        var (_, grads) = try valueAndGradient(at: parameters) { p in
            var h = Var(try Tensor.zeros(1, hiddenSize)), c = h
            var total = Var(0)
            for (x, target) in zip(data.inputs, data.targets) {
                (h, c) = try lstmCell(Var(x), h, c, weight: p[0], bias: p[1])
                let scores = try dense(h, weight: p[2], bias: p[3])
                total = try total + scores.nll(labels: [target], classDimension: 1)
            }
            return total
        }
        try GradientClipping.clipByValue(&grads, limit: 5)
        try optimiser.update(&parameters, with: grads)
    }
}
