/// Julia keeps a range a range under the arithmetic it can do exactly: `-r`, `r .+ n`,
/// `n .+ r`, `r .- n` and `n .- r` for an integer range and an integer, and for a
/// float range `-r` (base/broadcast.jl's "scalar-range broadcast operations", and
/// `-(r::OrdinalRange)` in base/range.jl). So `(1:3) .+ 1` is `2:4` and `-(1:3)` is
/// `-1:-1:-3`, printed as ranges. Other range arithmetic makes a vector here, which
/// holds the same numbers Julia's range would for integer ranges.
extension RangeValue {
    /// `-r`: `range(-first(r), -last(r), step=-step(r))`, or the float range negated.
    func negated() -> RangeValue? {
        switch self {
        case let .int(start, step, stop):
            guard start != Int.min, stop != Int.min, step != Int.min else { return nil }
            return .int(start: -start, step: -step, stop: -stop)
        case let .float(start, step, count):
            // Julia negates the TwicePrecision reference and adds its parts back, so a
            // range starting at 0.0 still starts at 0.0 (`-(0:0.25:1)` is 0.0:-0.25:-1.0).
            return .float(start: start == 0 ? 0.0 : -start, step: -step, count: count)
        }
    }

    /// `r .+ n`, `n .+ r`, `r .- n` or `n .- r` for an integer range; nil for anything else
    /// or where an end would overflow.
    func shifted(_ op: Operator, by n: Int, rangeOnLeft: Bool) -> RangeValue? {
        guard case let .int(start, step, stop) = self else { return nil }
        switch op {
        case .plus:
            let (a, o1) = start.addingReportingOverflow(n)
            let (b, o2) = stop.addingReportingOverflow(n)
            return o1 || o2 ? nil : .int(start: a, step: step, stop: b)
        case .minus where rangeOnLeft:
            let (a, o1) = start.subtractingReportingOverflow(n)
            let (b, o2) = stop.subtractingReportingOverflow(n)
            return o1 || o2 ? nil : .int(start: a, step: step, stop: b)
        case .minus:
            // `range(x - first(r), x - last(r), step=-step(r))`.
            let (a, o1) = n.subtractingReportingOverflow(start)
            let (b, o2) = n.subtractingReportingOverflow(stop)
            return o1 || o2 || step == Int.min ? nil : .int(start: a, step: -step, stop: b)
        case .times where n != 0 && n != 1:
            // `StepRangeLen(first(r)*x, step(r)*x, length(r))`, which prints as first:step:last
            // (for x = 0 or 1 Julia's shows a step this range cannot: 0:0:0, 1:1:3).
            let (a, o1) = start.multipliedReportingOverflow(by: n)
            let (s, o2) = step.multipliedReportingOverflow(by: n)
            let (b, o3) = stop.multipliedReportingOverflow(by: n)
            return o1 || o2 || o3 || count == 0 ? nil : .int(start: a, step: s, stop: b)
        default:
            return nil
        }
    }

    /// `r .+ x`, `x .+ r`, `r .- x` and `x .- r` for an integer range and a Float64:
    /// `range(first(r) + x, step=step(r), length=length(r))` and its kin, a float range
    /// whose elements (start + k·step, correctly rounded) the float range here gives.
    func shifted(_ op: Operator, byFloat x: Double, rangeOnLeft: Bool) -> RangeValue? {
        guard case let .int(start, step, _) = self, x.isFinite, Swift.max(start.magnitude, step.magnitude) < 1 << 53 else { return nil }
        switch op {
        case .plus: return .float(start: Double(start) + x, step: Double(step), count: count)
        case .minus where rangeOnLeft: return .float(start: Double(start) - x, step: Double(step), count: count)
        case .minus: return .float(start: x - Double(start), step: -Double(step), count: count)
        default: return nil
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
