// Julia 1.10's reduction of a Float64 angle by π/2 (base/special/rem_pio2.jl, after FDLIBM's
// __ieee754_rem_pio2): x = n·π/2 + r with |r| ≲ π/4, r returned as an unevaluated sum
// hi + lo good to about 1e-22 relative, for the trigonometric kernels (Trig.swift) to read.
// Three methods by size: Cody–Waite with two constants near the first few multiples of
// π/2, Cody–Waite with up to three constant pairs (each exact when multiplied by n) below
// 2^20·π/2, and Payne–Hanek with the bits of 1/(2π) (TrigTable.swift) beyond.

/// An angle reduced by π/2: x = quadrant·π/2 + hi + lo. Only quadrant mod 4 matters to
/// the callers; its sign follows x's except from Payne–Hanek, which gives 0...4.
@usableFromInline struct ReducedAngle {
    @usableFromInline var quadrant: Int
    @usableFromInline var hi: Double
    @usableFromInline var lo: Double
}

extension Julia {
    /// The upper 32 bits of x's pattern (Julia's `highword`).
    @inline(__always) static func highWord(_ x: Double) -> UInt32 {
        UInt32(truncatingIfNeeded: x.bitPattern >> 32)
    }

    /// The upper 32 bits of |x|'s pattern: sign, exponent and the top 20 significand bits
    /// (Julia's `poshighword`). Ranges of |x| are compared through it.
    @inline(__always) static func absoluteHighWord(_ x: Double) -> UInt32 {
        highWord(x) & 0x7fff_ffff
    }

    // π/2 as three leading parts of at most 33 significant bits, each with the tail left after
    // it, so that n times a leading part is exact for the |n| < 2^20 the Cody–Waite paths see.
    static let halfPi1 = 1.57079632673412561417e+00, halfPi1Tail = 6.07710050650619224932e-11
    static let halfPi2 = 6.07710050630396597660e-11, halfPi2Tail = 2.02226624879595063154e-21
    static let halfPi3 = 2.02226624871116645580e-21, halfPi3Tail = 8.47842766036889956997e-32

    /// x − n·π/2 for a known small n (|x| within about π/4 of n·π/2 and not close to it),
    /// with the first constant pair only (Julia's `cody_waite_2c_pio2`).
    @inline(__always)
    static func reduceTwoConstants(_ x: Double, _ n: Int) -> ReducedAngle {
        let fn = Double(n)
        let z = muladd(-fn, halfPi1, x)
        let hi = muladd(-fn, halfPi1Tail, z)
        let lo = muladd(-fn, halfPi1Tail, z - hi)
        return ReducedAngle(quadrant: n, hi: hi, lo: lo)
    }

    /// x − n·π/2 for |x| < 2^20·π/2, adding a second and a third constant pair when the
    /// subtraction cancelled so many bits that the first pair's 85 correct bits would not
    /// leave a full Double (Julia's `cody_waite_ext_pio2`). `xhp` is `absoluteHighWord(x)`.
    static func reduceExtended(_ x: Double, _ xhp: UInt32) -> ReducedAngle {
        let fn = (x * (2 / Double.pi)).rounded(.toNearestOrEven)
        var r = muladd(-fn, halfPi1, x)
        var w = fn * halfPi1Tail
        var y1 = r - w
        // How many binary orders of magnitude the subtraction lost: x's exponent minus y1's,
        // as unsigned 32-bit words (a y1 of 0 makes it wrap to a huge count, as in Julia).
        let exponentOfX = xhp >> 20
        func lostOrders(_ y: Double) -> UInt32 { exponentOfX &- ((highWord(y) >> 20) & 0x7ff) }
        if lostOrders(y1) > 16 {
            var t = r
            w = fn * halfPi2
            r = t - w
            w = muladd(fn, halfPi2Tail, -((t - r) - w))
            y1 = r - w
            if lostOrders(y1) > 49 {
                t = r
                w = fn * halfPi3
                r = t - w
                w = muladd(fn, halfPi3Tail, -((t - r) - w))
                y1 = r - w
            }
        }
        let y2 = (r - y1) - w
        return ReducedAngle(quadrant: Int(fn), hi: y1, lo: y2)
    }

    /// f/2^128 as hi + lo, hi keeping only 26 significant bits (27 trailing zeros) and lo the
    /// next 53, truncated (Julia's `fromfraction`).
    static func splitFraction(_ f: Int128) -> (hi: Double, lo: Double) {
        if f == 0 { return (0, 0) }
        let sign: UInt64 = f < 0 ? 1 << 63 : 0
        let magnitude = f.magnitude
        // The significand's leading bit lands on the exponent field's lowest bit, so the
        // exponents below are one less than the value's: the sum carries it in.
        let n1 = 128 - magnitude.leadingZeroBitCount
        let m1 = UInt64(truncatingIfNeeded: magnitude >> (n1 - 26)) << 27
        let d1 = UInt64(truncatingIfNeeded: n1 - 128 + 1021) << 52
        let hi = Double(bitPattern: sign | (d1 &+ m1))
        let rest = magnitude &- (UInt128(m1) << (n1 - 53))
        if rest == 0 { return (hi, 0) }
        let n2 = 128 - rest.leadingZeroBitCount
        let m2 = UInt64(truncatingIfNeeded: rest >> (n2 - 53))
        let d2 = UInt64(truncatingIfNeeded: n2 - 128 + 1021) << 52
        return (hi, Double(bitPattern: sign | (d2 &+ m2)))
    }

