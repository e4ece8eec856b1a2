/// The nonlinearity of a vanilla RNN cell.
public enum Activation: String, Sendable, CaseIterable {
    case tanh, relu

    func apply(_ x: Var) -> Var {
        switch self {
        case .tanh: return x.tanh()
        case .relu: return x.relu()
        }
    }
}

/// One step of a vanilla RNN: `h' = act(hcat(x, h) * W .+ b)`.
///
/// x is B × X, h is B × H, W is (X+H) × H (input rows first, then recurrent rows),
/// b is 1 × H. Stacking x and h lets one matrix product do both the input and the
/// recurrent transform.
///
/// Canonical shapes take the fused tape operation (`fusedRNNCell`), an implementation of
/// `composedRNNCell`, which is the definition; other shapes run the definition itself.
public func rnnCell(_ x: Var, _ h: Var, weight: Var, bias: Var, activation: Activation = .tanh) throws -> Var {
    if let fused = try fusedRNNCell(x, h, weight: weight, bias: bias, activation: activation) { return fused }
    return try composedRNNCell(x, h, weight: weight, bias: bias, activation: activation)
}

/// The RNN step `rnnCell` documents, composed of general tape operations: the
/// specification of the model. Its fast paths (the fused tape operation, FusedCharRNN in
/// the column convention) implement it and are tested against it, values and gradients
/// (FusedCellTests, CharModelTrainerTests).
func composedRNNCell(_ x: Var, _ h: Var, weight: Var, bias: Var, activation: Activation) throws -> Var {
    let xh = try Var.hcat([x, h])
    return activation.apply(try xh * weight + bias)
}

/// A vanilla RNN cell's parameters.
public struct RNNCell {
    public var weight: Tensor
    public var bias: Tensor
    public let activation: Activation

    /// Glorot-uniform input weights; recurrent weights Glorot-uniform too, or the
    /// identity for an IRNN (Le, Jaitly & Hinton 2015) when `identityRecurrence`.
    public init(
        inputSize: Int, hiddenSize: Int, activation: Activation = .tanh,
        identityRecurrence: Bool = false, rng: inout RandomSource
    ) throws {
        var w = try Initialiser.glorotUniform(inputSize + hiddenSize, hiddenSize, rng: &rng)
        if identityRecurrence {
            let eye = try Tensor.identity(hiddenSize)
            try w.assignSlice([.range(inputSize..<(inputSize + hiddenSize)), .all], eye)
        }
        weight = w
        bias = try Tensor.zeros(1, hiddenSize)
        self.activation = activation
    }

    public var parameters: [Tensor] { [weight, bias] }
}
