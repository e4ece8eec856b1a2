/// Reduction of a square matrix to upper Hessenberg form by Householder reflections.
///
/// `A = Q H Q'` with `Q` orthogonal and `H` zero below its first subdiagonal. The QR
/// iteration keeps that shape, and on it each step costs O(n²) instead of O(n³).
struct HessenbergReduction {
    /// The Hessenberg matrix `H`.
    var hessenberg: Matrix
    /// The reflections, as (first row, vector, 1/2‖v‖²), kept to build `Q` on request.
    private var reflections: [(start: Int, vector: [Double], halfNormSquared: Double)]

    /// Reduces the block `low...high` (rows and columns outside it are already
    /// triangular after balancing; by default the whole matrix).
    init(_ a: Matrix, low: Int = 0, high: Int? = nil) {
        var h = a
        let n = a.rows
        let high = high ?? n - 1
        var reflections: [(start: Int, vector: [Double], halfNormSquared: Double)] = []
        if low < high - 1 {
            h.data.withUnsafeMutableBufferPointer { hp in
                reduceToHessenberg(hp.baseAddress!, n: n, low: low, high: high) { start, v, half in
                    reflections.append((start, Array(UnsafeBufferPointer(start: v + start, count: high - start + 1)), half))
                }
            }
        }
        hessenberg = h
        self.reflections = reflections
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

/// Reduces columns `low..<high-1` of the n×n column-major `h` to Hessenberg form in
/// place, assuming (as after balancing) that rows and columns outside `low...high`
/// are already triangular. Each reflection P = I − v v'/half, with v zero outside
/// rows start...high, is handed to `each(start, v, half)` before the next one is
/// made (`v` is indexed by row and valid only during the call), so callers can
/// keep it or apply it to a matrix of their own.
func reduceToHessenberg(
    _ h: UnsafeMutablePointer<Double>, n: Int, low: Int, high: Int,
    each: (_ start: Int, _ v: UnsafePointer<Double>, _ half: Double) -> Void
) {
    let v = UnsafeMutablePointer<Double>.allocate(capacity: n)
    let w = UnsafeMutablePointer<Double>.allocate(capacity: n)
    let y = UnsafeMutablePointer<Double>.allocate(capacity: n)
    defer { v.deallocate(); w.deallocate(); y.deallocate() }
    for k in low..<max(high - 1, low) {
        // Stopping leaves a half-reduced matrix, which the caller then throws away.
        if Cancellation.isRequested { return }
        let start = k + 1
        // Scaling by the column's 1-norm keeps the sum of squares from over- or
        // underflowing; the reflection does not depend on the scale.
        var scale = 0.0
        for i in start...high { scale += abs(h[i + k * n]) }
        if scale == 0 { continue }
        var normSquared = 0.0
        for i in start...high {
            v[i] = h[i + k * n] / scale
            normSquared += v[i] * v[i]
        }
        // Choose the sign that avoids cancellation in v[start] - g.
        var g = normSquared.squareRoot()
        if v[start] > 0 { g = -g }
        let half = normSquared - v[start] * g
        v[start] -= g
        reflectBothSides(h, n: n, column: k, rows: start...high, v: v, half: half, work: (w, y))
        // The column below the subdiagonal is now zero up to rounding; make it exact.
        h[start + k * n] = scale * g
        for i in (start + 1)..<(high + 1) { h[i + k * n] = 0 }
        each(start, v, half)
    }
}

/// H ← P H P for P = I − v v'/half acting on `rows`, in two passes over H rather
/// than one from each side and a third for the right side's second half. From the
/// left only columns from `column` on are touched (those before are already
/// reduced); from the right only rows up to the block's end (the rows below are
/// zero in these columns). With y = H'v/half, w = Hv/half and c = v'w/half, all from
/// the unchanged H (the first pass), P H P = H − v (y − c·v)' − w v' (the second).
/// `work` holds two arrays of n numbers.
private func reflectBothSides(
    _ h: UnsafeMutablePointer<Double>, n: Int, column: Int, rows: ClosedRange<Int>,
    v: UnsafePointer<Double>, half: Double, work: (w: UnsafeMutablePointer<Double>, y: UnsafeMutablePointer<Double>)
) {
    let (w, y) = work
    let first = rows.lowerBound, last = rows.upperBound, count = last - first + 1
    w.update(repeating: 0, count: last + 1)
    for j in column..<n {
        let c = h + j &* n
        if rows.contains(j) {
            let a = v[j] / half
            addScaled(a, c, to: w, count: first)
            y[j] = dotAndAddScaled(c + first, v + first, a, to: w + first, count: count) / half
        } else {
            y[j] = dotProduct(v + first, c + first, count: count) / half
        }
    }
    let cw = dotProduct(v + first, w + first, count: count) / half
    for j in column..<n {
        let c = h + j &* n
        if rows.contains(j) {
            addScaled(-v[j], w, to: c, count: first)
            subtractTwoScaled(from: c + first, y[j] - cw * v[j], v + first, v[j], w + first, count: count)
        } else {
            addScaled(-y[j], v + first, to: c + first, count: count)
        }
    }
}

/// A ← P A for P = I − v v'/half acting on `rows` (v is indexed by row), on the
/// given columns of the column-major A at `a` with leading dimension `ld`. Raw
/// pointers keep bounds checks out of these O(n³) loops.
func reflectRows(
    _ a: UnsafeMutablePointer<Double>, ld: Int, rows: ClosedRange<Int>, columns: Range<Int>,
    v: UnsafePointer<Double>, half: Double
) {
    let first = rows.lowerBound, last = rows.upperBound
    for j in columns {
        let c = a + j &* ld
        let count = last - first + 1
        let f = dotProduct(v + first, c + first, count: count) / half
        addScaled(-f, v + first, to: c + first, count: count)
    }
}

/// A ← A P for P = I − v v'/half acting on `columns` (v is indexed by column), on
/// rows 0..<rows. `work` holds `rows` numbers. Works down whole columns, so every
/// inner loop runs over contiguous memory.
func reflectColumns(
    _ a: UnsafeMutablePointer<Double>, ld: Int, rows: Int, columns: ClosedRange<Int>,
    v: UnsafePointer<Double>, half: Double, work w: UnsafeMutablePointer<Double>
) {
    w.update(repeating: 0, count: rows)
    for j in columns { addScaled(v[j], a + j &* ld, to: w, count: rows) }
    for j in columns { addScaled(-v[j] / half, w, to: a + j &* ld, count: rows) }
}
