import Engine

/// Julia's `StepRangeLen` over Float64 (base/range.jl, base/twiceprecision.jl): element
/// `i` is `ref + (i - offset)·step`, with `ref` the element at index `offset`. Julia
/// keeps `ref` and `step` either in twice precision (`0:0.1:1`, `range(0, 1, length=11)`,
/// and the arithmetic on them; the type
/// `StepRangeLen{Float64, Base.TwicePrecision{Float64}, Base.TwicePrecision{Float64}, Int64}`)
/// or as plain doubles (`(1:3) .+ 0.5`: `StepRangeLen{Float64, Float64, Float64, Int64}`).
/// Every constructor below is one of Julia's, step for step, so the elements are Julia's
/// to the last bit.
public struct FloatRange: Equatable {
    /// Which of Julia's two Float64 `StepRangeLen` types this is.
    public enum Precision: Equatable {
        /// `ref` and `step` are `TwicePrecision{Float64}`.
        case twice
        /// `ref` and `step` are Float64 (their `lo` is zero and unused).
        case plain
    }

    var ref: TwicePrecision
    var step: TwicePrecision
    var count: Int
    var offset: Int
    var precision: Precision

    /// `StepRangeLen{T,R,S,L}(ref, step, len, offset)` with its checks.
    init(ref: TwicePrecision, step: TwicePrecision, count: Int, offset: Int = 1, precision: Precision = .twice) throws {
        guard count >= 0 else { throw RuntimeError("length cannot be negative, got \(count)", kind: .argument) }
        guard offset >= 1, offset <= Swift.max(1, count) else {
            throw RuntimeError("StepRangeLen: offset must be in [1,\(count)], got \(offset)", kind: .argument)
        }
        self.ref = ref
        self.step = step
        self.count = count
        self.offset = offset
        self.precision = precision
    }

    /// A plain `StepRangeLen{Float64, Float64, Float64, Int64}`.
    static func plain(_ ref: Double, _ step: Double, _ count: Int, offset: Int = 1) throws -> FloatRange {
        try FloatRange(ref: TwicePrecision(ref), step: TwicePrecision(step), count: count, offset: offset, precision: .plain)
    }

    // MARK: Elements

    /// `unsafe_getindex(r, i)` for a 1-based i: for twice precision, `step.hi` times the
    /// index is exact (the step was cut for it), and the parts are added smallest first.
    func element(_ i: Int) -> Double {
        let u = Double(i &- offset)
        switch precision {
        case .plain:
            return ref.hi + u * step.hi
        case .twice:
            let x = TwicePrecision.add12(ref.hi, u * step.hi)
            return x.hi + (x.lo + (u * step.lo + ref.lo))
        }
    }

    /// `_getindex_hiprec(r, i)`: element i before its final rounding.
    func preciseElement(_ i: Int) -> TwicePrecision {
        let u = Double(i &- offset)
        switch precision {
        case .plain:
            return TwicePrecision(ref.hi + u * step.hi)
        case .twice:
            let x = TwicePrecision.add12(ref.hi, u * step.hi)
            return TwicePrecision.add12(x.hi, x.lo + (u * step.lo + ref.lo))
        }
    }

    var first: Double { element(1) }
    var last: Double { element(count) }
    /// `step(r)`: `Float64(r.step)`.
    var stepValue: Double { precision == .twice ? step.value : step.hi }

    /// `nbitslen(r)`: how many low bits of `step.hi` must be zero for the products with
    /// every index offset to be exact (at most half the significand).
    static func nbitslen(_ count: Int, _ offset: Int) -> Int {
        guard count >= 2 else { return 0 }
        return Swift.min(27, TwicePrecision.topSetBit(Swift.max(offset - 1, count - offset) - 1) + 1)
    }

