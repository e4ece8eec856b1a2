import RealModule

/// Julia's `Complex{T}` for T in Bool, Int64 and Float64: `im` is a `Complex{Bool}`,
/// `1 + 2im` a `Complex{Int64}`, `1.5im` a `ComplexF64`. The parts are held as Doubles
/// (exact for integers up to 2^53, the same bound as integer arrays) together with
/// their element type, and every operation is written as Julia's method is, on the
/// parts as real numbers: so `Inf * im` is `0.0 + Inf*im` (a Bool part is a strong
/// zero), `(1 + 2im) * 3` stays integer, and `/` gives floats.
extension Value {
    /// `Complex(re, im)`: the parts promoted to one type, as Julia's constructor does.
    static func complex(_ re: Value, _ im: Value) throws -> Value {
        guard let tr = ElementType.of(re), let ti = ElementType.of(im) else {
            throw RuntimeError("Complex: the parts must be real numbers, got \(describeType(re)) and \(describeType(im))", kind: .method)
        }
        let parts = ElementType.promoted(tr, ti)
        if parts == .float32 {
            throw RuntimeError("ComplexF32 (a complex number with Float32 parts) is not supported; write the parts as Float64", kind: .notSupported)
        }
        let x = scalarOfNumber(re), y = scalarOfNumber(im)
        if parts == .int64, Swift.abs(x) > 9.007199254740992e15 || Swift.abs(y) > 9.007199254740992e15 {
            throw RuntimeError("a Complex{Int64} part beyond 2^53 is not supported; use floats (e.g. 1.0 + 2.0im)", kind: .notSupported)
        }
        return .complex(re: x, im: y, parts: parts)
    }

    /// The real and imaginary parts as real values of the number's part type; nil for a non-complex.
    var complexParts: (re: Value, im: Value)? {
        guard case .complex(let re, let im, let parts) = self else { return nil }
        return (Value.part(re, parts), Value.part(im, parts))
    }

    /// One part of a complex number as a real value of type `parts`.
    static func part(_ x: Double, _ parts: ElementType) -> Value {
        .number(x, as: parts)
    }

    /// Julia's type name for a complex number whose parts are of type `parts`.
    static func complexTypeName(_ parts: ElementType) -> String {
        parts == .float64 ? "ComplexF64" : "Complex{\(parts.juliaName)}"
    }
}

private func scalarOfNumber(_ v: Value) -> Double {
    switch v {
    case .int(let n): return Double(n)
    case .float(let x): return x
    case .bool(let b): return b ? 1 : 0
    default: return .nan
    }
}

extension Runtime {
    /// `a op b` when either side is complex and the other a number; nil otherwise (an
    /// array beside a complex number goes on to the array operations).
    func complexOperation(_ op: Operator, _ a: Value, _ b: Value) throws -> Value? {
        let za = a.complexParts, zb = b.complexParts
        guard za != nil || zb != nil else { return nil }
        guard za != nil || a.isNumber, zb != nil || b.isNumber else { return nil }
        func real(_ op: Operator, _ x: Value, _ y: Value) throws -> Value { try binaryOperation(op, x, y) }
        switch op {
        case .plus, .minus:
            switch (za, zb) {
            case let (z?, w?): return try .complex(real(op, z.re, w.re), real(op, z.im, w.im))
            case let (z?, nil): return try .complex(real(op, z.re, b), z.im)
            case let (nil, w?):
                let re = try real(op, a, w.re)
                // x - z negates the imaginary part in the type of the real result, not as -(Bool).
                return try .complex(re, op == .plus ? w.im : try unaryOperation(.minus, converted(w.im, like: re)))
            default: return nil
            }
        case .times:
            switch (za, zb) {
            case let (z?, w?):
                return try .complex(real(.minus, real(.times, z.re, w.re), real(.times, z.im, w.im)),
                                    real(.plus, real(.times, z.re, w.im), real(.times, z.im, w.re)))
            case let (z?, nil): return try .complex(real(.times, z.re, b), real(.times, z.im, b))
            case let (nil, w?): return try .complex(real(.times, a, w.re), real(.times, a, w.im))
            default: return nil
            }
        case .divide:
            return try complexDivision(a, b)
        case .power:
            return try complexPowerOperation(a, b)
        case .equal, .notEqual:
            let (p, q) = complexDoubles(a), (r, s) = complexDoubles(b)
            return .bool((op == .equal) == (p == r && q == s))
        case .approx:
            let (p, q) = complexDoubles(a), (r, s) = complexDoubles(b)
            return .bool(Swift.abs(p - r) + Swift.abs(q - s) <= 1.4901161193847656e-8 * Swift.max(Swift.abs(p) + Swift.abs(q), Swift.abs(r) + Swift.abs(s)))
        default:
            throw RuntimeError("`\(op.spelling)` is not defined for complex numbers", kind: .method)
        }
    }

