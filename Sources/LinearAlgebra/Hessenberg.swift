/// Reduction of a square matrix to upper Hessenberg form by Householder reflections.
///
/// `A = Q H Q'` with `Q` orthogonal and `H` zero below its first subdiagonal. The QR
/// iteration keeps that shape, and on it each step costs O(n²) instead of O(n³).
struct HessenbergReduction {
    /// The Hessenberg matrix `H`.
    var hessenberg: Matrix
    /// The reflections, as (first row, vector, 1/2‖v‖²), kept to build `Q` on request.
    private var reflections: [(start: Int, vector: [Double], halfNormSquared: Double)] = []

    /// Reduces the block `low...high` (rows and columns outside it are already
    /// triangular after balancing; by default the whole matrix).
    init(_ a: Matrix, low: Int = 0, high: Int? = nil) {
        var h = a
        let n = a.rows
        let high = high ?? n - 1
        var v = [Double](repeating: 0, count: n)
        var w = [Double](repeating: 0, count: n)
        for k in low..<max(high - 1, low) {
            let start = k + 1
            // Scaling by the column's 1-norm keeps the sum of squares from over- or
            // underflowing; the reflection does not depend on the scale.
            var scale = 0.0
            for i in start...high { scale += abs(h[i, k]) }
            if scale == 0 { continue }
            var normSquared = 0.0
            for i in start...high {
                v[i] = h[i, k] / scale
                normSquared += v[i] * v[i]
            }
            // Choose the sign that avoids cancellation in v[start] - g.
            var g = normSquared.squareRoot()
            if v[start] > 0 { g = -g }
            let half = normSquared - v[start] * g
            v[start] -= g
            h.data.withUnsafeMutableBufferPointer { hp in
                v.withUnsafeBufferPointer { vp in
                    w.withUnsafeMutableBufferPointer { wp in
                        reflect(
                            hp.baseAddress!, n: n, column: k, rows: start...high, v: vp.baseAddress!,
                            half: half, work: wp.baseAddress!)
                    }
                }
                // The column below the subdiagonal is now zero up to rounding; make it exact.
                hp[start + k * n] = scale * g
                for i in (start + 1)..<(high + 1) { hp[i + k * n] = 0 }
            }
            reflections.append((start, Array(v[start...high]), half))
        }
        hessenberg = h
    }

    /// The orthogonal `Q` with `A = Q H Q'`, the product of the reflections.
    func orthogonalFactor() -> Matrix {
        let n = hessenberg.rows
        var q = Matrix.identity(n)
        // Apply the reflections in reverse so that each touches only the part of Q
        // that is still the identity outside its own rows.
        for reflection in reflections.reversed() {
            let start = reflection.start
            let v = reflection.vector
            q.data.withUnsafeMutableBufferPointer { p in
                let end = start + v.count
                for j in start..<end {
                    let column = j * n
                    var dot = 0.0
                    for i in start..<end { dot += v[i - start] * p[column + i] }
                    let f = dot / reflection.halfNormSquared
                    if f == 0 { continue }
                    for i in start..<end { p[column + i] -= f * v[i - start] }
                }
            }
        }
        return q
    }
}

/// H ← P H P with P = I − v v'/half acting on `rows` (v is zero outside them), for
/// the n×n column-major H at `h`. From the left only columns from `column` on are
/// touched (those before are already reduced); from the right only rows up to the
/// block's end (the rows below are zero in these columns). `work` holds n numbers.
/// Raw pointers keep bounds checks out of these O(n³) loops.
private func reflect(
    _ h: UnsafeMutablePointer<Double>, n: Int, column: Int, rows: ClosedRange<Int>,
    v: UnsafePointer<Double>, half: Double, work w: UnsafeMutablePointer<Double>
) {
    let first = rows.lowerBound, last = rows.upperBound
    for j in column..<n {
        let c = h + j &* n
        let f = dotProduct(v + first, c + first, count: last - first + 1) / half
        var i = first
        while i <= last { c[i] -= f * v[i]; i &+= 1 }
    }
    for i in 0...last { w[i] = 0 }
    for j in rows {
        let c = h + j &* n, vj = v[j]
        var i = 0
        while i <= last { w[i] += c[i] * vj; i &+= 1 }
    }
    for j in rows {
        let c = h + j &* n, f = v[j] / half
        var i = 0
        while i <= last { c[i] -= w[i] * f; i &+= 1 }
    }
}
