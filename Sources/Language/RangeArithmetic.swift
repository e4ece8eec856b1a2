import Engine

/// Julia keeps a range a range under the arithmetic it can do without listing the
/// elements: base/broadcast.jl's "scalar-range broadcast operations" (`r .+ x`, `x .- r`,
/// `x .* r`, `r ./ x`, `-r`), base/range.jl's `r1 + r2` and `r1 - r2` (also what `.+` and
/// `.-` of two ranges are), and base/twiceprecision.jl's `x * r` and `r / x` of a
/// twice-precision range. Which range type comes out depends on the operand types, as
/// Julia's method table decides; each case below names the method it follows. Anything
/// else (`r .* r`, `x ./ r`, `r .^ 2`, functions) makes a vector.
extension RangeValue {
    /// A number on the other side of a range: an Int64 (or a Bool, which Julia's integer
    /// methods take as 0 or 1) or a Float64.
    private enum Scalar {
        case int(Int)
        case float(Double)

        init?(_ value: Value) {
            switch value {
            case .int(let n): self = .int(n)
            case .bool(let b): self = .int(b ? 1 : 0)
            case .float(let x): self = .float(x)
            default: return nil
            }
        }

        /// The number promoted to Float64, as Julia's mixed arithmetic does.
        var double: Double {
            switch self {
            case .int(let n): return Double(n)
            case .float(let x): return x
            }
        }

        /// `-x`: an Int negates in Int (wrapping at typemin) before any promotion.
        var negated: Scalar {
            switch self {
            case .int(let n): return .int(0 &- n)
            case .float(let x): return .float(-x)
            }
        }
    }

    /// `-r` (and `.-r`): `range(-first(r), step=-step(r), length=length(r))` for an integer
    /// range, `StepRangeLen(-r.ref, -r.step, len, offset)` for the others.
    func negated() throws -> RangeValue {
        switch self {
        case .int, .stepOne:
            let (start, step, stop) = integerParts!
            guard start != Int.min, stop != Int.min, step != Int.min else { throw RangeValue.overflow }
            return .int(start: -start, step: -step, stop: -stop)
        case let .intLength(first, step, count):
            return .intLength(first: 0 &- first, step: 0 &- step, count: count)
        case let .float(r):
            return .float(r.negated)
        }
    }

    /// The range with a StepRange of step 1 read as `.int`, for the methods that treat
    /// UnitRange and StepRange alike.
    var ordinal: RangeValue {
        if case let .stepOne(start, stop) = self { return .int(start: start, step: 1, stop: stop) }
        return self
    }

    private static var overflow: RuntimeError {
        RuntimeError("integer overflow in range arithmetic is not supported (Julia's range would wrap around)", kind: .notSupported)
    }

    /// `a op b` (or `a .op b`) as the range Julia makes, or nil where Julia makes a vector.
    static func arithmetic(_ op: Operator, _ a: Value, _ b: Value, dotted: Bool) throws -> RangeValue? {
        switch (a, b) {
        case let (.range(x), .range(y)):
            guard op == .plus || op == .minus else { return nil }
            return try x.combined(with: y, subtracting: op == .minus)
        case let (.range(r), _):
            guard let x = Scalar(b) else { return nil }
            return try r.combined(op, x, rangeOnLeft: true, dotted: dotted)
        case let (_, .range(r)):
            guard let x = Scalar(a) else { return nil }
            return try r.combined(op, x, rangeOnLeft: false, dotted: dotted)
        default:
            return nil
        }
    }

    /// A range and a number. Without a dot only `x * r`, `r * x` and `r / x` are defined
    /// (base/arraymath.jl broadcasts them, twiceprecision.jl has its own for its ranges).
    private func combined(_ op: Operator, _ x: Scalar, rangeOnLeft: Bool, dotted: Bool) throws -> RangeValue? {
        switch op {
        case .plus where dotted:
            return try shifted(by: x)
        case .minus where dotted && rangeOnLeft:
            return try shifted(by: x.negated, subtracting: x)
        case .minus where dotted:
            return try negated().shifted(by: x, fromLeft: true)
        case .times:
            return try scaled(by: x, dotted: dotted)
        case .divide where rangeOnLeft:
            return try divided(by: x, dotted: dotted)
        default:
            return nil
        }
    }