    /// `sum(r::StepRangeLen)`: the step's contribution over the indices on either side
    /// of `offset` (as products of two integers, so nothing overflows), plus `ref`·len.
    var sum: Double {
        let np = count - offset, nn = offset - 1
        func sumPair(_ n: Int) -> (Int, Int) { n % 2 == 0 ? (n + 1, n >> 1) : (n, (n + 1) >> 1) }
        let (sp, sn) = (sumPair(np), sumPair(nn))
        switch precision {
        case .plain:
            let delta = Int128(sp.0) * Int128(sp.1) - Int128(sn.0) * Int128(sn.1)
            return step.hi * Double(delta) + ref.hi * Double(count)
        case .twice:
            let tp = (step * sp.0) * sp.1
            let tn = (step * sn.0) * sn.1
            var s = TwicePrecision.add12(tp.hi, -tn.hi)
            s.lo += tp.lo - tn.lo
            let total = ref * count
            let sm = TwicePrecision.add12(s.hi, total.hi)
            return TwicePrecision.add12(sm.hi, sm.lo + total.lo).hi
        }
    }

    // MARK: Ranges made from this one

    /// `reverse(r)`: the same reference, the step negated, the offset mirrored.
    var reversed: FloatRange {
        var r = self
        r.step = -step
        r.offset = count == 0 ? offset : count - offset + 1
        return r
    }

    /// `-r`: `StepRangeLen(-r.ref, -r.step, len, offset)`.
    var negated: FloatRange {
        var r = self
        r.ref = -ref
        r.step = -step
        return r
    }

    /// `r[s]` for an integer range `s` (first `start`, step `by`, `length` elements), in
    /// bounds: twiceprecision.jl's `getindex` keeps the reference where it was when it
    /// can and cuts the new step for exact products; the plain range's moves the
    /// reference to the element nearest the old one.
    func slice(start: Int, by sstep: Int, length len: Int) throws -> FloatRange {
        switch precision {
        case .plain:
            let nearest = 1 + FloatRange.roundToInt(Double(offset &- start) / Double(sstep))
            let o = Swift.max(Swift.min(nearest, len), 1)
            let ref = preciseElement(start &+ (o - 1) &* sstep)
            return try FloatRange(ref: ref, step: TwicePrecision(step.hi * Double(sstep)), count: len, offset: o, precision: .plain)
        case .twice:
            var o = FloatRange.roundToInt(Double(offset &- start) / Double(sstep) + 1)
            o = o > len ? len : (o < 1 ? 1 : o)   // Julia's clamp, which prefers `len` when len < 1
            let ioffset = start &+ (o &- 1) &* sstep
            let newStep = sstep == 1 || len < 2 ? step : (step * sstep).truncated(toBits: FloatRange.nbitslen(len, o))
            o = Swift.max(1, o)
            let newRef = ioffset == offset ? ref : ref + step * (ioffset &- offset)
            return try FloatRange(ref: newRef, step: newStep, count: len, offset: o)
        }
    }

    /// Julia's `round(Int, x)`: to nearest, ties to even; x is an index-sized number here.
    static func roundToInt(_ x: Double) -> Int {
        let r = x.rounded(.toNearestOrEven)
        return r.isNaN ? 0 : (r >= 9.2e18 ? Int.max : (r <= -9.2e18 ? Int.min : Int(r)))
    }
}

// MARK: Julia's float range constructors

extension FloatRange {
    /// `maxintfloat(Float64, Int)`: below it every integer is a double.
    private static let maxInt = 9007199254740992.0

    /// `rat(x)`: the best rational approximation of x by continued fractions, with
    /// numerator and denominator below `maxintfloat(Float32)`; its denominator may be
    /// negative, as Julia's is.
    static func rat(_ x: Double) -> (Int, Int) {
        let m = 16777216.0
        var y = x
        var (a, b, c, d) = (1, 0, 0, 1)
        while Swift.abs(y) <= m {
            let f = Int(y.rounded(.towardZero))
            y -= Double(f)
            (a, c) = (f &* a &+ c, a)
            (b, d) = (f &* b &+ d, b)
            guard Swift.max(a.magnitude, b.magnitude) <= 16777216 else { return (c, d) }
            if Double(a) / Double(b) == x { break }
            y = 1 / y
        }
        return (a, b)
    }

    /// Julia's `gcd` of two integers (non-negative).
    private static func gcd(_ a: Int, _ b: Int) -> Int {
        var (x, y) = (a.magnitude, b.magnitude)
        while y != 0 { (x, y) = (y, x % y) }
        return Int(truncatingIfNeeded: x)
    }

