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
            x * evalpoly(x, Julia.expCoefficients)
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

    /// Julia's `exp_impl(x::Float64, base)`.
    @inlinable
    static func expImpl(_ x: Double, _ base: ExpBase) -> Double {
        var nFloat = muladd(x, base.log2Over256Inverse, magicRound)
        // The low 32 bits of the sum hold round(x·256/log_b 2) (Julia: `% Int32`).
        let n = Int32(truncatingIfNeeded: nFloat.bitPattern)
        nFloat -= magicRound
        var r = muladd(nFloat, base.log2Over256Upper, x)
        r = muladd(nFloat, base.log2Over256Lower, r)
        let k = n >> 8
        let (jU, jL) = expTableUnpack(n)
        let smallPart = muladd(jU, base.expm1Kernel(r), jL) + jU

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

    /// ℯ^x, as Julia's `exp(::Float64)`.
    public static func exp(_ x: Double) -> Double { expImpl(x, .e) }
    /// 2^x, as Julia's `exp2(::Float64)`.
    public static func exp2(_ x: Double) -> Double { expImpl(x, .two) }
    /// 10^x, as Julia's `exp10(::Float64)`.
    public static func exp10(_ x: Double) -> Double { expImpl(x, .ten) }
}
