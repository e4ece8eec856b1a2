/// Householder reflections of length 3 for the small, fixed-size transformations
/// (swapping diagonal blocks of a Schur form), in LAPACK's `dlarfg`/`dlarfx`
/// convention: `P = I − τ u u'` with `u[pivot] = 1`, so that P maps the vector it was
/// made from onto a multiple of the pivot's unit vector.
struct SmallReflector {
    var u: SIMD3<Double>
    var tau: Double

    /// The reflection mapping `x` onto β·e_pivot (with |β| = ‖x‖). When x is already
    /// a multiple of e_pivot the reflection is the identity (τ = 0).
    init(mapping x: SIMD3<Double>, ontoAxis pivot: Int) {
        let alpha = x[pivot]
        var rest = x
        rest[pivot] = 0
        let restNorm = hypot3(rest)
        guard restNorm != 0 else {
            u = SIMD3(repeating: 0)
            u[pivot] = 1
            tau = 0
            return
        }
        // β takes the sign opposite to α, so α − β does not cancel.
        let size = (alpha * alpha + restNorm * restNorm).squareRoot()
        let beta = alpha >= 0 ? -size : size
        tau = (beta - alpha) / beta
        u = rest / (alpha - beta)
        u[pivot] = 1
    }

    /// A ← P A on rows `firstRow ..< firstRow+3` and the columns `columns` of the
    /// column-major matrix at `a` with leading dimension `ld`.
    func applyFromLeft(_ a: UnsafeMutablePointer<Double>, ld: Int, firstRow: Int, columns: Range<Int>) {
        guard tau != 0 else { return }
        for j in columns {
            let c = a + (firstRow &+ j &* ld)
            let sum = u[0] * c[0] + u[1] * c[1] + u[2] * c[2]
            let f = tau * sum
            c[0] -= f * u[0]
            c[1] -= f * u[1]
            c[2] -= f * u[2]
        }
    }

    /// A ← A P on columns `firstColumn ..< firstColumn+3` and the rows `rows`.
    func applyFromRight(_ a: UnsafeMutablePointer<Double>, ld: Int, firstColumn: Int, rows: Range<Int>) {
        guard tau != 0 else { return }
        let c0 = a + firstColumn &* ld, c1 = c0 + ld, c2 = c1 + ld
        for i in rows {
            let f = tau * (c0[i] * u[0] + c1[i] * u[1] + c2[i] * u[2])
            c0[i] -= f * u[0]
            c1[i] -= f * u[1]
            c2[i] -= f * u[2]
        }
    }
}

/// The 2-norm of a 3-vector, scaled so that squaring cannot overflow or underflow.
private func hypot3(_ x: SIMD3<Double>) -> Double {
    let scale = max(abs(x[0]), abs(x[1]), abs(x[2]))
    guard scale > 0 else { return 0 }
    let y = x / scale
    return scale * (y * y).sum().squareRoot()
}
