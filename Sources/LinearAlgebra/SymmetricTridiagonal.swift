import RealModule

/// The symmetric eigenproblem by tridiagonal reduction and the implicit QL algorithm.
///
/// Householder reflections first reduce the symmetric matrix to tridiagonal form
/// (`A = Q T Q'`); then QL steps with Wilkinson-style shifts, each a chase of plane
/// rotations down the diagonal, split off one eigenvalue after another, usually in
/// two or three steps each. The rotations are accumulated onto Q, so its columns end
/// as the eigenvectors. This is the classic EISPACK `tred2`/`tql2` pair.
///
/// Returns the eigenvalues (unsorted) and the matching orthonormal eigenvector
/// columns of the symmetric part of `m` (its average with its transpose).
/// - Throws: `LinearAlgebraError.noConvergence` when `iterationLimit` QL steps
///   (default 30 per row) do not suffice.
func tridiagonalEigen(_ m: Matrix, operation: String, iterationLimit: Int? = nil) throws -> ([Double], Matrix) {
    let n = m.rows
    var v = m
    for j in 0..<n { for i in 0..<j { let s = (v[i, j] + v[j, i]) / 2; v[i, j] = s; v[j, i] = s } }
    guard n > 0 else { return ([], v) }
    let factor = v.scaleIntoSafeRange()
    var d = [Double](repeating: 0, count: n)
    var e = [Double](repeating: 0, count: n)
    let limit = iterationLimit ?? 30 * n
    var converged = true
    v.data.withUnsafeMutableBufferPointer { buffer in
        let v = buffer.baseAddress!
        reduceToTridiagonal(v, n: n, diagonal: &d, offDiagonal: &e)
        converged = diagonaliseTridiagonal(v, n: n, diagonal: &d, offDiagonal: &e, limit: limit)
    }
    try Cancellation.check()
    guard converged else { throw LinearAlgebraError.noConvergence(operation: operation, iterations: limit) }
    return (d.map { $0 / factor }, v)
}

/// Householder tridiagonalisation in place: on return `v` holds Q, `diagonal` T's
/// diagonal and `offDiagonal[i]` the entry T[i, i-1] (with `offDiagonal[0] = 0`).
/// Works from the last row up; `v[k + j*n]` is entry (k, j).
private func reduceToTridiagonal(
    _ v: UnsafeMutablePointer<Double>, n: Int, diagonal d: inout [Double], offDiagonal e: inout [Double]
) {
    @inline(__always) func at(_ k: Int, _ j: Int) -> Int { k &+ j &* n }
    for j in 0..<n { d[j] = v[at(n - 1, j)] }
    for i in stride(from: n - 1, to: 0, by: -1) {
        // Stopping leaves garbage, which `tridiagonalEigen` throws away.
        if Cancellation.isRequested { return }
        // Scaling by the row's 1-norm keeps the sum of squares in range.
        var scale = 0.0, h = 0.0
        for k in 0..<i { scale += abs(d[k]) }
        if scale == 0 {
            e[i] = d[i - 1]
            for j in 0..<i {
                d[j] = v[at(i - 1, j)]
                v[at(i, j)] = 0
                v[at(j, i)] = 0
            }
        } else {
            // The Householder vector, in d[0..<i].
            for k in 0..<i {
                d[k] /= scale
                h += d[k] * d[k]
            }
            var f = d[i - 1]
            var g = h.squareRoot()
            if f > 0 { g = -g }
            e[i] = scale * g
            h -= f * g
            d[i - 1] = f - g
            for j in 0..<i { e[j] = 0 }
            // e = A u (using the lower triangle only), then the rank-two update.
            for j in 0..<i {
                f = d[j]
                v[at(j, i)] = f
                g = e[j] + v[at(j, j)] * f
                if j + 1 <= i - 1 {
                    for k in (j + 1)...(i - 1) {
                        g += v[at(k, j)] * d[k]
                        e[k] += v[at(k, j)] * f
                    }
                }
                e[j] = g
            }
            f = 0
            for j in 0..<i {
                e[j] /= h
                f += e[j] * d[j]
            }
            let hh = f / (h + h)
            for j in 0..<i { e[j] -= hh * d[j] }
            for j in 0..<i {
                f = d[j]
                g = e[j]
                for k in j...(i - 1) { v[at(k, j)] -= f * e[k] + g * d[k] }
                d[j] = v[at(i - 1, j)]
                v[at(i, j)] = 0
            }
        }
        d[i] = h
    }
    // Accumulate the reflections into Q.
    for i in 0..<(n - 1) {
        v[at(n - 1, i)] = v[at(i, i)]
        v[at(i, i)] = 1
        let h = d[i + 1]
        if h != 0 {
            for k in 0...i { d[k] = v[at(k, i + 1)] / h }
            for j in 0...i {
                var g = 0.0
                for k in 0...i { g += v[at(k, i + 1)] * v[at(k, j)] }
                for k in 0...i { v[at(k, j)] -= g * d[k] }
            }
        }
        for k in 0...i { v[at(k, i + 1)] = 0 }
    }
    for j in 0..<n {
        d[j] = v[at(n - 1, j)]
        v[at(n - 1, j)] = 0
    }
    v[at(n - 1, n - 1)] = 1
    e[0] = 0
}

