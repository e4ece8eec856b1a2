// Julia 1.10's sine and cosine of multiples of π and of degrees (base/special/trig.jl):
// sinpi, cospi, sincospi, tanpi reduce x exactly to r ∈ [−¼, ¼] half-turns from the nearest
// multiple of ½ and evaluate minimax polynomials of sin(πr) and cos(πr); sind, cosd, tand
// reduce x exactly modulo 360 and to within 45 degrees of a multiple of 90, convert to
// radians in extended precision and use the kernels of Trig.swift.
//
// Where Julia throws a DomainError (an infinite argument), these return NaN; the notebook
// raises Julia's error before calling them.

extension Julia {
    static let sinPiRest: InlineArray<6, Double> = [
        2.5501640398773415, -0.5992645293202981, 0.08214588658006512,
        -7.370429884921779e-3, 4.662827319453555e-4, -2.1717412523382308e-5,
    ]

    /// sin(πx) for |x| ≤ ¼: π·x + x·(c3·x² + x⁴·R(x²) + π_lo) with π's rounding error folded
    /// into the last term (Julia's `sinpi_kernel(::Float64)`).
    @inline(__always)
    static func sinPiKernel(_ x: Double) -> Double {
        let x2 = x * x
        let x4 = x2 * x2
        let r = evalpoly(x2, sinPiRest)
        return muladd(3.141592653589793, x, x * muladd(-5.16771278004997, x2, muladd(x4, r, 1.2245907532225998e-16)))
    }

    static let cosPiRest: InlineArray<6, Double> = [
        4.058712126416765, -1.3352627688537357, 0.23533063027900392,
        -0.025806887811869204, 1.9294917136379183e-3, -1.0368935675474665e-4,
    ]

    /// cos(πx) for |x| ≤ ¼: 1 − (π²/2)·x² in extended precision (its product's error and the
    /// subtraction's both kept), plus x⁴·R(x²) (Julia's `cospi_kernel(::Float64)`).
    @inline(__always)
    static func cosPiKernel(_ x: Double) -> Double {
        let x2 = x * x
        let r = x2 * evalpoly(x2, cosPiRest)
        let ax2 = 4.934802200544679 * x2
        let ax2Lo = muladd(3.109686485461973e-16, x2, muladd(4.934802200544679, x2, -ax2))
        let w = 1.0 - ax2
        return w + muladd(x2, r, ((1.0 - w) - ax2) - ax2Lo)
    }

    /// 2^53, Julia's `maxintfloat(Float64)`: from here on every Double is an even integer.
    static let allIntegersFrom = 0x1p53

    /// |x| = n/2 + r exactly, n the nearest whole number of half turns and |r| ≤ ¼;
    /// n mod 4 picks the kernel.
    @inline(__always)
    static func halfTurns(_ absx: Double) -> (quadrant: Int, r: Double) {
        let n = (2 * absx).rounded(.toNearestOrEven)
        return (Int(n) & 3, muladd(-0.5, n, absx))
    }

    /// sin(πx), as Julia's `sinpi(::Float64)`: exact zeros at integers (signed as x) and ±1
    /// at half-integers. NaN for an infinite x (Julia: a DomainError).
    public static func sinpi(_ x: Double) -> Double {
        let absx = Swift.abs(x)
        if !absx.isFinite { return absx.isNaN ? absx : .nan }
        if absx >= allIntegersFrom { return Double(signOf: x, magnitudeOf: 0) }
        let (n, r) = halfTurns(absx)
        let value: Double
        switch n {
        case 0: value = sinPiKernel(r)
        case 1: value = cosPiKernel(r)
        case 2: value = 0.0 - sinPiKernel(r)
        default: value = 0.0 - cosPiKernel(r)
        }
        return x.sign == .minus ? -value : value
    }

    /// cos(πx), as Julia's `cospi(::Float64)`. NaN for an infinite x (Julia: a DomainError).
    public static func cospi(_ x: Double) -> Double {
        let absx = Swift.abs(x)
        if !absx.isFinite { return absx.isNaN ? absx : .nan }
        if absx >= allIntegersFrom { return 1.0 }
        let (n, r) = halfTurns(absx)
        switch n {
        case 0: return cosPiKernel(r)
        case 1: return 0.0 - sinPiKernel(r)
        case 2: return 0.0 - cosPiKernel(r)
        default: return sinPiKernel(r)
        }
    }

    /// (sin(πx), cos(πx)) with both kernels at one reduction, as Julia's `sincospi(::Float64)`.
    public static func sincospi(_ x: Double) -> (sin: Double, cos: Double) {
        let absx = Swift.abs(x)
        if !absx.isFinite { return absx.isNaN ? (absx, absx) : (.nan, .nan) }
        if absx >= allIntegersFrom { return (Double(signOf: x, magnitudeOf: 0), 1.0) }
        let (n, r) = halfTurns(absx)
        let s = sinPiKernel(r), c = cosPiKernel(r)
        let (si, co): (Double, Double)
        switch n {
        case 0: (si, co) = (s, c)
        case 1: (si, co) = (c, 0.0 - s)
        case 2: (si, co) = (0.0 - s, 0.0 - c)
        default: (si, co) = (0.0 - c, s)
        }
        return (x.sign == .minus ? -si : si, co)
    }

