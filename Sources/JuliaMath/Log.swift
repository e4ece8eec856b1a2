// Julia 1.10's logarithms of Float64 (base/special/log.jl), after Tang's table-driven
// method (ACM TOMS 16(4), 1990). Near 1 (procedure 2) log(1 + f) = 2·atanh(f/(2 + f)) is
// an odd polynomial in u = 2f/(2 + f); elsewhere (procedure 1) x = 2^m · (F + f) with F
// the nearest multiple of 1/128 to the significand, and log x = m·log 2 + log F + log(1 + f/F),
// log F read from `logTable` and log(1 + f/F) again a short polynomial in u = 2f/(2F + f).
// log2 and log10 are the same computation scaled by log_b(e) in two parts at the end.
// `logExtended` is pow's logarithm to about 68 bits (Julia's `_log_ext`).

/// The base of a logarithm: Julia's `Val(:ℯ)`, `Val(2)`, `Val(10)`.
@usableFromInline enum LogBase {
    case e, two, ten

    /// log_b(e) as hi + lo (Julia's logbU, logbL).
    @inlinable var inverseLogHi: Double {
        switch self { case .e: 1.0; case .two: 1.4426950408889634; case .ten: 0.4342944819032518 }
    }
    @inlinable var inverseLogLo: Double {
        switch self { case .e: 0.0; case .two: 2.0355273740931033e-17; case .ten: 1.098319650216765e-17 }
    }
}

extension Julia {
    /// Tang's procedure 1: log_b(2^m · y) for y = F + f in [1, 2), F a multiple of 1/128.
    @inlinable @inline(__always)
    static func logProcedure1(_ y: Double, _ mf: Double, _ F: Double, _ f: Double, _ base: LogBase) -> Double {
        let j = Int((128.0 * F).rounded(.towardZero)) - 128
        let (hi, lo) = logTable[j]
        // m·log 2 in two parts; the upper part has few enough bits that m·upper + hi is exact.
        let lHi = mf * 0.6931471805601177 + hi
        let lLo = mf * -1.7239444525614835e-13 + lo
        let u = (2.0 * f) / (y + F)
        let v = u * u
        let q = u * v * evalpoly(v, [0.08333333333303913, 0.012500053168098584])
        let mHi = base.inverseLogHi, mLo = base.inverseLogLo
        // Julia writes fma here; muladd is the same fused operation.
        return muladd(mHi, lHi, muladd(mHi, u + (q + lLo), mLo * lHi))
    }

    /// Tang's procedure 2: log_b(1 + f) for small f.
    @inlinable @inline(__always)
    static func logProcedure2(_ f: Double, _ base: LogBase) -> Double {
        let g = 1.0 / (2.0 + f)
        let u = 2.0 * f * g
        let v = u * u
        let q = u * v * evalpoly(v, [0.08333333333333179, 0.012500000003771751,
                                     0.0022321399879194482, 0.0004348877777076146])
        // u's rounding error: u2 = (2(f − u) − f·u)/(2 + f), with f·u fused in.
        let mHi = base.inverseLogHi, mLo = base.inverseLogLo
        let correction = muladd(muladd(-u, f, 2 * (f - u)), g, q)
        return muladd(mHi, u, muladd(mLo, u, mHi * correction))
    }

    /// Julia's `_log(x::Float64, base, func)`; NaN where Julia throws a DomainError (x < 0),
    /// which callers that need the error check for first.
    @inlinable
    static func logImpl(_ x: Double, _ base: LogBase) -> Double {
        if x > 0 {
            if x == .infinity { return x }
            if 0.9394130628134757 < x && x < 1.0644944589178595 {
                return logProcedure2(x - 1.0, base)
            }
            var xu = x.bitPattern
            var m = Int(xu >> 52) & 0x7ff
            if m == 0 {  // subnormal: scale by 2^54 to normalise the significand
                xu = (x * 1.8014398509481984e16).bitPattern
                m = (Int(xu >> 52) & 0x7ff) - 54
            }
            m -= 1023
            let y = Double(bitPattern: (xu & 0x000f_ffff_ffff_ffff) | 0x3ff0_0000_0000_0000)
            let mf = Double(m)
            let F = (y + 3.5184372088832e13) - 3.5184372088832e13  // y rounded to a multiple of 2^-7
            let f = y - F
            return logProcedure1(y, mf, F, f, base)
        }
        if x == 0 { return -.infinity }
        return .nan
    }

