// Julia 1.10's inverse trigonometric functions of Float64 (base/special/trig.jl, after
// FDLIBM's e_asin.c, e_acos.c, s_atan.c and e_atan2.c). asin and acos share one rational
// approximation R(t) of (asin(√t) − √t)/√t³; atan reduces its argument to one of five
// intervals around 0, ½, 1, 3/2 and ∞ and evaluates one odd polynomial; atan(y, x) is atan
// of |y/x| placed in its quadrant.
//
// Where Julia throws a DomainError (asin or acos outside [−1, 1]), these return NaN, as
// the C library does; the notebook raises Julia's error before calling them.

extension Julia {
    /// π/2 as a Double, and the part of π/2 it misses (Julia's PIO2_HI, PIO2_LO).
    static let halfPiHi = 1.57079632679489655800e+00, halfPiLo = 6.12323399573676603587e-17

    static let arcNumerator: InlineArray<6, Double> = [
        1.66666666666666657415e-01, -3.25565818622400915405e-01, 2.01212532134862925881e-01,
        -4.00555345006794114027e-02, 7.91534994289814532176e-04, 3.47933107596021167570e-05,
    ]
    static let arcDenominator: InlineArray<5, Double> = [
        1.0, -2.40339491173441421878e+00, 2.02094576023350569471e+00,
        -6.88283971605453293030e-01, 7.70381505559019352791e-02,
    ]

    /// t·R(t) ≈ (asin(√t) − √t)/√t, a rational minimax approximation on [0, ¼] with error
    /// below 2^−58.75 (Julia's `arc_tRt`).
    @inline(__always)
    static func arcRational(_ t: Double) -> Double {
        (t * evalpoly(t, arcNumerator)) / evalpoly(t, arcDenominator)
    }

    @inline(__always) static func flipsign(_ x: Double, _ y: Double) -> Double {
        y.sign == .minus ? -x : x
    }

    /// asin x for ½ ≤ |x| < 1, t = (1 − |x|)/2: asin|x| = π/2 − 2·asin(√t). Below 0.975 √t is
    /// split as s0 + c, s0 its upper half, so that π/4 − 2·s0 is exact (Julia's `asin_kernel`).
    static func asinKernel(_ t: Double, _ x: Double) -> Double {
        let s = t.squareRoot()
        let tRt = arcRational(t)
        if Swift.abs(x) >= 0.975 {
            return flipsign(Double.pi / 2 - (2.0 * (s + s * tRt) - halfPiLo), x)
        }
        let s0 = upperHalf(s)
        let c = (t - s0 * s0) / (s + s0)
        let p = 2.0 * s * tRt - (halfPiLo - 2.0 * c)
        let q = quarterPi - 2.0 * s0
        return flipsign(quarterPi - (p - q), x)
    }

    /// asin x, as Julia's `asin(::Float64)`. NaN for |x| > 1 (Julia: a DomainError).
    public static func asin(_ x: Double) -> Double {
        let absx = Swift.abs(x)
        if absx >= 1.0 {
            return absx == 1.0 ? flipsign(Double.pi / 2, x) : .nan
        }
        if absx < 0.5 {
            // Below √eps, x³/6 is under half an ulp of x.
            if absx < 0x1p-26 { return x }
            return muladd(x, arcRational(x * x), x)
        }
        return asinKernel((1.0 - absx) / 2, x)
    }

    /// acos x, as Julia's `acos(::Float64)`: π/2 − asin x below ½; 2·asin(√((1 − |x|)/2))
    /// above, taken from π for negative x. NaN for |x| > 1 (Julia: a DomainError).
    public static func acos(_ x: Double) -> Double {
        let absx = Swift.abs(x)
        if absx >= 1.0 {
            if absx == 1.0 { return x > 0 ? 0.0 : Double.pi }
            return .nan
        }
        if absx < 0.5 {
            if absx < 0x1p-57 { return Double.pi / 2 }
            return halfPiHi - (x - (halfPiLo - x * arcRational(x * x)))
        }
        let z = (1.0 - absx) * 0.5
        let zRz = arcRational(z)
        let s = z.squareRoot()
        if x < 0 {
            return 3.14159265358979311600e+00 - 2.0 * (s + (zRz * s - halfPiLo))
        }
        // √z as df + c, df its upper half, so 2·df is exact.
        let df = upperHalf(s)
        let c = (z - df * df) / (s + df)
        return 2.0 * (df + (zRz * s + c))
    }