    /// `oftype(like, x)` for the real numbers Bool, Int64 and Float64.
    private func converted(_ x: Value, like: Value) -> Value {
        guard let target = ElementType.of(like), let own = ElementType.of(x), own != target else { return x }
        return Value.part(scalarOfNumber(x), target)
    }

    /// Any number as (re, im) Doubles.
    func complexDoubles(_ v: Value) -> (Double, Double) {
        if case .complex(let re, let im, _) = v { return (re, im) }
        return (scalarOfNumber(v), 0)
    }

    /// Julia's `/` with a complex side: by a real, each part; a real by a complex, times
    /// the inverse; two complex numbers of float parts by the robust algorithm of
    /// `/(::ComplexF64, ::ComplexF64)`, of integer parts by Smith's method of the generic one.
    private func complexDivision(_ a: Value, _ b: Value) throws -> Value {
        if case .complex(let re, let im, let parts) = a, b.isNumber {
            return try .complex(binaryOperation(.divide, Value.part(re, parts), b),
                                binaryOperation(.divide, Value.part(im, parts), b))
        }
        let (c, d) = complexDoubles(b)
        if a.isNumber {
            // a / z = a * inv(z), inv of integer parts taken in floats.
            let (p, q) = complexInverse(c, d)
            return try complexOperation(.times, a, .complex(re: p, im: q, parts: .float64))!
        }
        let (p, q) = complexDoubles(a)
        guard case .complex(_, _, let ta) = a, case .complex(_, _, let tb) = b else {
            throw RuntimeError("`/` is not defined for \(describeType(a)) and \(describeType(b))", kind: .method)
        }
        if ElementType.promoted(ta, tb) == .float64 {
            let (x, y) = robustComplexDivision(p, q, c, d)
            return .complex(re: x, im: y, parts: .float64)
        }
        // Integer parts (Julia's /(::Complex{T}, ::Complex{T}) where T<:Real); the parts are finite.
        if Swift.abs(c) <= Swift.abs(d) {
            let r = c / d, den = d + r * c
            return .complex(re: (p * r + q) / den, im: (q * r - p) / den, parts: .float64)
        }
        let r = d / c, den = c + r * d
        return .complex(re: (p + q * r) / den, im: (q - p * r) / den, parts: .float64)
    }

    /// `z ^ p` with a complex side, by Julia's methods: an integer power of a complex
    /// number by repeated squaring (exact for integer parts, a DomainError for a
    /// negative power of one, as Julia's), everything else in floats by `_cpow`.
    private func complexPowerOperation(_ a: Value, _ b: Value) throws -> Value {
        if case .complex(let re, let im, let parts) = a {
            switch b {
            case .bool(let n):
                return n ? a : .complex(re: 1, im: 0, parts: parts)
            case .int(let n) where parts != .float64:
                // Julia widens a Complex{Bool} to Complex{Int64} before multiplying.
                let z = Value.complex(re: re, im: im, parts: .int64)
                if n >= 0 { return try powerBySquaring(z, n) }
                if re == 1 && im == 0 { return z }
                if re == -1 && im == 0 { return n % 2 == 0 ? .complex(re: 1, im: 0, parts: .int64) : z }
                throw RuntimeError("DomainError with \(show(z)): cannot raise an integer complex number to the negative power \(n); make it a float first: float(z)^\(n)", kind: .domain)
            case .int(let n):
                if n >= 0 { return try powerBySquaring(a, n) }
                let (p, q) = complexInverse(re, im)
                return try powerBySquaring(.complex(re: p, im: q, parts: .float64), n == Int.min ? Int.max : -n)
            default:
                break
            }
        }
        guard a.isNumber || a.complexParts != nil, b.isNumber || b.complexParts != nil else {
            throw RuntimeError("`^` is not defined for \(describeType(a)) and \(describeType(b))", kind: .method)
        }
        let z = complexDoubles(a), p = complexDoubles(b)
        let (x, y) = try juliaComplexPower(z, zIsReal: a.complexParts == nil, p)
        return .complex(re: x, im: y, parts: .float64)
    }

    /// Julia's `power_by_squaring` for a non-negative exponent, with complex `*`.
    private func powerBySquaring(_ x: Value, _ power: Int) throws -> Value {
        func times(_ u: Value, _ v: Value) throws -> Value { try complexOperation(.times, u, v)! }
        guard case .complex(_, _, let parts) = x else { return x }
        switch power {
        case 0: return .complex(re: 1, im: 0, parts: parts)
        case 1: return x
        case 2: return try times(x, x)
        default: break
        }
        var x = x
        var p = power
        var t = p.trailingZeroBitCount + 1
        p >>= t
        t -= 1
        while t > 0 { x = try times(x, x); t -= 1 }
        var y = x
        while p > 0 {
            t = p.trailingZeroBitCount + 1
            p >>= t
            while t > 0 { x = try times(x, x); t -= 1 }
            y = try times(y, x)
        }
        return y
    }
}

