// The kernels' public API: BLAS-like routines on column-major Float64 storage behind raw
// pointers, each handed to the build of the active path.
//
// Arguments are the caller's to get right, as with BLAS: every pointer must cover the
// elements its sizes and leading dimension reach (leading dimensions at least the stored
// row count, and at least 1). Sizes of zero or less do nothing.

import Dispatch

/// C ← alpha·op(A)·op(B) + beta·C, where op(A) is m×k, op(B) is k×n and C is m×n.
///
/// A is stored m×k, or k×m when `transA` (then op(A) = Aᵀ), with leading dimension `lda`;
/// B likewise with `transB` and `ldb`. With beta zero, C is only written (NaN there does
/// not survive). Products of more than about 96³ multiply-adds are split across up to
/// `threadLimit` threads by columns (or rows) of C; each element is computed the same way
/// either way, so the result does not depend on the thread count.
public func gemm(
    transA: Bool, transB: Bool, m: Int, n: Int, k: Int, alpha: Double,
    a: UnsafePointer<Double>, lda: Int, b: UnsafePointer<Double>, ldb: Int,
    beta: Double, c: UnsafeMutablePointer<Double>, ldc: Int
) {
    if m <= 0 || n <= 0 { return }
    if thinProduct(
        transA: transA, transB: transB, m: m, n: n, k: k, alpha: alpha,
        a: a, lda: lda, b: b, ldb: ldb, beta: beta, c: c, ldc: ldc) { return }
    let threads = threadCount(m: m, n: n, k: k)
    if threads <= 1 {
        serialGemm(
            transA: transA, transB: transB, m: m, n: n, k: k, alpha: alpha,
            a: a, lda: lda, b: b, ldb: ldb, beta: beta, c: c, ldc: ldc)
        return
    }
    // Split the longer side of C into equal parts, on whole micro-tiles (a multiple of
    // 16 rows or 6 columns) so no part computes padding it would throw away.
    let splitColumns = n >= m
    let length = splitColumns ? n : m
    let unit = splitColumns ? 6 : 16
    let units = (length + unit - 1) / unit
    let parts = min(threads, units)
    let step = (units + parts - 1) / parts * unit
    let table = active
    let operands = SharedOperands(a: a, b: b, c: c)
    DispatchQueue.concurrentPerform(iterations: parts) { part in
        let start = part * step
        let count = min(step, length - start)
        if count <= 0 { return }
        if splitColumns {
            serialGemm(
                table, transA: transA, transB: transB, m: m, n: count, k: k, alpha: alpha,
                a: operands.a, lda: lda, b: operands.b + (transB ? start : start * ldb), ldb: ldb,
                beta: beta, c: operands.c + start * ldc, ldc: ldc)
        } else {
            serialGemm(
                table, transA: transA, transB: transB, m: count, n: n, k: k, alpha: alpha,
                a: operands.a + (transA ? start * lda : start), lda: lda, b: operands.b, ldb: ldb,
                beta: beta, c: operands.c + start, ldc: ldc)
        }
    }
}

