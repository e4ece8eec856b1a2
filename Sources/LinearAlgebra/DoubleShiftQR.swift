/// The Francis double-shift QR iteration on raw column-major storage, in the classic
/// EISPACK `hqr`/`hqr2` formulation: the whole algorithm for small matrices, and the
/// solver of the deflation window and of small blocks for the multishift driver.
///
/// `h[i, j]` is `h[i + j*n]`. Without `full`, only the active diagonal block is
/// updated, which is all the eigenvalues need; with it, all of T and the columns of
/// `z` are, as eigenvectors need. Returns false when `limit` steps did not suffice.
func francisIterations(
    _ h: UnsafeMutablePointer<Double>, _ z: UnsafeMutablePointer<Double>?, n nn: Int, low: Int, high: Int,
    full: Bool, norm: Double, limit: Int, wr: UnsafeMutablePointer<Double>, wi: UnsafeMutablePointer<Double>
) -> Bool {
    @inline(__always) func at(_ i: Int, _ j: Int) -> Int { i &+ j &* nn }
    let eps = Double.ulpOfOne
    let negligible = negligibleSubdiagonal(n: nn)
    // Rows outside low...high hold isolated eigenvalues, already read off the diagonal.
    var n = high
    var shiftSum = 0.0
    var iterations = 0
    var total = 0
    var p = 0.0, q = 0.0, r = 0.0, s = 0.0, x = 0.0, y = 0.0, w = 0.0, zz = 0.0

    while n >= low {
        if Cancellation.isRequested { return false }
        // Scan up from row n for a negligible subdiagonal entry h[l, l-1]; the
        // unreduced block still to work on is then l...n.
        var l = n
        while l > low {
            s = abs(h[at(l - 1, l - 1)]) + abs(h[at(l, l)])
            if s == 0 { s = norm }
            if abs(h[at(l, l - 1)]) <= max(eps * s, negligible) {
                // Zero it, so that T's block structure can be read off its zeros.
                h[at(l, l - 1)] = 0
                break
            }
            l -= 1
        }
        if l == n {
            // A 1×1 block has split off: one real eigenvalue.
            h[at(n, n)] += shiftSum
            wr[n] = h[at(n, n)]
            wi[n] = 0
            n -= 1
            iterations = 0
        } else if l == n - 1 {
            // A 2×2 block has split off: a real pair or a complex-conjugate pair.
            w = h[at(n, n - 1)] * h[at(n - 1, n)]
            p = (h[at(n - 1, n - 1)] - h[at(n, n)]) / 2
            q = p * p + w
            zz = abs(q).squareRoot()
            h[at(n, n)] += shiftSum
            h[at(n - 1, n - 1)] += shiftSum
            x = h[at(n, n)]
            if q >= 0 {
                zz = p >= 0 ? p + zz : p - zz
                wr[n - 1] = x + zz
                wr[n] = zz != 0 ? x - w / zz : wr[n - 1]
                wi[n - 1] = 0
                wi[n] = 0
                if full {
                    // Rotate the block to upper-triangular form so T stays quasi-triangular
                    // with 2×2 blocks only for complex pairs.
                    x = h[at(n, n - 1)]
                    s = abs(x) + abs(zz)
                    p = x / s
                    q = zz / s
                    r = (p * p + q * q).squareRoot()
                    p /= r
                    q /= r
                    for j in (n - 1)..<nn {
                        zz = h[at(n - 1, j)]
                        h[at(n - 1, j)] = q * zz + p * h[at(n, j)]
                        h[at(n, j)] = q * h[at(n, j)] - p * zz
                    }
                    for i in 0...n {
                        zz = h[at(i, n - 1)]
                        h[at(i, n - 1)] = q * zz + p * h[at(i, n)]
                        h[at(i, n)] = q * h[at(i, n)] - p * zz
                    }
                    if let z {
                        for i in 0..<nn {
                            zz = z[at(i, n - 1)]
                            z[at(i, n - 1)] = q * zz + p * z[at(i, n)]
                            z[at(i, n)] = q * z[at(i, n)] - p * zz
                        }
                    }
                    // Zero up to rounding; exactly zero, the block reads as two 1×1 blocks.
                    h[at(n, n - 1)] = 0
                }
            } else {
                wr[n - 1] = x + p
                wr[n] = x + p
                wi[n - 1] = zz
                wi[n] = -zz
            }
            n -= 2
            iterations = 0
        } else {
            // No split yet: one double-shift step on the active block l...n.
            if total >= limit { return false }
            x = h[at(n, n)]
            y = 0
            w = 0
            if l < n {
                y = h[at(n - 1, n - 1)]
                w = h[at(n, n - 1)] * h[at(n - 1, n)]
            }
            if iterations == 10 {
                // Wilkinson's exceptional shift breaks the rare cycles of the standard one.
                shiftSum += x
                for i in low...n { h[at(i, i)] -= x }
                s = abs(h[at(n, n - 1)]) + abs(h[at(n - 1, n - 2)])
                x = 0.75 * s
                y = x
                w = -0.4375 * s * s
            }
            if iterations == 30 {
                // A second exceptional shift, for matrices the first does not unlock.
                s = (y - x) / 2
                s = s * s + w
                if s > 0 {
                    s = s.squareRoot()
                    if y < x { s = -s }
                    s = x - w / ((y - x) / 2 + s)
                    for i in low...n { h[at(i, i)] -= s }
                    shiftSum += s
                    x = 0.964
                    y = x
                    w = x
                }
            }
            iterations += 1
            total += 1
            doubleShiftStep(h, z, n: nn, block: l...n, shifts: (x, y, w), full: full)
        }
    }
    if full && low < high {
        // The chase leaves stale bulge entries below the subdiagonal, which the steps
        // never read again; clear them so that T is exactly quasi-triangular.
        for j in low..<(high - 1) {
            for i in (j + 2)...high { h[at(i, j)] = 0 }
        }
    }
    return true
}

/// A subdiagonal entry this small counts as zero whatever its neighbours, LAPACK's
/// SMLNUM. The relative test eps·(|h[l-1, l-1]| + |h[l, l]|) alone fails where the
/// neighbours are subnormal: the product underflows, and a block of subnormal
/// rounding noise (left, for instance, by reducing a matrix of ones) never splits.
func negligibleSubdiagonal(n: Int) -> Double {
    Double.leastNormalMagnitude * (Double(n) / Double.ulpOfOne)
}
