// Julia 1.10's exponentials of Float64 (base/special/exp.jl): exp, exp2, exp10 share one
// kernel, `expImpl`, told the base by `ExpBase`; expm1 has its own. Method: write
// x = (k + j/256)·log_b(2) + r with |r| ≤ log_b(2)/512, then b^x = 2^k · 2^(j/256) · (1 + p(r)),
// 2^(j/256) read from `expTable` in extended precision and p a degree-4 minimax polynomial.

/// Julia's elementary functions, computed step for step as Julia 1.10 computes them on
/// an FMA machine: `Julia.exp(x)`, `Julia.log(x)`, `Julia.pow(x, y)`, ... . A namespace, so
/// the names never collide with the C library's `exp` that Foundation exports.
public enum Julia {}

/// The base of an exponential: Julia's `Val(2)`, `Val(:ℯ)`, `Val(10)`.
@usableFromInline enum ExpBase {
    case two, e, ten

    /// Above this b^x overflows (Julia's MAX_EXP).
    @inlinable var maxExp: Double {
        switch self { case .two: 1024.0; case .e: 709.7827128933841; case .ten: 308.25471555991675 }
    }
    /// At or below this b^x rounds to 0 (MIN_EXP).
    @inlinable var minExp: Double {
        switch self { case .two: -1075.0; case .e: -745.1332191019412; case .ten: -323.60724533877976 }
    }
    /// |log_b(floatmin)|: beyond it the result may be subnormal or overflow (SUBNORM_EXP).
    @inlinable var subnormExp: Double {
        switch self { case .two: 1022.0; case .e: 708.3964185322641; case .ten: 307.6526555685887 }
    }
    /// 256/log_b(2) (LogBo256INV).
    @inlinable var log2Over256Inverse: Double {
        switch self { case .two: 256.0; case .e: 369.3299304675746; case .ten: 850.4135922911647 }
    }
    /// −log_b(2)/256 in two parts; the upper has 34 significant bits so N·upper is exact (LogBo256U/L).
    @inlinable var log2Over256Upper: Double {
        switch self { case .two: -0.00390625; case .e: -0.002707606173999011; case .ten: -0.0011758984204561784 }
    }
    @inlinable var log2Over256Lower: Double {
        switch self { case .two: 0.0; case .e: -6.327543041662719e-14; case .ten: -1.0624811566412999e-13 }
    }

    /// b^r − 1 on |r| ≤ log_b(2)/512 (expm1b_kernel).
    @inlinable func expm1Kernel(_ x: Double) -> Double {
        switch self {
        case .two:
            x * evalpoly(x, [0.6931471805599393, 0.24022650695910058, 0.05550411502333161, 0.009618129548366803])
        case .e:
            x * evalpoly(x, [0.9999999999999912, 0.4999999999999997, 0.1666666857598779, 0.04166666857598777])
        case .ten:
            x * evalpoly(x, [2.3025850929940255, 2.6509490552391974, 2.034678825384765, 1.1712552025835192])
        }
    }
}

extension Julia {
    /// 1.5·2⁵²: adding then subtracting it rounds a Double to an integer, which is left in
    /// the low bits of the sum (MAGIC_ROUND_CONST).
    @usableFromInline static let magicRound = 6.755399441055744e15

    /// 2^(j/256) for j = n mod 256 as hi + lo (Julia's table_unpack).
    @inlinable @inline(__always)
    static func expTableUnpack(_ n: Int32) -> (hi: Double, lo: Double) {
        let j = expTable[Int(n & 255)]
        let hi = Double(bitPattern: 0x3FF0_0000_0000_0000 | (j & (UInt64.max >> 12)))
        let lo = Double(bitPattern: 0x3C00_0000_0000_0000 | (j >> 8))
        return (hi, lo)
    }

    /// The reduction every exponential here starts with: n = round(x·256/log_b 2) and
    /// r = x − n·log_b(2)/256, so that b^x = 2^(n >> 8) · 2^((n mod 256)/256) · b^r.
    @inlinable @inline(__always)
    static func expReduction(_ x: Double, _ base: ExpBase) -> (r: Double, n: Int32) {
        var nFloat = muladd(x, base.log2Over256Inverse, magicRound)
        // The low 32 bits of the sum hold round(x·256/log_b 2) (Julia: `% Int32`).
        let n = Int32(truncatingIfNeeded: nFloat.bitPattern)
        nFloat -= magicRound
        var r = muladd(nFloat, base.log2Over256Upper, x)
        r = muladd(nFloat, base.log2Over256Lower, r)
        return (r, n)
    }

