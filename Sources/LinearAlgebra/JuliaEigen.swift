import ComplexModule
import RealModule
import Engine

/// `eigen(A)` of a real matrix as Julia 1.10 computes it (stdlib/LinearAlgebra/src/eigen.jl):
/// a diagonal matrix is read off (`eigen(::Diagonal)`: values sorted, vectors the columns
/// of the identity in that order); a symmetric one goes to LAPACK's `dsyevr`; any other
/// to `dgeevx` (LAPACKGeneralEigen.swift). The eigenvalues are then sorted by
/// `(real(λ), imag(λ))`, stably (`sorteig!`).
///
/// Eigenvectors are only determined up to sign (or a complex phase), and Julia prints the
/// ones LAPACK happens to return. The notebook gives them only where it follows LAPACK's
/// algorithm step for step; elsewhere `vectors` says why not, and the values alone (which
/// do not depend on that choice) are still given.
public struct JuliaEigen: Sendable {
    /// The eigenvalues in Julia's order.
    public let values: [Complex<Double>]
    /// Column k is a unit eigenvector of `values[k]`, or the reason it is not given.
    public let vectors: Result<Tensor, EigenvectorsNotReproduced>

    public init(values: [Complex<Double>], vectors: Result<Tensor, EigenvectorsNotReproduced>) {
        self.values = values
        self.vectors = vectors
    }
}

/// The cases where Julia's eigenvectors come from a LAPACK path the notebook does not
/// reproduce, so their signs could differ from Julia's.
public enum EigenvectorsNotReproduced: Error, Sendable, Equatable {
    /// Complex eigenvalues: Julia returns a Matrix{ComplexF64}, which the notebook lacks.
    case complexEigenvalues
    /// A symmetric matrix of 3 rows or more: `dsyevr`'s MRRR vectors (`dstemr`).
    case symmetric(rows: Int)
    /// A nonsymmetric matrix of 75 rows or more: `dhseqr`'s multishift `dlaqr0`.
    case large(rows: Int)
    /// Entries beyond about 1e±146, which LAPACK rescales first.
    case extremeScale
    /// LAPACK's `dlahqr` would not converge (then `dhseqr` goes on with `dlaqr0`).
    case noConvergence
}

public func juliaEigen(_ a: Tensor) throws -> JuliaEigen {
    let m = try Matrix(square: a, operation: "eigen")
    let n = m.rows
    if isDiagonal(m) {
        let d = (0..<n).map { m[$0, $0] }
        let order = stableOrder(d.map { Complex($0, 0) })
        var v = Matrix(rows: n, columns: n)
        for (column, row) in order.enumerated() { v[row, column] = 1 }
        return JuliaEigen(values: order.map { Complex(d[$0], 0) }, vectors: .success(try v.tensor()))
    }
    if isSymmetric(m) {
        if n == 2, let (values, vectors) = symmetric2x2(m) {
            return try sorted(values.map { Complex($0, 0) }, vectors)
        }
        let values = try symmetricEigen(a).values.map { Complex($0, 0) }
        let reason: EigenvectorsNotReproduced = n == 2 ? .extremeScale : .symmetric(rows: n)
        return JuliaEigen(values: values.sorted(by: juliaIsLess), vectors: .failure(reason))
    }
    let general: LAPACKGeneralEigen
    do {
        general = try LAPACKGeneralEigen(m)
    } catch {
        let reason: EigenvectorsNotReproduced
        switch error {
        case .tooLarge: reason = .large(rows: n)
        case .rescaled: reason = .extremeScale
        case .noConvergence: reason = .noConvergence
        }
        return JuliaEigen(values: try eigvals(a).sorted(by: juliaIsLess), vectors: .failure(reason))
    }
    let values = (0..<n).map { Complex(general.real[$0], general.imaginary[$0]) }
    guard let v = general.vectors else {
        return JuliaEigen(values: values.sorted(by: juliaIsLess), vectors: .failure(.complexEigenvalues))
    }
    return try sorted(values, v.matrix)
}

/// `eigvals(A)` as Julia computes it for a nonsymmetric matrix below 75 rows: the
/// eigenvalues of the same LAPACK path as `eigen` (without the vectors, which do not
/// change them), sorted. Other matrices go to the notebook's own solver (`eigvals`),
/// whose last bits may differ from Julia's.
public func juliaEigvals(_ a: Tensor) throws -> [Complex<Double>] {
    let m = try Matrix(square: a, operation: "eigvals")
    if !isSymmetric(m), let general = try? LAPACKGeneralEigen(m, wantVectors: false) {
        return (0..<m.rows).map { Complex(general.real[$0], general.imaginary[$0]) }.sorted(by: juliaIsLess)
    }
    if m.rows == 2, isSymmetric(m), let values = symmetric2x2Values(m) {
        return values.map { Complex($0, 0) }.sorted(by: juliaIsLess)
    }
    return try eigvals(a)
}

/// `eigvals` of a symmetric 2×2: `dsyevr` without vectors calls `dsterf`, which splits
/// off an off-diagonal entry below ε·√|d₁|·√|d₂| (the values are then the diagonal) and
/// otherwise takes them from `dlae2` with b = √(b²), which is |b| exactly in IEEE
/// arithmetic: the same values as `dlaev2` gives `eigen`. Nil outside dsyevr's
/// unscaled range.
private func symmetric2x2Values(_ m: Matrix) -> [Double]? {
    let (d1, e, d2) = (m[0, 0], m[0, 1], m[1, 1])
    if abs(e) <= abs(d1).squareRoot() * abs(d2).squareRoot() * Machine.epsilon {
        let largest = max(abs(d1), abs(e), abs(d2))
        let rmin = (Machine.safeMinimum / Machine.precision).squareRoot()
        guard largest == 0 || largest >= rmin, largest <= 1 / rmin else { return nil }
        return [d1, d2]
    }
    return symmetric2x2(m)?.values
}