    // atan t ≈ t − t·(t²·P(t⁴) + t⁴·Q(t⁴)) on [0, 7/16]: the odd and even halves of one
    // polynomial in t².
    static let atanEven: InlineArray<6, Double> = [
        3.33333333333329318027e-01, 1.42857142725034663711e-01, 9.09088713343650656196e-02,
        6.66107313738753120669e-02, 4.97687799461593236017e-02, 1.62858201153657823623e-02,
    ]
    static let atanOdd: InlineArray<5, Double> = [
        -1.99999999998764832476e-01, -1.11111104054623557880e-01, -7.69187620504482999495e-02,
        -5.83357013379057348645e-02, -3.65315727442169155270e-02,
    ]

    /// The two halves of the polynomial at t (Julia's `atan_pq`).
    @inline(__always)
    static func atanHalves(_ t: Double) -> (Double, Double) {
        let t2 = t * t
        let t4 = t2 * t2
        return (t2 * evalpoly(t4, atanEven), t4 * evalpoly(t4, atanOdd))
    }

    /// atan of ½, 1, 3/2 and ∞ as high and low parts, the centres of the reduction.
    static let atanHalf = (hi: 4.63647609000806093515e-01, lo: 2.26987774529616870924e-17)
    static let atanOne = (hi: 7.85398163397448278999e-01, lo: 3.06161699786838301793e-17)
    static let atanThreeHalves = (hi: 9.82793723247329054082e-01, lo: 1.39033110312309984516e-17)
    static let atanInfinity = (hi: 1.57079632679489655800e+00, lo: 6.12323399573676603587e-17)

    /// atan x, as Julia's `atan(::Float64)`: atan|x| = atan c + atan((|x| − c)/(1 + c·|x|))
    /// for the centre c of |x|'s interval (c = ∞: atan(−1/|x|)), sign restored at the end.
    public static func atan(_ x: Double) -> Double {
        let absx = Swift.abs(x)
        if absx >= 0x1p66 { return Double(signOf: x, magnitudeOf: 1.5707963267948966) }
        if absx < 7.0 / 16 {
            // Below 2^−27, x³/3 is under half an ulp of x.
            if absx < 0x1p-27 { return x }
            let (p, q) = atanHalves(x)
            return x - x * (p + q)
        }
        let centre: (hi: Double, lo: Double)
        let t: Double
        if absx < 19.0 / 16 {
            if absx < 11.0 / 16 {
                centre = atanHalf
                t = (2.0 * absx - 1.0) / (2.0 + absx)
            } else {
                centre = atanOne
                t = (absx - 1.0) / (absx + 1.0)
            }
        } else if absx < 39.0 / 16 {
            centre = atanThreeHalves
            t = (absx - 1.5) / (1.0 + 1.5 * absx)
        } else {
            centre = atanInfinity
            t = -1.0 / absx
        }
        let (p, q) = atanHalves(t)
        let z = centre.hi - ((t * (p + q) - centre.lo) - t)
        // Julia's copysign(z, sign(x)): a NaN x comes here and gives a NaN.
        let sign: Double = x > 0 ? 1 : x < 0 ? -1 : x
        return Double(signOf: sign, magnitudeOf: z)
    }

    /// π − `Double.pi`, the low part of π (Julia's ATAN2_PI_LO).
    static let piLo = 1.2246467991473531772e-16

    /// The angle of the point (x, y), in [−π, π], as Julia's `atan(::Float64, ::Float64)`,
    /// with IEEE's special values for zeros and infinities.
    public static func atan(_ y: Double, _ x: Double) -> Double {
        if x.isNaN || y.isNaN { return x.isNaN ? x : y }
        if x == 1.0 { return atan(y) }
        // The quadrant by signs: bit 1 for x < 0, bit 0 for y < 0 (zeros by their sign).
        var m = (x.sign == .minus ? 2 : 0) + (y.sign == .minus ? 1 : 0)
        let pi = Double.pi
        if y == 0 {
            switch m {
            case 0, 1: return y
            case 2: return pi
            default: return -pi
            }
        }
        if x == 0 { return flipsign(pi / 2, y) }
        if x.isInfinite {
            if y.isInfinite {
                return [pi / 4, -pi / 4, 3 * pi / 4, -3 * pi / 4][m]
            }
            return [0.0, -0.0, pi, -pi][m]
        }
        if y.isInfinite { return Double(signOf: y, magnitudeOf: pi / 2) }
        // The difference of the exponents, from the high words: beyond 60 binary orders y/x
        // is taken as infinite (or, to the left, as 0).
        let k = Int32(bitPattern: absoluteHighWord(y) &- absoluteHighWord(x)) >> 20
        let z: Double
        if k > 60 {
            z = pi / 2 + 0.5 * piLo
            m &= 1
        } else if x < 0 && k < -60 {
            z = 0.0
        } else {
            z = atan(Swift.abs(y / x))
        }
        switch m {
        case 0: return z
        case 1: return -z
        case 2: return pi - (z - piLo)
        default: return (z - piLo) - pi
        }
    }
}
