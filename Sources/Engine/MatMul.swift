// Matrix product, Julia's `A * B`, on column-major storage in pure Swift.

extension Tensor {
    /// The matrix product. A vector on the right is read as a column (the result is a
    /// vector); a vector on the left is read as an n×1 matrix, as in Julia.
    public func matmul(_ other: Tensor) throws -> Tensor {
        guard rank <= 2, other.rank <= 2 else {
            throw EngineError.shapeMismatch(operation: "matrix multiply (*)", left: shape, right: other.shape)
        }
        let (m, k) = matrixDimensions
        let (k2, n) = other.matrixDimensions
        guard k == k2 else {
            throw EngineError.shapeMismatch(operation: "matrix multiply (*)", left: shape, right: other.shape)
        }
        var out = [Double](repeating: 0, count: m * n)
        scalars.withUnsafeBufferPointer { a in
            other.scalars.withUnsafeBufferPointer { b in
                out.withUnsafeMutableBufferPointer { c in
                    matmulKernel(a.baseAddress!, b.baseAddress!, c.baseAddress!, m: m, k: k, n: n)
                }
            }
        }
        let outShape = other.rank == 1 ? [m] : [m, n]
        return Tensor(unchecked: outShape, out)
    }

    /// Dot product of two tensors with the same number of elements.
    public func dot(_ other: Tensor) throws -> Double {
        guard count == other.count else {
            throw EngineError.shapeMismatch(operation: "dot", left: shape, right: other.shape)
        }
        var s = 0.0
        for i in 0..<count { s += scalars[i] * other.scalars[i] }
        return s
    }
}

/// C (m×n) += A (m×k) · B (k×n), all column-major and contiguous.
///
/// Four columns of C are updated per pass over A, so each column of A is loaded once
/// for four multiply-adds; the inner loop runs down a column (contiguous) in SIMD
/// chunks. Index arithmetic wraps (`&+`, `&*`) because the bounds are checked by the
/// caller and overflow checks in the inner loop cost more than the arithmetic.
@usableFromInline
func matmulKernel(
    _ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, _ c: UnsafeMutablePointer<Double>,
    m: Int, k: Int, n: Int
) {
    if m == 0 || n == 0 || k == 0 { return }
    let lanes = 4
    let mVec = m - m % lanes
    var j = 0
    while j &+ 4 <= n {
        let c0 = c + j &* m, c1 = c0 + m, c2 = c1 + m, c3 = c2 + m
        for p in 0..<k {
            let ap = a + p &* m
            let b0 = b[p &+ j &* k], b1 = b[p &+ (j &+ 1) &* k]
            let b2 = b[p &+ (j &+ 2) &* k], b3 = b[p &+ (j &+ 3) &* k]
            let v0 = SIMD4<Double>(repeating: b0), v1 = SIMD4<Double>(repeating: b1)
            let v2 = SIMD4<Double>(repeating: b2), v3 = SIMD4<Double>(repeating: b3)
            var i = 0
            while i < mVec {
                let av = UnsafeRawPointer(ap + i).loadUnaligned(as: SIMD4<Double>.self)
                let r0 = UnsafeMutableRawPointer(c0 + i), r1 = UnsafeMutableRawPointer(c1 + i)
                let r2 = UnsafeMutableRawPointer(c2 + i), r3 = UnsafeMutableRawPointer(c3 + i)
                r0.storeBytes(of: r0.loadUnaligned(as: SIMD4<Double>.self) + av * v0, as: SIMD4<Double>.self)
                r1.storeBytes(of: r1.loadUnaligned(as: SIMD4<Double>.self) + av * v1, as: SIMD4<Double>.self)
                r2.storeBytes(of: r2.loadUnaligned(as: SIMD4<Double>.self) + av * v2, as: SIMD4<Double>.self)
                r3.storeBytes(of: r3.loadUnaligned(as: SIMD4<Double>.self) + av * v3, as: SIMD4<Double>.self)
                i &+= lanes
            }
            while i < m {
                let x = ap[i]
                c0[i] += x * b0; c1[i] += x * b1; c2[i] += x * b2; c3[i] += x * b3
                i &+= 1
            }
        }
        j &+= 4
    }
    while j < n {
        let cj = c + j &* m
        for p in 0..<k {
            let ap = a + p &* m
            let bv = b[p &+ j &* k]
            for i in 0..<m { cj[i] += ap[i] * bv }
        }
        j &+= 1
    }
}

extension Tensor {
    /// Julia's `*` between arrays is the matrix product; elementwise is `.*`.
    public static func * (a: Tensor, b: Tensor) throws -> Tensor { try a.matmul(b) }
}
