/// The real Schur form by the Francis double-shift QR algorithm.
///
/// Starting from a Hessenberg matrix `H`, repeated implicit double-shift QR steps
/// drive subdiagonal entries to zero; when one becomes negligible the problem splits
/// ("deflation") and the bottom 1×1 or 2×2 block yields one real eigenvalue or a
/// complex-conjugate pair. The double shift keeps the arithmetic real even when the
/// shifts are a complex pair. The result is `H = Z T Z'` with `T` quasi-triangular.
///
/// The steps follow the classic EISPACK `hqr`/`hqr2` formulation, which also uses
/// "exceptional" shifts after 10 and 30 fruitless iterations to break cycles.
struct RealSchur {
    /// Real parts of the eigenvalues, in the order they appear on T's diagonal.
    var real: [Double]
    /// Imaginary parts; a pair occupies two adjacent places, positive part first.
    var imaginary: [Double]
    /// The quasi-triangular `T` (complete only when transformations were accumulated;
    /// otherwise only the parts the eigenvalues needed were updated).
    var t: Matrix
    /// The accumulated orthogonal transformations, when they were asked for.
    var z: Matrix?
    /// Sum of |h_ij| over the Hessenberg part: the scale against which entries count
    /// as negligible, here and in the eigenvector solve.
    var norm: Double

    /// Runs the iteration.
    /// - Parameters:
    ///   - hessenberg: an upper Hessenberg matrix.
    ///   - accumulating: when given, the transformations are applied to it (pass the
    ///     Hessenberg reduction's Q to get Schur vectors of the original matrix); the
    ///     whole of T is then kept up to date as well, which eigenvectors need.
    ///   - iterationLimit: the budget of QR steps for the whole matrix; by default 30
    ///     per row (at least 300), far more than the two or three per eigenvalue that
    ///     are typical. Tests pass a tiny budget to see the failure path.
    ///   - low, high: the active block left by balancing; entries outside it are
    ///     already isolated eigenvalues on the diagonal.
    /// - Throws: `LinearAlgebraError.noConvergence` when the iteration budget runs out.
    init(
        hessenberg: Matrix, low: Int = 0, high: Int? = nil, accumulating: Matrix? = nil, iterationLimit: Int? = nil
    ) throws {
        let n = hessenberg.rows
        let high = high ?? n - 1
        var h = hessenberg
        var z = accumulating ?? Matrix(rows: 0, columns: 0)
        let full = accumulating != nil
        var wr = [Double](repeating: 0, count: n)
        var wi = [Double](repeating: 0, count: n)
        for i in 0..<n where i < low || i > high { wr[i] = hessenberg[i, i] }
        var norm = 0.0
        for i in 0..<n { for j in max(i - 1, 0)..<n { norm += abs(h[i, j]) } }
        let limit = iterationLimit ?? max(30 * n, 300)
        var failed = false
        if norm > 0 {
            h.data.withUnsafeMutableBufferPointer { hp in
                z.data.withUnsafeMutableBufferPointer { zp in
                    // An empty array may still hand out a base address; pass none then.
                    failed = !francisIterations(
                        hp.baseAddress!, full ? zp.baseAddress : nil, n: n, low: low, high: high, full: full,
                        norm: norm, limit: limit, wr: &wr, wi: &wi)
                }
            }
        }
        if failed { throw LinearAlgebraError.noConvergence(operation: "eigvals (QR algorithm)", iterations: limit) }
        guard wr.allSatisfy(\.isFinite), wi.allSatisfy(\.isFinite) else {
            throw LinearAlgebraError.nonFinite(operation: "eigvals (QR algorithm overflowed)")
        }
        real = wr
        imaginary = wi
        t = h
        self.z = full ? z : nil
        self.norm = norm
    }
}

