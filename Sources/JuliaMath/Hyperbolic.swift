// Julia 1.10's hyperbolic functions of Float64 other than tanh (base/special/hyperbolic.jl,
// after FDLIBM): sinh and cosh from a minimax polynomial for small |x| and from Julia's
// exp beyond; asinh, acosh and atanh as FDLIBM's rearrangements of log(x + sqrt(x² ± 1))
// and ½·log((1 + x)/(1 − x)) through Julia's log and log1p.

extension Julia {
    /// sinh x for |x| ≤ 2.1 (Julia's `sinh_kernel`): x·(1 + x²/6 + x⁴·p(x²)), the low
    /// terms in extended precision, x²'s own rounding error included.
    @inlinable @inline(__always)
    static func sinhKernel(_ x: Double) -> Double {
        let (x2, x2lo) = twoMul(x, x)
        let highOrder = evalpoly(x2, [8.333333333336817e-3, 1.9841269840165435e-4,
                                      2.7557319381151335e-6, 2.5052096530035283e-8,
                                      1.6059550718903307e-10, 7.634842144412119e-13,
                                      2.9696954760355812e-15])
        let (hi, lo) = exthorner(x2, [1.0, 0.16666666666666635, highOrder])
        return muladd(x, hi, muladd(x, lo, x * x2lo * 0.16666666666666635))
    }

    /// cosh x for |x| ≤ 1 as a polynomial in x² (Julia's `cosh_kernel`).
    @inlinable @inline(__always)
    static func coshKernel(_ x2: Double) -> Double {
        evalpoly(x2, [1.0, 0.5000000000000002, 0.04166666666666269, 1.3888888889206764e-3,
                      2.4801587176784207e-5, 2.7557345825742837e-7, 2.0873617441235094e-9,
                      1.1663435515945578e-11])
    }

    /// From here on e^|x| overflows while sinh and cosh don't yet (nextfloat(709.7822265633562)):
    /// e^(|x|/2)/2 · e^(|x|/2) instead.
    @usableFromInline static let hyperbolicLargeX = 709.7822265633563

    /// The hyperbolic sine, as Julia's `sinh(::Float64)`.
    public static func sinh(_ x: Double) -> Double {
        let absx = abs(x)
        if absx <= 2.1 { return sinhKernel(x) }
        if absx >= hyperbolicLargeX {
            let e = exp(0.5 * absx)
            return Double(signOf: x, magnitudeOf: 0.5 * e * e)
        }
        let e = exp(absx)
        return Double(signOf: x, magnitudeOf: 0.5 * (e - 1 / e))
    }

    /// The hyperbolic cosine, as Julia's `cosh(::Float64)`.
    public static func cosh(_ x: Double) -> Double {
        let absx = abs(x)
        if absx <= 1 { return coshKernel(x * x) }
        if absx >= hyperbolicLargeX {
            let e = exp(0.5 * absx)
            return 0.5 * e * e
        }
        let e = exp(absx)
        return 0.5 * (e + 1 / e)
    }

    /// The inverse hyperbolic sine, as Julia's `asinh(::Float64)`: log1p of a rearranged
    /// |x| + sqrt(x² + 1) − 1 below 2, the log of a rearranged 2|x| + 1/(...) below 2^28,
    /// and log|x| + log 2 beyond, where x² + 1 is x².
    public static func asinh(_ x: Double) -> Double {
        if !x.isFinite { return x }
        let absx = abs(x)
        let w: Double
        if absx < 2 {
            if absx < 0x1p-28 { return x }
            let t = x * x
            w = log1p(absx + t / (1 + (1 + t).squareRoot()))
        } else if absx < 0x1p28 {
            w = log(2 * absx + 1 / ((x * x + 1).squareRoot() + absx))
        } else {
            w = log(absx) + 6.93147180559945286227e-01
        }
        return Double(signOf: x, magnitudeOf: w)
    }

    /// The inverse hyperbolic cosine, as Julia's `acosh(::Float64)`; NaN below 1, where
    /// Julia throws a DomainError.
    public static func acosh(_ x: Double) -> Double {
        if x.isNaN { return x }
        if x < 1 { return .nan }
        if x == 1 { return 0 }
        if x < 2 {
            let t = x - 1
            return log1p(t + (2 * t + t * t).squareRoot())
        }
        if x < 0x1p28 {
            return log(2 * x - 1 / (x + (x * x - 1).squareRoot()))
        }
        return log(x) + 6.93147180559945286227e-01
    }

    /// The inverse hyperbolic tangent, as Julia's `atanh(::Float64)`: ±Inf at ±1, NaN
    /// beyond, where Julia throws a DomainError.
    public static func atanh(_ x: Double) -> Double {
        if x.isNaN { return x }
        let absx = abs(x)
        if absx > 1 { return .nan }
        let t = absx < 0.5 ? log1p(2 * absx / (1 - absx)) : log((1 + absx) / (1 - absx))
        return 0.5 * Double(signOf: x, magnitudeOf: t)
    }
}
