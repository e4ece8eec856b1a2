/// One GRU step (Cho et al. 2014), row-vector convention:
///
///     zr = σ(hcat(x, h) * Wzr .+ bzr)        # B × 2H: update z, then reset r
///     candidate = tanh(hcat(x, r .* h) * Wh .+ bh)
///     h' = (1 .- z) .* h + z .* candidate
///
/// Wzr is (X+H) × 2H, Wh is (X+H) × H.
///
/// This composition is the GRU's definition and, today, its only implementation: no
/// fused tape operation or kernel computes it another way (CellTests and
/// CellGradientTests hold it to numpy and finite differences).
public func gruCell(
    _ x: Var, _ h: Var, gateWeight: Var, gateBias: Var, candidateWeight: Var, candidateBias: Var
) throws -> Var {
    let hidden = h.value.size(1)
    guard gateWeight.value.size(1) == 2 * hidden else {
        throw EngineError.invalidShape(
            operation: "gru", shape: gateWeight.shape, reason: "should have 2H = \(2 * hidden) columns")
    }
    let zr = try (Var.hcat([x, h]) * gateWeight + gateBias).sigm()
    let z = try zr.columns(0..<hidden)
    let r = try zr.columns(hidden..<(2 * hidden))
    let candidate = try (Var.hcat([x, r .* h]) * candidateWeight + candidateBias).tanh()
    return try (1 - z) .* h + z .* candidate
}

/// A GRU cell's parameters.
public struct GRUCell {
    public var gateWeight: Tensor
    public var gateBias: Tensor
    public var candidateWeight: Tensor
    public var candidateBias: Tensor

    public init(inputSize: Int, hiddenSize: Int, rng: inout RandomSource) throws {
        gateWeight = try Initialiser.glorotUniform(inputSize + hiddenSize, 2 * hiddenSize, rng: &rng)
        gateBias = try Tensor.zeros(1, 2 * hiddenSize)
        candidateWeight = try Initialiser.glorotUniform(inputSize + hiddenSize, hiddenSize, rng: &rng)
        candidateBias = try Tensor.zeros(1, hiddenSize)
    }

    public var parameters: [Tensor] { [gateWeight, gateBias, candidateWeight, candidateBias] }
}
