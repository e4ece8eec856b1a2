/// Gradient clipping, the remedy for exploding gradients (Pascanu, Mikolov & Bengio 2013).
public enum GradientClipping {
    /// The norm of all gradients taken together, as one long vector.
    public static func globalNorm(_ gradients: [Tensor]) -> Double {
        // Norm of the per-tensor norms equals the norm of everything; this keeps the
        // overflow-safe scaling of `Tensor.norm`.
        Tensor(vector: gradients.map { $0.norm() }).norm()
    }

    /// Rescales all gradients together when their global norm exceeds `maxNorm`,
    /// keeping their direction. Returns the norm before clipping.
    @discardableResult
    public static func clipByGlobalNorm(_ gradients: inout [Tensor], maxNorm: Double) throws -> Double {
        guard maxNorm > 0 else {
            throw EngineError.invalidArgument(operation: "clip", reason: "the threshold must be positive, got \(formatFloat(maxNorm))")
        }
        let norm = globalNorm(gradients)
        if norm > maxNorm {
            let scale = maxNorm / norm
            for k in gradients.indices { gradients[k] = gradients[k] * scale }
        }
        return norm
    }

    /// Clamps every gradient element into [-limit, limit] (changes the direction).
    public static func clipByValue(_ gradients: inout [Tensor], limit: Double) throws {
        guard limit > 0 else {
            throw EngineError.invalidArgument(operation: "clip", reason: "the limit must be positive, got \(formatFloat(limit))")
        }
        for k in gradients.indices { gradients[k] = gradients[k].clamped(-limit, limit) }
    }
}
