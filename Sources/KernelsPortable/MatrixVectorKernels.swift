// Level-2 kernels: matrix times vector and the rank-1 update, for batch-1 recurrent steps.
//
// These run in the cells' hot loops at sizes from 32 to 1024 rows, so they neither pack
// nor allocate; the matrix is read once, in place, with its leading dimension.

/// y ← alpha·op(A)·x + beta·y, where A is m×n column-major with leading dimension `lda`
/// and op(A) is A, or Aᵀ when `trans` is true. x and y are contiguous: x has n elements
/// and y has m (A) or x has m and y has n (Aᵀ). With beta zero, y is not read.
public func gemv(
    trans: Bool, m: Int, n: Int, alpha: Double,
    a: UnsafePointer<Double>, lda: Int, x: UnsafePointer<Double>,
    beta: Double, y: UnsafeMutablePointer<Double>
) {
    if trans {
        gemvTransposed(m: m, n: n, alpha: alpha, a: a, lda: lda, x: x, beta: beta, y: y)
    } else if m >= streamingRows {
        gemvStreaming(m: m, n: n, alpha: alpha, a: a, lda: lda, x: x, beta: beta, y: y)
    } else {
        gemvPlain(m: m, n: n, alpha: alpha, a: a, lda: lda, x: x, beta: beta, y: y)
    }
}

/// A ← alpha·x·yᵀ + A, where A is m×n column-major with leading dimension `lda`, x has
/// m contiguous elements and y has n.
///
/// Each element gets the one multiply-add `axpy` would give it (A[i, j] + (alpha·y[j])·x[i]),
/// so the result is column-by-column axpy's, bit for bit; two columns at a time share each
/// load of x, which is a third of axpy's instructions per element (callgrind, the plain
/// LSTM's 178×400 weight gradient).
public func ger(
    m: Int, n: Int, alpha: Double,
    x: UnsafePointer<Double>, y: UnsafePointer<Double>,
    a: UnsafeMutablePointer<Double>, lda: Int
) {
    if m <= 0 || n <= 0 { return }
    let w = Lane.scalarCount
    var j = 0
    while j &+ 2 <= n {
        let s0 = alpha * y[j], s1 = alpha * y[j &+ 1]
        let v0 = Lane(repeating: s0), v1 = Lane(repeating: s1)
        let c0 = a + j &* lda, c1 = c0 + lda
        var i = 0
        while i &+ 2 &* w <= m {
            let x0 = load(x + i), x1 = load(x + (i &+ w))
            store(multiplyAdd(load(c0 + i), v0, x0), c0 + i)
            store(multiplyAdd(load(c0 + (i &+ w)), v0, x1), c0 + (i &+ w))
            store(multiplyAdd(load(c1 + i), v1, x0), c1 + i)
            store(multiplyAdd(load(c1 + (i &+ w)), v1, x1), c1 + (i &+ w))
            i &+= 2 &* w
        }
        while i &+ w <= m {
            let x0 = load(x + i)
            store(multiplyAdd(load(c0 + i), v0, x0), c0 + i)
            store(multiplyAdd(load(c1 + i), v1, x0), c1 + i)
            i &+= w
        }
        while i < m {
            c0[i] = multiplyAdd(c0[i], s0, x[i])
            c1[i] = multiplyAdd(c1[i], s1, x[i])
            i &+= 1
        }
        j &+= 2
    }
    if j < n {
        axpy(n: m, alpha: alpha * y[j], x: x, y: a + j &* lda)
    }
}

