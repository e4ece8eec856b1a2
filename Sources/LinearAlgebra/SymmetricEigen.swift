import Engine

/// Eigenvalues and orthonormal eigenvectors of a symmetric matrix: `A = V diag(λ) V'`.
public struct SymmetricEigenDecomposition: Sendable {
    /// The eigenvalues in ascending order (all real).
    public let values: [Double]
    /// An orthogonal matrix whose column k is a unit eigenvector for `values[k]`.
    public let vectors: Tensor
}

/// The symmetric eigendecomposition, by Householder tridiagonalisation and the
/// implicit QL algorithm (see `tridiagonalEigen`).
/// - Throws: `LinearAlgebraError.invalidArgument` when A is not symmetric (beyond
///   rounding: |A − A'| may not exceed 1e-12·max|A|), the usual shape and NaN/Inf
///   errors, and `.noConvergence` after 30 QL steps per row.
public func symmetricEigen(_ a: Tensor) throws -> SymmetricEigenDecomposition {
    let operation = "symmetric eigen"
    let m = try Matrix(square: a, operation: operation)
    let n = m.rows
    let tolerance = 1e-12 * m.maxAbs
    for j in 0..<n {
        for i in 0..<j where abs(m[i, j] - m[j, i]) > tolerance {
            throw LinearAlgebraError.invalidArgument(
                operation: operation,
                reason: "the matrix is not symmetric (entries (\(i + 1), \(j + 1)) and (\(j + 1), \(i + 1)) differ)")
        }
    }
    var (values, vectors) = try tridiagonalEigen(m, operation: operation)
    let order = (0..<n).sorted { values[$0] < values[$1] }
    var sortedVectors = Matrix(rows: n, columns: n)
    for (newColumn, oldColumn) in order.enumerated() {
        for i in 0..<n { sortedVectors[i, newColumn] = vectors[i, oldColumn] }
    }
    values = order.map { values[$0] }
    return SymmetricEigenDecomposition(values: values, vectors: try sortedVectors.tensor())
}
