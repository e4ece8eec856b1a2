// Julia's small helpers for polynomials and unevaluated sums of two Doubles (base/math.jl,
// base/twiceprecision.jl), shared by every family in this module. Coefficients are passed
// as `InlineArray`s so that a kernel's polynomial costs no allocation.

/// Julia's `evalpoly(x, p)`: p[0] + x·p[1] + x²·p[2] + ..., by Horner's rule in `muladd`s,
/// the highest coefficient first, exactly as Julia's generated code does.
@inlinable @inline(__always)
func evalpoly<let n: Int>(_ x: Double, _ p: InlineArray<n, Double>) -> Double {
    var ex = p[n - 1]
    var i = n - 2
    while i >= 0 {
        ex = muladd(x, ex, p[i])
        i -= 1
    }
    return ex
}

/// Julia's `two_mul(x, y)`: the product and its rounding error, x·y = hi + lo exactly.
@inlinable @inline(__always)
func twoMul(_ x: Double, _ y: Double) -> (hi: Double, lo: Double) {
    let xy = x * y
    return (xy, (-xy).addingProduct(x, y))
}

/// Julia's `exthorner(x, p)`: Horner's rule carrying each step's rounding error, so that
/// the value is hi + lo to about twice a Double's precision.
@inlinable @inline(__always)
func exthorner<let n: Int>(_ x: Double, _ p: InlineArray<n, Double>) -> (hi: Double, lo: Double) {
    var hi = p[n - 1]
    var lo = 0.0
    var i = n - 2
    while i >= 0 {
        let pi = p[i]
        let (prod, err) = twoMul(hi, x)
        hi = pi + prod
        lo = (prod - (hi - pi) + err).addingProduct(lo, x)
        i -= 1
    }
    return (hi, lo)
}

/// Julia's `Base.canonicalize2(big, little)`: the same sum with every bit of `lo` below
/// those of `hi` (|big| ≥ |little|).
@inlinable @inline(__always)
func canonicalize2(_ big: Double, _ little: Double) -> (hi: Double, lo: Double) {
    let h = big + little
    return (h, (big - h) + little)
}
