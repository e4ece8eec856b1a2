/// A vanilla tanh RNN in the column convention the lessons use for BPTT:
///
///     h_t = tanh(Wx * x_t + Wh * h_{t-1} + b)
///     y_t = Wy * h_t + by
///     L   = Σ_t  -log softmax(y_t)[target_t]
public struct ElmanRNN: Sendable {
    public var inputWeight: Tensor      // H × X
    public var recurrentWeight: Tensor  // H × H
    public var bias: Tensor             // H
    public var outputWeight: Tensor     // Y × H
    public var outputBias: Tensor       // Y

    public init(inputWeight: Tensor, recurrentWeight: Tensor, bias: Tensor, outputWeight: Tensor, outputBias: Tensor) {
        self.inputWeight = inputWeight
        self.recurrentWeight = recurrentWeight
        self.bias = bias
        self.outputWeight = outputWeight
        self.outputBias = outputBias
    }

    /// Small random weights (normal with standard deviation `scale`) and zero biases.
    public init(inputs: Int, hidden: Int, outputs: Int, scale: Double = 0.1, rng: inout RandomSource) throws {
        inputWeight = try Initialiser.normal(shape: [hidden, inputs], std: scale, rng: &rng)
        recurrentWeight = try Initialiser.normal(shape: [hidden, hidden], std: scale, rng: &rng)
        bias = try Tensor.zeros(hidden)
        outputWeight = try Initialiser.normal(shape: [outputs, hidden], std: scale, rng: &rng)
        outputBias = try Tensor.zeros(outputs)
    }

    public var parameters: [Tensor] { [inputWeight, recurrentWeight, bias, outputWeight, outputBias] }

    /// The summed loss over a sequence, recorded on the parameters' tape; the same
    /// computation the trace does by hand, so tests can hold one against the other.
    public static func loss(_ p: [Var], inputs: [Tensor], targets: [Int], initial: Tensor) throws -> Var {
        try loss(p, inputs: inputs, batchTargets: targets.map { [$0] }, initial: initial)
    }

    /// The loss of a batch on the tape: each scored step's `nll` (the mean over the
    /// batch's columns), summed over the steps; steps whose targets are nil add nothing.
    public static func loss(_ p: [Var], inputs: [Tensor], batchTargets: [[Int]?], initial: Tensor) throws -> Var {
        guard p.count == 5 else {
            throw EngineError.invalidArgument(
                operation: "ElmanRNN.loss", reason: "expected 5 parameters (Wx, Wh, b, Wy, by), got \(p.count)")
        }
        var h = Var(initial)
        var total = Var(0)
        for (x, classes) in zip(inputs, batchTargets) {
            h = try (p[0] * Var(x) + p[1] * h + p[2]).tanh()
            guard let classes else { continue }
            let y = try p[3] * h + p[4]
            total = try total + y.nll(labels: classes, classDimension: 0)
        }
        return total
    }
}

/// Everything BPTT computes over a sequence (or a batch of sequences side by side),
/// step by step, for the stepper view: the forward pass (hidden states, predictions,
/// losses) and the backward pass (the gradient reaching each h_t and each step's share
/// of dL/dWh).
///
/// With a batch, x_t, h_t and the predictions are matrices with one column per
/// sequence, and each step's loss is the mean over the batch (as `nll` averages), so
/// a trace over a lesson's whole training batch has the lesson's own loss and gradients.
public struct BPTTTrace: Sendable {
    /// x_1 … x_T: vectors, or X×B matrices for a batch of B sequences.
    public let inputs: [Tensor]
    /// Each step's target class for every sequence (0-based), or nil for a step that
    /// has no loss (a task that answers only from step 3, say).
    public let targets: [[Int]?]
    /// h_1 … h_T (h_0 is `initialState`).
    public let hiddenStates: [Tensor]
    public let initialState: Tensor
    /// softmax(y_t) at each step.
    public let probabilities: [Tensor]
    /// Each step's loss: −log p(target_t), averaged over the batch; 0 for a step
    /// without a loss.
    public let stepLosses: [Double]
    /// dL/dh_t: the gradient reaching h_t from its own output and from every later step.
    public let hiddenGradients: [Tensor]
    /// Step t's share of dL/dWh: δ_t h_{t-1}ᵀ with δ_t = dL/dh_t .* (1 .- h_t.^2).
    public let recurrentWeightContributions: [Tensor]
    /// Step t's share of dL/dWx: δ_t x_tᵀ.
    public let inputWeightContributions: [Tensor]
    /// The full gradient of every parameter, in `ElmanRNN.parameters` order.
    public let gradients: [Tensor]

    public var totalLoss: Double { stepLosses.reduce(0, +) }
    public var steps: Int { hiddenStates.count }
    /// How many sequences run side by side (1 for a single sequence).
    public var batchSize: Int { inputs.first.map { $0.rank == 2 ? $0.size(1) : 1 } ?? 1 }

    /// ‖dL/dh_t‖ for t = 1…T (over the whole batch): how much error signal reaches each step.
    public var hiddenGradientNorms: [Double] { hiddenGradients.map { $0.norm() } }

    /// dL/dWh summed over steps t…T: what the backward pass has built after it has
    /// walked back from T to t (0-based).
    public func runningRecurrentGradient(from t: Int) throws -> Tensor {
        guard t >= 0 && t < steps else { throw EngineError.indexOutOfRange(index: [t], shape: [steps]) }
        var sum = recurrentWeightContributions[t].zerosLike()
        for s in t..<steps { try sum.add(recurrentWeightContributions[s]) }
        return sum
    }
}

