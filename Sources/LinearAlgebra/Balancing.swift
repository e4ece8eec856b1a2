/// Diagonal similarity scaling that evens out row and column norms before the QR
/// iteration.
///
/// The QR algorithm's error is proportional to the norm of the matrix it works on.
/// A badly scaled matrix (entries from 1e-8 to 1e8, say) has a norm far larger than
/// its eigenvalues, so small eigenvalues drown in that error. Replacing `A` by
/// `D⁻¹ A D` leaves the eigenvalues untouched and can shrink the norm by orders of
/// magnitude. The scale factors are powers of two, so the scaling itself is exact.
/// (LAPACK's balancing also permutes rows to isolate eigenvalues; we skip that step,
/// which matters for speed on triangular-like matrices but not for accuracy.)
struct Balancing {
    /// `D`'s diagonal: the balanced matrix is `D⁻¹ A D`.
    private(set) var scale: [Double]

    /// Balances `a` in place and remembers the scaling.
    init(balancing a: inout Matrix) {
        let n = a.rows
        scale = [Double](repeating: 1, count: n)
        let radix = 2.0
        // Each sweep can only improve matters; the cap guards against endless
        // ping-pong on pathological input, where stopping early is harmless.
        for _ in 0..<100 {
            var changed = false
            for i in 0..<n {
                var c = 0.0, r = 0.0
                for k in 0..<n where k != i {
                    c += abs(a[k, i])
                    r += abs(a[i, k])
                }
                guard c != 0, r != 0 else { continue }
                let total = c + r
                var f = 1.0
                var g = r / radix
                var steps = 0
                while c < g && steps < 2000 {
                    f *= radix; c *= radix * radix; steps += 1
                }
                g = r * radix
                while c >= g && steps < 4000 {
                    f /= radix; c /= radix * radix; steps += 1
                }
                // Here c is the old column norm times f², so (c + r) / f is the new
                // column norm plus the new row norm. Scale only on a clear gain.
                if (c + r) / f < 0.95 * total {
                    scale[i] *= f
                    for k in 0..<n { a[i, k] /= f }
                    for k in 0..<n { a[k, i] *= f }
                    changed = true
                }
            }
            if !changed { break }
        }
    }

    /// Maps eigenvectors of the balanced matrix back to eigenvectors of the original:
    /// if `D⁻¹ A D y = λ y` then `A (D y) = λ (D y)`.
    func undo(onVectors v: inout Matrix) {
        for j in 0..<v.columns { for i in 0..<v.rows { v[i, j] *= scale[i] } }
    }
}
