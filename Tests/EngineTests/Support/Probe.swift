@testable import Engine

/// Inputs and scalar read-outs for gradient tests.
enum Probe {
    /// A scalar depending on every element of `y` with its own fixed weight, so a
    /// gradient that is wrong in any one element, or lands in the wrong position,
    /// changes the result. The weights depend only on `seed` and `y`'s shape, so every
    /// evaluation of a loss (autodiff and finite differences alike) uses the same ones.
    static func weightedSum(_ y: Var, seed: UInt64 = 99) throws -> Var {
        var rng = RandomSource(seed: seed)
        let weights = try rng.normalTensor(shape: y.shape)
        return try (y .* Var(weights)).sum()
    }

    /// Normal draws of the given shape, pushed at least `margin` away from each of
    /// `kinks` (where a function like relu or abs has no derivative and a finite
    /// difference straddling the kink would be meaningless).
    static func normal(_ shape: [Int], seed: UInt64, scale: Double = 1, avoiding kinks: [Double] = [],
                       margin: Double = 0.05) throws -> Tensor {
        var rng = RandomSource(seed: seed)
        return try rng.normalTensor(shape: shape).map { x in
            var v = x * scale
            for k in kinks where Swift.abs(v - k) < margin { v = v < k ? k - margin : k + margin }
            return v
        }
    }

    /// Uniform draws in `[lo, hi]`, for functions defined only on part of the line.
    static func uniform(_ shape: [Int], seed: UInt64, in lo: Double, _ hi: Double) throws -> Tensor {
        var rng = RandomSource(seed: seed)
        return try rng.uniformTensor(shape: shape).map { lo + (hi - lo) * $0 }
    }
}
