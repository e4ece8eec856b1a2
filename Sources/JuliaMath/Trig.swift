// Julia 1.10's sine, cosine and tangent of Float64 (base/special/trig.jl, kernels after
// FDLIBM's k_sin.c, k_cos.c and k_tan.c). Method: reduce x = n·π/2 + r (RemPio2.swift), then
// evaluate sin, cos or tan on r ∈ [−π/4, π/4] by a minimax polynomial, carrying the
// reduction's low part r.lo as a first-order correction, and pick the kernel and sign by
// n mod 4. Below π/4 the kernels take x itself, without the correction.
//
// Where Julia throws a DomainError (an infinite argument), these return NaN, as the C
// library does; the notebook raises Julia's error before calling them.

extension Julia {
    /// π/4 as a Double (Julia's `T(pi)/4`): below it no reduction is needed.
    static let quarterPi = Double.pi / 4

    // sin r ≈ r + S1·r³ + S2·r⁵ + ... + S6·r¹³ on [−π/4, π/4] (Julia's DS1...DS6).
    static let sinS1 = -1.66666666666666324348e-01
    static let sinRest: InlineArray<3, Double> = [8.33333333332248946124e-03, -1.98412698298579493134e-04,
                                                  2.75573137070700676789e-06]
    static let sinTail: InlineArray<2, Double> = [-2.50507602534068634195e-08, 1.58969099521155010221e-10]

    /// sin(hi + lo) for |hi + lo| ≤ π/4, lo tiny: the polynomial at hi, plus lo·cos(hi) ≈
    /// lo·(1 − hi²/2) (Julia's `sin_kernel(::DoubleFloat64)`).
    @inline(__always)
    static func sinKernel(_ hi: Double, _ lo: Double) -> Double {
        let y2 = hi * hi
        let y4 = y2 * y2
        let r = evalpoly(y2, sinRest) + y2 * y4 * evalpoly(y2, sinTail)
        let y3 = y2 * hi
        return hi - ((y2 * (0.5 * lo - y3 * r) - lo) - y3 * sinS1)
    }

    /// sin y for |y| ≤ π/4 (Julia's `sin_kernel(::Float64)`).
    @inline(__always)
    static func sinKernel(_ y: Double) -> Double {
        let y2 = y * y
        let y4 = y2 * y2
        let r = evalpoly(y2, sinRest) + y2 * y4 * evalpoly(y2, sinTail)
        let y3 = y2 * y
        return y + y3 * (sinS1 + y2 * r)
    }

    // cos r ≈ 1 − r²/2 + C1·r⁴ + ... + C6·r¹⁴ (Julia's DC1...DC6).
    static let cosHead: InlineArray<3, Double> = [4.16666666666666019037e-02, -1.38888888888741095749e-03,
                                                  2.48015872894767294178e-05]
    static let cosTail: InlineArray<3, Double> = [-2.75573143513906633035e-07, 2.08757232129817482790e-09,
                                                  -1.13596475577881948265e-11]

    /// cos(hi + lo) for |hi + lo| ≤ π/4: 1 − hi²/2 is summed as w plus its rounding error so
    /// the leading 1 doesn't swallow the polynomial's bits; −hi·lo is the first-order
    /// correction for lo (Julia's `cos_kernel(::DoubleFloat64)`).
    @inline(__always)
    static func cosKernel(_ hi: Double, _ lo: Double) -> Double {
        let y2 = hi * hi
        let y4 = y2 * y2
        let r = y2 * evalpoly(y2, cosHead) + y4 * y4 * evalpoly(y2, cosTail)
        let halfY2 = 0.5 * y2
        let w = 1.0 - halfY2
        return w + (((1.0 - w) - halfY2) + (y2 * r - hi * lo))
    }

    /// cos y for |y| ≤ π/4 (Julia's `cos_kernel(::Float64)`).
    @inline(__always)
    static func cosKernel(_ y: Double) -> Double {
        let y2 = y * y
        let y4 = y2 * y2
        let r = y2 * evalpoly(y2, cosHead) + y4 * y4 * evalpoly(y2, cosTail)
        let halfY2 = 0.5 * y2
        let w = 1.0 - halfY2
        return w + (((1.0 - w) - halfY2) + (y2 * r))
    }

    // tan r ≈ r + T1·r³ + T2·r⁵ + ... + T13·r²⁷ on [0, 0.67434], its coefficients split by the
    // parity of their index so the two halves are polynomials in r⁴.
    static let tanT1 = 3.33333333333334091986e-01
    static let tanEven: InlineArray<6, Double> = [
        1.33333333333201242699e-01, 2.18694882948595424599e-02, 3.59207910759131235356e-03,
        5.88041240820264096874e-04, 7.81794442939557092300e-05, -1.85586374855275456654e-05,
    ]
    static let tanOdd: InlineArray<6, Double> = [
        5.39682539762260521377e-02, 8.86323982359930005737e-03, 1.45620945432529025516e-03,
        2.46463134818469906812e-04, 7.14072491382608190305e-05, 2.59073051863633712884e-05,
    ]
    /// Where the polynomial stops being accurate enough and tan(π/4 − z) is used instead.
    static let tanReflectAbove = 0.6744
    /// π/4 − `quarterPi`, the low part of π/4.
    static let quarterPiLo = 3.06161699786838301793e-17

