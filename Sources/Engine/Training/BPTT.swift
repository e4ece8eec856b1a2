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
        guard p.count == 5 else {
            throw EngineError.invalidArgument(
                operation: "ElmanRNN.loss", reason: "expected 5 parameters (Wx, Wh, b, Wy, by), got \(p.count)")
        }
        var h = Var(initial)
        var total = Var(0)
        for (x, target) in zip(inputs, targets) {
            h = try (p[0] * Var(x) + p[1] * h + p[2]).tanh()
            let y = try p[3] * h + p[4]
            total = try total + y.nll(labels: [target], classDimension: 0)
        }
        return total
    }
}

/// Everything BPTT computes over one sequence, step by step, for the stepper view:
/// the forward pass (hidden states, predictions, losses) and the backward pass
/// (the gradient reaching each h_t and each step's share of dL/dWh).
public struct BPTTTrace: Sendable {
    public let inputs: [Tensor]
    public let targets: [Int]
    /// h_1 … h_T (h_0 is `initialState`).
    public let hiddenStates: [Tensor]
    public let initialState: Tensor
    /// softmax(y_t) at each step.
    public let probabilities: [Tensor]
    /// −log p(target_t) at each step.
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

    /// ‖dL/dh_t‖ for t = 1…T: how much error signal reaches each step.
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
    /// Runs BPTT over one sequence by hand, keeping every intermediate.
    /// - Parameters:
    ///   - inputs: x_1 … x_T, each a vector of length X.
    ///   - targets: 0-based classes, one per step.
    ///   - initial: h_0 (zeros when nil).
    public func trace(inputs: [Tensor], targets: [Int], initial: Tensor? = nil) throws -> BPTTTrace {
        guard inputs.count == targets.count, !inputs.isEmpty else {
            throw EngineError.invalidArgument(
                operation: "bptt", reason: "\(inputs.count) inputs and \(targets.count) targets (need the same, at least 1)")
        }
        let hidden = recurrentWeight.size(0)
        let h0 = try initial ?? Tensor.zeros(hidden)
        // Forward, keeping h_t and the softmax of y_t.
        var hs: [Tensor] = []
        var probs: [Tensor] = []
        var losses: [Double] = []
        var h = h0
        for (x, target) in zip(inputs, targets) {
            h = try (inputWeight * x + recurrentWeight * h + bias).tanh()
            let y = try outputWeight * h + outputBias
            let p = try y.softmax(along: 0)
            guard target >= 0 && target < p.count else {
                throw EngineError.invalidArgument(operation: "bptt", reason: "target \(target + 1) is outside 1:\(p.count)")
            }
            hs.append(h)
            probs.append(p)
            losses.append(-(try y.logSoftmax(along: 0).scalars[target]))
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
        for t in stride(from: T - 1, through: 0, by: -1) {
            var dy = probs[t]
            dy.scalars[targets[t]] -= 1
            try dWy.add(dy.matmul(hs[t].transposed()))
            try dby.add(dy)
            let dh = try outputT * dy + fromLater
            dhs[t] = dh
            let delta = try dh .* (1 - hs[t] .* hs[t])
            let previous = t > 0 ? hs[t - 1] : h0
            whContributions[t] = try delta.matmul(previous.transposed())
            wxContributions[t] = try delta.matmul(inputs[t].transposed())
            try dWh.add(whContributions[t])
            try dWx.add(wxContributions[t])
            try db.add(delta)
            fromLater = try recurrentT * delta
        }
        return BPTTTrace(
            inputs: inputs, targets: targets, hiddenStates: hs, initialState: h0, probabilities: probs,
            stepLosses: losses, hiddenGradients: dhs, recurrentWeightContributions: whContributions,
            inputWeightContributions: wxContributions, gradients: [dWx, dWh, db, dWy, dby])
    }
}
