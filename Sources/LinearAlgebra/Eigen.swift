import ComplexModule
import RealModule
import Engine

/// Eigenvalues and eigenvectors of a real square matrix: `A V = V Λ`.
public struct EigenDecomposition: Sendable {
    /// The eigenvalues, sorted by real part and then imaginary part (as Julia sorts
    /// them), so the two members of a complex-conjugate pair sit side by side.
    public let values: [Complex<Double>]
    /// Column k is an eigenvector for `values[k]`, of unit 2-norm, scaled so that its
    /// largest entry is real and positive. A conjugate pair of eigenvalues has
    /// conjugate eigenvectors. For a defective matrix some columns are (nearly)
    /// parallel and `V` is (nearly) singular: there is no full set of eigenvectors.
    public let vectors: ComplexMatrix
}

/// The eigenvalues of a real square matrix, as complex numbers.
///
/// The matrix is balanced, reduced to Hessenberg form and iterated to real Schur
/// form by the Francis double-shift QR algorithm (from 120 rows, its multishift
/// form with aggressive early deflation, as LAPACK does). Results are sorted by
/// real part, then imaginary part; complex eigenvalues come in adjacent conjugate
/// pairs.
/// - Throws: `LinearAlgebraError` for a non-square matrix, NaN/Inf entries, or when
///   the QR iteration does not converge (it is given 30 iterations per eigenvalue).
public func eigvals(_ a: Tensor) throws -> [Complex<Double>] {
    let (schur, _, factor) = try realSchur(of: Matrix(square: a, operation: "eigvals"), withVectors: false)
    let values = (0..<schur.real.count).map { Complex(schur.real[$0], schur.imaginary[$0]).divided(by: factor) }
    return values.sorted(by: eigenvalueOrder)
}

/// Eigenvalues and eigenvectors of a real square matrix (`W = V Λ V⁻¹` when W is
/// diagonalisable). See `eigvals` for the method and the order of the values.
/// - Throws: as `eigvals` does.
public func eigen(_ a: Tensor) throws -> EigenDecomposition {
    let (schur, balancing, factor) = try realSchur(of: Matrix(square: a, operation: "eigen"), withVectors: true)
    let n = schur.real.count
    var packed = packedEigenvectors(of: schur)
    try Cancellation.check()
    guard packed.data.allSatisfy(\.isFinite) else {
        throw LinearAlgebraError.nonFinite(operation: "eigen (eigenvectors overflowed)")
    }
    // A complex pair's two columns (real and imaginary parts) must be scaled alike.
    var groups: [Range<Int>] = []
    var k = 0
    while k < n {
        let width = schur.imaginary[k] != 0 && k + 1 < n ? 2 : 1
        groups.append(k..<(k + width))
        k += width
    }
    balancing.undo(onVectors: &packed, columnGroups: groups)

    // Unpack: a real eigenvalue owns one real column; a pair (k, k+1) shares two
    // columns holding the real and imaginary parts of the first member's vector.
    var vectors = ComplexMatrix(rows: n, columns: n)
    k = 0
    while k < n {
        if schur.imaginary[k] == 0 || k + 1 >= n {
            for i in 0..<n { vectors[i, k] = Complex(packed[i, k], 0) }
            k += 1
        } else {
            for i in 0..<n {
                let v = Complex(packed[i, k], packed[i, k + 1])
                vectors[i, k] = v
                vectors[i, k + 1] = v.conjugate
            }
            k += 2
        }
    }
    var values = (0..<n).map { Complex(schur.real[$0], schur.imaginary[$0]).divided(by: factor) }
    normaliseColumns(&vectors)
    guard vectors.real.allSatisfy(\.isFinite), vectors.imaginary.allSatisfy(\.isFinite) else {
        throw LinearAlgebraError.nonFinite(operation: "eigen (eigenvectors overflowed)")
    }

    let order = (0..<n).sorted { eigenvalueOrder(values[$0], values[$1]) }
    var sorted = ComplexMatrix(rows: n, columns: n)
    for (newColumn, oldColumn) in order.enumerated() {
        for i in 0..<n { sorted[i, newColumn] = vectors[i, oldColumn] }
    }
    values = order.map { values[$0] }
    return EigenDecomposition(values: values, vectors: sorted)
}

/// The shared first half of `eigvals` and `eigen`: rescaling, balancing, Hessenberg
/// reduction and the QR iteration. The Schur form is of `factor · B`, where B is the
/// balanced matrix; eigenvalues of A are those of the Schur form divided by `factor`.
private func realSchur(of input: Matrix, withVectors: Bool) throws -> (RealSchur, Balancing, factor: Double) {
    var m = input
    // The eigenvector solve multiplies three quantities of the matrix's size, so it
    // needs a tighter range than the eigenvalues alone.
    let factor = m.scaleIntoSafeRange(limit: withVectors ? 250 : 450)
    let balancing = Balancing(balancing: &m)
    let (low, high) = (balancing.low, balancing.high)
    let reduction = HessenbergReduction(m, low: low, high: high)
    let schur = try RealSchur(
        hessenberg: reduction.hessenberg, low: low, high: high,
        accumulating: withVectors ? reduction.orthogonalFactor() : nil)
    return (schur, balancing, factor)
}

/// Julia's order for eigenvalues: by real part, then by imaginary part.
func eigenvalueOrder(_ a: Complex<Double>, _ b: Complex<Double>) -> Bool {
    a.real != b.real ? a.real < b.real : a.imaginary < b.imaginary
}

/// Scales each column to unit 2-norm with its largest-magnitude entry real and
/// positive, so that eigenvectors are reproducible and comparable (LAPACK makes the
/// same choice up to the sign).
private func normaliseColumns(_ v: inout ComplexMatrix) {
    for j in 0..<v.columns {
        var largest = 0.0, at = 0
        for i in 0..<v.rows {
            let m = v[i, j].length
            if m > largest { largest = m; at = i }
        }
        guard largest > 0 else { continue }
        // Summing (|v_i| / largest)² cannot overflow or underflow harmfully.
        var sum = 0.0
        for i in 0..<v.rows { let m = v[i, j].length / largest; sum += m * m }
        let norm = largest * sum.squareRoot()
        // Multiplying by conj(v_at)/|v_at| turns the largest entry real and positive.
        let phase = v[at, j].conjugate.divided(by: largest)
        for i in 0..<v.rows { v[i, j] = (v[i, j] * phase).divided(by: norm) }
    }
}

/// The spectral radius max |λ| over the eigenvalues of a square matrix: the factor
/// by which repeated multiplication by W eventually grows (or shrinks) a vector per
/// step.
/// - Throws: as `eigvals` does.
public func spectralRadius(_ a: Tensor) throws -> Double {
    try eigvals(a).reduce(0) { max($0, $1.length) }
}
