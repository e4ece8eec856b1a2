import Engine

/// The thin singular value decomposition `A = U diag(S) V'` of an m×n matrix.
public struct SingularValueDecomposition: Sendable {
    /// m×k with orthonormal columns, k = min(m, n).
    public let U: Tensor
    /// The k singular values, largest first, all ≥ 0.
    public let S: [Double]
    /// n×k with orthonormal columns (Julia's `F.V`; its transpose is Julia's `F.Vt`).
    public let V: Tensor
}

/// The singular value decomposition, by one-sided Jacobi rotations.
///
/// Rotating pairs of columns of A until every pair is orthogonal leaves `A V = U Σ`
/// directly: the column norms are the singular values. The method computes even
/// small singular values to high relative accuracy.
/// - Throws: `LinearAlgebraError` for a non-matrix, NaN/Inf entries, or no
///   convergence within 100 sweeps.
public func svd(_ a: Tensor) throws -> SingularValueDecomposition {
    let m = try Matrix(a, operation: "svd")
    let parts = try jacobiSVD(m, operation: "svd")
    return SingularValueDecomposition(U: try parts.u.tensor(), S: parts.s, V: try parts.v.tensor())
}

/// The singular values of a matrix, largest first.
/// - Throws: as `svd` does.
public func svdvals(_ a: Tensor) throws -> [Double] {
    try jacobiSVD(Matrix(a, operation: "svdvals"), operation: "svdvals", wantVectors: false).s
}

/// The operator norm induced by the vector p-norm, for p = 1, 2 or ∞ (Julia's
/// `opnorm`): the largest column sum, the largest singular value, the largest row sum.
/// - Throws: `.invalidArgument` for another p, and the errors of `svd` for p = 2.
public func opnorm(_ a: Tensor, _ p: Double = 2) throws -> Double {
    let m = try Matrix(a, operation: "opnorm")
    switch p {
    case 1:
        return (0..<m.columns).map { j in (0..<m.rows).reduce(0.0) { $0 + abs(m[$1, j]) } }.max() ?? 0
    case 2:
        return try jacobiSVD(m, operation: "opnorm", wantVectors: false).s.first ?? 0
    case .infinity:
        return (0..<m.rows).map { i in (0..<m.columns).reduce(0.0) { $0 + abs(m[i, $1]) } }.max() ?? 0
    default:
        throw LinearAlgebraError.invalidArgument(operation: "opnorm", reason: "p must be 1, 2 or Inf, not \(formatFloat(p))")
    }
}

/// The 2-norm condition number σ_max / σ_min (∞ for a singular matrix).
/// - Throws: as `svd` does.
public func cond(_ a: Tensor) throws -> Double {
    let s = try svdvals(a)
    guard let largest = s.first, let smallest = s.last else { return 0 }
    return smallest == 0 ? .infinity : largest / smallest
}