    /// `r .+ x`, `x .+ r` and `r .- x` (with `x` then negated and `subtracted` the number
    /// as given, for the methods that subtract it rather than add its negation).
    private func shifted(by x: Scalar, subtracting subtracted: Scalar? = nil, fromLeft: Bool = false) throws -> RangeValue {
        switch (self, x) {
        case (.int, .int(let n)), (.stepOne, .int(let n)):
            let (start, step, stop) = integerParts!
            // `range(first(r) + x, last(r) + x, step=step(r))`: the same integer range type.
            let (a, o1) = start.addingReportingOverflow(n)
            let (b, o2) = stop.addingReportingOverflow(n)
            guard !o1, !o2 else { throw RangeValue.overflow }
            if case .stepOne = self { return .stepOne(start: a, stop: b) }
            return .int(start: a, step: step, stop: b)
        case (.int, .float), (.stepOne, .float):
            let (start, step, _) = integerParts!
            let first = subtracted.map { Double(start) - $0.double } ?? (fromLeft ? x.double + Double(start) : Double(start) + x.double)
            if case .int(_, 1, _) = self, !fromLeft {
                // `range(first(r) + x, length=length(r))` of a UnitRange: a plain StepRangeLen with step 1.0.
                return .float(try .plain(first, 1.0, count))
            }
            // `range(first(r) + x, step=step(r), length=length(r))`, and `x - r`'s:
            // `range_start_step_length` for floats, in twice precision.
            return .float(try .startStep(first, Double(step), length: count))
        case let (.intLength(first, step, count), .int(n)):
            return .intLength(first: first &+ n, step: step, count: count)
        case (.intLength, .float):
            // Julia's `StepRangeLen{Float64}(r.ref + x, r.step, ...)` keeps an Int64 step: a
            // fifth range type, StepRangeLen{Float64, Float64, Int64, Int64}.
            throw RuntimeError("adding a float to a StepRangeLen of integers (a StepRangeLen{Float64, Float64, Int64, Int64} in Julia) is not supported; collect it first", kind: .notSupported)
        case let (.float(r), _):
            var out = r
            switch r.precision {
            case .twice:
                // `r.ref + x` in twice precision; `x - r.ref` is `(-r.ref) + x`.
                out.ref = r.ref + x.double
            case .plain:
                let ref = r.ref.hi
                out.ref = TwicePrecision(subtracted.map { ref - $0.double } ?? (fromLeft ? x.double + ref : ref + x.double))
            }
            return .float(out)
        }
    }

    /// `x .* r`, `r .* x` and `x * r`.
    private func scaled(by x: Scalar, dotted: Bool) throws -> RangeValue {
        switch (self, x) {
        case (.stepOne, _): return try ordinal.scaled(by: x, dotted: dotted)
        case let (.int(start, step, _), .int(n)), let (.intLength(start, step, _), .int(n)):
            // `StepRangeLen(x*first(r), x*step(r), length(r))`: a StepRangeLen of integers,
            // also for x = 0 (`StepRangeLen(0, 0, 3)`).
            return .intLength(first: start &* n, step: step &* n, count: count)
        case let (.int(start, step, _), .float(v)):
            // `range_start_step_length(x*first(r), x*step(r), length(r))`: 0.2 .* (-2:2) in twice precision.
            return .float(try .startStep(Double(start) * v, Double(step) * v, length: count))
        case let (.intLength(first, step, count), .float(v)):
            return .float(try .plain(Double(first) * v, Double(step) * v, count))
        case let (.float(r), _):
            var out = r
            switch (r.precision, x) {
            case (.plain, _):
                out.ref = TwicePrecision(r.ref.hi * x.double)
                out.step = TwicePrecision(r.step.hi * x.double)
            case (.twice, .int(let n)):
                out.ref = r.ref * n
                out.step = r.step * n
            case (.twice, .float(let v)):
                out.ref = r.ref * v
                out.step = r.step * v
            }
            // twiceprecision.jl's own `x * r` (no dot) cuts the new step for exact products.
            if r.precision == .twice && !dotted { out.step = out.step.truncated(toBits: FloatRange.nbitslen(r.count, r.offset)) }
            return .float(out)
        }
    }