    /// tan(hi + lo) when `even`, −1/tan(hi + lo) otherwise, for |hi + lo| ≲ π/4 and hi ≠ −0
    /// (Julia's `tan_kernel(::DoubleFloat64, k)`). Above 0.6744 the argument is reflected,
    /// z = π/4 − |y|, and tan y = 1 − 2·(tan z − tan²z/(1 + tan z)) with its sign restored.
    /// The cotangent is formed as a quotient corrected by one Newton step in split halves.
    static func tanKernel(_ hi: Double, _ lo: Double, even: Bool) -> Double {
        var yhi = hi, ylo = lo
        let reflected = Swift.abs(hi) >= tanReflectAbove
        if reflected {
            if yhi < 0 {
                yhi = -yhi
                ylo = -ylo
            }
            // π/4 − y, its high and low parts subtracted separately; the result is exact
            // enough that its own low part is dropped.
            yhi = (quarterPi - yhi) + (quarterPiLo - ylo)
            ylo = 0
        }
        let y2 = yhi * yhi
        let y4 = y2 * y2
        let evenPart = evalpoly(y4, tanEven)
        let oddPart = y2 * evalpoly(y4, tanOdd)
        let y3 = y2 * yhi
        // P(y) − y − T1·y³, with the first-order term for ylo (tan' = 1 + y²).
        var r = ylo + y2 * (y3 * (evenPart + oddPart) + ylo)
        r += tanT1 * y3
        let p = yhi + r
        let k = even ? 1.0 : -1.0
        if reflected {
            return (hi.sign == .minus ? -1.0 : 1.0) * (k - 2 * (yhi - (p * p / (k + p) - r)))
        }
        if even { return p }
        // −1/p accurately: p = p0 + v with p0 its upper half, t the upper half of a = −1/p;
        // then −1/p ≈ t + a·(1 + t·p0 + t·v).
        let p0 = upperHalf(p)
        let v = r - (p0 - yhi)
        let a = -1.0 / p
        let t = upperHalf(a)
        let s = 1.0 + t * p0
        return t + a * (s + t * v)
    }

    /// x with the low 32 bits of its pattern cleared, so that products of two such halves
    /// are exact.
    @inline(__always) static func upperHalf(_ x: Double) -> Double {
        Double(bitPattern: (x.bitPattern >> 32) << 32)
    }

    /// The kernel value for quadrant n: sin, cos, −sin, −cos in turn (and for cosine the
    /// quadrant one on: cos, −sin, −cos, sin).
    @inline(__always)
    static func sinOfReduced(_ y: ReducedAngle, quarterTurns extra: Int = 0) -> Double {
        switch (y.quadrant &+ extra) & 3 {
        case 0: return sinKernel(y.hi, y.lo)
        case 1: return cosKernel(y.hi, y.lo)
        case 2: return -sinKernel(y.hi, y.lo)
        default: return -cosKernel(y.hi, y.lo)
        }
    }

    /// sin x, as Julia's `sin(::Float64)`. NaN for an infinite x (Julia: a DomainError).
    public static func sin(_ x: Double) -> Double {
        let absx = Swift.abs(x)
        if absx < quarterPi {
            // Below √eps the cubic term is under half an ulp of x.
            if absx < 0x1p-26 { return x }
            return sinKernel(x)
        }
        if !x.isFinite { return x.isNaN ? x : .nan }
        return sinOfReduced(reduceByHalfPi(x))
    }

    /// √(eps/2): below it 1 − x²/2 rounds to 1.
    static let cosIsOneBelow = (Double.ulpOfOne / 2).squareRoot()

    /// cos x, as Julia's `cos(::Float64)`. NaN for an infinite x (Julia: a DomainError).
    public static func cos(_ x: Double) -> Double {
        let absx = Swift.abs(x)
        if absx < quarterPi {
            if absx < cosIsOneBelow { return 1.0 }
            return cosKernel(x)
        }
        if !x.isFinite { return x.isNaN ? x : .nan }
        return sinOfReduced(reduceByHalfPi(x), quarterTurns: 1)
    }

    /// (sin x, cos x) from one reduction, as Julia's `sincos(::Float64)`; each equals what
    /// `sin` and `cos` give alone. NaNs for an infinite x (Julia: a DomainError).
    public static func sincos(_ x: Double) -> (sin: Double, cos: Double) {
        if Swift.abs(x) < quarterPi {
            if x == 0 { return (x, 1.0) }
            return (sinKernel(x), cosKernel(x))
        }
        if !x.isFinite { return x.isNaN ? (x, x) : (.nan, .nan) }
        let y = reduceByHalfPi(x)
        return (sinOfReduced(y), sinOfReduced(y, quarterTurns: 1))
    }

    /// tan x, as Julia's `tan(::Float64)`. NaN for an infinite x (Julia: a DomainError).
    public static func tan(_ x: Double) -> Double {
        let absx = Swift.abs(x)
        if absx < quarterPi {
            // Below √eps/2 tan x rounds to x; returning it also keeps tan(−0) = −0, which
            // the kernel's polynomial would not.
            if absx < 0x1p-27 { return x }
            return tanKernel(x, 0, even: true)
        }
        if !x.isFinite { return x.isNaN ? x : .nan }
        let y = reduceByHalfPi(x)
        return tanKernel(y.hi, y.lo, even: y.quadrant & 1 == 0)
    }
}
