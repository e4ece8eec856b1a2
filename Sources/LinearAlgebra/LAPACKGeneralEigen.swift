import Engine

/// The right eigenvectors of a real nonsymmetric matrix as Julia 1.10 computes them:
/// `eigen(A)` calls LAPACK's `dgeevx('B', 'N', 'V', 'N', A)` (stdlib/LinearAlgebra/src/eigen.jl),
/// which balances the matrix (`dgebal`), reduces it to Hessenberg form (`dgehd2`, the
/// unblocked form `dgehrd` uses below 128 rows), forms the orthogonal factor (`dorghr`),
/// iterates to real Schur form with the double-shift QR algorithm (`dlahqr`, which
/// `dhseqr` uses below 75 rows, with `dlanv2` standardising each 2×2 block), solves
/// the triangular eigenproblem (`dtrevc3`, each vector's last entry 1), transforms back
/// (`dgebak`) and scales each vector to unit 2-norm. An eigenvector's sign is whatever
/// that sequence leaves, so each step is the reference LAPACK 3.11's, step for step
/// (Julia 1.10's OpenBLAS carries that LAPACK).
struct LAPACKGeneralEigen {
    /// The eigenvalues in LAPACK's order (Julia sorts them afterwards).
    var real: [Double]
    var imaginary: [Double]
    /// Column k is the unit eigenvector of eigenvalue k, when all eigenvalues are real
    /// (complex ones would give complex vectors, which the notebook does not hold).
    var vectors: FortranMatrix?

    /// Why the LAPACK path was not followed to the end.
    enum Failure: Error {
        /// `dgeevx` would first rescale the matrix (its largest entry is beyond about
        /// 1e±146), a step not reproduced here.
        case rescaled
        /// `dlahqr` ran out of iterations; `dhseqr` would then try `dlaqr0`.
        case noConvergence
        /// 75 rows or more: `dhseqr` uses the multishift `dlaqr0`, not reproduced here.
        case tooLarge
    }

    static let largestReproduced = 74

    init(_ input: Matrix, wantVectors: Bool = true) throws(Failure) {
        let n = input.rows
        guard n <= Self.largestReproduced else { throw .tooLarge }
        // dgeevx's range test on max |a_ij| before anything else.
        let smallest = Machine.safeMinimum.squareRoot() / Machine.precision
        let largest = input.data.reduce(0) { max($0, abs($1)) }
        guard largest == 0 || (largest >= smallest && largest <= 1 / smallest) else { throw .rescaled }

        var h = FortranMatrix(input)
        let balance = Self.balance(&h)
        var tau = [Double](repeating: 0, count: max(n, 1))
        Self.reduceToHessenberg(&h, low: balance.low, high: balance.high, tau: &tau)
        var z = Self.orthogonalFactor(of: h, low: balance.low, high: balance.high, tau: tau)
        var wr = [Double](repeating: 0, count: n + 1), wi = [Double](repeating: 0, count: n + 1)
        // dhseqr: the eigenvalues balancing isolated, then the QR iteration on the rest.
        for i in 1..<max(balance.low, 1) { wr[i] = h[i, i] }
        if balance.high < n { for i in (balance.high + 1)...n { wr[i] = h[i, i] } }
        if balance.low == balance.high {
            wr[balance.low] = h[balance.low, balance.low]
        } else {
            try Self.doubleShiftQR(&h, low: balance.low, high: balance.high, wr: &wr, wi: &wi, z: &z)
        }
        if n > 2 { for j in 1...(n - 2) { for i in (j + 2)...n { h[i, j] = 0 } } }
        real = Array(wr.dropFirst())
        imaginary = Array(wi.dropFirst())
        guard wantVectors, imaginary.allSatisfy({ $0 == 0 }) else {
            vectors = nil
            return
        }
        var v = Self.triangularEigenvectors(h, schurVectors: z)
        Self.undoBalancing(&v, balance)
        for j in 1...max(n, 1) where n > 0 {
            let scl = 1 / blasNorm(n) { v[$0 + 1, j] }
            for i in 1...n { v[i, j] *= scl }
        }
        // dtrevc3 and dgebak guard against overflow; should a vector still not be finite,
        // LAPACK's answer is not known here.
        guard v.data.allSatisfy(\.isFinite) else { throw .rescaled }
        vectors = v
    }

    // MARK: dgebal

