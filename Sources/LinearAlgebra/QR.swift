import Engine

/// The thin QR factorisation `A = Q R` of an m×n matrix, k = min(m, n).
public struct QRDecomposition: Sendable {
    /// m×k with orthonormal columns.
    public let Q: Tensor
    /// k×n upper triangular (upper trapezoidal when n > m).
    public let R: Tensor
}

/// Householder QR: each reflection zeroes one column below the diagonal.
///
/// Reflections are orthogonal exactly (not just approximately, as Gram–Schmidt's
/// vectors drift), so Q is orthogonal to working precision whatever A's condition.
/// - Throws: `LinearAlgebraError` for a non-matrix or NaN/Inf entries.
public func qr(_ a: Tensor) throws -> QRDecomposition {
    let parts = householderQR(try Matrix(a, operation: "qr"))
    try Cancellation.check()
    return QRDecomposition(Q: try parts.q.tensor(), R: try parts.r.tensor())
}

/// Householder QR on the internal matrix type; returns the thin factors.
func householderQR(_ input: Matrix) -> (q: Matrix, r: Matrix) {
    let m = input.rows, n = input.columns, k = min(m, n)
    var a = input
    var reflections: [(column: Int, vector: [Double], halfNormSquared: Double)] = []
    for j in 0..<k {
        if Cancellation.isRequested { break }
        // Scale by the largest entry so the sum of squares cannot overflow.
        var scale = 0.0
        for i in j..<m { scale = max(scale, abs(a[i, j])) }
        if scale == 0 { continue }
        var v = (j..<m).map { a[$0, j] / scale }
        let normSquared = v.reduce(0) { $0 + $1 * $1 }
        var g = normSquared.squareRoot()
        if v[0] > 0 { g = -g }
        let half = normSquared - v[0] * g
        v[0] -= g
        for c in j..<n {
            var dot = 0.0
            for i in j..<m { dot += v[i - j] * a[i, c] }
            let f = dot / half
            for i in j..<m { a[i, c] -= f * v[i - j] }
        }
        a[j, j] = scale * g
        for i in (j + 1)..<max(m, j + 1) { a[i, j] = 0 }
        reflections.append((j, v, half))
    }
    var r = Matrix(rows: k, columns: n)
    for c in 0..<n { for i in 0..<min(c + 1, k) { r[i, c] = a[i, c] } }
    // Q = H_0 H_1 ⋯ applied to the first k columns of the identity, last reflection first.
    var q = Matrix(rows: m, columns: k)
    for i in 0..<k { q[i, i] = 1 }
    for reflection in reflections.reversed() {
        let j = reflection.column, v = reflection.vector
        for c in 0..<k {
            var dot = 0.0
            for i in j..<m { dot += v[i - j] * q[i, c] }
            if dot == 0 { continue }
            let f = dot / reflection.halfNormSquared
            for i in j..<m { q[i, c] -= f * v[i - j] }
        }
    }
    return (q, r)
}