    /// 2^k · smallPart (smallPart in [1, 2)) with exp_impl's overflow, underflow and
    /// subnormal handling for the input x.
    @inlinable @inline(__always)
    static func expScaled(_ x: Double, _ k: Int32, _ smallPart: Double, _ base: ExpBase) -> Double {
        if !(abs(x) <= base.subnormExp) {  // also NaN
            if x >= base.maxExp { return .infinity }
            if x <= base.minExp { return 0.0 }
            if k <= -53 {
                // Scale in two steps, since a subnormal result can't be made by the exponent alone.
                let twopk = UInt64(truncatingIfNeeded: Int64(k) + 53) << 52
                return Double(bitPattern: twopk &+ smallPart.bitPattern) * 0x1p-53
            }
        }
        let twopk = Int64(k) << 52
        return Double(bitPattern: UInt64(bitPattern: twopk &+ Int64(bitPattern: smallPart.bitPattern)))
    }

    /// Julia's `exp_impl(x::Float64, base)`.
    @inlinable
    static func expImpl(_ x: Double, _ base: ExpBase) -> Double {
        let (r, n) = expReduction(x, base)
        let (jU, jL) = expTableUnpack(n)
        let smallPart = muladd(jU, base.expm1Kernel(r), jL) + jU
        return expScaled(x, n >> 8, smallPart, base)
    }

    /// ℯ^x, as Julia's `exp(::Float64)`.
    public static func exp(_ x: Double) -> Double { expImpl(x, .e) }
    /// 2^x, as Julia's `exp2(::Float64)`.
    public static func exp2(_ x: Double) -> Double { expImpl(x, .two) }
    /// 10^x, as Julia's `exp10(::Float64)`.
    public static func exp10(_ x: Double) -> Double { expImpl(x, .ten) }
}

extension Julia {
    /// Julia's `exp_impl(x, xlo, base)`: b^(x + xlo) for a sum x + xlo carried to about
    /// twice a Double's precision (pow's x·log y). The same reduction as `expImpl`, with
    /// xlo and the table's low part folded into the polynomial's small terms.
    @inlinable
    static func expImpl(_ x: Double, _ xlo: Double, _ base: ExpBase) -> Double {
        let (r, n) = expReduction(x, base)
        let (jU, jL) = expTableUnpack(n)
        let kernel = base.expm1Kernel(r)
        let verySmall = muladd(kernel, jU * xlo, jL)
        let (hi, lo) = canonicalize2(1.0, kernel)
        let smallPart = muladd(jU, hi, muladd(jU, lo + xlo, verySmall))  // Julia: fma(jU, hi, ...)
        return expScaled(x, n >> 8, smallPart, base)
    }

    /// e^x − 1 on log(0.75) ≤ x ≤ log(1.25) (Julia's `expm1_small`): x + x²/2 + x³·p(x),
    /// the first terms summed in extended precision.
    @inlinable @inline(__always)
    static func expm1Small(_ x: Double) -> Double {
        let p = evalpoly(x, [0.16666666666666632, 0.04166666666666556, 0.008333333333401227,
                             0.001388888889068783, 0.00019841269447671544, 2.480157691845342e-5,
                             2.7558212415361945e-6, 2.758218402815439e-7, 2.4360682937111612e-8])
        let (hi, lo) = exthorner(x, [1.0, 0.5, p])
        return muladd(x, hi, x * lo)  // Julia: fma
    }

    /// e^x − 1, accurate for small x, as Julia's `expm1(::Float64)`: `expImpl`'s reduction
    /// x = (k + j/256)·log 2 + r, with the −1 subtracted where it loses the fewest bits.
    public static func expm1(_ x: Double) -> Double {
        if -0.2876820724517809 <= x && x <= 0.22314355131420976 { return expm1Small(x) }
        // Beyond log(2^1023·(2 − 2^−52)) e^x − 1 overflows; below log(2^−54) it rounds to −1.
        if x.isNaN { return x }
        if x > 709.7827128933845 { return .infinity }
        if x < -37.42994775023705 { return -1.0 }
        let (r, n) = expReduction(x, .e)
        let k = Int64(n >> 8)
        let (jU, jL) = expTableUnpack(n)
        let p = ExpBase.e.expm1Kernel(r)
        let twopk = Double(bitPattern: UInt64(bitPattern: (1023 + k) << 52))
        let twopnk = Double(bitPattern: UInt64(bitPattern: (1023 - k) << 52))
        if k >= 106 {  // 2^k itself would overflow at k = 1024: scale by 2^(k−1), then 2
            return Double(bitPattern: UInt64(bitPattern: (1022 + k) << 52)) * (jU + muladd(jU, p, jL)) * 2
        }
        if k >= 53 { return twopk * (jU + muladd(jU, p, jL - twopnk)) }
        if k <= -2 { return twopk * (jU + muladd(jU, p, jL)) - 1 }
        return twopk * ((jU - twopnk) + muladd(jU, p, jL))  // Julia: fma
    }
}
