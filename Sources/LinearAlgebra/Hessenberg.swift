/// Reduction of a square matrix to upper Hessenberg form by Householder reflections.
///
/// `A = Q H Q'` with `Q` orthogonal and `H` zero below its first subdiagonal. The QR
/// iteration keeps that shape, and on it each step costs O(n²) instead of O(n³).
struct HessenbergReduction {
    /// The Hessenberg matrix `H`.
    var hessenberg: Matrix
    /// The reflections, as (first row, vector, 1/2‖v‖²), kept to build `Q` on request.
    private var reflections: [(start: Int, vector: [Double], halfNormSquared: Double)] = []

    init(_ a: Matrix) {
        var h = a
        let n = a.rows
        var v = [Double](repeating: 0, count: n)
        var w = [Double](repeating: 0, count: n)
        for k in 0..<max(n - 2, 0) {
            let start = k + 1
            // Scaling by the column's 1-norm keeps the sum of squares from over- or
            // underflowing; the reflection does not depend on the scale.
            var scale = 0.0
            for i in start..<n { scale += abs(h[i, k]) }
            if scale == 0 { continue }
            var normSquared = 0.0
            for i in start..<n {
                v[i] = h[i, k] / scale
                normSquared += v[i] * v[i]
            }
            // Choose the sign that avoids cancellation in v[start] - g.
            var g = normSquared.squareRoot()
            if v[start] > 0 { g = -g }
            let half = normSquared - v[start] * g
            v[start] -= g
            h.data.withUnsafeMutableBufferPointer { p in
                // From the left, (I - v v'/half) on rows start..<n, columns k..<n.
                for j in k..<n {
                    let column = j * n
                    var dot = 0.0
                    for i in start..<n { dot += v[i] * p[column + i] }
                    let f = dot / half
                    for i in start..<n { p[column + i] -= f * v[i] }
                }
                // From the right, on columns start..<n of every row: w = H v, H -= w v'/half.
                for i in 0..<n { w[i] = 0 }
                for j in start..<n {
                    let column = j * n, vj = v[j]
                    for i in 0..<n { w[i] += p[column + i] * vj }
                }
                for j in start..<n {
                    let column = j * n, f = v[j] / half
                    for i in 0..<n { p[column + i] -= w[i] * f }
                }
                // The column below the subdiagonal is now zero up to rounding; make it exact.
                p[start + k * n] = scale * g
                for i in (start + 1)..<max(n, start + 1) { p[i + k * n] = 0 }
            }
            reflections.append((start, Array(v[start..<n]), half))
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
                for j in start..<n {
                    let column = j * n
                    var dot = 0.0
                    for i in start..<n { dot += v[i - start] * p[column + i] }
                    let f = dot / reflection.halfNormSquared
                    if f == 0 { continue }
                    for i in start..<n { p[column + i] -= f * v[i - start] }
                }
            }
        }
        return q
    }
}