    /// x mod π/2 for |x| ≥ 2^20·π/2, exactly in integers: with x = X·2^k (X the 53-bit
    /// significand), x/(2π) mod 1 = X·(2^k/(2π) mod 1) mod 1, so only the 192 bits of 1/(2π)
    /// starting k bits in are needed. The product's fraction, in 128 bits, gives the quadrant
    /// (its top two bits, rounded) and the remainder, which is then multiplied by π/2 in
    /// extended precision (Julia's `paynehanek`).
    static func payneHanek(_ x: Double) -> ReducedAngle {
        let u = x.bitPattern
        let significand = (u & 0x000f_ffff_ffff_ffff) | (1 << 52)
        let k = Int((u >> 52) & 0x7ff) - 1023 - 52
        // The 64-bit words of 1/(2π) from bit k on; k ≥ −32 here, so word −1 is zero.
        let index = k >> 6, shift = k - (index << 6)
        let table = inverse2Pi
        let a1: UInt64, a2: UInt64, a3: UInt64
        if shift == 0 {
            a1 = table[index]
            a2 = table[index + 1]
            a3 = table[index + 2]
        } else {
            a1 = (index < 0 ? 0 : table[index] << shift) | (table[index + 1] >> (64 - shift))
            a2 = (table[index + 1] << shift) | (table[index + 2] >> (64 - shift))
            a3 = (table[index + 2] << shift) | (table[index + 3] >> (64 - shift))
        }
        // X·(0.a1 a2 a3), keeping the 128 bits after the binary point: the integer part
        // overflows away, and of X·a3 only the carry into them counts.
        let w1 = UInt128(significand &* a1) << 64
        let w2 = UInt128(significand) * UInt128(a2)
        let w3 = (UInt128(significand) * UInt128(a3)) >> 64
        var w = w1 &+ w2 &+ w3
        if x.sign == .minus { w = 0 &- w }
        // In quarter turns: the nearest quadrant, and the signed fraction left, in [−½, ½).
        let quadrant = (Int(truncatingIfNeeded: w >> 125) + 1) >> 1
        let fraction = Int128(bitPattern: w << 2)
        let (zHi, zLo) = splitFraction(fraction)
        // Times π/2: zHi and the leading part of π/2 have 26 significant bits each, so their
        // product is exact.
        let halfPi = 1.5707963267948966
        let halfPiHi = 1.5707963407039642, halfPiLo = -1.3909067614167116e-8
        let hi = (zHi + zLo) * halfPi
        let lo = (((zHi * halfPiHi - hi) + zHi * halfPiLo) + zLo * halfPiHi) + zLo * halfPiLo
        return ReducedAngle(quadrant: quadrant, hi: hi, lo: lo)
    }

    /// x = n·π/2 + r for finite x with |x| ≥ π/4, choosing the method by |x| (Julia's
    /// `rem_pio2_kernel`). Near the multiples of π/2 where a short reduction would lose bits
    /// (their high words are tested for), the extended Cody–Waite is used instead.
    static func reduceByHalfPi(_ x: Double) -> ReducedAngle {
        let xhp = absoluteHighWord(x)
        let positive = x > 0
        if xhp <= 0x400f_6a7a {  // |x| ≲ 5π/4
            if xhp & 0xfffff == 0x921fb { return reduceExtended(x, xhp) }  // |x| ≈ π/2 or π
            if xhp <= 0x4002_d97c { return reduceTwoConstants(x, positive ? 1 : -1) }  // |x| ≲ 3π/4
            return reduceTwoConstants(x, positive ? 2 : -2)
        }
        if xhp <= 0x401c_463b {  // |x| ≲ 9π/4
            if xhp <= 0x4015_fdbc {  // |x| ≲ 7π/4
                if xhp == 0x4012_d97c { return reduceExtended(x, xhp) }  // |x| ≈ 3π/2
                return reduceTwoConstants(x, positive ? 3 : -3)
            }
            if xhp == 0x4019_21fb { return reduceExtended(x, xhp) }  // |x| ≈ 2π
            return reduceTwoConstants(x, positive ? 4 : -4)
        }
        if xhp < 0x4139_21fb { return reduceExtended(x, xhp) }  // |x| < 2^20·π/2
        return payneHanek(x)
    }
}