    /// `lcm_unchecked(a, b) = a * div(b, gcd(a, b))`, wrapping as Julia's Int does.
    private static func lcmUnchecked(_ a: Int, _ b: Int) -> Int {
        let g = gcd(a, b)
        return g == 0 ? 0 : a &* (b / g)
    }

    /// `rem(a, b)` for b ≠ 0 without Swift's trap on `Int.min % -1`.
    private static func rem(_ a: Int, _ b: Int) -> Int { b == -1 ? 0 : a % b }

    /// `round(Int, x)` where Julia's would throw InexactError beyond Int's range.
    private static func checkedRound(_ x: Double) throws -> Int {
        let r = x.rounded(.toNearestOrEven)
        guard let n = Int(exactly: r) else {
            throw RuntimeError("InexactError: round(Int64, \(formatFloat(x)))", kind: .inexact)
        }
        return n
    }

    /// A rational approximation of `x` exact in Float64, or nil (`rat` and the check after it).
    private static func exactRatio(_ x: Double) -> (Int, Int)? {
        let (n, d) = rat(x)
        return d != 0 && Double(n) / Double(d) == x ? (n, d) : nil
    }

    /// `start:step:stop` for floats: when all three are exact ratios of small integers the
    /// range is worked out in those integers (so `0:0.1:0.3` ends at 0.3); otherwise
    /// start and step are taken literally.
    static func colon(_ start: Double, _ step: Double, _ stop: Double) throws -> FloatRange {
        guard step != 0 else { throw RuntimeError("range step cannot be zero", kind: .argument) }
        if let (_, stepD) = exactRatio(step), let (_, startD) = exactRatio(start), let (stopN, stopD) = exactRatio(stop) {
            let den = lcmUnchecked(startD, stepD)
            if den != 0, Swift.abs(start * Double(den)) <= maxInt, Swift.abs(step * Double(den)) <= maxInt,
               rem(den, startD) == 0, rem(den, stepD) == 0 {
                let startN = try checkedRound(start * Double(den))
                let stepN = try checkedRound(step * Double(den))
                let dividend = (den &* stopN &- stopD &* startN) &+ stepN &* stopD
                let divisor = stepN &* stopD
                guard divisor != 0, !(dividend == Int.min && divisor == -1) else {
                    throw RuntimeError("DivideError: integer division error", kind: .divide)
                }
                let len = Swift.max(0, dividend / divisor)
                if isBetween(start, start + Double(len &- 1) * step, stop + step / 2),
                   !isBetween(start, start + Double(len) * step, stop) {
                    return try floatRange(startN, stepN, len, den)
                }
            }
        }
        let lf = (stop - start) / step
        var len: Int
        if lf < 0 {
            len = 0
        } else if lf == 0 {
            len = 1
        } else {
            len = try checkedRound(lf) &+ 1
            let stop2 = start + Double(len &- 1) * step
            if (start < stop && stop < stop2) || (start > stop && stop > stop2) { len -= 1 }
        }
        return try FloatRange(ref: TwicePrecision(start), step: TwicePrecision(step), count: len)
    }

    private static func isBetween(_ a: Double, _ x: Double, _ b: Double) -> Bool {
        (a <= x && x <= b) || (b <= x && x <= a)
    }

    /// `floatrange(Float64, start_n, step_n, len, den)`: start and step as integers over
    /// `den`, the reference put at the element of smallest magnitude.
    static func floatRange(_ startN: Int, _ stepN: Int, _ len: Int, _ den: Int) throws -> FloatRange {
        if len < 2 || stepN == 0 {
            return try FloatRange(ref: .ratio(startN, den), step: .ratio(stepN, den), count: len)
        }
        let q = roundToInt(Double(0 &- startN) / Double(stepN) + 1)
        let imin = q > len ? len : (q < 1 ? 1 : q)
        let refN = startN &+ (imin &- 1) &* stepN
        let nb = nbitslen(len, imin)
        return try FloatRange(ref: .ratio(refN, den), step: TwicePrecision.ratio(stepN, den).truncated(toBits: nb), count: len, offset: imin)
    }