/// The iteration proper, on raw column-major storage for speed (the inner loops run
/// O(n³) times in all). Returns false when `limit` iterations did not suffice.
///
/// `h[i, j]` is `h[i + j*n]`. Without `full`, only the active diagonal block is
/// updated, which is all the eigenvalues need.
private func francisIterations(
    _ h: UnsafeMutablePointer<Double>, _ z: UnsafeMutablePointer<Double>?, n nn: Int, low: Int, high: Int,
    full: Bool, norm: Double, limit: Int, wr: inout [Double], wi: inout [Double]
) -> Bool {
    @inline(__always) func at(_ i: Int, _ j: Int) -> Int { i &+ j &* nn }
    let eps = Double.ulpOfOne
    // Rows outside low...high hold isolated eigenvalues, already read off the diagonal.
    var n = high
    var shiftSum = 0.0
    var iterations = 0
    var total = 0
    var p = 0.0, q = 0.0, r = 0.0, s = 0.0, x = 0.0, y = 0.0, w = 0.0, zz = 0.0

    while n >= low {
        // Scan up from row n for a negligible subdiagonal entry h[l, l-1]; the
        // unreduced block still to work on is then l...n.
        var l = n
        while l > low {
            s = abs(h[at(l - 1, l - 1)]) + abs(h[at(l, l)])
            if s == 0 { s = norm }
            if abs(h[at(l, l - 1)]) <= eps * s { break }
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

            // Look for two consecutive small subdiagonal entries, so the step can start
            // at row m rather than l: the bulge then starts where it matters.
            var m = n - 2
            while m >= l {
                zz = h[at(m, m)]
                r = x - zz
                s = y - zz
                p = (r * s - w) / h[at(m + 1, m)] + h[at(m, m + 1)]
                q = h[at(m + 1, m + 1)] - zz - r - s
                r = h[at(m + 2, m + 1)]
                s = abs(p) + abs(q) + abs(r)
                p /= s
                q /= s
                r /= s
                if m == l { break }
                let left = abs(h[at(m, m - 1)]) * (abs(q) + abs(r))
                let right = eps * (abs(p) * (abs(h[at(m - 1, m - 1)]) + abs(zz) + abs(h[at(m + 1, m + 1)])))
                if left < right { break }
                m -= 1
            }
            if m + 2 <= n {
                for i in (m + 2)...n {
                    h[at(i, i - 2)] = 0
                    if i > m + 2 { h[at(i, i - 3)] = 0 }
                }
            }

            // Chase the bulge down with 3×3 (last: 2×2) Householder reflections.
            let rowEnd = full ? nn : n + 1
            let columnStart = full ? 0 : l
            var k = m
            while k <= n - 1 {
                let notLast = k != n - 1
                if k != m {
                    p = h[at(k, k - 1)]
                    q = h[at(k + 1, k - 1)]
                    r = notLast ? h[at(k + 2, k - 1)] : 0
                    x = abs(p) + abs(q) + abs(r)
                    if x == 0 { k += 1; continue }
                    p /= x
                    q /= x
                    r /= x
                }
                s = (p * p + q * q + r * r).squareRoot()
                if p < 0 { s = -s }
                if s != 0 {
                    if k != m {
                        h[at(k, k - 1)] = -s * x
                    } else if l != m {
                        h[at(k, k - 1)] = -h[at(k, k - 1)]
                    }
                    p += s
                    x = p / s
                    y = q / s
                    zz = r / s
                    q /= p
                    r /= p
                    // Rows k, k+1, k+2.
                    var j = k
                    while j < rowEnd {
                        let a0 = at(k, j)
                        p = h[a0] + q * h[a0 + 1]
                        if notLast {
                            p += r * h[a0 + 2]
                            h[a0 + 2] -= p * zz
                        }
                        h[a0] -= p * x
                        h[a0 + 1] -= p * y
                        j += 1
                    }
                    // Columns k, k+1, k+2 of H (the active rows) and of Z (all rows).
                    let reflector = (x: x, y: y, z: zz, q: q, r: r)
                    reflectColumns(h + at(0, k), rows: columnStart...min(n, k + 3), stride: nn, notLast, reflector)
                    if let z { reflectColumns(z + at(0, k), rows: 0...(nn - 1), stride: nn, notLast, reflector) }
                }
                k += 1
            }
        }
    }
    return true
}

/// Applies one bulge-chasing reflection from the right to columns (0, 1, 2) of the
/// block starting at `base` (column stride `stride`), on the given rows; with
/// `notLast` false the reflection is 2×2 and the third column is not touched.
@inline(__always)
private func reflectColumns(
    _ base: UnsafeMutablePointer<Double>, rows: ClosedRange<Int>, stride: Int, _ notLast: Bool,
    _ v: (x: Double, y: Double, z: Double, q: Double, r: Double)
) {
    let c0 = base, c1 = base + stride
    for i in rows {
        var p = v.x * c0[i] + v.y * c1[i]
        if notLast {
            let c2 = c1 + stride
            p += v.z * c2[i]
            c2[i] -= p * v.r
        }
        c0[i] -= p
        c1[i] -= p * v.q
    }
}
