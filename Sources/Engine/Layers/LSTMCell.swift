/// One LSTM step with one fused gate matrix (row-vector convention):
///
///     gates = hcat(x, h) * W .+ b          # B × 4H
///     forget = σ(gates[:, 1:H]),      input = σ(gates[:, H+1:2H])
///     output = σ(gates[:, 2H+1:3H]),  candidate = tanh(gates[:, 3H+1:4H])
///     c' = c .* forget + input .* candidate
///     h' = output .* tanh(c')
///
/// W is (X+H) × 4H and b is 1 × 4H. The cell path `c` is additive, gated by
/// `forget`: with forget ≈ 1 the gradient passes back through c almost unchanged.
public func lstmCell(_ x: Var, _ h: Var, _ c: Var, weight: Var, bias: Var) throws -> (h: Var, c: Var) {
    if let fused = try fusedLSTMCell(x, h, c, weight: weight, bias: bias) { return fused }
    let hidden = h.value.size(1)
    guard weight.value.size(1) == 4 * hidden else {
        throw EngineError.invalidShape(
            operation: "lstm", shape: weight.shape, reason: "should have 4H = \(4 * hidden) columns")
    }
    let gates = try Var.hcat([x, h]) * weight + bias
    let forget = try gates.columns(0..<hidden).sigm()
    let input = try gates.columns(hidden..<(2 * hidden)).sigm()
    let output = try gates.columns((2 * hidden)..<(3 * hidden)).sigm()
    let candidate = try gates.columns((3 * hidden)..<(4 * hidden)).tanh()
    let newC = try c .* forget + input .* candidate
    let newH = try output .* newC.tanh()
    return (newH, newC)
}

/// The forget-gate activations of one LSTM step, for plots of what the cell keeps.
public func lstmForgetGate(_ x: Tensor, _ h: Tensor, weight: Tensor, bias: Tensor) throws -> Tensor {
    let hidden = h.size(1)
    let gates = try Tensor.hcat([x, h]) * weight + bias
    return try gates.slice([.all, .range(0..<hidden)]).sigm()
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
        try b.assignSlice([.all, .range(0..<hiddenSize)], Tensor(forgetBias))
        bias = b
    }

    public var parameters: [Tensor] { [weight, bias] }
}