    struct Balance {
        var low: Int
        var high: Int
        /// scale[i] (1-based): the permutation index for i outside low...high, the
        /// scaling factor inside.
        var scale: [Double]
    }

    /// `dgebal('B')`: isolate eigenvalues by permutation, then scale rows and columns of
    /// the rest by powers of two until their norms stop improving by 5%.
    static func balance(_ a: inout FortranMatrix) -> Balance {
        let n = a.rows
        var scale = [Double](repeating: 0, count: n + 1)
        var k = 1, l = n
        guard n > 0 else { return Balance(low: 1, high: 0, scale: scale) }
        func exchange(_ j: Int, _ m: Int) {
            scale[m] = Double(j)
            guard j != m else { return }
            for i in 1...l { let t = a[i, j]; a[i, j] = a[i, m]; a[i, m] = t }
            for i in k...n { let t = a[j, i]; a[j, i] = a[m, i]; a[m, i] = t }
        }
        // Rows whose off-diagonal part (within columns 1...l) is zero go to the bottom.
        rows: while true {
            for j in stride(from: l, through: 1, by: -1) {
                if (1...l).allSatisfy({ $0 == j || a[j, $0] == 0 }) {
                    exchange(j, l)
                    if l == 1 { return Balance(low: k, high: l, scale: scale) }
                    l -= 1
                    continue rows
                }
            }
            break
        }
        // Columns whose off-diagonal part (within rows k...l) is zero go to the left.
        columns: while k <= l {
            for j in k...l {
                if (k...l).allSatisfy({ $0 == j || a[$0, j] == 0 }) {
                    exchange(j, k)
                    k += 1
                    continue columns
                }
            }
            break
        }
        guard k <= l else { return Balance(low: k, high: l, scale: scale) }
        for i in k...l { scale[i] = 1 }
        let sfmin1 = Machine.safeMinimum / Machine.precision, sfmax1 = 1 / sfmin1
        let sfmin2 = sfmin1 * 2, sfmax2 = 1 / sfmin2
        var noconv = true
        while noconv {
            noconv = false
            for i in k...l {
                var c = blasNorm(l - k + 1) { a[k + $0, i] }
                var r = blasNorm(l - k + 1) { a[i, k + $0] }
                let ica = blasLargestIndex(l) { a[$0 + 1, i] }
                var ca = abs(a[ica, i])
                let ira = blasLargestIndex(n - k + 1) { a[i, k + $0] }
                var ra = abs(a[i, ira + k - 1])
                if c == 0 || r == 0 { continue }
                var g = r / 2, f = 1.0
                let s = c + r
                while !(c >= g || max(f, c, ca) >= sfmax2 || min(r, g, ra) <= sfmin2) {
                    f *= 2; c *= 2; ca *= 2; r /= 2; g /= 2; ra /= 2
                }
                g = c / 2
                while !(g < r || max(r, ra) >= sfmax2 || min(f, c, g, ca) <= sfmin2) {
                    f /= 2; c /= 2; g /= 2; ca /= 2; r *= 2; ra *= 2
                }
                if c + r >= 0.95 * s { continue }
                if f < 1 && scale[i] < 1 && f * scale[i] <= sfmin1 { continue }
                if f > 1 && scale[i] > 1 && scale[i] >= sfmax1 / f { continue }
                g = 1 / f
                scale[i] *= f
                noconv = true
                for j in k...n { a[i, j] *= g }
                for j in 1...l { a[j, i] *= f }
            }
        }
        return Balance(low: k, high: l, scale: scale)
    }

    // MARK: dgehd2 and dorghr

    /// `dgehd2`: reflector i zeroes column i below the subdiagonal, applied from both
    /// sides; its vector is kept below the subdiagonal and its τ in `tau[i]`.
    static func reduceToHessenberg(_ a: inout FortranMatrix, low: Int, high: Int, tau: inout [Double]) {
        let n = a.rows
        guard low < high else { return }
        for i in low..<high {
            let x = i + 2 <= high ? ((i + 2)...high).map { a[$0, i] } : []
            let h = Reflector(alpha: a[i + 1, i], x: x)
            tau[i] = h.tau
            a.reflectFromRight(h.vector, tau: h.tau, firstColumn: i + 1, rows: 1...high)
            if i + 1 <= n { a.reflectFromLeft(h.vector, tau: h.tau, firstRow: i + 1, columns: (i + 1)...n) }
            a[i + 1, i] = h.beta
            for (k, value) in h.tail.enumerated() { a[i + 2 + k, i] = value }
        }
    }

