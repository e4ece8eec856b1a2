// Julia 1.10's normalised sinc and its derivative (base/special/trig.jl), and cispi
// (base/complex.jl), built on sinpi, cospi and sincospi (TrigPi.swift). Near 0, where
// sin(πx)/(πx) and the difference in cosc lose their digits to cancellation, Julia
// switches to the Taylor series at thresholds of its own, which are kept here.

extension Julia {
    /// sinc's series 1 − (πx)²/6 + (πx)⁴/120 in x², its coefficients as Julia forms them
    /// from Float64(π): −π·π/6 and π^4/120, π^4 by Julia's compensated integer power.
    static let sincSeries: InlineArray<3, Double> = [
        1.0, -(Double.pi * Double.pi) / 6, pow(Double.pi, 4) / 120,
    ]

    /// cosc's series in x², Float64 of (−1)ⁿ·π²ⁿ/((2n+1)·(2n−1)!) for n = 1...6, as
    /// Julia hard-codes them.
    static let coscSeries: InlineArray<6, Double> = [
        -3.289868133696453, 3.2469697011334144, -1.1445109447325053,
        0.2091827825412384, -0.023460810354558236, 0.001781145516372852,
    ]

    /// sin(πx)/(πx), and 1 at 0, as Julia's `sinc(::Float64)`: the series below |x| = 0.001,
    /// 0.0 at ±Inf, NaN at NaN.
    public static func sinc(_ x: Double) -> Double {
        if Swift.abs(x) < 0.001 { return evalpoly(x * x, sincSeries) }
        if x.isInfinite { return 0 }
        return sinpi(x) / (Double.pi * x)
    }

    /// cos(πx)/x − sin(πx)/(πx²), the derivative of sinc, and 0 at 0, as Julia's
    /// `cosc(::Float64)`: the series below |x| = 0.14, 0.0 at ±Inf, NaN at NaN.
    public static func cosc(_ x: Double) -> Double {
        if Swift.abs(x) < 0.14 { return x * evalpoly(x * x, coscSeries) }
        if x.isInfinite { return 0 }
        let pix = Double.pi * x
        return (pix * cospi(x) - sinpi(x)) / (pix * x)
    }

    /// e^(iπz) for z = re + i·im, as Julia's `cispi(::ComplexF64)`: e^(−π·im) times
    /// (cospi(re), sinpi(re)). NaN parts for an infinite re (Julia: a DomainError).
    public static func cispi(_ re: Double, _ im: Double) -> (re: Double, im: Double) {
        let v = exp(-(Double.pi * im))
        let (s, c) = sincospi(re)
        return (v * c, v * s)
    }
}
