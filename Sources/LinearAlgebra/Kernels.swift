/// Inner products on raw column storage, four lanes at a time.
///
/// Swift keeps floating-point sums in source order, so a plain loop cannot be
/// vectorised; four independent partial sums can, and they also round a little
/// less than one long running sum. These loops dominate Jacobi and the reductions.

/// Σ x[i]·y[i] for i in 0..<count.
@inline(__always)
func dotProduct(_ x: UnsafePointer<Double>, _ y: UnsafePointer<Double>, count: Int) -> Double {
    var sum = SIMD4<Double>()
    var i = 0
    while i &+ 4 <= count {
        sum += UnsafeRawPointer(x + i).loadUnaligned(as: SIMD4<Double>.self)
            * UnsafeRawPointer(y + i).loadUnaligned(as: SIMD4<Double>.self)
        i &+= 4
    }
    var total = sum.sum()
    while i < count {
        total += x[i] * y[i]
        i &+= 1
    }
    return total
}

/// (Σ x², Σ y², Σ x·y) in one pass over two columns.
@inline(__always)
func gramEntries(
    _ x: UnsafePointer<Double>, _ y: UnsafePointer<Double>, count: Int
) -> (xx: Double, yy: Double, xy: Double) {
    var xx = SIMD4<Double>(), yy = SIMD4<Double>(), xy = SIMD4<Double>()
    var i = 0
    while i &+ 4 <= count {
        let a = UnsafeRawPointer(x + i).loadUnaligned(as: SIMD4<Double>.self)
        let b = UnsafeRawPointer(y + i).loadUnaligned(as: SIMD4<Double>.self)
        xx += a * a
        yy += b * b
        xy += a * b
        i &+= 4
    }
    var (sxx, syy, sxy) = (xx.sum(), yy.sum(), xy.sum())
    while i < count {
        sxx += x[i] * x[i]
        syy += y[i] * y[i]
        sxy += x[i] * y[i]
        i &+= 1
    }
    return (sxx, syy, sxy)
}

/// y[i] += a·x[i] for i in 0..<count. Spelled out four lanes at a time because the
/// compiler cannot prove that x and y do not overlap and leaves a plain loop scalar.
@inline(__always)
func addScaled(_ a: Double, _ x: UnsafePointer<Double>, to y: UnsafeMutablePointer<Double>, count: Int) {
    let a4 = SIMD4<Double>(repeating: a)
    var i = 0
    while i &+ 4 <= count {
        let xs = UnsafeRawPointer(x + i).loadUnaligned(as: SIMD4<Double>.self)
        let ys = UnsafeRawPointer(y + i).loadUnaligned(as: SIMD4<Double>.self)
        UnsafeMutableRawPointer(y + i).storeBytes(of: ys + a4 * xs, as: SIMD4<Double>.self)
        i &+= 4
    }
    while i < count {
        y[i] += a * x[i]
        i &+= 1
    }
}

/// w[i] += a·x[i] for i in 0..<count, returning Σ v[i]·x[i]: both products of a
/// two-sided reflection with x, in one pass over it.
@inline(__always)
func dotAndAddScaled(
    _ x: UnsafePointer<Double>, _ v: UnsafePointer<Double>, _ a: Double, to w: UnsafeMutablePointer<Double>,
    count: Int
) -> Double {
    let a4 = SIMD4<Double>(repeating: a)
    var sum = SIMD4<Double>()
    var i = 0
    while i &+ 4 <= count {
        let xs = UnsafeRawPointer(x + i).loadUnaligned(as: SIMD4<Double>.self)
        let vs = UnsafeRawPointer(v + i).loadUnaligned(as: SIMD4<Double>.self)
        let ws = UnsafeRawPointer(w + i).loadUnaligned(as: SIMD4<Double>.self)
        sum += vs * xs
        UnsafeMutableRawPointer(w + i).storeBytes(of: ws + a4 * xs, as: SIMD4<Double>.self)
        i &+= 4
    }
    var total = sum.sum()
    while i < count {
        total += v[i] * x[i]
        w[i] += a * x[i]
        i &+= 1
    }
    return total
}

/// y[i] −= a·u[i] + b·v[i] for i in 0..<count.
@inline(__always)
func subtractTwoScaled(
    from y: UnsafeMutablePointer<Double>, _ a: Double, _ u: UnsafePointer<Double>, _ b: Double,
    _ v: UnsafePointer<Double>, count: Int
) {
    let a4 = SIMD4<Double>(repeating: a), b4 = SIMD4<Double>(repeating: b)
    var i = 0
    while i &+ 4 <= count {
        let us = UnsafeRawPointer(u + i).loadUnaligned(as: SIMD4<Double>.self)
        let vs = UnsafeRawPointer(v + i).loadUnaligned(as: SIMD4<Double>.self)
        let ys = UnsafeRawPointer(y + i).loadUnaligned(as: SIMD4<Double>.self)
        UnsafeMutableRawPointer(y + i).storeBytes(of: ys - (a4 * us + b4 * vs), as: SIMD4<Double>.self)
        i &+= 4
    }
    while i < count {
        y[i] -= a * u[i] + b * v[i]
        i &+= 1
    }
}