/// Julia's `inv(::ComplexF64)`: conj(w) / |w|² when |w|² can neither overflow nor
/// underflow, else by scaling. Julia writes |w|² with `muladd`, which fuses on every
/// machine with FMA; it is fused here.
func complexInverse(_ c: Double, _ d: Double) -> (Double, Double) {
    let absc = Swift.abs(c), absd = Swift.abs(d)
    let (big, small) = absc > absd ? (absc, absd) : (absd, absc)
    if (Double.leastNormalMagnitude / 2).squareRoot() <= big && big <= (Double.greatestFiniteMagnitude / 2).squareRoot() {
        let magnitude = (small * small).addingProduct(big, big)
        return (c / magnitude, -d / magnitude)
    }
    if c.isInfinite || d.isInfinite {
        return (Double(signOf: c, magnitudeOf: 0), d.sign == .minus ? 0.0 : -0.0)
    }
    let eps = Double.ulpOfOne
    let bs = 2 / (eps * eps)
    var (c, d) = (c, d)
    var s = 1.0
    if big >= Double.greatestFiniteMagnitude / 2 {
        c *= 0.5; d *= 0.5; s = 0.5
    } else if big <= 2 * Double.leastNormalMagnitude / eps {
        c *= bs; d *= bs; s = bs
    }
    func robustInverse(_ c: Double, _ d: Double) -> (Double, Double) {
        let r = d / c
        let z = c.addingProduct(d, r)
        return (1 / z, -r / z)
    }
    var p: Double, q: Double
    if absd <= absc {
        (p, q) = robustInverse(c, d)
    } else {
        (q, p) = robustInverse(-d, -c)
    }
    return (p * s, q * s)
}

/// Julia's `/(::ComplexF64, ::ComplexF64)` (Baudin and Smith's robust division, with
/// scaling near overflow and underflow).
func robustComplexDivision(_ a: Double, _ b: Double, _ c: Double, _ d: Double) -> (Double, Double) {
    var (a, b, c, d) = (a, b, c, d)
    let ab = Swift.abs(a) >= Swift.abs(b) ? Swift.abs(a) : Swift.abs(b)
    let cd = Swift.abs(c) >= Swift.abs(d) ? Swift.abs(c) : Swift.abs(d)
    if c.isInfinite || d.isInfinite {
        if a.isFinite && b.isFinite {
            return (0.0 * sign(a) * sign(c), -0.0 * sign(b) * sign(d))
        }
        return (.nan, .nan)
    }
    let halfOverflow = 0.5 * Double.greatestFiniteMagnitude
    let twoUnderflowOverEps = Double.leastNormalMagnitude * 2 / Double.ulpOfOne
    var s = 1.0
    if ab >= halfOverflow || ab <= twoUnderflowOverEps || cd >= halfOverflow || cd <= twoUnderflowOverEps {
        let bs = 2 / (Double.ulpOfOne * Double.ulpOfOne)
        if ab >= halfOverflow {
            a *= 0.5; b *= 0.5; s *= 2
        } else if ab <= twoUnderflowOverEps {
            a *= bs; b *= bs; s /= bs
        }
        if cd >= halfOverflow {
            c *= 0.5; d *= 0.5; s *= 0.5
        } else if cd <= twoUnderflowOverEps {
            c *= bs; d *= bs; s *= bs
        }
    }
    func second(_ a: Double, _ b: Double, _ c: Double, _ d: Double, _ r: Double, _ t: Double) -> Double {
        if r != 0 {
            let br = b * r
            return br != 0 ? (a + br) * t : a * t + (b * t) * r
        }
        return (a + d * (b / c)) * t
    }
    func first(_ a: Double, _ b: Double, _ c: Double, _ d: Double) -> (Double, Double) {
        let r = d / c
        let t = 1.0 / (c + d * r)
        return (second(a, b, c, d, r, t), second(b, -a, c, d, r, t))
    }
    var p: Double, q: Double
    if Swift.abs(d) <= Swift.abs(c) {
        (p, q) = first(a, b, c, d)
    } else {
        (p, q) = first(b, a, d, c)
        q = -q
    }
    return (p * s, q * s)
}

/// Julia's `sign` of a Double: -1, 0 (keeping the zero's sign) or 1; NaN stays NaN.
private func sign(_ x: Double) -> Double {
    x > 0 ? 1 : x < 0 ? -1 : x
}
