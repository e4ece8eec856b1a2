/// Julia's `Base.TwicePrecision{Float64}` (base/twiceprecision.jl): a number held as an
/// unevaluated sum `hi + lo` of two doubles, with the Dekker arithmetic Julia's float
/// ranges are built and indexed with. Each operation is Julia's, step for step, because
/// the last bit of a range's elements depends on the exact order of the roundings.
public struct TwicePrecision: Equatable {
    /// The most significant bits.
    var hi: Double
    /// What `hi` leaves out.
    var lo: Double

    /// `TwicePrecision{Float64}(hi, lo)`, taken as given (not canonicalized), as Julia's
    /// struct constructor does.
    init(_ hi: Double, _ lo: Double = 0) {
        self.hi = hi
        self.lo = lo
    }

    /// `TwicePrecision{Float64}(i::Integer)`: `splitprec` keeps the top 27 bits in `hi`,
    /// so an integer beyond 2^53 is still held exactly. Refused for |i| near 2^63, where
    /// Julia's `oftype(i, hi)` itself would throw.
    static func exactly(_ i: Int) throws -> TwicePrecision {
        let hi = truncatingBits(Double(i), 27)
        guard let ihi = Int(exactly: hi) else {
            throw RuntimeError("a range endpoint of \(i) is too large for Julia's TwicePrecision split", kind: .notSupported)
        }
        return canonicalize(hi, Double(i &- ihi))
    }

    /// `TwicePrecision{Float64}((n, d))`: the ratio n/d to twice precision, `TwicePrecision(n) / d`.
    static func ratio(_ n: Int, _ d: Int) throws -> TwicePrecision {
        try exactly(n) / Double(d)
    }

    /// `Float64(x)`: the sum rounded once.
    var value: Double { hi + lo }

    /// `truncbits(x, nb)`: x with its `nb` lowest significand bits cleared.
    static func truncatingBits(_ x: Double, _ nb: Int) -> Double {
        guard nb > 0 else { return x }
        guard nb < 64 else { return Double(bitPattern: 0) }
        return Double(bitPattern: x.bitPattern & (UInt64.max << UInt64(nb)))
    }

    /// `twiceprecision(val, nb)`: `hi` cut to leave `nb` trailing zero bits, so that `hi`
    /// times any index below 2^nb is exact; the rest moves into `lo`.
    func truncated(toBits nb: Int) -> TwicePrecision {
        let cut = TwicePrecision.truncatingBits(hi, nb)
        return TwicePrecision(cut, (hi - cut) + lo)
    }

    /// `twiceprecision(val::Float64, nb)`.
    static func truncated(_ x: Double, toBits nb: Int) -> TwicePrecision {
        let cut = truncatingBits(x, nb)
        return TwicePrecision(cut, x - cut)
    }

    /// `canonicalize2(big, little)`: `hi` the rounded sum, `lo` its exact error (|big| ≥ |little|).
    static func canonicalize(_ big: Double, _ little: Double) -> TwicePrecision {
        let h = big + little
        return TwicePrecision(h, (big - h) + little)
    }

    /// `add12(x, y)`: x + y exactly, as a rounded sum and its error.
    static func add12(_ x: Double, _ y: Double) -> TwicePrecision {
        Swift.abs(y) > Swift.abs(x) ? canonicalize(y, x) : canonicalize(x, y)
    }

    /// `mul12(x, y)`: x·y exactly, with the error from a fused multiply-add
    /// (`Math.two_mul`), or (h, h) when the product is not finite.
    static func mul12(_ x: Double, _ y: Double) -> TwicePrecision {
        let h = x * y
        guard h.isFinite else { return TwicePrecision(h, h) }
        return TwicePrecision(h, (-h).addingProduct(x, y))
    }

    /// `top_set_bit(x)`: the position of the highest set bit (0 for 0).
    static func topSetBit(_ x: Int) -> Int { x <= 0 ? 0 : Int.bitWidth - x.leadingZeroBitCount }

    static prefix func - (x: TwicePrecision) -> TwicePrecision { TwicePrecision(-x.hi, -x.lo) }

    /// `+(x::TwicePrecision, y::Number)`.
    static func + (x: TwicePrecision, y: Double) -> TwicePrecision {
        let s = add12(x.hi, y)
        return canonicalize(s.hi, s.lo + x.lo)
    }

    /// `+(x::TwicePrecision, y::TwicePrecision)`.
    static func + (x: TwicePrecision, y: TwicePrecision) -> TwicePrecision {
        let r = x.hi + y.hi
        let s = Swift.abs(x.hi) > Swift.abs(y.hi) ? (((x.hi - r) + y.hi) + y.lo) + x.lo : (((y.hi - r) + x.hi) + x.lo) + y.lo
        return canonicalize(r, s)
    }

    static func - (x: TwicePrecision, y: TwicePrecision) -> TwicePrecision { x + (-y) }

    /// `*(x::TwicePrecision, v::Integer)`: `hi` is cut so that its product with v is exact.
    static func * (x: TwicePrecision, v: Int) -> TwicePrecision {
        let w = Double(v)
        if v == 0 { return TwicePrecision(x.hi * w, x.lo * w) }
        let nb = topSetBit(Int(v.magnitude &- 1))
        let u = truncatingBits(x.hi, nb)
        return canonicalize(u * w, ((x.hi - u) + x.lo) * w)
    }

    /// `*(x::TwicePrecision, v::Number)` for a float v: the product with `TwicePrecision(v)`.
    static func * (x: TwicePrecision, v: Double) -> TwicePrecision {
        if v == 0 { return TwicePrecision(x.hi * v, x.lo * v) }
        return x * TwicePrecision(v)
    }

    /// `*(x::TwicePrecision, y::TwicePrecision)`.
    static func * (x: TwicePrecision, y: TwicePrecision) -> TwicePrecision {
        let z = mul12(x.hi, y.hi)
        if z.hi == 0 || !z.hi.isFinite { return TwicePrecision(z.hi, z.hi) }
        return canonicalize(z.hi, (x.hi * y.lo + x.lo * y.hi) + z.lo)
    }

    /// `/(x::TwicePrecision, v::Number)`: the quotient by `TwicePrecision(Float64(v))`.
    static func / (x: TwicePrecision, v: Double) -> TwicePrecision { x / TwicePrecision(v) }

    /// `/(x::TwicePrecision, y::TwicePrecision)`.
    static func / (x: TwicePrecision, y: TwicePrecision) -> TwicePrecision {
        let hi = x.hi / y.hi
        if hi == 0 || !hi.isFinite { return TwicePrecision(hi, hi) }
        let u = mul12(hi, y.hi)
        let lo = ((((x.hi - u.hi) - u.lo) + x.lo) - hi * y.lo) / y.hi
        return canonicalize(hi, lo)
    }
}
