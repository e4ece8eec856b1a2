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

extension RangeValue {
    /// Julia's `sum(r::StepRangeLen)` (base/twiceprecision.jl): the exact sum of the
    /// elements, rounded once (not the elements added one by one: `sum(0.1:0.1:0.3)` is
    /// 0.6, while `sum([0.1, 0.2, 0.3])` is 0.6000000000000001). With start and step short
    /// decimals the sum is worked in scaled integers, as the elements are; otherwise as
    /// n·start + step·n(n-1)/2 with each product's rounding error carried.
    var floatSum: Double? {
        guard case let .float(start, step, count) = self, count > 0 else { return nil }
        let n = Double(count)
        let pairs = n * (n - 1) / 2
        guard pairs < 9e15 else { return nil }
        var scale = 1.0
        for _ in 0...12 {
            let a = start * scale, b = step * scale
            if a == a.rounded() && b == b.rounded() && Swift.abs(a) < 1e15 && Swift.abs(b) < 1e15 {
                let whole = n * a + pairs * b
                if Swift.abs(n * a) < 9e15 && Swift.abs(pairs * b) < 9e15 && Swift.abs(whole) < 9e15 { return whole / scale }
                break
            }
            scale *= 10
        }
        func twoProduct(_ x: Double, _ y: Double) -> (Double, Double) { let p = x * y; return (p, (-p).addingProduct(x, y)) }
        let (p, pe) = twoProduct(start, n)
        let (q, qe) = twoProduct(step, pairs)
        let s = p + q
        let bp = s - p
        let se = (p - (s - bp)) + (q - bp)
        return s + (se + pe + qe)
    }

    /// Statistics' `mean(r::AbstractRange{<:Real}) = (first(r) + last(r)) / 2`.
    var floatMean: Double? {
        guard case let .float(start, step, count) = self, count > 0 else { return nil }
        return (start + RangeValue.exactSum(start, step, count - 1)) / 2
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
