/// The real Schur form by the Francis double-shift QR algorithm (for eigenvalues of
/// large matrices, its multishift form with aggressive early deflation).
///
/// Starting from a Hessenberg matrix `H`, repeated implicit double-shift QR steps
/// drive subdiagonal entries to zero; when one becomes negligible the problem splits
/// ("deflation") and the bottom 1×1 or 2×2 block yields one real eigenvalue or a
/// complex-conjugate pair. The double shift keeps the arithmetic real even when the
/// shifts are a complex pair. The result is `H = Z T Z'` with `T` quasi-triangular.
///
/// The steps follow the classic EISPACK `hqr`/`hqr2` formulation, which also uses
/// "exceptional" shifts after 10 and 30 fruitless iterations to break cycles. When
/// only eigenvalues are wanted of a block of `multishiftMinimumSize` rows or more,
/// `multishiftIterations` drives the steps instead, and T is then not a Schur form.
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
                    wr.withUnsafeMutableBufferPointer { wrp in
                        wi.withUnsafeMutableBufferPointer { wip in
                            if !full && high - low + 1 >= multishiftMinimumSize {
                                failed = !multishiftIterations(
                                    hp.baseAddress!, n: n, low: low, high: high, norm: norm, limit: limit,
                                    wr: wrp.baseAddress!, wi: wip.baseAddress!)
                            } else {
                                // An empty array may still hand out a base address; pass none then.
                                failed = !francisIterations(
                                    hp.baseAddress!, full ? zp.baseAddress : nil, n: n, low: low, high: high,
                                    full: full, norm: norm, limit: limit, wr: wrp.baseAddress!, wi: wip.baseAddress!)
                            }
                        }
                    }
                }
            }
        }
        try Cancellation.check()
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
