// Level-1 kernels: operations on contiguous vectors.

/// Σ x[i]·y[i] over `n` contiguous elements (zero when `n` ≤ 0).
///
/// Four independent partial sums keep both FMA pipes busy (a multiply-add takes four
/// cycles to finish and two start per cycle), which also changes the order of summation
/// from the naive loop's: results agree with it to rounding, not bit for bit.
public func dot(n: Int, x: UnsafePointer<Double>, y: UnsafePointer<Double>) -> Double {
    let w = Lane.scalarCount
    var s0 = Lane(), s1 = Lane(), s2 = Lane(), s3 = Lane()
    var i = 0
    while i &+ 4 &* w <= n {
        s0 = multiplyAdd(s0, load(x + i), load(y + i))
        s1 = multiplyAdd(s1, load(x + (i &+ w)), load(y + (i &+ w)))
        s2 = multiplyAdd(s2, load(x + (i &+ 2 &* w)), load(y + (i &+ 2 &* w)))
        s3 = multiplyAdd(s3, load(x + (i &+ 3 &* w)), load(y + (i &+ 3 &* w)))
        i &+= 4 &* w
    }
    while i &+ w <= n {
        s0 = multiplyAdd(s0, load(x + i), load(y + i))
        i &+= w
    }
    var sum = ((s0 + s1) + (s2 + s3)).sum()
    while i < n {
        sum = multiplyAdd(sum, x[i], y[i])
        i &+= 1
    }
    return sum
}

/// y ← alpha·x + y over `n` contiguous elements.
public func axpy(n: Int, alpha: Double, x: UnsafePointer<Double>, y: UnsafeMutablePointer<Double>) {
    let w = Lane.scalarCount
    let a = Lane(repeating: alpha)
    var i = 0
    while i &+ 2 &* w <= n {
        store(multiplyAdd(load(y + i), a, load(x + i)), y + i)
        store(multiplyAdd(load(y + (i &+ w)), a, load(x + (i &+ w))), y + (i &+ w))
        i &+= 2 &* w
    }
    while i &+ w <= n {
        store(multiplyAdd(load(y + i), a, load(x + i)), y + i)
        i &+= w
    }
    while i < n {
        y[i] = multiplyAdd(y[i], alpha, x[i])
        i &+= 1
    }
}

/// Multiplies the m×n column-major matrix at `c` by `beta`; with beta zero it is set to
/// zero without being read (BLAS's rule, so NaN garbage in C does not survive).
func scale(m: Int, n: Int, beta: Double, c: UnsafeMutablePointer<Double>, ldc: Int) {
    if beta == 1 { return }
    for j in 0..<n {
        let column = c + j &* ldc
        if beta == 0 {
            column.update(repeating: 0, count: m)
        } else {
            for i in 0..<m { column[i] *= beta }
        }
    }
}
