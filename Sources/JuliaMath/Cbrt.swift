// Julia 1.10's cube root of Float64 (base/special/cbrt.jl, after FreeBSD's s_cbrt.c):
// a 5-bit guess from dividing the exponent bits by 3, a polynomial step to 23 bits,
// rounding away from zero to 23 bits, and one Newton step to within 0.667 ulp.

extension Julia {
    /// Julia's `_approx_cbrt`: cbrt(2^e·(1 + m)) ≈ 2^(e÷3)·(1 + (e%3 + m)/3), got by
    /// dividing the high 32 bits by 3 and adding back two thirds of the exponent bias
    /// (less 0.03306235651, which halves the guess's error), as
    /// floor((1023·2/3 − 0.03306235651)·2^20). Subnormals are first scaled by 2^53, and the
    /// bias gets 53/3 less.
    @inlinable @inline(__always)
    static func approximateCbrt(_ x: Double) -> Double {
        var u = UInt32(truncatingIfNeeded: x.bitPattern >> 32) & 0x7fff_ffff
        let v: UInt32
        if u >= 0x0010_0000 {  // the high word of floatmin
            v = u / 3 + 715_094_163
        } else {
            let scaled = x * 0x1p53
            u = UInt32(truncatingIfNeeded: scaled.bitPattern >> 32) & 0x7fff_ffff
            v = u / 3 + 696_569_320
        }
        let t = Double(bitPattern: UInt64(v) << 32)
        return x.sign == .minus ? -t : t
    }

    /// Julia's `_improve_cbrt(x, t)` from the 5-bit guess t.
    @inlinable @inline(__always)
    static func improveCbrt(_ x: Double, _ guess: Double) -> Double {
        var t = guess
        // t·P(t³/x), P approximating 1/cbrt(r) to 2^−23.5 near r = 1.
        var r = (t * t) * (t / x)
        let p = evalpoly(r, [1.87595182427177009643, -1.88497979543377169875, 1.621429720105354466140])
            + (r * r * r) * evalpoly(r, [-0.758397934778766047437, 0.145996192886612446982])
        t *= p
        // Round away from zero to 23 bits, so that t·t is exact and t ≥ cbrt(x).
        t = Double(bitPattern: (t.bitPattern &+ 0x8000_0000) & 0xffff_ffff_c000_0000)
        // One Newton step on t³ − x: t + t·(x/t² − t)/(3t), with 3t as t + t + x/t².
        let s = t * t
        r = x / s
        let w = t + t
        r = (r - t) / (w + r)
        return muladd(t, r, t)
    }

    /// The real cube root, as Julia's `cbrt(::Float64)`: negative for negative x, and
    /// ±0, ±Inf and NaN returned as they are.
    public static func cbrt(_ x: Double) -> Double {
        if !x.isFinite || x == 0 { return x }
        return improveCbrt(x, approximateCbrt(x))
    }
}