/// A product with one column, one row or a depth of one is a matrix-vector product or an
/// outer product: done by `gemv` or `ger`, which read the matrix in place where gemm
/// would pack it into panels first (a batch-1 recurrent step's products are all this
/// thin). Returns false, doing nothing, when the vectors involved are not contiguous.
private func thinProduct(
    transA: Bool, transB: Bool, m: Int, n: Int, k: Int, alpha: Double,
    a: UnsafePointer<Double>, lda: Int, b: UnsafePointer<Double>, ldb: Int,
    beta: Double, c: UnsafeMutablePointer<Double>, ldc: Int
) -> Bool {
    guard k > 0 else { return false }
    if n == 1 && (!transB || ldb == 1) {
        // c = op(A)·b: A is m×k (or k×m when transposed) and b, c are columns.
        active.gemv(transA, transA ? k : m, transA ? m : k, alpha, a, lda, b, beta, c)
        return true
    }
    if m == 1 && ldc == 1 && (transA || lda == 1) {
        // cᵀ = op(B)ᵀ·aᵀ: a's k elements are contiguous, and so are c's n.
        active.gemv(!transB, transB ? n : k, transB ? k : n, alpha, b, ldb, a, beta, c)
        return true
    }
    if k == 1 && (!transA || lda == 1) && (transB || ldb == 1) {
        // C = beta·C + alpha·a·bᵀ, a rank-1 update of the scaled C.
        if beta == 0 {
            // C is only written (BLAS's rule for beta zero): column j is (alpha·b[j])·a,
            // the product the update would add to zeros, without zeroing C first.
            for j in 0..<n {
                active.elementwiseWithScalar(.multiply, m, a, alpha * b[j], c + j * ldc)
            }
            return true
        }
        if beta != 1 {
            for j in 0..<n {
                let column = c + j * ldc
                active.elementwiseWithScalar(.multiply, m, column, beta, column)
            }
        }
        active.ger(m, n, alpha, a, b, c, ldc)
        return true
    }
    return false
}

/// The operands of one product, handed to the threads that share it. Safe to share
/// because A and B are only read and each thread writes its own disjoint block of C,
/// and `concurrentPerform` returns only when every thread is done.
private struct SharedOperands: @unchecked Sendable {
    let a: UnsafePointer<Double>
    let b: UnsafePointer<Double>
    let c: UnsafeMutablePointer<Double>
}

/// y ← alpha·op(A)·x + beta·y, where A is m×n with leading dimension `lda` and op(A) is
/// A, or Aᵀ when `trans`. x and y are contiguous: x has n elements and y m (A), or x has
/// m and y n (Aᵀ). With beta zero, y is only written. Never packs, allocates or spawns.
public func gemv(
    trans: Bool, m: Int, n: Int, alpha: Double,
    a: UnsafePointer<Double>, lda: Int, x: UnsafePointer<Double>,
    beta: Double, y: UnsafeMutablePointer<Double>
) {
    active.gemv(trans, m, n, alpha, a, lda, x, beta, y)
}

/// y ← alpha·Aᵀ·x + beta·y: `gemv` with `trans: true`, named for the backward passes
/// that call it in loops.
public func gemvT(
    m: Int, n: Int, alpha: Double,
    a: UnsafePointer<Double>, lda: Int, x: UnsafePointer<Double>,
    beta: Double, y: UnsafeMutablePointer<Double>
) {
    gemv(trans: true, m: m, n: n, alpha: alpha, a: a, lda: lda, x: x, beta: beta, y: y)
}

/// A ← alpha·x·yᵀ + A (rank-1 update), where A is m×n with leading dimension `lda`, x has
/// m contiguous elements and y has n.
public func ger(
    m: Int, n: Int, alpha: Double,
    x: UnsafePointer<Double>, y: UnsafePointer<Double>,
    a: UnsafeMutablePointer<Double>, lda: Int
) {
    active.ger(m, n, alpha, x, y, a, lda)
}

/// Σ x[i]·y[i] over `n` contiguous elements.
public func dot(n: Int, x: UnsafePointer<Double>, y: UnsafePointer<Double>) -> Double {
    active.dot(n, x, y)
}

/// y ← alpha·x + y over `n` contiguous elements.
public func axpy(n: Int, alpha: Double, x: UnsafePointer<Double>, y: UnsafeMutablePointer<Double>) {
    active.axpy(n, alpha, x, y)
}

/// `gemm` on the calling thread only, through the given build.
func serialGemm(
    _ table: KernelTable = active,
    transA: Bool, transB: Bool, m: Int, n: Int, k: Int, alpha: Double,
    a: UnsafePointer<Double>, lda: Int, b: UnsafePointer<Double>, ldb: Int,
    beta: Double, c: UnsafeMutablePointer<Double>, ldc: Int
) {
    table.gemm(transA, transB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
}
