/// Julia's `Rational{Int64}`, what `a // b` builds: an exact fraction kept in lowest
/// terms with the sign on the numerator (`-4//8` is `-1//2`, `5//-15` is `-1//3`).
/// `n//0` is allowed and is ±1//0, an infinity; `0//0` is an `ArgumentError`.
///
/// Every step checks for overflow, as Julia's rationals do; an `OverflowError` is
/// raised rather than a wrong fraction returned. The arithmetic follows Julia's
/// (`base/rational.jl`): the same reductions by gcd before multiplying, so the same
/// operations overflow.
final class RationalNumber: HostObject, Sendable {
    let numerator: Int
    let denominator: Int

    /// A fraction already in lowest terms with `denominator >= 0`.
    private init(reduced numerator: Int, _ denominator: Int) {
        self.numerator = numerator
        self.denominator = denominator
    }

    /// `n // d`, reduced, the sign moved to the numerator.
    static func make(_ n: Int, _ d: Int) throws -> RationalNumber {
        if n == 0 && d == 0 { throw zeroOverZero }
        let (rn, rd) = try divideByGCD(n, d)
        return try signOnNumerator(rn, rd)
    }

    /// Julia's error for `0//0`, printed as Julia prints it when caught.
    static var zeroOverZero: RuntimeError {
        var error = RuntimeError("ArgumentError: invalid rational: zero(Int64)//zero(Int64)", kind: .argument)
        error.juliaForm = "ArgumentError(\"invalid rational: zero(Int64)//zero(Int64)\")"
        return error
    }

    static func integer(_ n: Int) -> RationalNumber { RationalNumber(reduced: n, 1) }

    /// Julia's `checked_den`: a negative denominator moves its sign to the numerator.
    private static func signOnNumerator(_ n: Int, _ d: Int) throws -> RationalNumber {
        guard d < 0 else { return RationalNumber(reduced: n, d) }
        return RationalNumber(reduced: try negated(n), try negated(d))
    }

    var isInfinite: Bool { denominator == 0 }
    var doubleValue: Double { Double(numerator) / Double(denominator) }

    var juliaTypeName: String { "Rational{Int64}" }
    func show() -> String { "\(numerator)//\(denominator)" }
    func isEqual(to other: any HostObject) -> Bool {
        guard let other = other as? RationalNumber else { return false }
        return other.numerator == numerator && other.denominator == denominator
    }
    func deepCopy(copying: (Value) -> Value) -> (any HostObject)? { self }

    // MARK: Arithmetic, as Julia's methods for Rational do it

    func negated() throws -> RationalNumber {
        guard numerator != .min else { throw overflowError("rational numerator is typemin(Int64)") }
        return RationalNumber(reduced: -numerator, denominator)
    }

    func adding(_ other: RationalNumber, subtract: Bool) throws -> RationalNumber {
        // ∞ + ∞ (and ∞ - (-∞)) is that infinity; other sums with two zero denominators
        // divide by gcd(0, 0) = 0, Julia's DivideError.
        if isInfinite, subtract ? (other.numerator == -numerator && other.isInfinite) : isEqual(to: other) { return self }
        let (xd, yd) = try RationalNumber.divideByGCD(denominator, other.denominator)
        let left = try checkedProduct(numerator, yd), right = try checkedProduct(other.numerator, xd)
        let sum = subtract ? left.subtractingReportingOverflow(right) : left.addingReportingOverflow(right)
        guard !sum.overflow else { throw overflowError("\(left) \(subtract ? "-" : "+") \(right) overflowed for type Int64") }
        return try RationalNumber.make(sum.partialValue, try checkedProduct(denominator, yd))
    }

    func multiplied(by other: RationalNumber) throws -> RationalNumber {
        let (xn, yd) = try RationalNumber.divideByGCD(numerator, other.denominator)
        let (xd, yn) = try RationalNumber.divideByGCD(denominator, other.numerator)
        return RationalNumber(reduced: try checkedProduct(xn, yn), try checkedProduct(xd, yd))
    }

    /// `self // other` (and `self / other`).
    func divided(by other: RationalNumber) throws -> RationalNumber {
        let (xn, yn) = try RationalNumber.divideByGCD(numerator, other.numerator)
        let (xd, yd) = try RationalNumber.divideByGCD(denominator, other.denominator)
        let n = try checkedProduct(xn, yd), d = try checkedProduct(xd, yn)
        if n == 0 && d == 0 { throw RationalNumber.zeroOverZero }
        return try RationalNumber.signOnNumerator(n, d)
    }

    func inverse() throws -> RationalNumber {
        try RationalNumber.signOnNumerator(denominator, numerator)
    }