/// y ← alpha·A·x + beta·y. A block of rows is accumulated in registers across every
/// column, so y is read and written once; eight vectors per block give the eight
/// independent multiply-adds that two four-cycle FMA pipes need.
func gemvPlain(
    m: Int, n: Int, alpha: Double,
    a: UnsafePointer<Double>, lda: Int, x: UnsafePointer<Double>,
    beta: Double, y: UnsafeMutablePointer<Double>
) {
    if m <= 0 { return }
    let w = Lane.scalarCount
    var i = 0
    while i &+ 8 &* w <= m {
        var s0 = Lane(), s1 = Lane(), s2 = Lane(), s3 = Lane()
        var s4 = Lane(), s5 = Lane(), s6 = Lane(), s7 = Lane()
        var column = a + i
        for j in 0..<max(n, 0) {
            let xj = Lane(repeating: x[j])
            s0 = multiplyAdd(s0, load(column), xj)
            s1 = multiplyAdd(s1, load(column + w), xj)
            s2 = multiplyAdd(s2, load(column + 2 &* w), xj)
            s3 = multiplyAdd(s3, load(column + 3 &* w), xj)
            s4 = multiplyAdd(s4, load(column + 4 &* w), xj)
            s5 = multiplyAdd(s5, load(column + 5 &* w), xj)
            s6 = multiplyAdd(s6, load(column + 6 &* w), xj)
            s7 = multiplyAdd(s7, load(column + 7 &* w), xj)
            column += lda
        }
        let out = y + i
        update(out, alpha: alpha, s0, beta: beta)
        update(out + w, alpha: alpha, s1, beta: beta)
        update(out + 2 &* w, alpha: alpha, s2, beta: beta)
        update(out + 3 &* w, alpha: alpha, s3, beta: beta)
        update(out + 4 &* w, alpha: alpha, s4, beta: beta)
        update(out + 5 &* w, alpha: alpha, s5, beta: beta)
        update(out + 6 &* w, alpha: alpha, s6, beta: beta)
        update(out + 7 &* w, alpha: alpha, s7, beta: beta)
        i &+= 8 &* w
    }
    while i &+ w <= m {
        // Two chains over alternate columns halve the wait on each multiply-add.
        var even = Lane(), odd = Lane()
        var column = a + i
        var j = 0
        while j &+ 2 <= n {
            even = multiplyAdd(even, load(column), Lane(repeating: x[j]))
            odd = multiplyAdd(odd, load(column + lda), Lane(repeating: x[j &+ 1]))
            column += 2 &* lda
            j &+= 2
        }
        if j < n { even = multiplyAdd(even, load(column), Lane(repeating: x[j])) }
        update(y + i, alpha: alpha, even + odd, beta: beta)
        i &+= w
    }
    while i < m {
        var sum = 0.0
        for j in 0..<max(n, 0) { sum = multiplyAdd(sum, a[i &+ j &* lda], x[j]) }
        update(y + i, alpha: alpha, sum, beta: beta)
        i &+= 1
    }
}

/// From this many rows A·x runs down whole columns (`gemvStreaming`) rather than across
/// them in register blocks. Measured on Zen 3 (thread CPU time, AVX2): at 128×32 the
/// register blocks take 0.32 µs against 0.39; at 256×256, 8.9 µs against 10.9.
let streamingRows = 256

/// y ← alpha·A·x + beta·y for tall A: four columns at a time are added into y, which
/// stays in L1, while each column is read start to end. Tall matrices come from L2 or
/// L3, where contiguous streams are what the prefetchers serve best; jumping between
/// columns every few rows, as `gemvPlain` does, left this 1.5× slower at 1024×256.
func gemvStreaming(
    m: Int, n: Int, alpha: Double,
    a: UnsafePointer<Double>, lda: Int, x: UnsafePointer<Double>,
    beta: Double, y: UnsafeMutablePointer<Double>
) {
    scale(m: m, n: 1, beta: beta, c: y, ldc: m)
    let w = Lane.scalarCount
    var j = 0
    while j &+ 4 <= n {
        let c0 = a + j &* lda, c1 = c0 + lda, c2 = c1 + lda, c3 = c2 + lda
        let s0 = alpha * x[j], s1 = alpha * x[j &+ 1], s2 = alpha * x[j &+ 2], s3 = alpha * x[j &+ 3]
        let x0 = Lane(repeating: s0), x1 = Lane(repeating: s1)
        let x2 = Lane(repeating: s2), x3 = Lane(repeating: s3)
        var i = 0
        while i &+ w <= m {
            var sum = load(y + i)
            sum = multiplyAdd(sum, load(c0 + i), x0)
            sum = multiplyAdd(sum, load(c1 + i), x1)
            sum = multiplyAdd(sum, load(c2 + i), x2)
            sum = multiplyAdd(sum, load(c3 + i), x3)
            store(sum, y + i)
            i &+= w
        }
        while i < m {
            y[i] = multiplyAdd(multiplyAdd(multiplyAdd(multiplyAdd(y[i], c0[i], s0), c1[i], s1), c2[i], s2), c3[i], s3)
            i &+= 1
        }
        j &+= 4
    }
    while j < n {
        axpy(n: m, alpha: alpha * x[j], x: a + j &* lda, y: y)
        j &+= 1
    }
}

