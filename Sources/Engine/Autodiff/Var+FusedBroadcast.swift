// A fused broadcast on tracked values: one tape entry for the whole chain, whose
// backward pass is also one pass (FusedBroadcast+Gradient.swift).

extension Var {
    /// `program` on `leaves`. With a tracked leaf, the result is recorded as one tape
    /// entry.
    /// - Throws: as `FusedBroadcast.evaluate`; `EngineError.invalidArgument` when a step
    ///   the gradient must pass has none (a comparison, `max`, `min`);
    ///   `EngineError.mixedTapes` for leaves from two recordings.
    public static func fusedBroadcast(_ program: FusedBroadcast, _ leaves: [Var]) throws -> Var {
        let values = leaves.map(\.value)
        let tracked = leaves.map(\.isTracked)
        guard tracked.contains(true) else { return Var(try program.evaluate(values)) }
        guard program.isDifferentiable(withRespectTo: tracked) else {
            throw EngineError.invalidArgument(operation: "gradient", reason: "a comparison, max or min has no gradient")
        }
        let y = try program.evaluate(values)
        return try recordFused(y, from: leaves) { g, ids, table in
            let gradients = try program.gradients(values, output: y, outputGradient: g, needed: ids.map { $0 != nil })
            for (id, gradient) in zip(ids, gradients) {
                if let id, let gradient { try table.accumulate(into: id, gradient) }
            }
        }
    }
}