/// Implicit QL on the tridiagonal matrix (diagonal d, subdiagonal e as left by
/// `reduceToTridiagonal`), rotating the columns of `v` along. On return d holds the
/// eigenvalues. Returns false when `limit` QL steps did not suffice.
private func diagonaliseTridiagonal(
    _ v: UnsafeMutablePointer<Double>, n: Int, diagonal d: inout [Double], offDiagonal e: inout [Double],
    limit: Int
) -> Bool {
    for i in 1..<max(n, 1) { e[i - 1] = e[i] }
    e[n - 1] = 0
    var shiftSum = 0.0
    var steps = 0
    let eps = Double.ulpOfOne
    // "Negligible" is judged against the whole matrix, as LAPACK's accuracy is: a
    // scale built up row by row (as in EISPACK) would call a tiny first row's
    // entries significant beside a huge later one and overflow the shift.
    let largest = (0..<n).reduce(0.0) { max($0, abs(d[$1]) + abs(e[$1])) }
    for l in 0..<n {
        if Cancellation.isRequested { return false }
        // Find a negligible subdiagonal entry e[m] at or below row l (e[n-1] is 0).
        var m = l
        while m < n - 1 && abs(e[m]) > eps * largest { m += 1 }
        if m > l {
            repeat {
                steps += 1
                if steps > limit { return false }
                // The shift: the eigenvalue of the leading 2×2 block nearer d[l].
                var g = d[l]
                let gap = d[l + 1] - g
                var p = gap / (2 * e[l])
                var r = 0.0
                if p.isFinite {
                    r = Double.hypot(p, 1)
                    if p < 0 { r = -r }
                    d[l] = e[l] / (p + r)
                    d[l + 1] = e[l] * (p + r)
                } else {
                    // e[l] is so small beside the gap that e/(p + r) underflows and
                    // e·(p + r) is the gap itself.
                    d[l] = 0
                    d[l + 1] = gap
                }
                let dl1 = d[l + 1]
                var h = g - d[l]
                if l + 2 < n { for i in (l + 2)..<n { d[i] -= h } }
                shiftSum += h
                // Chase the rotations from row m up to row l.
                p = d[m]
                var c = 1.0, c2 = 1.0, c3 = 1.0
                let el1 = e[l + 1]
                var s = 0.0, s2 = 0.0
                for i in stride(from: m - 1, through: l, by: -1) {
                    c3 = c2
                    c2 = c
                    s2 = s
                    g = c * e[i]
                    h = c * p
                    r = Double.hypot(p, e[i])
                    e[i + 1] = s * r
                    s = e[i] / r
                    c = p / r
                    p = c * d[i] - s * g
                    d[i + 1] = h + s * (c * g + s * d[i])
                    let ci = v + i &* n, cj = ci + n
                    for k in 0..<n {
                        let x = cj[k]
                        cj[k] = s * ci[k] + c * x
                        ci[k] = c * ci[k] - s * x
                    }
                }
                p = -s * s2 * c3 * el1 * e[l] / dl1
                e[l] = s * p
                d[l] = c * p
            } while abs(e[l]) > eps * largest
        }
        d[l] += shiftSum
        e[l] = 0
    }
    return true
}