extension ElmanRNN {
    /// Runs BPTT over one sequence by hand, keeping every intermediate; every step has a loss.
    /// - Parameters:
    ///   - inputs: x_1 … x_T, each a vector of length X.
    ///   - targets: 0-based classes, one per step.
    ///   - initial: h_0 (zeros when nil).
    public func trace(inputs: [Tensor], targets: [Int], initial: Tensor? = nil) throws -> BPTTTrace {
        try trace(inputs: inputs, batchTargets: targets.map { [$0] }, initial: initial)
    }

    /// Runs BPTT over a batch of sequences by hand, keeping every intermediate.
    /// - Parameters:
    ///   - inputs: x_1 … x_T, each a vector of length X (one sequence) or an X×B matrix
    ///     whose columns are B sequences.
    ///   - batchTargets: per step, the 0-based class of each of the B sequences, or nil
    ///     when the step has no loss.
    ///   - initial: h_0, a vector (or H×B matrix); zeros when nil.
    public func trace(inputs: [Tensor], batchTargets: [[Int]?], initial: Tensor? = nil) throws -> BPTTTrace {
        guard inputs.count == batchTargets.count, !inputs.isEmpty else {
            throw EngineError.invalidArgument(
                operation: "bptt", reason: "\(inputs.count) inputs and \(batchTargets.count) targets (need the same, at least 1)")
        }
        let hidden = recurrentWeight.size(0)
        let batch = inputs[0].rank == 2 ? inputs[0].size(1) : 1
        for x in inputs where (x.rank == 2 ? x.size(1) : 1) != batch || x.rank > 2 {
            throw EngineError.invalidArgument(
                operation: "bptt", reason: "every input must have the same \(batch) column\(batch == 1 ? "" : "s") (one per sequence), not shape \(x.shape)")
        }
        for case let classes? in batchTargets where classes.count != batch {
            throw EngineError.invalidArgument(
                operation: "bptt", reason: "a step has \(classes.count) targets for \(batch) sequence\(batch == 1 ? "" : "s")")
        }
        let h0 = try initial ?? (inputs[0].rank == 2 ? Tensor.zeros(hidden, batch) : Tensor.zeros(hidden))
        let scale = 1 / Double(batch)
        // Forward, keeping h_t and the softmax of y_t.
        var hs: [Tensor] = []
        var probs: [Tensor] = []
        var losses: [Double] = []
        var h = h0
        for (x, classes) in zip(inputs, batchTargets) {
            h = try (inputWeight * x + recurrentWeight * h + bias).tanh()
            let y = try outputWeight * h + outputBias
            let p = try y.softmax(along: 0)
            hs.append(h)
            probs.append(p)
            guard let classes else {
                losses.append(0)
                continue
            }
            let logp = try y.logSoftmax(along: 0)
            let Y = p.size(0)
            var loss = 0.0
            for (b, target) in classes.enumerated() {
                guard target >= 0 && target < Y else {
                    throw EngineError.invalidArgument(operation: "bptt", reason: "target \(target + 1) is outside 1:\(Y)")
                }
                loss -= logp.scalars[b * Y + target]
            }
            losses.append(loss * scale)
        }
        // Backward, from the last step to the first.
        let T = inputs.count
        var dWx = inputWeight.zerosLike(), dWh = recurrentWeight.zerosLike(), db = bias.zerosLike()
        var dWy = outputWeight.zerosLike(), dby = outputBias.zerosLike()
        var dhs = [Tensor](repeating: h0.zerosLike(), count: T)
        var whContributions = [Tensor](repeating: dWh, count: T)
        var wxContributions = [Tensor](repeating: dWx, count: T)
        var fromLater = h0.zerosLike()   // dL/dh_t arriving from step t+1
        let outputT = try outputWeight.transposed(), recurrentT = try recurrentWeight.transposed()
        /// A gradient with one column per sequence, summed over the batch for a bias.
        func summedOverBatch(_ g: Tensor) throws -> Tensor { g.rank == 2 ? try g.sum(along: 1).vectorized() : g }
        for t in stride(from: T - 1, through: 0, by: -1) {
            var dh = fromLater
            if let classes = batchTargets[t] {
                // dy = (softmax(y_t) − onehot(target)) / B
                var dy = probs[t]
                let Y = dy.size(0)
                for (b, target) in classes.enumerated() { dy.scalars[b * Y + target] -= 1 }
                dy = dy * scale
                try dWy.add(dy.matmul(hs[t].transposed()))
                try dby.add(summedOverBatch(dy))
                dh = try outputT * dy + fromLater
            }
            dhs[t] = dh
            let delta = try dh .* (1 - hs[t] .* hs[t])
            let previous = t > 0 ? hs[t - 1] : h0
            whContributions[t] = try delta.matmul(previous.transposed())
            wxContributions[t] = try delta.matmul(inputs[t].transposed())
            try dWh.add(whContributions[t])
            try dWx.add(wxContributions[t])
            try db.add(summedOverBatch(delta))
            fromLater = try recurrentT * delta
        }
        return BPTTTrace(
            inputs: inputs, targets: batchTargets, hiddenStates: hs, initialState: h0, probabilities: probs,
            stepLosses: losses, hiddenGradients: dhs, recurrentWeightContributions: whContributions,
            inputWeightContributions: wxContributions, gradients: [dWx, dWh, db, dWy, dby])
    }
}