    /// The natural logarithm, as Julia's `log(::Float64)` (NaN for x < 0, where Julia
    /// throws a DomainError).
    public static func log(_ x: Double) -> Double { logImpl(x, .e) }
    /// The base-2 logarithm, as Julia's `log2(::Float64)`.
    public static func log2(_ x: Double) -> Double { logImpl(x, .two) }
    /// The base-10 logarithm, as Julia's `log10(::Float64)`.
    public static func log10(_ x: Double) -> Double { logImpl(x, .ten) }

    /// log(1 + x), accurate for small x, as Julia's `log1p(::Float64)`; NaN for x < −1.
    public static func log1p(_ x: Double) -> Double {
        if x > -1.0 {
            if x == .infinity { return x }
            if -1.1102230246251565e-16 < x && x < 1.1102230246251565e-16 { return x }
            if -0.06058693718652422 < x && x < 0.06449445891785943 { return logProcedure2(x, .e) }
            let z = 1.0 + x
            let zu = z.bitPattern
            let s = Double(bitPattern: 0x7fe0_0000_0000_0000 - (zu & 0xfff0_0000_0000_0000))  // 2^−m
            let m = (Int(zu >> 52) & 0x7ff) - 1023  // z is never subnormal here
            let c = m > 0 ? 1.0 - (z - x) : x - (z - 1.0)  // 1 + x = z + c exactly
            let y = Double(bitPattern: (zu & 0x000f_ffff_ffff_ffff) | 0x3ff0_0000_0000_0000)
            let F = (y + 3.5184372088832e13) - 3.5184372088832e13
            let f = (y - F) + c * s  // 2^m (F + f) = z + c
            return logProcedure1(y, Double(m), F, f, .e)
        }
        if x == -1.0 { return -.infinity }
        return .nan
    }

    /// Julia's `log_tab_unpack`: 1/c from the packed byte, log(c) from the rest of the bits.
    @inlinable @inline(__always)
    static func logTableUnpack(_ t: UInt64) -> (invc: Double, logc: Double) {
        let invc = ((t & 0xff) | 0x1ff00) << 45
        return (Double(bitPattern: invc), Double(bitPattern: t & ~UInt64(0xff)))
    }

    /// log(x) as hi + lo to about 68 bits, for x's bit pattern `xu` of a positive normal
    /// Double (or a subnormal one normalised with its exponent lowered past zero, which the
    /// wrapping arithmetic below reads as a negative exponent). Julia's `_log_ext`, after
    /// ARM's optimized-routines pow.c with a compacted table.
    @inlinable
    static func logExtended(_ xu: UInt64) -> (hi: Double, lo: Double) {
        // x = 2^k · z with z in [0x1.69555p-1, 0x1.69555p0); subinterval i holds z.
        let tmp = Int64(bitPattern: xu &- 0x3fe6_9555_0000_0000)
        let i = Int((tmp >> 45) & 127)
        let z = Double(bitPattern: xu &- (UInt64(bitPattern: tmp) & 0xfff0_0000_0000_0000))
        let k = Double(tmp >> 52)
        let (packed, logcTail) = logCompactTable[i]
        let (invc, logc) = logTableUnpack(packed)
        // log x = k·log 2 + log c + log1p(z/c − 1); r = z/c − 1 is exact.
        let r = muladd(z, invc, -1.0)  // Julia's fma
        let t1 = muladd(k, 0.6931471805598903, logc)
        let t2 = t1 + r
        let lo1 = muladd(k, 5.497923018708371e-14, logcTail)
        let lo2 = t1 - t2 + r
        let ar = -0.5 * r
        let (ar2, lo3) = twoMul(r, ar)
        let hi = t2 + ar2
        let lo4 = t2 - hi + ar2
        let p = evalpoly(r, [-0x1.555555555556p-1, 0x1.0000000000006p-1, -0x1.999999959554ep-2,
                             0x1.555555529a47ap-2, -0x1.2495b9b4845e9p-2, 0x1.0002b8b263fc3p-2])
        let lo = lo1 + lo2 + lo3 + muladd(r * ar2, p, lo4)
        return (hi, lo)
    }
}
