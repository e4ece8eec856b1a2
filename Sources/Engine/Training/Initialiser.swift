/// Weight initialisers. (Orthogonal initialisation needs a QR decomposition and lives
/// with the linear algebra.)
public enum Initialiser {
    /// Glorot/Xavier uniform: U(-a, a) with a = sqrt(6 / (fanIn + fanOut)), which keeps
    /// the variance of activations and gradients roughly constant across layers.
    public static func glorotUniform(_ fanIn: Int, _ fanOut: Int, rng: inout RandomSource) throws -> Tensor {
        let a = (6.0 / Double(Swift.max(fanIn + fanOut, 1))).squareRoot()
        return try Tensor.generate(shape: [fanIn, fanOut]) { _ in (2 * rng.uniform() - 1) * a }
    }

    /// Glorot/Xavier normal: N(0, 2 / (fanIn + fanOut)).
    public static func glorotNormal(_ fanIn: Int, _ fanOut: Int, rng: inout RandomSource) throws -> Tensor {
        let s = (2.0 / Double(Swift.max(fanIn + fanOut, 1))).squareRoot()
        return try Tensor.generate(shape: [fanIn, fanOut]) { _ in rng.normal() * s }
    }

    /// Uniform in [-scale, scale].
    public static func uniform(shape: [Int], scale: Double, rng: inout RandomSource) throws -> Tensor {
        try Tensor.generate(shape: shape) { _ in (2 * rng.uniform() - 1) * scale }
    }

    /// Normal with standard deviation `std`.
    public static func normal(shape: [Int], std: Double, rng: inout RandomSource) throws -> Tensor {
        try Tensor.generate(shape: shape) { _ in rng.normal() * std }
    }

    /// `scale` times the identity: the recurrent matrix of an IRNN.
    public static func identity(_ n: Int, scale: Double = 1) throws -> Tensor {
        try Tensor.identity(n) * scale
    }
}