    /// `r ./ x` and `r / x`.
    private func divided(by x: Scalar, dotted: Bool) throws -> RangeValue {
        let d = x.double
        switch self {
        case .stepOne: return try ordinal.divided(by: x, dotted: dotted)
        case let .int(start, step, _):
            // `range(first(r)/x, step=step(r)/x, length=length(r))`.
            return .float(try .startStep(Double(start) / d, Double(step) / d, length: count))
        case let .intLength(first, step, count):
            return .float(try .plain(Double(first) / d, Double(step) / d, count))
        case let .float(r):
            var out = r
            switch r.precision {
            case .plain:
                out.ref = TwicePrecision(r.ref.hi / d)
                out.step = TwicePrecision(r.step.hi / d)
            case .twice:
                out.ref = r.ref / d
                out.step = r.step / d
                if !dotted { out.step = out.step.truncated(toBits: FloatRange.nbitslen(r.count, r.offset)) }
            }
            return .float(out)
        }
    }

    /// `r1 + r2` and `r1 - r2` (and their dotted forms): both promoted to one range type,
    /// then first and step added (`r1 - r2` is `r1 + (-r2)` for StepRangeLens).
    private func combined(with other: RangeValue, subtracting: Bool) throws -> RangeValue {
        let (n1, n2) = (count, other.count)
        if isTwicePrecision || other.isTwicePrecision {
            guard n1 == n2 else { throw RuntimeError("argument dimensions must match", kind: .dimensionMismatch) }
            // Promoted first, then `r1 + (-r2)`.
            let r1 = try asTwicePrecision()
            let r2 = subtracting ? try other.asTwicePrecision().negated : try other.asTwicePrecision()
            // twiceprecision.jl's `+`: the sum's reference at the offsets' midpoint.
            let imid: Int, ref: TwicePrecision
            if r1.offset == r2.offset {
                (imid, ref) = (r1.offset, r1.ref + r2.ref)
            } else {
                imid = FloatRange.roundToInt(Double(r1.offset + r2.offset) / 2)
                ref = r1.preciseElement(imid) + r2.preciseElement(imid)
            }
            let step = (r1.step + r2.step).truncated(toBits: FloatRange.nbitslen(n1, imid))
            return .float(try FloatRange(ref: ref, step: step, count: n1, offset: imid))
        }
        guard n1 == n2 else {
            throw RuntimeError("argument dimensions must match: length of r1 is \(n1), length of r2 is \(n2)", kind: .dimensionMismatch)
        }
        if let p = integerParts, let q = other.integerParts {
            // Integer ranges: `StepRangeLen(first(r1) ± first(r2), step(r1) ± step(r2), len)`.
            return subtracting
                ? .intLength(first: p.first &- q.first, step: p.step &- q.step, count: n1)
                : .intLength(first: p.first &+ q.first, step: p.step &+ q.step, count: n1)
        }
        // A plain Float64 StepRangeLen with another plain one or an integer range; the
        // negation of r2 is exact, so `r1 + (-r2)` is first and step subtracted.
        let (p, q) = (asPlain, other.asPlain)
        return .float(try subtracting ? .plain(p.first - q.first, p.step - q.step, n1) : .plain(p.first + q.first, p.step + q.step, n1))
    }

    private var isTwicePrecision: Bool {
        if case let .float(r) = self { return r.precision == .twice }
        return false
    }

    /// This range promoted to a twice-precision StepRangeLen.
    private func asTwicePrecision() throws -> FloatRange {
        switch self {
        case .stepOne: return try ordinal.asTwicePrecision()
        case let .float(r): return try r.twicePrecision()
        case let .int(start, step, _), let .intLength(start, step, _): return try .converting(first: start, step: step, count: count)
        }
    }

    /// First element and step of this range as a plain Float64 StepRangeLen.
    private var asPlain: (first: Double, step: Double) {
        switch self {
        case .stepOne: return ordinal.asPlain
        case let .float(r): return (r.first, r.stepValue)
        case let .int(start, step, _), let .intLength(start, step, _): return (Double(start), Double(step))
        }
    }
}

