import Engine

/// `P A = L U` by Gaussian elimination with partial pivoting.
///
/// Choosing the largest entry of each column as pivot keeps the multipliers at most 1
/// in size, which is what makes elimination stable in practice.
struct LUFactorization {
    /// L strictly below the diagonal (its unit diagonal implied), U on and above it.
    private(set) var factors: Matrix
    /// At step k, row k was swapped with row `swaps[k]`.
    private(set) var swaps: [Int]
    /// Whether some pivot came out exactly zero (then A has no inverse).
    private(set) var isSingular = false

    init(_ a: Matrix) {
        factors = a
        let n = a.rows
        swaps = Array(0..<n)
        factors.data.withUnsafeMutableBufferPointer { p in
            for k in 0..<n {
                // Stopped half-way, the factors are thrown away (see `Cancellation`).
                if Cancellation.isRequested { return }
                var pivotRow = k
                var largest = abs(p[k + k * n])
                for i in (k + 1)..<max(n, k + 1) where abs(p[i + k * n]) > largest {
                    largest = abs(p[i + k * n])
                    pivotRow = i
                }
                swaps[k] = pivotRow
                if pivotRow != k {
                    for j in 0..<n { p.swapAt(k + j * n, pivotRow + j * n) }
                }
                let pivot = p[k + k * n]
                if pivot == 0 {
                    isSingular = true
                    continue
                }
                for i in (k + 1)..<max(n, k + 1) { p[i + k * n] /= pivot }
                for j in (k + 1)..<max(n, k + 1) {
                    let ukj = p[k + j * n]
                    if ukj == 0 { continue }
                    for i in (k + 1)..<n { p[i + j * n] -= p[i + k * n] * ukj }
                }
            }
        }
    }

    /// det(A): the product of U's diagonal, negated once per row swap.
    var determinant: Double {
        var d = 1.0
        for k in 0..<factors.rows {
            d *= factors[k, k]
            if swaps[k] != k { d = -d }
        }
        return d
    }

    /// Solves `A X = B` for every column of B. Call only when `isSingular` is false.
    func solve(_ b: Matrix) -> Matrix {
        var x = b
        let n = factors.rows
        for j in 0..<x.columns {
            for k in 0..<n where swaps[k] != k {
                let t = x[k, j]
                x[k, j] = x[swaps[k], j]
                x[swaps[k], j] = t
            }
            // Forward with unit-diagonal L, then back with U.
            for k in 0..<n {
                let xk = x[k, j]
                if xk == 0 { continue }
                for i in (k + 1)..<max(n, k + 1) { x[i, j] -= factors[i, k] * xk }
            }
            for k in stride(from: n - 1, through: 0, by: -1) {
                x[k, j] /= factors[k, k]
                let xk = x[k, j]
                for i in 0..<k { x[i, j] -= factors[i, k] * xk }
            }
        }
        return x
    }

    /// A⁻¹, or an error when A is singular (or so close that the inverse overflows).
    func inverse(operation: String) throws -> Matrix {
        guard !isSingular else { throw LinearAlgebraError.singular(operation: operation) }
        let x = solve(Matrix.identity(factors.rows))
        guard x.data.allSatisfy(\.isFinite) else { throw LinearAlgebraError.singular(operation: operation) }
        return x
    }
}

/// The determinant of a square matrix (0 for a singular one).
/// - Throws: `LinearAlgebraError` for a non-square matrix or NaN/Inf entries.
public func det(_ a: Tensor) throws -> Double {
    let m = try Matrix(square: a, operation: "det")
    let lu = LUFactorization(m)
    try Cancellation.check()
    return lu.determinant
}

/// The inverse of a square matrix, by LU with partial pivoting.
/// - Throws: `LinearAlgebraError.singular` when the matrix has no inverse, and the
///   usual errors for a non-square matrix or NaN/Inf entries.
public func inv(_ a: Tensor) throws -> Tensor {
    let m = try Matrix(square: a, operation: "inv")
    let lu = LUFactorization(m)
    try Cancellation.check()
    return try lu.inverse(operation: "inv").tensor()
}
