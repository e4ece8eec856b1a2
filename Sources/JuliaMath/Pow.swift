// Julia 1.10's powers of Float64 (base/math.jl). x^y for a Double y: 1^y, an integral y
// and the special values first, then e^(y·log x) with log x to about 68 bits
// (`logExtended`), y·log x as an exact product plus its error, and the two-part exponential
// `expImpl(_:_:_:)`. x^n for an integer n: power by squaring that carries every product's
// rounding error along, so the result is nearly correctly rounded.

extension Julia {
    /// x^y as Julia's `^(::Float64, ::Float64)`. A negative x with a non-integral y is NaN
    /// here, where Julia throws a DomainError (callers raise it first).
    public static func pow(_ x: Double, _ y: Double) -> Double {
        var xu = x.bitPattern
        if xu == (1.0).bitPattern { return 1.0 }
        var y = y
        // Beyond 1.5·2^62 every power overflows or underflows; clamping keeps y integral.
        if !(abs(y) < 0x1.8p62) {
            if y.isNaN { return y }
            y = y < 0 ? -0x1.8p62 : 0x1.8p62
        }
        let yint = Int64(y)  // |y| < 1.5·2^62, so in range
        if y == Double(yint) { return pow(x, Int(yint)) }
        // Julia multiplies by a Bool here, whose false is a strong zero (Inf·false = 0).
        if x == 0 { return y > 0 ? 0.0 : .infinity }
        if x < 0 { return .nan }
        if !x.isFinite { return y > 0 || x.isNaN ? x : 0.0 }
        if xu < (1 << 52) {  // subnormal: normalise, leaving the exponent field "negative"
            xu = (x * 0x1p52).bitPattern & ~(UInt64(1) << 63)
            xu &-= UInt64(52) << 52
        }
        return powBody(xu, y)
    }

    /// Julia's `pow_body(xu::UInt64, y::Float64)`: e^(y·log x) carried in two parts.
    @inlinable
    static func powBody(_ xu: UInt64, _ y: Double) -> Double {
        let (logxHi, logxLo) = logExtended(xu)
        var (xyHi, xyLo) = twoMul(logxHi, y)
        xyLo = muladd(logxLo, y, xyLo)
        let hi = xyHi + xyLo
        return expImpl(hi, xyLo - (hi - xyHi), .e)
    }

    /// x^n as Julia's `^(::Float64, ::Integer)` (its compensated `pow_body`). x^3 and x^−2
    /// are computed as Julia's literal powers are, x·x·x and (1/x)·(1/x), so that a literal
    /// and a variable exponent agree.
    public static func pow(_ x: Double, _ n: Int) -> Double {
        if n == 0 { return 1 }
        if n == 3 { return x * x * x }
        var x = x
        var n = n
        var y = 1.0
        var xnlo = 0.0
        var ynlo = 0.0
        if n < 0 {
            let rx = 1 / x
            if n == -2 { return rx * rx }
            if x.isFinite { xnlo = -muladd(x, rx, -1.0) * rx }  // 1/x's rounding error
            x = rx
            n = 0 &- n  // Int.min stays negative, as in Julia, and skips the loop
        }
        while n > 1 {
            if n & 1 > 0 {
                let err = muladd(y, xnlo, x * ynlo)
                (y, ynlo) = twoMul(x, y)
                ynlo += err
            }
            let err = x * 2 * xnlo
            (x, xnlo) = twoMul(x, x)
            xnlo += err
            n = Int(bitPattern: UInt(bitPattern: n) >> 1)
        }
        let err = muladd(y, xnlo, x * ynlo)
        return x.isFinite && err.isFinite ? muladd(x, y, err) : x * y
    }
}

extension Julia {
    /// x^k for an integer literal k, as Julia lowers `x^k` (`Base.literal_pow`,
    /// base/intfuncs.jl): 1, x, x·x, x·x·x for k = 0...3, 1/x and (1/x)·(1/x) for k = −1, −2,
    /// and `pow(x, k)` for the rest. It differs from a variable exponent's `pow(x, k)` at
    /// k = 1, where (−0.0)^1 stays −0.0 (the compensated product gives 0.0), and at k = −1,
    /// which is 1/x rounded once (pow adds the reciprocal's rounding error back).
    public static func literalPower(_ x: Double, _ k: Int) -> Double {
        switch k {
        case 0: return 1
        case 1: return x
        case 2: return x * x
        case 3: return x * x * x
        case -1: return 1 / x
        case -2: let i = 1 / x; return i * i
        default: return pow(x, k)
        }
    }

    /// n^k of an integer n for a negative integer literal k, a Float64 as Julia's
    /// `literal_pow` gives it: inv(n) and inv(n)² for k = −1, −2, and below that
    /// Float64(n)^k, whose compensated product makes up for the reciprocal's rounding.
    public static func literalPower(integer n: Int, _ k: Int) -> Double {
        precondition(k < 0, "a non-negative power of an integer is an integer")
        let x = Double(n)
        switch k {
        case -1: return 1 / x
        case -2: let i = 1 / x; return i * i
        default: return pow(x, k)
        }
    }

    /// x^p by plain repeated squaring, as Julia's generic `power_by_squaring(x, p)` for
    /// p ≥ 0 (base/intfuncs.jl): no compensation, so a number that becomes a Float64 only
    /// when raised (π^4, a real part in complex powers) rounds at every product.
    public static func powerBySquaring(_ x: Double, _ p: Int) -> Double {
        precondition(p >= 0, "power_by_squaring of a negative power is a DomainError")
        if p == 0 { return 1 }
        if p == 1 { return x }
        if p == 2 { return x * x }
        var x = x, p = p, t = p.trailingZeroBitCount + 1
        p >>= t
        t -= 1
        while t > 0 { x *= x; t -= 1 }
        var y = x
        while p > 0 {
            t = p.trailingZeroBitCount + 1
            p >>= t
            while t > 0 { x *= x; t -= 1 }
            y *= x
        }
        return y
    }
}
