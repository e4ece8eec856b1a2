import Kernels

/// One LSTM step with one fused gate matrix (row-vector convention):
///
///     gates = hcat(x, h) * W .+ b          # B × 4H
///     forget = σ(gates[:, 1:H]),      input = σ(gates[:, H+1:2H])
///     output = σ(gates[:, 2H+1:3H]),  candidate = tanh(gates[:, 3H+1:4H])
///     c' = c .* forget + input .* candidate
///     h' = output .* tanh(c')
///
/// W is (X+H) × 4H and b is 1 × 4H; the gate blocks stand in LSTMGate's order. The
/// cell path `c` is additive, gated by `forget`: with forget ≈ 1 the gradient passes
/// back through c almost unchanged.
///
/// Canonical shapes take the fused tape operation (`fusedLSTMCell`), an implementation of
/// `composedLSTMCell`, which is the definition; other shapes run the definition itself.
public func lstmCell(_ x: Var, _ h: Var, _ c: Var, weight: Var, bias: Var) throws -> (h: Var, c: Var) {
    if let fused = try fusedLSTMCell(x, h, c, weight: weight, bias: bias) { return fused }
    return try composedLSTMCell(x, h, c, weight: weight, bias: bias)
}

/// The order of the gate blocks (forget, input, output, candidate), one definition for
/// every implementation; see `Kernels.LSTMGate`.
public typealias LSTMGate = Kernels.LSTMGate

extension LSTMGate {
    /// This gate's columns of the B × 4H gate matrix of a cell with `hidden` units.
    func columns(hidden: Int) -> Range<Int> { block(length: hidden) }
}

/// The LSTM step `lstmCell` documents, composed of general tape operations: the
/// specification of the model. Every fast path (the fused tape operation, FusedCharLSTM,
/// the kernels' pointwise code) implements it and is tested against it, values and
/// gradients (FusedCellTests, CharModelTrainerTests).
func composedLSTMCell(_ x: Var, _ h: Var, _ c: Var, weight: Var, bias: Var) throws -> (h: Var, c: Var) {
    let hidden = h.value.size(1)
    guard weight.value.size(1) == 4 * hidden else {
        throw EngineError.invalidShape(
            operation: "lstm", shape: weight.shape, reason: "should have 4H = \(4 * hidden) columns")
    }
    let gates = try Var.hcat([x, h]) * weight + bias
    func activated(_ gate: LSTMGate) throws -> Var {
        let block = try gates.columns(gate.columns(hidden: hidden))
        switch gate.activation {
        case .sigmoid: return block.sigm()
        case .tanh: return block.tanh()
        }
    }
    let forget = try activated(.forget), input = try activated(.input)
    let output = try activated(.output), candidate = try activated(.candidate)
    let newC = try c .* forget + input .* candidate
    let newH = try output .* newC.tanh()
    return (newH, newC)
}

/// The forget-gate activations of one LSTM step, for plots of what the cell keeps.
public func lstmForgetGate(_ x: Tensor, _ h: Tensor, weight: Tensor, bias: Tensor) throws -> Tensor {
    let hidden = h.size(1)
    let gates = try Tensor.hcat([x, h]) * weight + bias
    return try gates.slice([.all, .range(LSTMGate.forget.columns(hidden: hidden))]).sigm()
}

/// An LSTM cell's parameters.
public struct LSTMCell {
    public var weight: Tensor
    public var bias: Tensor

    /// Glorot-uniform weights; the forget-gate bias starts at `forgetBias` (1 by
    /// default, a common choice that lets memory flow from the start).
    public init(inputSize: Int, hiddenSize: Int, forgetBias: Double = 1, rng: inout RandomSource) throws {
        weight = try Initialiser.glorotUniform(inputSize + hiddenSize, 4 * hiddenSize, rng: &rng)
        var b = try Tensor.zeros(1, 4 * hiddenSize)
        try b.assignSlice([.all, .range(LSTMGate.forget.columns(hidden: hiddenSize))], Tensor(forgetBias))
        bias = b
    }

    public var parameters: [Tensor] { [weight, bias] }
}