/// `sorteig!`: when the values are out of order, a stable sort of them (Julia's
/// `sortperm` breaks ties by position) that takes the vectors' columns along.
private func sorted(_ values: [Complex<Double>], _ vectors: Matrix) throws -> JuliaEigen {
    let order = stableOrder(values)
    var v = Matrix(rows: vectors.rows, columns: vectors.columns)
    for (column, source) in order.enumerated() {
        for i in 0..<v.rows { v[i, column] = vectors[i, source] }
    }
    return JuliaEigen(values: order.map { values[$0] }, vectors: .success(try v.tensor()))
}

private func stableOrder(_ values: [Complex<Double>]) -> [Int] {
    values.indices.sorted { juliaIsLess(values[$0], values[$1]) || (!juliaIsLess(values[$1], values[$0]) && $0 < $1) }
}

/// `isless` on `(real(λ), imag(λ))`: −0.0 comes before 0.0, as in Julia's sort.
func juliaIsLess(_ a: Complex<Double>, _ b: Complex<Double>) -> Bool {
    func less(_ x: Double, _ y: Double) -> Bool { x < y || (x == y && x.sign == .minus && y.sign == .plus) }
    if less(a.real, b.real) { return true }
    if less(b.real, a.real) { return false }
    return less(a.imaginary, b.imaginary)
}

/// Julia's `isdiag`: every entry off the diagonal is zero.
private func isDiagonal(_ m: Matrix) -> Bool {
    for j in 0..<m.columns { for i in 0..<m.rows where i != j && m[i, j] != 0 { return false } }
    return true
}

/// Julia's `issymmetric`/`ishermitian` for a real matrix: exactly equal to its transpose.
private func isSymmetric(_ m: Matrix) -> Bool {
    for j in 0..<m.columns { for i in 0..<j where m[i, j] != m[j, i] { return false } }
    return true
}

/// `dsyevr` on a 2×2 symmetric matrix: the tridiagonal reduction is the identity (a
/// reflector of length 1), and `dstemr`'s special case for two rows takes the
/// eigenvalues and the rotation from `dlaev2`, then orders them ascending. Nil when
/// `dsyevr` would first rescale the matrix (entries beyond about 1e±77 or below 1e−146).
func symmetric2x2(_ m: Matrix) -> (values: [Double], vectors: Matrix)? {
    let largest = max(abs(m[0, 0]), abs(m[0, 1]), abs(m[1, 1]))
    let rmin = (Machine.safeMinimum / Machine.precision).squareRoot()
    let rmax = min((1 / (Machine.safeMinimum / Machine.precision)).squareRoot(), 1 / Machine.safeMinimum.squareRoot().squareRoot())
    guard largest == 0 || (largest >= rmin && largest <= rmax) else { return nil }
    let (rt1, rt2, cs, sn) = symmetricEigen2x2(m[0, 0], m[0, 1], m[1, 1])
    var w = [rt2, rt1]
    var z = Matrix(rows: 2, columns: 2, data: [-sn, cs, cs, sn])
    if w[1] < w[0] {
        w.swapAt(0, 1)
        z.data.swapAt(0, 2)
        z.data.swapAt(1, 3)
    }
    return (w, z)
}

/// `dlaev2`: the eigen-decomposition of [a b; b c]. rt1 is the eigenvalue of larger
/// magnitude, rt2 the other, and (cs, sn) the unit eigenvector of rt1.
func symmetricEigen2x2(_ a: Double, _ b: Double, _ c: Double) -> (rt1: Double, rt2: Double, cs: Double, sn: Double) {
    let sm = a + c, df = a - c, adf = abs(df)
    let tb = b + b, ab = abs(tb)
    let (acmx, acmn) = abs(a) > abs(c) ? (a, c) : (c, a)
    let rt: Double
    if adf > ab {
        rt = adf * (1 + (ab / adf) * (ab / adf)).squareRoot()
    } else if adf < ab {
        rt = ab * (1 + (adf / ab) * (adf / ab)).squareRoot()
    } else {
        rt = ab * 2.0.squareRoot()
    }
    let rt1: Double, rt2: Double, sgn1: Int
    if sm < 0 {
        rt1 = 0.5 * (sm - rt)
        sgn1 = -1
        // Computed from the determinant, to keep the smaller eigenvalue accurate.
        rt2 = (acmx / rt1) * acmn - (b / rt1) * b
    } else if sm > 0 {
        rt1 = 0.5 * (sm + rt)
        sgn1 = 1
        rt2 = (acmx / rt1) * acmn - (b / rt1) * b
    } else {
        rt1 = 0.5 * rt
        rt2 = -0.5 * rt
        sgn1 = 1
    }
    let sgn2: Int
    var cs: Double
    if df >= 0 {
        cs = df + rt
        sgn2 = 1
    } else {
        cs = df - rt
        sgn2 = -1
    }
    var cs1: Double, sn1: Double
    if abs(cs) > ab {
        let ct = -tb / cs
        sn1 = 1 / (1 + ct * ct).squareRoot()
        cs1 = ct * sn1
    } else if ab == 0 {
        cs1 = 1
        sn1 = 0
    } else {
        let tn = -cs / tb
        cs1 = 1 / (1 + tn * tn).squareRoot()
        sn1 = tn * cs1
    }
    if sgn1 == sgn2 {
        let tn = cs1
        cs1 = -sn1
        sn1 = tn
    }
    cs = cs1
    return (rt1, rt2, cs, sn1)
}