    /// tan(πx) as the quotient of sincospi's two values, as Julia's `tanpi(::Float64)`:
    /// ±0 at integers, ±Inf at half-integers.
    public static func tanpi(_ x: Double) -> Double {
        let absx = Swift.abs(x)
        if !absx.isFinite { return absx.isNaN ? absx : .nan }
        if absx >= allIntegersFrom { return Double(signOf: x, magnitudeOf: 0) }
        let (si, co) = sincospi(x)
        return si / co
    }

    /// x degrees in radians as hi + lo, the product carried to about twice a Double's
    /// precision: x split in halves by Veltkamp's 2^27 + 1, π/180 in a 26-bit head and a tail
    /// (Julia's `deg2rad_ext(::Float64)`).
    @inline(__always)
    static func radiansExtended(_ x: Double) -> (hi: Double, lo: Double) {
        let m = 0.017453292519943295
        let mHi = 0.01745329238474369, mLo = 1.3519960527851425e-10
        let u = 134217729.0 * x
        let xHi = u - (u - x)
        let xLo = x - xHi
        let hi = m * x
        let lo = xHi * mLo + (xLo * mHi + ((xHi * mHi - hi) + xLo * mLo))
        return (hi, lo)
    }

    @inline(__always) static func sinKernel(degrees x: Double) -> Double {
        let (hi, lo) = radiansExtended(x)
        return sinKernel(hi, lo)
    }

    @inline(__always) static func cosKernel(degrees x: Double) -> Double {
        let (hi, lo) = radiansExtended(x)
        return cosKernel(hi, lo)
    }

    /// sin of rx degrees for rx = x rem 360 with x's sign (Julia's `sind` after its reduction).
    static func sinDegreesReduced(_ rx: Double) -> Double {
        let arx = Swift.abs(rx)
        if rx == 0 { return rx }
        if arx < 45 { return sinKernel(degrees: rx) }
        if arx <= 135 { return Double(signOf: rx, magnitudeOf: cosKernel(degrees: 90 - arx)) }
        if arx == 180 { return Double(signOf: rx, magnitudeOf: 0) }
        if arx < 225 { return sinKernel(degrees: (180 - arx) * (rx > 0 ? 1 : -1)) }
        if arx <= 315 { return -Double(signOf: rx, magnitudeOf: cosKernel(degrees: 270 - arx)) }
        return sinKernel(degrees: rx - Double(signOf: rx, magnitudeOf: 360))
    }

    /// cos of rx degrees for rx = |x rem 360| (Julia's `cosd` after its reduction).
    static func cosDegreesReduced(_ rx: Double) -> Double {
        if rx <= 45 { return cosKernel(degrees: rx) }
        if rx < 135 { return sinKernel(degrees: 90 - rx) }
        if rx <= 225 { return -cosKernel(degrees: 180 - rx) }
        if rx < 315 { return sinKernel(degrees: rx - 270) }
        return cosKernel(degrees: 360 - rx)
    }

    /// The sine of x degrees, as Julia's `sind(::Float64)`: exact zeros and ±1 at multiples
    /// of 90. NaN for an infinite x (Julia: a DomainError).
    public static func sind(_ x: Double) -> Double {
        if !x.isFinite { return x.isNaN ? x : .nan }
        return sinDegreesReduced(Double(signOf: x, magnitudeOf: x.truncatingRemainder(dividingBy: 360)))
    }

    /// The sine of n degrees, as Julia's `sind(::Int)`: the remainder by 360 is taken in
    /// integers, so it is exact for every n.
    public static func sind(_ n: Int) -> Double {
        sinDegreesReduced(Double(signOf: Double(n), magnitudeOf: Double(n % 360)))
    }

    /// The cosine of x degrees, as Julia's `cosd(::Float64)`. NaN for an infinite x.
    public static func cosd(_ x: Double) -> Double {
        if !x.isFinite { return x.isNaN ? x : .nan }
        return cosDegreesReduced(Swift.abs(x.truncatingRemainder(dividingBy: 360)))
    }

    /// The cosine of n degrees, as Julia's `cosd(::Int)`.
    public static func cosd(_ n: Int) -> Double { cosDegreesReduced(Double((n % 360).magnitude)) }

    /// The tangent of x degrees, as Julia's `tand`: sind(x)/cosd(x).
    public static func tand(_ x: Double) -> Double { sind(x) / cosd(x) }
    public static func tand(_ n: Int) -> Double { sind(n) / cosd(n) }
}
