// Plain-loop matrix routines with BLAS's argument conventions (column-major, leading
// dimensions). A stopgap until the Kernels module's dispatched versions are wired in.

enum StopgapBLAS {
    /// y = alpha · op(A) · x + beta · y, where A is m×n and op(A) is A or Aᵀ.
    static func gemv(
        trans: Bool, m: Int, n: Int, alpha: Double, a: UnsafePointer<Double>, lda: Int,
        x: UnsafePointer<Double>, beta: Double, y: UnsafeMutablePointer<Double>
    ) {
        if trans {
            for j in 0..<n {
                let column = a + j * lda
                var s = 0.0
                for i in 0..<m { s += column[i] * x[i] }
                y[j] = alpha * s + (beta == 0 ? 0 : beta * y[j])
            }
        } else {
            if beta == 0 { y.update(repeating: 0, count: m) } else if beta != 1 { for i in 0..<m { y[i] *= beta } }
            for j in 0..<n {
                let column = a + j * lda
                let s = alpha * x[j]
                for i in 0..<m { y[i] += column[i] * s }
            }
        }
    }

    /// C = alpha · op(A) · op(B) + beta · C with op(A) m×k and op(B) k×n.
    static func gemm(
        transA: Bool, transB: Bool, m: Int, n: Int, k: Int, alpha: Double,
        a: UnsafePointer<Double>, lda: Int, b: UnsafePointer<Double>, ldb: Int,
        beta: Double, c: UnsafeMutablePointer<Double>, ldc: Int
    ) {
        for j in 0..<n {
            let cj = c + j * ldc
            if beta == 0 { cj.update(repeating: 0, count: m) } else if beta != 1 { for i in 0..<m { cj[i] *= beta } }
            for p in 0..<k {
                let bpj = alpha * (transB ? b[j + p * ldb] : b[p + j * ldb])
                if transA {
                    for i in 0..<m { cj[i] += a[p + i * lda] * bpj }
                } else {
                    let ap = a + p * lda
                    for i in 0..<m { cj[i] += ap[i] * bpj }
                }
            }
        }
    }
}