    /// `self ^ p` by Julia's `power_by_squaring`, which squares no more often than the
    /// result needs, so it overflows exactly when Julia's does.
    func power(_ p: Int) throws -> RationalNumber {
        if p < 0 {
            guard p != .min else { throw RuntimeError("a rational to the power typemin(Int64) is not supported", kind: .notSupported) }
            return try inverse().power(-p)
        }
        if p == 0 { return .integer(1) }
        if p == 1 { return self }
        var x = self
        var p = p
        var t = p.trailingZeroBitCount + 1
        p >>= t
        t -= 1
        while t > 0 {
            x = try x.multiplied(by: x)
            t -= 1
        }
        var y = x
        while p > 0 {
            t = p.trailingZeroBitCount + 1
            p >>= t
            while t > 0 {
                x = try x.multiplied(by: x)
                t -= 1
            }
            y = try y.multiplied(by: x)
        }
        return y
    }

    /// The sign of `self - other`, exact (Julia compares with a double-width product).
    func compare(_ other: RationalNumber) -> Int {
        let left = Int128(numerator) * Int128(other.denominator)
        let right = Int128(other.numerator) * Int128(denominator)
        if isInfinite && other.isInfinite { return numerator == other.numerator ? 0 : numerator < other.numerator ? -1 : 1 }
        return left == right ? 0 : left < right ? -1 : 1
    }

    /// The sign of `self - x`, exact, or nil when x is NaN. A float is a dyadic
    /// fraction m·2^e, compared with n/d as m·d·2^e against n.
    func compare(_ x: Double) -> Int? {
        if x.isNaN { return nil }
        if isInfinite || x.isInfinite {
            let mine = doubleValue
            return mine == x ? 0 : mine < x ? -1 : 1
        }
        let mySign = numerator.signum(), theirSign = x == 0 ? 0 : (x < 0 ? -1 : 1)
        if mySign != theirSign { return mySign < theirSign ? -1 : 1 }
        if mySign == 0 { return 0 }
        // |x| = m · 2^(e - 52) with m a 53-bit integer (Swift normalises subnormals too).
        let m = UInt128(UInt64(x.magnitude.significand * 0x1p52))
        let e = Int(x.exponent) - 52
        let magnitudeOrder = compareScaled(m * UInt128(denominator), e, UInt128(numerator.magnitude), 0)
        // The sign of |self| - |x|, turned into self - x.
        return mySign > 0 ? -magnitudeOrder : magnitudeOrder
    }

    // MARK: Integer helpers

    /// Julia's `divgcd`: both divided by their gcd; gcd(0, 0) = 0 is a DivideError.
    static func divideByGCD(_ x: Int, _ y: Int) throws -> (Int, Int) {
        var a = x.magnitude, b = y.magnitude
        while b != 0 { (a, b) = (b, a % b) }
        guard a != 0 else { throw RuntimeError("integer division error (DivideError)", kind: .divide) }
        // A gcd of 2^63 divides only Int.min by itself, or Int.min and 0.
        guard a <= UInt(Int.max) else { throw overflowError("gcd(\(x), \(y)) overflows Int64") }
        let g = Int(a)
        return (x / g, y / g)
    }

    /// Moving a sign off typemin(Int64) overflows; Julia 1.10 wraps the numerator here
    /// (a wrong fraction), so this is refused rather than raised as Julia's error.
    private static func negated(_ n: Int) throws -> Int {
        guard n != .min else {
            throw RuntimeError("a rational whose sign moves off typemin(Int64) overflows; Julia 1.10 would wrap it", kind: .notSupported)
        }
        return -n
    }

    private func checkedProduct(_ a: Int, _ b: Int) throws -> Int {
        let (p, o) = a.multipliedReportingOverflow(by: b)
        guard !o else { throw overflowError("\(a) * \(b) overflowed for type Int64") }
        return p
    }

}

/// Julia's `OverflowError(message)`, printed as Julia prints it when caught.
private func overflowError(_ message: String) -> RuntimeError {
    var error = RuntimeError("OverflowError: " + message, kind: .overflow)
    error.juliaForm = "OverflowError(\"\(message)\")"
    return error
}

/// The sign of a·2^p − b·2^q for positive a and b: the longer number is larger, and
/// numbers of one length compare once aligned (the shift cannot overflow then).
private func compareScaled(_ a: UInt128, _ p: Int, _ b: UInt128, _ q: Int) -> Int {
    let lengthA = 128 - a.leadingZeroBitCount + p, lengthB = 128 - b.leadingZeroBitCount + q
    if lengthA != lengthB { return lengthA < lengthB ? -1 : 1 }
    let (x, y) = p >= q ? (a << UInt128(p - q), b) : (a, b << UInt128(q - p))
    return x == y ? 0 : x < y ? -1 : 1
}
