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
                    if other.rank == 2, juliaSmallProduct(
                        transA: false, transB: false, m: m, n: n, k: k, a: a.baseAddress!, lda: m, b: b.baseAddress!, ldb: k,
                        beta: 0, c: c, ldc: m) { return }
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

/// Julia's product of two 2×2 or two 3×3 Float64 matrices (`matmul2x2!`, `matmul3x3!` in
/// LinearAlgebra/src/matmul.jl, which `gemm_wrapper!` and `syrk_wrapper!` call before
/// BLAS for these sizes, transposed operands included): each element is its products
/// added left to right, `A11*B11 + A12*B21 (+ A13*B31)`, each rounded on its own, where
/// the kernels' fused multiply-adds would round once. With `beta` 1 the product is added
/// to what `c` holds, as AutoGrad adds a gradient to the one already there. Any other
/// shape is left to the caller (false).
func juliaSmallProduct(
    transA: Bool, transB: Bool, m: Int, n: Int, k: Int,
    a: UnsafePointer<Double>, lda: Int, b: UnsafePointer<Double>, ldb: Int,
    beta: Double, c: UnsafeMutablePointer<Double>, ldc: Int
) -> Bool {
    guard m == n, n == k, n == 2 || n == 3, beta == 0 || beta == 1 else { return false }
    @inline(__always) func A(_ i: Int, _ l: Int) -> Double { transA ? a[l + i * lda] : a[i + l * lda] }
    @inline(__always) func B(_ l: Int, _ j: Int) -> Double { transB ? b[j + l * ldb] : b[l + j * ldb] }
    for j in 0..<n {
        for i in 0..<n {
            var element = A(i, 0) * B(0, j) + A(i, 1) * B(1, j)
            if n == 3 { element = element + A(i, 2) * B(2, j) }
            c[i + j * ldc] = beta == 0 ? element : c[i + j * ldc] + element
        }
    }
    return true
}
