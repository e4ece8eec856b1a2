import Engine

/// Julia's `A \ b`: solves `A x = b` for a vector or matrix of right-hand sides b;
/// the result has one row per column of A and b's number of columns.
///
/// - Square A: LU with partial pivoting, the exact solution.
/// - Tall A (more rows than columns): the least-squares solution minimising
///   ‖A x − b‖, from the QR factorisation (x = R⁻¹ Q' b).
/// - Wide A (fewer rows): the solution of least norm, from the QR factorisation of
///   A' (A' = Q R gives x = Q R'⁻¹ b).
/// - Throws: `LinearAlgebraError.singular` for a singular square A or one without
///   full rank, `.shapeMismatch` when b's length differs from A's row count, and the
///   usual errors for NaN/Inf entries or a non-matrix A.
public func solve(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    let operation = "solve (\\)"
    let m = try Matrix(a, operation: operation)
    guard b.rank == 1 || b.rank == 2, b.shape[0] == m.rows else {
        throw LinearAlgebraError.shapeMismatch(operation: operation, left: a.shape, right: b.shape)
    }
    guard b.scalars.allSatisfy(\.isFinite) else { throw LinearAlgebraError.nonFinite(operation: operation) }
    let rhs = Matrix(rows: m.rows, columns: b.rank == 2 ? b.shape[1] : 1, data: b.scalars)
    let x: Matrix
    if m.isSquare {
        let lu = LUFactorization(m)
        try Cancellation.check()
        guard !lu.isSingular else { throw LinearAlgebraError.singular(operation: operation) }
        x = lu.solve(rhs)
    } else if m.rows > m.columns {
        let (q, r) = householderQR(m)
        try Cancellation.check()
        x = try solveUpperTriangular(r, q.transposed() * rhs, operation: operation)
    } else {
        let (q, r) = householderQR(m.transposed())
        try Cancellation.check()
        x = q * (try solveLowerTriangular(r.transposed(), rhs, operation: operation))
    }
    guard x.data.allSatisfy(\.isFinite) else { throw LinearAlgebraError.singular(operation: operation) }
    return try Tensor(shape: b.rank == 2 ? [m.columns, rhs.columns] : [m.columns], scalars: x.data)
}

/// A tolerance below which a triangular factor's diagonal entry counts as zero: the
/// rounding a QR factorisation leaves there, n·eps·max|rᵢᵢ|.
private func checkFullRank(_ r: Matrix, operation: String) throws {
    let diagonal = (0..<r.rows).map { abs(r[$0, $0]) }
    let tolerance = Double(r.rows) * Double.ulpOfOne * (diagonal.max() ?? 0)
    guard diagonal.allSatisfy({ $0 > tolerance }) else {
        throw LinearAlgebraError.singular(operation: "\(operation) (the matrix does not have full rank)")
    }
}

/// Solves R x = y for square upper-triangular R by back substitution.
private func solveUpperTriangular(_ r: Matrix, _ y: Matrix, operation: String) throws -> Matrix {
    try checkFullRank(r, operation: operation)
    var x = y
    let n = r.rows
    for c in 0..<x.columns {
        for k in stride(from: n - 1, through: 0, by: -1) {
            var sum = x[k, c]
            for j in (k + 1)..<n { sum -= r[k, j] * x[j, c] }
            x[k, c] = sum / r[k, k]
        }
    }
    return x
}

/// Solves L x = y for square lower-triangular L by forward substitution.
private func solveLowerTriangular(_ l: Matrix, _ y: Matrix, operation: String) throws -> Matrix {
    try checkFullRank(l, operation: operation)
    var x = y
    let n = l.rows
    for c in 0..<x.columns {
        for k in 0..<n {
            var sum = x[k, c]
            for j in 0..<k { sum -= l[k, j] * x[j, c] }
            x[k, c] = sum / l[k, k]
        }
    }
    return x
}