/// y ← alpha·Aᵀ·x + beta·y: a dot product per column of A, four columns at a time so
/// each vector of x is loaded once for four, with two partial sums per column.
func gemvTransposed(
    m: Int, n: Int, alpha: Double,
    a: UnsafePointer<Double>, lda: Int, x: UnsafePointer<Double>,
    beta: Double, y: UnsafeMutablePointer<Double>
) {
    if n <= 0 { return }
    let w = Lane.scalarCount
    var j = 0
    while j &+ 4 <= n {
        let c0 = a + j &* lda, c1 = c0 + lda, c2 = c1 + lda, c3 = c2 + lda
        var s0 = Lane(), s1 = Lane(), s2 = Lane(), s3 = Lane()
        var t0 = Lane(), t1 = Lane(), t2 = Lane(), t3 = Lane()
        var i = 0
        while i &+ 2 &* w <= m {
            let x0 = load(x + i), x1 = load(x + (i &+ w))
            s0 = multiplyAdd(s0, load(c0 + i), x0)
            s1 = multiplyAdd(s1, load(c1 + i), x0)
            s2 = multiplyAdd(s2, load(c2 + i), x0)
            s3 = multiplyAdd(s3, load(c3 + i), x0)
            t0 = multiplyAdd(t0, load(c0 + (i &+ w)), x1)
            t1 = multiplyAdd(t1, load(c1 + (i &+ w)), x1)
            t2 = multiplyAdd(t2, load(c2 + (i &+ w)), x1)
            t3 = multiplyAdd(t3, load(c3 + (i &+ w)), x1)
            i &+= 2 &* w
        }
        if i &+ w <= m {
            let x0 = load(x + i)
            s0 = multiplyAdd(s0, load(c0 + i), x0)
            s1 = multiplyAdd(s1, load(c1 + i), x0)
            s2 = multiplyAdd(s2, load(c2 + i), x0)
            s3 = multiplyAdd(s3, load(c3 + i), x0)
            i &+= w
        }
        var r0 = (s0 + t0).sum(), r1 = (s1 + t1).sum(), r2 = (s2 + t2).sum(), r3 = (s3 + t3).sum()
        while i < m {
            let xi = x[i]
            r0 = multiplyAdd(r0, c0[i], xi)
            r1 = multiplyAdd(r1, c1[i], xi)
            r2 = multiplyAdd(r2, c2[i], xi)
            r3 = multiplyAdd(r3, c3[i], xi)
            i &+= 1
        }
        update(y + j, alpha: alpha, r0, beta: beta)
        update(y + (j &+ 1), alpha: alpha, r1, beta: beta)
        update(y + (j &+ 2), alpha: alpha, r2, beta: beta)
        update(y + (j &+ 3), alpha: alpha, r3, beta: beta)
        j &+= 4
    }
    while j < n {
        update(y + j, alpha: alpha, dot(n: m, x: a + j &* lda, y: x), beta: beta)
        j &+= 1
    }
}
