import Engine

/// `qr(A)` of a real matrix as Julia 1.10 computes it: `LAPACK.geqrt!` (stdlib/LinearAlgebra/src/qr.jl),
/// Householder reflectors made by `dlarfg`, so R's diagonal entry k is −sign(a)·‖column‖
/// for the column's leading entry a after the earlier reflections (and a itself, with no
/// reflection, when the entries below it are already zero). LAPACK builds the same
/// reflectors in blocks (`dgeqrt3`); only the rounding of its sums may differ.
public struct JuliaQR: Sendable {
    /// The full m×m orthogonal factor Q = H₁ H₂ ⋯ H_k (Julia's `QRCompactWYQ`, which
    /// keeps it as reflectors).
    public let q: Tensor
    /// The k×n upper triangular (trapezoidal) R, k = min(m, n).
    public let r: Tensor
    /// The reflectors H_j, each acting on rows j...m.
    private let reflectors: [Reflector]
    /// m, Q's size.
    private let rows: Int

    init(q: Tensor, r: Tensor, reflectors: [Reflector], rows: Int) {
        self.q = q
        self.r = r
        self.reflectors = reflectors
        self.rows = rows
    }

    /// Q·B (or Q'·B) for an m×p matrix B, by applying the reflectors to B as LAPACK's
    /// `gemqrt` does (Q·B: the last reflector first), not by a dense product.
    public func applyQ(to b: Tensor, transposed: Bool) throws -> Tensor {
        var c = FortranMatrix(try Matrix(b.rank == 1 ? try b.reshaped([b.count, 1]) : b, operation: "qr"))
        guard c.rows == rows else {
            throw LinearAlgebraError.shapeMismatch(operation: "Q * B", left: [rows, rows], right: b.shape)
        }
        guard c.columns > 0 else { return b }
        let order = transposed ? Array(reflectors.indices) : reflectors.indices.reversed()
        for index in order {
            let h = reflectors[index]
            c.reflectFromLeft(h.vector, tau: h.tau, firstRow: index + 1, columns: 1...c.columns)
        }
        return try c.matrix.tensor().reshaped(b.shape)
    }

    /// B·Q (or B·Q') for a p×m matrix B (`gemqrt` from the right: B·Q applies the
    /// first reflector first).
    public func applyQFromRight(to b: Tensor, transposed: Bool) throws -> Tensor {
        var c = FortranMatrix(try Matrix(b, operation: "qr"))
        guard c.columns == rows else {
            throw LinearAlgebraError.shapeMismatch(operation: "B * Q", left: b.shape, right: [rows, rows])
        }
        guard c.rows > 0 else { return b }
        let order = transposed ? reflectors.indices.reversed() : Array(reflectors.indices)
        for index in order {
            let h = reflectors[index]
            c.reflectFromRight(h.vector, tau: h.tau, firstColumn: index + 1, rows: 1...c.rows)
        }
        return try c.matrix.tensor()
    }
}

public func juliaQR(_ a: Tensor) throws -> JuliaQR {
    let input = try Matrix(a.rank == 1 ? try a.reshaped([a.count, 1]) : a, operation: "qr")
    let m = input.rows, n = input.columns, k = min(m, n)
    var f = FortranMatrix(input)
    var reflectors: [Reflector] = []
    for j in stride(from: 1, through: k, by: 1) {
        let x = j + 1 <= m ? ((j + 1)...m).map { f[$0, j] } : []
        let h = Reflector(alpha: f[j, j], x: x)
        if j + 1 <= n { f.reflectFromLeft(h.vector, tau: h.tau, firstRow: j, columns: (j + 1)...n) }
        f[j, j] = h.beta
        reflectors.append(h)
    }
    try Cancellation.check()
    var r = Matrix(rows: k, columns: n)
    for j in 0..<n { for i in 0..<min(j + 1, k) { r[i, j] = f[i + 1, j + 1] } }
    let partial = JuliaQR(q: Tensor(vector: []), r: try r.tensor(), reflectors: reflectors, rows: m)
    let q = try partial.applyQ(to: try Matrix.identity(m).tensor(), transposed: false)
    return JuliaQR(q: q, r: partial.r, reflectors: reflectors, rows: m)
}