    /// `range_start_step_length(a, st, len)` for floats (`range(a, step=st, length=len)`,
    /// and what `(1:3) .* 0.5` and `(1:3) ./ 2` are made by).
    static func startStep(_ a: Double, _ st: Double, length len: Int) throws -> FloatRange {
        if let (_, startD) = exactRatio(a), let (_, stepD) = exactRatio(st) {
            let den = lcmUnchecked(startD, stepD)
            if Swift.abs(Double(den) * a) <= maxInt, Swift.abs(Double(den) * st) <= maxInt,
               rem(den, startD) == 0, rem(den, stepD) == 0 {
                return try floatRange(try checkedRound(Double(den) * a), try checkedRound(Double(den) * st), len, den)
            }
        }
        return try FloatRange(ref: TwicePrecision(a), step: TwicePrecision(st), count: len)
    }

    /// `range(start, stop, length=len)` for floats (`range_start_stop_length`): worked in
    /// integers over a common denominator when both ends are exact ratios, else by
    /// `_linspace`'s twice-precision endpoint matching.
    static func startStop(_ start: Double, _ stop: Double, length len: Int) throws -> FloatRange {
        if len < 2 { return try oneOrNone(start, stop, len) }
        if start == stop { return try FloatRange(ref: TwicePrecision(start), step: TwicePrecision(0), count: len) }
        if let (_, startD) = exactRatio(start), let (_, stopD) = exactRatio(stop) {
            let den = lcmUnchecked(startD, stopD)
            if den != 0, Swift.abs(Double(den) * start) <= maxInt, Swift.abs(Double(den) * stop) <= maxInt {
                let startN = try checkedRound(Double(den) * start)
                let stopN = try checkedRound(Double(den) * stop)
                if Double(startN) / Double(den) == start, Double(stopN) / Double(den) == stop {
                    return try evenlySpaced(startN, stopN, length: len, over: den)
                }
            }
        }
        return try evenlySpaced(start, stop, length: len)
    }

    /// `_linspace1`: a range of length 0 or 1 whose first and last are start and stop.
    private static func oneOrNone(_ start: Double, _ stop: Double, _ len: Int) throws -> FloatRange {
        let call = "range(\(formatFloat(start)), stop=\(formatFloat(stop)), length=\(len))"
        guard len >= 0 else { throw RuntimeError("\(call): negative length", kind: .argument) }
        guard len == 0 || start == stop else { throw RuntimeError("\(call): endpoints differ", kind: .argument) }
        return try FloatRange(ref: TwicePrecision(start, 0), step: TwicePrecision(start, -stop), count: len)
    }

    /// `_linspace(Float64, start_n, stop_n, len, den)`: ends start_n/den and stop_n/den,
    /// each element a ratio of integers rounded once.
    static func evenlySpaced(_ startN: Int, _ stopN: Int, length len: Int, over den: Int) throws -> FloatRange {
        if len < 2 { return try oneOrNone(Double(startN) / Double(den), Double(stopN) / Double(den), len) }
        if startN == stopN { return try FloatRange(ref: .ratio(startN, den), step: .ratio(0, den), count: len) }
        let tmin = Double(0 &- startN) / (Double(stopN) - Double(startN))
        let q = try checkedRound(tmin * Double(len - 1) + 1)
        let imin = q > len ? len : (q < 1 ? 1 : q)
        let (s, e) = (Int128(startN), Int128(stopN))
        let refNum = Int128(len - imin) * s + Int128(imin - 1) * e
        let refDenom = Int128(len - 1) * Int128(den)
        let ref = try TwicePrecision.exactly(refNum) / Double(refDenom)
        let step = try TwicePrecision.exactly(e - s) / Double(refDenom)
        return try FloatRange(ref: ref, step: step.truncated(toBits: nbitslen(len, imin)), count: len, offset: imin)
    }