    /// `dorghr` (with `dorg2r`): the orthogonal Q of the Hessenberg reduction, built
    /// from its reflectors, last first.
    static func orthogonalFactor(of a: FortranMatrix, low: Int, high: Int, tau: [Double]) -> FortranMatrix {
        let n = a.rows
        var q = FortranMatrix(rows: n, columns: n)
        for j in 1...max(n, 1) where n > 0 { q[j, j] = 1 }
        let nh = high - low
        guard nh > 0 else { return q }
        // The reflector vectors, shifted one column right into the block low+1...high.
        for j in (low + 1)...high {
            q[j, j] = 0
            if j + 1 <= high { for i in (j + 1)...high { q[i, j] = a[i, j - 1] } }
        }
        // dorg2r on the nh×nh block whose (1, 1) is (low+1, low+1).
        func at(_ i: Int) -> Int { low + i }
        for i in stride(from: nh, through: 1, by: -1) {
            let t = tau[low + i - 1]
            if i < nh {
                q[at(i), at(i)] = 1
                let v = (i...nh).map { q[at($0), at(i)] }
                q.reflectFromLeft(v, tau: t, firstRow: at(i), columns: at(i + 1)...at(nh))
            }
            if i < nh { for r in (i + 1)...nh { q[at(r), at(i)] *= -t } }
            q[at(i), at(i)] = 1 - t
            if i > 1 { for r in 1..<i { q[at(r), at(i)] = 0 } }
        }
        return q
    }

    // MARK: dlahqr

