// Layers use the row-vector convention: a batch is B × features, so a layer is
// `x * W .+ b` with W of size in × out and b of size 1 × out.

/// `x * W .+ b`: the affine layer every model ends with.
public func dense(_ x: Var, weight: Var, bias: Var) throws -> Var {
    if let fused = try fusedDense(x, weight: weight, bias: bias) { return fused }
    return try x * weight + bias
}

/// Rows of the embedding table `table` (vocabulary × dimension) for each token
/// (0-based ids): a B × D matrix. The gradient adds into the rows that were used.
public func embedding(_ table: Var, tokens: [Int]) throws -> Var {
    let vocabulary = table.value.size(0)
    if let bad = tokens.first(where: { $0 < 0 || $0 >= vocabulary }) {
        throw EngineError.indexOutOfRange(index: [bad, 0], shape: table.shape)
    }
    return try table.slice([.list(tokens), .all])
}

/// An affine layer's parameters.
public struct Dense {
    public var weight: Tensor
    public var bias: Tensor

    /// Glorot-uniform weights and zero bias.
    public init(inputs: Int, outputs: Int, rng: inout RandomSource) throws {
        weight = try Initialiser.glorotUniform(inputs, outputs, rng: &rng)
        bias = try Tensor.zeros(1, outputs)
    }

    public var parameters: [Tensor] { [weight, bias] }
}