extension RangeValue {
    /// `reverse(r)`: `last(r):-step(r):first(r)` for an integer range; a StepRangeLen
    /// keeps its reference and mirrors its offset.
    func reversed() throws -> RangeValue {
        switch self {
        case .stepOne: return try ordinal.reversed()
        case let .int(start, step, stop):
            guard step != Int.min else { throw RangeValue.overflow }
            return try .ints(stop, -step, start)
        case let .intLength(first, step, count):
            return .intLength(first: first &+ (count &- 1) &* step, step: 0 &- step, count: count)
        case let .float(r):
            return .float(r.reversed)
        }
    }

    /// `r[s]` for an integer range `s` of 1-based positions, all inside `r`: a range of
    /// the same kind (base/range.jl's and twiceprecision.jl's `getindex` methods).
    func slice(_ s: RangeValue) throws -> RangeValue {
        guard let (fs, ss, _) = s.integerParts else { throw RuntimeError("cannot index with a float range", kind: .argument) }
        let len = s.count
        switch self {
        case let .stepOne(start, _):
            // `getindex(::StepRange, ::AbstractRange)`: a StepRange.
            let a = start &+ (fs &- 1)
            return try .ints(a, ss, a &+ (len &- 1) &* ss)
        case let .int(start, step, _):
            let a = start &+ (fs &- 1) &* step
            if case .int(_, 1, _) = self, case .int(_, 1, _) = s {
                // `getindex(::AbstractUnitRange, ::AbstractUnitRange)`: `range(start, stop)`.
                return .int(start: a, step: 1, stop: a &+ (len &- 1))
            }
            // `range(start, stop; step=st)`: a StepRange.
            return try .ints(a, step &* ss, a &+ (len &- 1) &* (step &* ss))
        case let .intLength(first, step, _):
            return .intLength(first: first &+ (fs &- 1) &* step, step: step &* ss, count: len)
        case let .float(r):
            return .float(try r.slice(start: fs, by: ss, length: len))
        }
    }

    /// `float(r)` (base/float.jl): `float(first):float(step):float(last)` for an integer
    /// range, a plain Float64 StepRangeLen for a StepRangeLen of integers, itself for floats.
    var floated: RangeValue {
        get throws {
            switch self {
        case .stepOne: return try ordinal.floated
            case let .int(start, step, stop): return try .floats(Double(start), Double(step), Double(stop))
            case let .intLength(first, step, count): return .float(try .plain(Double(first), Double(step), count))
            case .float: return self
            }
        }
    }

    /// Julia's `sum(r)`: for an integer range `l·first + step·l(l-1)/2` in wrapping Int,
    /// for a float range StepRangeLen's own exact formula (twiceprecision.jl), so
    /// `sum(0.1:0.1:0.3)` is 0.6 while the collected vector sums to 0.6000000000000001.
    var floatSum: Double? {
        guard case let .float(r) = self else { return nil }
        return r.sum
    }

    /// Statistics' `mean(r::AbstractRange{<:Real}) = (first(r) + last(r)) / 2`.
    var floatMean: Double? {
        guard case let .float(r) = self, r.count > 0 else { return nil }
        return (r.first + r.last) / 2
    }

    /// `step(r)`.
    var stepValue: Value {
        switch self {
        case .stepOne: return .int(1)
        case let .int(_, step, _), let .intLength(_, step, _): return .int(step)
        case let .float(r): return .float(r.stepValue)
        }
    }
}

extension RangeValue {
    /// Julia's `range(start, stop; length, step)` (base/range.jl's `_range`): which of
    /// stop, step and length are given picks the method, and the argument types the range.
    static func range(start: Value?, stop: Value?, step: Value?, length: Int?) throws -> Value {
        func number(_ v: Value) throws -> Scalar {
            guard let x = Scalar(v) else { throw RuntimeError("range: expected a number, got \(describeType(v))", kind: .argument) }
            return x
        }
        guard let start else { return try range(stop: try stop.map(number), step: try step.map(number), length: length) }
        return .range(try range(start: try number(start), stop: try stop.map(number), step: try step.map(number), length: length))
    }