    /// `dlahqr` with wantt and wantz: the Francis double-shift QR iteration on the
    /// Hessenberg block low...high, updating the whole of H and Z.
    static func doubleShiftQR(
        _ h: inout FortranMatrix, low ilo: Int, high ihi: Int,
        wr: inout [Double], wi: inout [Double], z: inout FortranMatrix
    ) throws(Failure) {
        let n = h.rows
        if ilo + 3 <= ihi { for j in ilo...(ihi - 3) { h[j + 2, j] = 0; h[j + 3, j] = 0 } }
        if ilo <= ihi - 2 { h[ihi, ihi - 2] = 0 }
        let nh = ihi - ilo + 1
        let safmin = Machine.safeMinimum
        let ulp = Machine.precision
        let smlnum = safmin * (Double(nh) / ulp)
        let i1 = 1, i2 = n
        let itmax = 30 * max(10, nh)
        var kdefl = 0
        var i = ihi
        while i >= ilo {
            var l = ilo
            var converged = false
            for _ in 0...itmax {
                // Look for a single small subdiagonal element.
                var k = i
                while k > l {
                    if abs(h[k, k - 1]) <= smlnum { break }
                    var tst = abs(h[k - 1, k - 1]) + abs(h[k, k])
                    if tst == 0 {
                        if k - 2 >= ilo { tst += abs(h[k - 1, k - 2]) }
                        if k + 1 <= ihi { tst += abs(h[k + 1, k]) }
                    }
                    // Ahues and Tisseur's conservative deflation criterion.
                    if abs(h[k, k - 1]) <= ulp * tst {
                        let ab = max(abs(h[k, k - 1]), abs(h[k - 1, k]))
                        let ba = min(abs(h[k, k - 1]), abs(h[k - 1, k]))
                        let aa = max(abs(h[k, k]), abs(h[k - 1, k - 1] - h[k, k]))
                        let bb = min(abs(h[k, k]), abs(h[k - 1, k - 1] - h[k, k]))
                        let s = aa + ab
                        if ba * (ab / s) <= max(smlnum, ulp * (bb * (aa / s))) { break }
                    }
                    k -= 1
                }
                l = k
                if l > ilo { h[l, l - 1] = 0 }
                if l >= i - 1 { converged = true; break }
                kdefl += 1

                var h11: Double, h12: Double, h21: Double, h22: Double
                if kdefl % (2 * 10) == 0 {
                    let s = abs(h[i, i - 1]) + abs(h[i - 1, i - 2])
                    h11 = 0.75 * s + h[i, i]; h12 = -0.4375 * s; h21 = s; h22 = h11
                } else if kdefl % 10 == 0 {
                    let s = abs(h[l + 1, l]) + abs(h[l + 2, l + 1])
                    h11 = 0.75 * s + h[l, l]; h12 = -0.4375 * s; h21 = s; h22 = h11
                } else {
                    h11 = h[i - 1, i - 1]; h21 = h[i, i - 1]; h12 = h[i - 1, i]; h22 = h[i, i]
                }
                var rt1r = 0.0, rt1i = 0.0, rt2r = 0.0, rt2i = 0.0
                let s = abs(h11) + abs(h12) + abs(h21) + abs(h22)
                if s != 0 {
                    h11 /= s; h21 /= s; h12 /= s; h22 /= s
                    let tr = (h11 + h22) / 2
                    let det = (h11 - tr) * (h22 - tr) - h12 * h21
                    let rtdisc = abs(det).squareRoot()
                    if det >= 0 {
                        rt1r = tr * s; rt2r = rt1r; rt1i = rtdisc * s; rt2i = -rt1i
                    } else {
                        rt1r = tr + rtdisc
                        rt2r = tr - rtdisc
                        if abs(rt1r - h22) <= abs(rt2r - h22) {
                            rt1r *= s; rt2r = rt1r
                        } else {
                            rt2r *= s; rt1r = rt2r
                        }
                        rt1i = 0; rt2i = 0
                    }
                }
                // Look for two consecutive small subdiagonal elements.
                var v = [0.0, 0.0, 0.0]
                var m = i - 2
                while true {
                    var h21s = h[m + 1, m]
                    var s = abs(h[m, m] - rt2r) + abs(rt2i) + abs(h21s)
                    h21s = h[m + 1, m] / s
                    v[0] = h21s * h[m, m + 1] + (h[m, m] - rt1r) * ((h[m, m] - rt2r) / s) - rt1i * (rt2i / s)
                    v[1] = h21s * (h[m, m] + h[m + 1, m + 1] - rt1r - rt2r)
                    v[2] = h21s * h[m + 2, m + 1]
                    s = abs(v[0]) + abs(v[1]) + abs(v[2])
                    v[0] /= s; v[1] /= s; v[2] /= s
                    if m == l { break }
                    let h00 = abs(h[m, m - 1]) * (abs(v[1]) + abs(v[2]))
                    let h01 = ulp * abs(v[0]) * (abs(h[m - 1, m - 1]) + abs(h[m, m]) + abs(h[m + 1, m + 1]))
                    if h00 <= h01 { break }
                    m -= 1
                }
                // The double-shift QR step: a bulge chased down by reflectors of length 3.
                for k in m...(i - 1) {
                    let nr = min(3, i - k + 1)
                    if k > m { for q in 0..<nr { v[q] = h[k + q, k - 1] } }
                    let reflector = Reflector(alpha: v[0], x: Array(v[1..<nr]))
                    v[0] = reflector.beta
                    for (q, value) in reflector.tail.enumerated() { v[q + 1] = value }
                    let t1 = reflector.tau
                    if k > m {
                        h[k, k - 1] = v[0]
                        h[k + 1, k - 1] = 0
                        if k < i - 1 { h[k + 2, k - 1] = 0 }
                    } else if m > l {
                        // Julia's LAPACK 3.11: use the old value times (1 - T1).
                        h[k, k - 1] *= (1 - t1)
                    }
                    let v2 = v[1], t2 = t1 * v2
                    if nr == 3 {
                        let v3 = v[2], t3 = t1 * v3
                        for j in k...i2 {
                            let sum = h[k, j] + v2 * h[k + 1, j] + v3 * h[k + 2, j]
                            h[k, j] -= sum * t1; h[k + 1, j] -= sum * t2; h[k + 2, j] -= sum * t3
                        }
                        for j in i1...min(k + 3, i) {
                            let sum = h[j, k] + v2 * h[j, k + 1] + v3 * h[j, k + 2]
                            h[j, k] -= sum * t1; h[j, k + 1] -= sum * t2; h[j, k + 2] -= sum * t3
                        }
                        for j in 1...n {
                            let sum = z[j, k] + v2 * z[j, k + 1] + v3 * z[j, k + 2]
                            z[j, k] -= sum * t1; z[j, k + 1] -= sum * t2; z[j, k + 2] -= sum * t3
                        }
                    } else if nr == 2 {
                        for j in k...i2 {
                            let sum = h[k, j] + v2 * h[k + 1, j]
                            h[k, j] -= sum * t1; h[k + 1, j] -= sum * t2
                        }
                        for j in i1...i {
                            let sum = h[j, k] + v2 * h[j, k + 1]
                            h[j, k] -= sum * t1; h[j, k + 1] -= sum * t2
                        }
                        for j in 1...n {
                            let sum = z[j, k] + v2 * z[j, k + 1]
                            z[j, k] -= sum * t1; z[j, k + 1] -= sum * t2
                        }
                    }
                }
            }
            guard converged else { throw .noConvergence }
            if l == i {
                wr[i] = h[i, i]; wi[i] = 0
            } else if l == i - 1 {
                var block = (a: h[i - 1, i - 1], b: h[i - 1, i], c: h[i, i - 1], d: h[i, i])
                let (rt1r, rt1i, rt2r, rt2i, cs, sn) = standardise(&block)
                h[i - 1, i - 1] = block.a; h[i - 1, i] = block.b; h[i, i - 1] = block.c; h[i, i] = block.d
                wr[i - 1] = rt1r; wi[i - 1] = rt1i; wr[i] = rt2r; wi[i] = rt2i
                if i2 > i { h.rotateRows(i - 1, i, columns: (i + 1)...i2, c: cs, s: sn) }
                if i - i1 - 1 > 0 { h.rotateColumns(i - 1, i, rows: i1...(i - 2), c: cs, s: sn) }
                z.rotateColumns(i - 1, i, rows: 1...n, c: cs, s: sn)
            }
            kdefl = 0
            i = l - 1
        }
    }

