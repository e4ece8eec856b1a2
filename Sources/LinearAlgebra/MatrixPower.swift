import Engine

/// W^k for a square matrix and any integer k (W⁰ = I; negative k uses W⁻¹).
///
/// Repeated squaring needs about 2·log₂|k| products instead of |k|.
/// - Throws: `.singular` for a negative power of a singular matrix, the usual shape
///   and NaN/Inf errors, and `.nonFinite` when the power overflows.
public func matrixPower(_ w: Tensor, _ k: Int) throws -> Tensor {
    let operation = "matrix power (^)"
    var base = try Matrix(square: w, operation: operation)
    if k < 0 { base = try LUFactorization(base).inverse(operation: operation) }
    var exponent = k.magnitude
    var result = Matrix.identity(base.rows)
    while exponent > 0 {
        if exponent & 1 == 1 { result = result * base }
        exponent >>= 1
        if exponent > 0 { base = base * base }
    }
    guard result.data.allSatisfy(\.isFinite) else { throw LinearAlgebraError.nonFinite(operation: operation) }
    return try result.tensor()
}