    /// `_linspace(start, stop, len)` for ends that are not short ratios: the reference at
    /// the element nearest zero, a cut step, and low parts that make both ends exact.
    static func evenlySpaced(_ start: Double, _ stop: Double, length len: Int) throws -> FloatRange {
        guard start.isFinite, stop.isFinite else {
            throw RuntimeError("start and stop must be finite, got \(formatFloat(start)) and \(formatFloat(stop))", kind: .argument)
        }
        var delta = stop - start, deltaFactor = 1
        if !delta.isFinite { (delta, deltaFactor) = (stop / Double(len) - start / Double(len), len) }
        let tmin = -(start / delta) / Double(deltaFactor)
        let lenMinus1 = len - 1
        var imin = try checkedRound(tmin * Double(lenMinus1) + 1)
        let ref: Double, step: Double
        if 1 < imin && imin < len {
            let t = Double(imin - 1) / Double(lenMinus1)
            ref = (1 - t) * start + t * stop
            step = imin - 1 < len - imin ? (ref - start) / Double(imin - 1) : (stop - ref) / Double(len - imin)
        } else if imin <= 1 {
            imin = 1
            ref = start
            step = (delta / Double(lenMinus1)) * Double(deltaFactor)
        } else {
            imin = len
            ref = stop
            step = (delta / Double(lenMinus1)) * Double(deltaFactor)
        }
        if len == 2 && !step.isFinite {
            return try FloatRange(ref: TwicePrecision(start), step: TwicePrecision(-start, stop), count: 2)
        }
        let m = Double.greatestFiniteMagnitude.nextDown, k = Double(Swift.max(imin - 1, len - imin))
        let low = Swift.max(-(m + ref) / k, (-m + ref) / k), high = Swift.min((m - ref) / k, (m + ref) / k)
        let stepPre = step > high ? high : (step < low ? low : step)
        let stepHi = TwicePrecision.truncatingBits(stepPre, nbitslen(len, imin))
        let x1 = TwicePrecision.add12(Double(1 - imin) * stepHi, ref)
        let x2 = TwicePrecision.add12(Double(len - imin) * stepHi, ref)
        let a = (start - x1.hi) - x1.lo, b = (stop - x2.hi) - x2.lo
        let stepLo = (b - a) / Double(len - 1)
        let refLo = a - Double(1 - imin) * stepLo
        return try FloatRange(ref: TwicePrecision(ref, refLo), step: TwicePrecision(stepHi, stepLo), count: len, offset: imin)
    }

    /// An integer range (first `f`, step `s`) as the twice-precision range Julia promotes
    /// it to beside one (`StepRangeLen{Float64,TwicePrecision,...}(r)`).
    static func converting(first f: Int, step s: Int, count: Int) throws -> FloatRange {
        try FloatRange(ref: .exactly(f), step: .exactly(s), count: count)
    }

    /// This range as a twice-precision one (`_convertSRL`): a plain range whose first
    /// element and step are short ratios is rebuilt from them, as `floatrange` would.
    func twicePrecision() throws -> FloatRange {
        guard precision == .plain else { return self }
        let (f, s) = (first, stepValue)
        if let (_, fD) = FloatRange.exactRatio(f), let (_, sD) = FloatRange.exactRatio(s) {
            let den = FloatRange.lcmUnchecked(fD, sD)
            if den != 0, Swift.abs(f * Double(den)) <= FloatRange.maxInt, Swift.abs(s * Double(den)) <= FloatRange.maxInt,
               FloatRange.rem(den, fD) == 0, FloatRange.rem(den, sD) == 0 {
                return try FloatRange.floatRange(try FloatRange.checkedRound(f * Double(den)), try FloatRange.checkedRound(s * Double(den)), count, den)
            }
        }
        return try FloatRange(ref: TwicePrecision(ref.hi), step: TwicePrecision(step.hi), count: count, offset: offset)
    }
}

extension TwicePrecision {
    /// `TwicePrecision{Float64}(i::Int128)`: `splitprec` of a wide integer.
    static func exactly(_ i: Int128) throws -> TwicePrecision {
        let hi = truncatingBits(Double(i), 27)
        guard let ihi = Int128(exactly: hi) else {
            throw RuntimeError("a range endpoint is too large for Julia's TwicePrecision split", kind: .notSupported)
        }
        return canonicalize(hi, Double(i - ihi))
    }
}
