import Engine

/// Eigenvalues and orthonormal eigenvectors of a symmetric matrix: `A = V diag(λ) V'`.
public struct SymmetricEigenDecomposition: Sendable {
    /// The eigenvalues in ascending order (all real).
    public let values: [Double]
    /// An orthogonal matrix whose column k is a unit eigenvector for `values[k]`.
    public let vectors: Tensor
}

/// The symmetric eigendecomposition, by the cyclic Jacobi method.
///
/// Each Jacobi rotation zeroes one off-diagonal pair; sweeping over all pairs
/// repeatedly drives the off-diagonal part to zero quadratically once it is small.
/// Jacobi is slower than tridiagonal QR but simple and very accurate, which suits
/// the matrix sizes of the lessons.
/// - Throws: `LinearAlgebraError.invalidArgument` when A is not symmetric (beyond
///   rounding: |A − A'| may not exceed 1e-12·max|A|), the usual shape and NaN/Inf
///   errors, and `.noConvergence` after 100 sweeps.
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
    var (values, vectors) = try jacobiEigen(m, operation: operation)
    let order = (0..<n).sorted { values[$0] < values[$1] }
    var sortedVectors = Matrix(rows: n, columns: n)
    for (newColumn, oldColumn) in order.enumerated() {
        for i in 0..<n { sortedVectors[i, newColumn] = vectors[i, oldColumn] }
    }
    values = order.map { values[$0] }
    return SymmetricEigenDecomposition(values: values, vectors: try sortedVectors.tensor())
}

/// Cyclic Jacobi on the symmetric part of `m` (its average with its transpose).
/// Returns the unsorted eigenvalues and the matching eigenvector columns.
func jacobiEigen(_ m: Matrix, operation: String, maxSweeps: Int = 100) throws -> ([Double], Matrix) {
    let n = m.rows
    var a = m
    let factor = a.scaleIntoSafeRange()
    for j in 0..<n { for i in 0..<j { let s = (a[i, j] + a[j, i]) / 2; a[i, j] = s; a[j, i] = s } }
    var v = Matrix.identity(n)
    // Off-diagonal entries below this move no eigenvalue by more than a thousandth of
    // the rounding error every eigenvalue already carries (eps·‖A‖); without such a
    // floor a zero diagonal entry would keep tiny entries "significant" for ever.
    let floor = 1e-3 * Double.ulpOfOne * a.frobeniusNorm
    var converged = n <= 1
    for _ in 0..<maxSweeps where !converged {
        var rotated = false
        for q in 1..<n {
            for p in 0..<q {
                let apq = a[p, q]
                let app = a[p, p], aqq = a[q, q]
                // Skip pairs already negligible beside their diagonal entries: below
                // this, a rotation no longer changes either eigenvalue in its last bit.
                if abs(apq) <= Double.ulpOfOne * 0.5 * abs(app).squareRoot() * abs(aqq).squareRoot() || abs(apq) <= floor {
                    continue
                }
                rotated = true
                let (c, s) = jacobiRotation(app: app, aqq: aqq, apq: apq)
                a.rotateColumns(p, q, c: c, s: s)
                a.rotateRows(p, q, c: c, s: s)
                // The two updates round the pair differently; the exact result is 0.
                a[p, q] = 0
                a[q, p] = 0
                v.rotateColumns(p, q, c: c, s: s)
            }
        }
        converged = !rotated
    }
    guard converged else { throw LinearAlgebraError.noConvergence(operation: operation, iterations: maxSweeps) }
    return ((0..<n).map { a[$0, $0] / factor }, v)
}

/// Cosine and sine of the plane rotation that zeroes the off-diagonal entry of the
/// symmetric 2×2 matrix [app apq; apq aqq] (with the convention of
/// `Matrix.rotateColumns`). The angle θ has tan 2θ = 2·apq / (aqq − app); taking the
/// smaller root t = tan θ keeps |θ| ≤ π/4, which is what makes Jacobi converge.
func jacobiRotation(app: Double, aqq: Double, apq: Double) -> (c: Double, s: Double) {
    let theta = (aqq - app) / (2 * apq)
    // For huge θ, θ² would overflow and t become 0, a rotation that changes nothing
    // and so is retried for ever; t = 1/(2θ) is then exact to working precision.
    let t = abs(theta) > 1e150
        ? 1 / (2 * theta)
        : (theta >= 0 ? 1.0 : -1.0) / (abs(theta) + (theta * theta + 1).squareRoot())
    let c = 1 / (t * t + 1).squareRoot()
    return (c, t * c)
}