    /// `range` without a start: `range_stop`, `range_length`, `range_stop_length` and
    /// `range_step_stop_length`.
    private static func range(stop: Scalar?, step: Scalar?, length: Int?) throws -> Value {
        switch (stop, step, length) {
        case let (.int(b)?, nil, nil): return .host(OneTo(b))
        case let (.float(b)?, nil, nil): return .range(try .floats(1.0, 1.0, b))
        case let (nil, nil, n?): return .host(OneTo(n))
        case let (.int(b)?, nil, n?): return .range(.units(b &- (n &- 1), b))
        case let (.float(b)?, nil, n?): return .range(.float(try .plain(b - Double(n - 1), 1.0, n)))
        case let (.int(b)?, .int(k)?, n?): return .range(try .ints(b &- k &* (n &- 1), k, b))
        case let (b?, k?, n?):
            // twiceprecision.jl: `reverse(range_start_step_length(stop, -step, len))`.
            return .range(try RangeValue.float(try .startStep(b.double, -k.double, length: n)).reversed())
        default:
            throw RuntimeError("range: give start, stop, step or length (range(a, b), range(a, b; length=n), range(a; step=s, length=n))", kind: .notSupported)
        }
    }

    private static func range(start a: Scalar, stop: Scalar?, step: Scalar?, length: Int?) throws -> RangeValue {
        switch (stop, step, length) {
        case let (b?, nil, n?):
            // `range_start_stop_length`: integers over the denominator 1, or floats.
            if case .int(let i) = a, case .int(let j) = b { return .float(try .evenlySpaced(i, j, length: n, over: 1)) }
            return .float(try .startStop(a.double, b.double, length: n))
        case let (b?, s, nil):
            // `start:stop` or `start:step:stop`.
            if case .int(let i) = a, case .int(let j) = b {
                guard let s else { return .units(i, j) }
                if case .int(let k) = s { return try .ints(i, k, j) }
            }
            return try .floats(a.double, s?.double ?? 1, b.double)
        case let (nil, s?, n?):
            // `range_start_step_length`: a StepRange to `a + s(n-1)` for integers.
            if case .int(let i) = a, case .int(let k) = s { return try .ints(i, k, i &+ k &* (n &- 1)) }
            return .float(try .startStep(a.double, s.double, length: n))
        case let (nil, nil, n?):
            // `range_start_length`: a UnitRange for an integer start, else step 1.0.
            if case .int(let i) = a { return .int(start: i, step: 1, stop: n >= 1 ? i &+ (n &- 1) : i &- 1) }
            return .float(try .plain(a.double, 1.0, n))
        default:
            throw RuntimeError("range: give stop, step or length (range(a, b), range(a, b; length=n), range(a; step=s, length=n))", kind: .notSupported)
        }
    }

    /// Julia's type of the range.
    var juliaTypeName: String {
        switch self {
        case let .int(_, step, _): return step == 1 ? "UnitRange{Int64}" : "StepRange{Int64, Int64}"
        case .stepOne: return "StepRange{Int64, Int64}"
        case .intLength: return "StepRangeLen{Int64, Int64, Int64, Int64}"
        case let .float(r):
            switch r.precision {
            case .twice: return "StepRangeLen{Float64, Base.TwicePrecision{Float64}, Base.TwicePrecision{Float64}, Int64}"
            case .plain: return "StepRangeLen{Float64, Float64, Float64, Int64}"
            }
        }
    }

    /// `show(io, r)` (base/range.jl), which the REPL's display of a range is too:
    /// `first:last` for a UnitRange, `first:step:last` otherwise, and for a StepRangeLen
    /// with step zero `StepRangeLen(first, step, length)`, as `0:0:0` would not read back.
    var shown: String {
        switch self {
        case let .int(start, step, stop): return step == 1 ? "\(start):\(stop)" : "\(start):\(step):\(stop)"
        case let .stepOne(start, stop): return "\(start):1:\(stop)"
        case let .intLength(first, step, count):
            let last = first &+ (count &- 1) &* step
            return step != 0 ? "\(first):\(step):\(last)" : "StepRangeLen(\(first), \(step), \(count))"
        case let .float(r):
            let step = r.stepValue
            return step != 0
                ? "\(formatFloat(r.first)):\(formatFloat(step)):\(formatFloat(r.last))"
                : "StepRangeLen(\(formatFloat(r.first)), \(formatFloat(step)), \(r.count))"
        }
    }
}

extension Value {
    /// An Int64 or a Bool as an integer, as Julia's `Integer` arithmetic takes them.
    var integerValue: Int? {
        switch self {
        case .int(let n): return n
        case .bool(let b): return b ? 1 : 0
        default: return nil
        }
    }
}
