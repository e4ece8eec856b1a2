// Matrix product, Julia's `A * B`, on column-major storage, through the Kernels module's
// BLAS-like routines (pure Swift, chosen for the CPU at run time).

import Kernels

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
        let outShape = other.rank == 1 ? [m] : [m, n]
        // An empty inner dimension gives zeros; otherwise gemm with beta 0 writes every
        // element without reading it, so the result is not zeroed first.
        guard k > 0 else { return Tensor(unchecked: outShape, [Double](repeating: 0, count: m * n)) }
        return scalars.withUnsafeBufferPointer { a in
            other.scalars.withUnsafeBufferPointer { b in
                Tensor.written(shape: outShape, count: m * n) { c in
                    Kernels.gemm(
                        transA: false, transB: false, m: m, n: n, k: k, alpha: 1,
                        a: a.baseAddress!, lda: m, b: b.baseAddress!, ldb: k,
                        beta: 0, c: c, ldc: m)
                }
            }
        }
    }

    /// Dot product of two tensors with the same number of elements.
    public func dot(_ other: Tensor) throws -> Double {
        guard count == other.count else {
            throw EngineError.shapeMismatch(operation: "dot", left: shape, right: other.shape)
        }
        if count == 0 { return 0 }
        return scalars.withUnsafeBufferPointer { x in
            other.scalars.withUnsafeBufferPointer { y in
                Kernels.dot(n: count, x: x.baseAddress!, y: y.baseAddress!)
            }
        }
    }
}

extension Tensor {
    /// Julia's `*` between arrays is the matrix product; elementwise is `.*`.
    public static func * (a: Tensor, b: Tensor) throws -> Tensor { try a.matmul(b) }
}