    /// `dlanv2`: the Schur factorisation of a real 2×2 block, [a b; c d] = [cs −sn; sn cs]
    /// [aa bb; cc dd] [cs sn; −sn cs], with cc = 0 when the eigenvalues are real and
    /// aa = dd, bb·cc < 0 when they are complex. Returns (rt1r, rt1i, rt2r, rt2i, cs, sn).
    static func standardise(_ m: inout (a: Double, b: Double, c: Double, d: Double))
        -> (Double, Double, Double, Double, Double, Double) {
        var (a, b, c, d) = m
        let eps = Machine.precision
        let safmn2 = 0x1p-485, safmx2 = 1 / safmn2
        var cs = 1.0, sn = 0.0
        if c == 0 {
            cs = 1; sn = 0
        } else if b == 0 {
            cs = 0; sn = 1
            let temp = d; d = a; a = temp
            b = -c; c = 0
        } else if a - d == 0 && fortranSign(1, b) != fortranSign(1, c) {
            cs = 1; sn = 0
        } else {
            var temp = a - d
            var p = 0.5 * temp
            let bcmax = max(abs(b), abs(c))
            let bcmis = min(abs(b), abs(c)) * fortranSign(1, b) * fortranSign(1, c)
            var scale = max(abs(p), bcmax)
            var z = (p / scale) * p + (bcmax / scale) * bcmis
            if z >= 4 * eps {
                // Real eigenvalues: compute a and d.
                z = p + fortranSign(scale.squareRoot() * z.squareRoot(), p)
                a = d + z
                d -= (bcmax / z) * bcmis
                let tau = lapackHypot(c, z)
                cs = z / tau
                sn = c / tau
                b -= c
                c = 0
            } else {
                // Complex eigenvalues, or real (almost) equal ones: make the diagonal equal.
                var count = 0
                var sigma = b + c
                while true {
                    count += 1
                    scale = max(abs(temp), abs(sigma))
                    if scale >= safmx2 {
                        sigma *= safmn2; temp *= safmn2
                        if count <= 20 { continue }
                    }
                    if scale <= safmn2 {
                        sigma *= safmx2; temp *= safmx2
                        if count <= 20 { continue }
                    }
                    break
                }
                p = 0.5 * temp
                var tau = lapackHypot(sigma, temp)
                cs = (0.5 * (1 + abs(sigma) / tau)).squareRoot()
                sn = -(p / (tau * cs)) * fortranSign(1, sigma)
                // [aa bb; cc dd] = [a b; c d] [cs −sn; sn cs]
                let aa = a * cs + b * sn, bb = -a * sn + b * cs
                let cc = c * cs + d * sn, dd = -c * sn + d * cs
                // [a b; c d] = [cs sn; −sn cs] [aa bb; cc dd]
                a = aa * cs + cc * sn
                b = bb * cs + dd * sn
                c = -aa * sn + cc * cs
                d = -bb * sn + dd * cs
                temp = 0.5 * (a + d)
                a = temp
                d = temp
                if c != 0 {
                    if b != 0 {
                        if fortranSign(1, b) == fortranSign(1, c) {
                            // Real eigenvalues: reduce to upper triangular form.
                            let sab = abs(b).squareRoot(), sac = abs(c).squareRoot()
                            p = fortranSign(sab * sac, c)
                            tau = 1 / abs(b + c).squareRoot()
                            a = temp + p
                            d = temp - p
                            b -= c
                            c = 0
                            let cs1 = sab * tau, sn1 = sac * tau
                            let t = cs * cs1 - sn * sn1
                            sn = cs * sn1 + sn * cs1
                            cs = t
                        }
                    } else {
                        b = -c
                        c = 0
                        let t = cs
                        cs = -sn
                        sn = t
                    }
                }
            }
        }
        m = (a, b, c, d)
        let rt1r = a, rt2r = d
        var rt1i = 0.0, rt2i = 0.0
        if c != 0 {
            rt1i = abs(b).squareRoot() * abs(c).squareRoot()
            rt2i = -rt1i
        }
        return (rt1r, rt1i, rt2r, rt2i, cs, sn)
    }

