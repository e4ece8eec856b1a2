/// Eigenvectors from the real Schur form `A = Z T Z'`.
///
/// For each eigenvalue λ on T's diagonal, `(T − λI) y = 0` is solved by back
/// substitution from that diagonal position upward (complex arithmetic for a complex
/// pair, done in real pairs); then `x = Z y` is an eigenvector of A. The 2×2 blocks
/// of complex pairs on T's diagonal are handled as small 2×2 solves.
///
/// The packed result has one real column per real eigenvalue and, for a complex pair
/// at positions (k, k+1), the real part of the eigenvector of `wr[k] + i·wi[k]` in
/// column k and its imaginary part in column k+1; the partner's vector is the conjugate.
func packedEigenvectors(of schur: RealSchur) -> Matrix {
    guard var z = schur.z else { return Matrix(rows: 0, columns: 0) }
    var t = schur.t
    let nn = t.rows
    let d = schur.real, e = schur.imaginary
    let norm = schur.norm
    let eps = Double.ulpOfOne
    if norm == 0 { return z }
    // Divisors smaller than `smallest` are raised to it, as LAPACK does: a (nearly)
    // repeated eigenvalue makes them vanish, and dividing by a tiny one would
    // overflow. The vector then still satisfies T y ≈ λ y to working accuracy.
    // LAPACK's floor is eps·|λ|, set per eigenvalue below; relative to the matrix
    // (eps·‖T‖) it would be too coarse: it would swallow the tiny imaginary parts
    // with which a repeated eigenvalue can come out, and make the two eigenvectors
    // of a repeated eigenvalue parallel. eps²·‖T‖ keeps quotients finite.
    var smallest = max(eps * eps * norm, Double.leastNormalMagnitude)
    func divisor(_ x: Double) -> Double { abs(x) >= smallest ? x : smallest }
    // `floor` is `smallest` for divisors of the matrix's size and its square for
    // divisors that are products of two such quantities.
    func divide(
        _ a: Double, _ b: Double, _ c: Double, _ d: Double, floor: Double = smallest
    ) -> (re: Double, im: Double) {
        abs(c) + abs(d) >= floor ? complexDivide(a, b, c, d) : complexDivide(a, b, floor, 0)
    }

    for n in stride(from: nn - 1, through: 0, by: -1) {
        // Stopped part-way, the vectors are thrown away (`eigen` checks).
        if Cancellation.isRequested { break }
        let p = d[n], q = e[n]
        smallest = max(eps * (abs(p) + abs(q)), eps * eps * norm, Double.leastNormalMagnitude)
        if q == 0 {
            // Real eigenvalue: solve the triangular system for column n of y.
            var l = n
            t[n, n] = 1
            var zz = 0.0, s = 0.0
            for i in stride(from: n - 1, through: 0, by: -1) {
                let w = t[i, i] - p
                var r = 0.0
                for j in l...n { r += t[i, j] * t[j, n] }
                if e[i] < 0 {
                    // Lower row of a 2×2 block: keep it for the solve at row i-1.
                    zz = w
                    s = r
                    continue
                }
                l = i
                if e[i] == 0 {
                    t[i, n] = -r / divisor(w)
                } else {
                    let x = t[i, i + 1], y = t[i + 1, i]
                    let qq = max((d[i] - p) * (d[i] - p) + e[i] * e[i], smallest * smallest)
                    let v = (x * s - zz * r) / qq
                    t[i, n] = v
                    t[i + 1, n] = abs(x) > abs(zz) ? (-r - w * v) / divisor(x) : (-s - y * v) / divisor(zz)
                }
                // Rescale when the entries grow so large that squaring would overflow.
                let size = abs(t[i, n])
                if eps * size * size > 1 { for j in i...n { t[j, n] /= size } }
            }
        } else if q < 0 {
            // Second of a complex pair (λ = p + iq with q < 0): columns n-1 and n hold
            // the real and imaginary parts of the vector for the partner p − iq.
            var l = n - 1
            if abs(t[n, n - 1]) > abs(t[n - 1, n]) {
                t[n - 1, n - 1] = q / t[n, n - 1]
                t[n - 1, n] = -(t[n, n] - p) / t[n, n - 1]
            } else {
                let c = divide(0, -t[n - 1, n], t[n - 1, n - 1] - p, q)
                t[n - 1, n - 1] = c.re
                t[n - 1, n] = c.im
            }
            t[n, n - 1] = 0
            t[n, n] = 1
            var zz = 0.0, r = 0.0, s = 0.0
            if n >= 2 {
                for i in stride(from: n - 2, through: 0, by: -1) {
                    var ra = 0.0, sa = 0.0
                    for j in l...n {
                        ra += t[i, j] * t[j, n - 1]
                        sa += t[i, j] * t[j, n]
                    }
                    let w = t[i, i] - p
                    if e[i] < 0 {
                        zz = w
                        r = ra
                        s = sa
                        continue
                    }
                    l = i
                    if e[i] == 0 {
                        let c = divide(-ra, -sa, w, q)
                        t[i, n - 1] = c.re
                        t[i, n] = c.im
                    } else {
                        let x = t[i, i + 1], y = t[i + 1, i]
                        var vr = (d[i] - p) * (d[i] - p) + e[i] * e[i] - q * q
                        let vi = (d[i] - p) * 2 * q
                        if vr == 0 && vi == 0 {
                            vr = eps * norm * (abs(w) + abs(q) + abs(x) + abs(y) + abs(zz))
                        }
                        let c = divide(
                            x * r - zz * ra + q * sa, x * s - zz * sa - q * ra, vr, vi, floor: smallest * smallest)
                        t[i, n - 1] = c.re
                        t[i, n] = c.im
                        if abs(x) > abs(zz) + abs(q) {
                            t[i + 1, n - 1] = (-ra - w * t[i, n - 1] + q * t[i, n]) / divisor(x)
                            t[i + 1, n] = (-sa - w * t[i, n] - q * t[i, n - 1]) / divisor(x)
                        } else {
                            let c2 = divide(-r - y * t[i, n - 1], -s - y * t[i, n], zz, q)
                            t[i + 1, n - 1] = c2.re
                            t[i + 1, n] = c2.im
                        }
                    }
                    let size = max(abs(t[i, n - 1]), abs(t[i, n]))
                    if eps * size * size > 1 {
                        for j in i...n {
                            t[j, n - 1] /= size
                            t[j, n] /= size
                        }
                    }
                }
            }
        }
    }

    // x = Z y, column by column from the right so that y's upper-triangular storage
    // (inside t) is read before it is overwritten.
    var column = [Double](repeating: 0, count: nn)
    for j in stride(from: nn - 1, through: 0, by: -1) {
        for i in 0..<nn {
            var sum = 0.0
            for k in 0...j { sum += z[i, k] * t[k, j] }
            column[i] = sum
        }
        for i in 0..<nn { z[i, j] = column[i] }
    }
    return z
}

/// (a + ib) / (c + id) without needless overflow (Smith's method).
func complexDivide(_ a: Double, _ b: Double, _ c: Double, _ d: Double) -> (re: Double, im: Double) {
    if abs(c) > abs(d) {
        let r = d / c, den = c + r * d
        return ((a + r * b) / den, (b - r * a) / den)
    } else {
        let r = c / d, den = d + r * c
        return ((r * a + b) / den, (r * b - a) / den)
    }
}