/// One-sided Jacobi SVD of any m×n matrix; a wide matrix is handled through its
/// transpose. U and V are thin (k = min(m, n) columns).
/// Without `wantVectors` the rotations are not accumulated and U and V come back
/// empty (0×0), which saves about a third of the work.
func jacobiSVD(
    _ input: Matrix, operation: String, maxSweeps: Int = 100, wantVectors: Bool = true
) throws -> (u: Matrix, s: [Double], v: Matrix) {
    if input.rows < input.columns {
        let t = try jacobiSVD(input.transposed(), operation: operation, maxSweeps: maxSweeps, wantVectors: wantVectors)
        return (t.v, t.s, t.u)
    }
    let m = input.rows, n = input.columns
    // Work on A / max|A| so that sums of squares can neither overflow nor underflow.
    let scale = input.maxAbs
    var g = input
    if scale > 0 { for k in 0..<g.data.count { g.data[k] /= scale } }
    var v = Matrix.identity(wantVectors ? n : 0)
    let tolerance = Double(m) * Double.ulpOfOne
    var converged = n <= 1 || scale == 0
    var sweep = 0
    while !converged && sweep < maxSweeps {
        sweep += 1
        var rotated = false
        for q in 1..<n {
            try Cancellation.check()
            for p in 0..<q {
                let (alpha, beta, gamma) = g.data.withUnsafeBufferPointer { gp in
                    gramEntries(gp.baseAddress! + p * m, gp.baseAddress! + q * m, count: m)
                }
                // Columns already orthogonal to working precision are left alone. The
                // tolerance grows with m because rounding in a rotation leaves a cosine
                // of about √m·eps between the columns; a tighter one can cycle for ever
                // on a rank-deficient matrix, whose noise-level columns never settle.
                if gamma == 0 || abs(gamma) <= tolerance * alpha.squareRoot() * beta.squareRoot() { continue }
                // A column whose squared norm underflows (norm < 1e-154·max|A|) is zero
                // for every purpose; rotating it only shrinks it further, sweep after
                // sweep, without ever reaching zero.
                if alpha < Double.leastNormalMagnitude || beta < Double.leastNormalMagnitude { continue }
                rotated = true
                // The rotation that diagonalises the 2×2 Gram matrix [α γ; γ β].
                let (c, s) = jacobiRotation(app: alpha, aqq: beta, apq: gamma)
                g.rotateColumns(p, q, c: c, s: s)
                if wantVectors { v.rotateColumns(p, q, c: c, s: s) }
            }
        }
        converged = !rotated
    }
    guard converged else { throw LinearAlgebraError.noConvergence(operation: operation, iterations: maxSweeps) }

    var sigma = (0..<n).map { j in euclideanNorm(Array(g.data[(j * m)..<((j + 1) * m)])) }
    let order = (0..<n).sorted { sigma[$0] > sigma[$1] }
    guard wantVectors else { return (Matrix(rows: 0, columns: 0), order.map { sigma[$0] * scale }, v) }
    var u = Matrix(rows: m, columns: n)
    var vSorted = Matrix(rows: n, columns: n)
    var spanned: [Int] = []
    for (newColumn, old) in order.enumerated() {
        for i in 0..<n { vSorted[i, newColumn] = v[i, old] }
        // Columns skipped as negligible above are not orthogonal to the rest; their
        // directions in U come from the completion below instead.
        if sigma[old] * sigma[old] >= Double.leastNormalMagnitude {
            for i in 0..<m { u[i, newColumn] = g[i, old] / sigma[old] }
            spanned.append(newColumn)
        }
    }
    completeOrthonormalColumns(&u, filled: spanned)
    sigma = order.map { sigma[$0] * scale }
    return (u, sigma, vSorted)
}

/// Fills the columns of `u` not listed in `filled` (those of zero singular values)
/// with unit vectors orthogonal to all others, so U keeps orthonormal columns.
/// Each new column is the coordinate vector that sticks out furthest from the span
/// so far, orthogonalised twice (Gram–Schmidt twice is enough for full accuracy).
func completeOrthonormalColumns(_ u: inout Matrix, filled: [Int]) {
    let m = u.rows
    var done = filled
    func orthogonalised(_ unit: Int) -> [Double] {
        var x = [Double](repeating: 0, count: m)
        x[unit] = 1
        for _ in 0..<2 {
            for k in done {
                var dot = 0.0
                for i in 0..<m { dot += u[i, k] * x[i] }
                for i in 0..<m { x[i] -= dot * u[i, k] }
            }
        }
        return x
    }
    for j in 0..<u.columns where !done.contains(j) {
        var best: [Double] = [], bestNorm = -1.0
        for unit in 0..<m {
            let x = orthogonalised(unit)
            let norm = x.reduce(0) { $0 + $1 * $1 }.squareRoot()
            if norm > bestNorm { best = x; bestNorm = norm }
        }
        guard bestNorm > 0 else { return }
        for i in 0..<m { u[i, j] = best[i] / bestNorm }
        done.append(j)
    }
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