    // MARK: dtrevc3 and dgebak

    /// `dtrevc3('R', 'B')` for an upper triangular T (all eigenvalues real): for each
    /// k from the last, the solution x of (T − t_kk) x = 0 with x_k = 1 by back
    /// substitution (`dlaln2` guarding against overflow), transformed back as Z·x and
    /// scaled so its largest entry has magnitude 1.
    static func triangularEigenvectors(_ t: FortranMatrix, schurVectors z: FortranMatrix) -> FortranMatrix {
        let n = t.rows
        var result = FortranMatrix(rows: n, columns: n)
        guard n > 0 else { return result }
        let ulp = Machine.precision
        let smlnum = Machine.safeMinimum * (Double(n) / ulp)
        let bignum = (1 - ulp) / smlnum
        // dlaln2's own limits.
        let solveSmall = 2 * Machine.safeMinimum, solveBig = 1 / solveSmall
        var columnNorm = [Double](repeating: 0, count: n + 1)
        for j in 1...n where j >= 2 { for i in 1..<j { columnNorm[j] += abs(t[i, j]) } }
        for ki in stride(from: n, through: 1, by: -1) {
            let wr = t[ki, ki]
            let smin = max(ulp * abs(wr), smlnum)
            var x = [Double](repeating: 0, count: n + 1)
            x[ki] = 1
            for k in 1..<ki { x[k] = -t[k, ki] }
            for j in stride(from: ki - 1, through: 1, by: -1) {
                // dlaln2 for a 1×1 system (t_jj − wr) y = x_j.
                var csr = t[j, j] - wr
                if abs(csr) < max(smin, solveSmall) { csr = max(smin, solveSmall) }
                var scale = 1.0
                let bnorm = abs(x[j])
                if abs(csr) < 1 && bnorm > 1 && bnorm > solveBig * abs(csr) { scale = 1 / bnorm }
                var y = (x[j] * scale) / csr
                let ynorm = abs(y)
                if ynorm > 1 && columnNorm[j] > bignum / ynorm {
                    y /= ynorm
                    scale /= ynorm
                }
                if scale != 1 { for k in 1...ki { x[k] *= scale } }
                x[j] = y
                for k in 1..<j { x[k] += -y * t[k, j] }
            }
            // The back-transformation Z·x (a matrix product in LAPACK's blocked form).
            for i in 1...n {
                var sum = 0.0
                for k in 1...ki { sum += z[i, k] * x[k] }
                result[i, ki] = sum
            }
            let ii = blasLargestIndex(n) { result[$0 + 1, ki] }
            let remax = 1 / abs(result[ii, ki])
            for i in 1...n { result[i, ki] *= remax }
        }
        return result
    }

    /// `dgebak('B', 'R')`: rows scaled back by the balancing factors, then the
    /// permutation undone.
    static func undoBalancing(_ v: inout FortranMatrix, _ balance: Balance) {
        let n = v.rows
        guard n > 0 else { return }
        let (ilo, ihi) = (balance.low, balance.high)
        if ilo < ihi {
            for i in ilo...ihi { for j in 1...v.columns { v[i, j] *= balance.scale[i] } }
        }
        for ii in 1...n {
            var i = ii
            if i >= ilo && i <= ihi { continue }
            if i < ilo { i = ilo - ii }
            let k = Int(balance.scale[i])
            if k == i { continue }
            for j in 1...v.columns { let s = v[i, j]; v[i, j] = v[k, j]; v[k, j] = s }
        }
    }
}
