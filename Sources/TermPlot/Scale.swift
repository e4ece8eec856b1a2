// Axes: how data values map onto a plot's width or height, and the labels at
// their ends.

/// How an axis spaces its values.
public enum AxisScale: String, Sendable, CaseIterable {
    case linear
    /// Decades equally spaced; values ≤ 0 cannot be shown and are dropped with a note.
    case log10
}

struct Axis {
    let scale: AxisScale
    /// Limits in drawing space: the values themselves, or their log10 on a log axis.
    let lower: Double
    let upper: Double
    let lowerLabel: String
    let upperLabel: String

    /// A value in drawing space, or nil when it cannot be drawn on this axis.
    static func transform(_ v: Double, _ scale: AxisScale) -> Double? {
        guard v.isFinite else { return nil }
        switch scale {
        case .linear: return v
        case .log10: return v > 0 ? Numerics.log10(v) : nil
        }
    }

    /// Position in [0, 1] (outside it for values beyond the limits).
    func fraction(_ t: Double) -> Double { Numerics.fraction(t, lower, upper) }

    /// An axis covering `values` (already in drawing space), or the caller's
    /// limits when they are usable. Unusable limits are ignored with a note.
    static func fitting(
        _ values: [Double], scale: AxisScale, given: (Double, Double)?,
        unicode: Bool, name: String, notes: inout [String]
    ) -> Axis {
        if let given {
            var (a, b) = given.0 <= given.1 ? given : (given.1, given.0)
            if scale == .log10 && (a <= 0 || b <= 0) {
                notes.append("\(name)lim must be > 0 on a log axis; ignored")
            } else if !a.isFinite || !b.isFinite {
                notes.append("\(name)lim is not finite; ignored")
            } else {
                if a == b { (a, b) = expandedDegenerate(a) }
                return fromLimits(a, b, scale: scale, unicode: unicode)
            }
        }
        return automatic(values, scale: scale, unicode: unicode)
    }

    private static func fromLimits(_ a: Double, _ b: Double, scale: AxisScale, unicode: Bool) -> Axis {
        switch scale {
        case .linear:
            return Axis(scale: scale, lower: a, upper: b,
                        lowerLabel: NumberFormat.compact(a), upperLabel: NumberFormat.compact(b))
        case .log10:
            let la = Numerics.log10(a)
            var lb = Numerics.log10(b)
            if la == lb { lb = la + 1 }
            return Axis(scale: scale, lower: la, upper: lb,
                        lowerLabel: logLabel(a, unicode: unicode), upperLabel: logLabel(b, unicode: unicode))
        }
    }

    private static func automatic(_ values: [Double], scale: AxisScale, unicode: Bool) -> Axis {
        guard let lo = values.min(), let hi = values.max() else {
            return scale == .linear
                ? Axis(scale: scale, lower: 0, upper: 1, lowerLabel: "0", upperLabel: "1")
                : Axis(scale: scale, lower: 0, upper: 1, lowerLabel: NumberFormat.decade(0, unicode: unicode),
                       upperLabel: NumberFormat.decade(1, unicode: unicode))
        }
        switch scale {
        case .linear:
            let (a, b) = niceBounds(lo, hi)
            return Axis(scale: scale, lower: a, upper: b,
                        lowerLabel: NumberFormat.compact(a), upperLabel: NumberFormat.compact(b))
        case .log10:
            // Whole decades, so the corner labels read 10⁻⁸ … 10² rather than odd values.
            var a = Int(lo.rounded(.down)), b = Int(hi.rounded(.up))
            if a == b { b += 1 }
            a = max(a, -330); b = min(b, 310)
            return Axis(scale: scale, lower: Double(a), upper: Double(b),
                        lowerLabel: NumberFormat.decade(a, unicode: unicode),
                        upperLabel: NumberFormat.decade(b, unicode: unicode))
        }
    }

    /// This linear axis grown symmetrically to span at least `span`.
    func widened(toSpan span: Double) -> Axis {
        guard scale == .linear, span.isFinite, span > upper - lower else { return self }
        let centre = lower / 2 + upper / 2
        // Rounded outwards to short labels; this stretches the scale by a few
        // percent at most, which the eye does not see.
        let (a, b) = Axis.niceBounds(centre - span / 2, centre + span / 2)
        return Axis(scale: scale, lower: a, upper: b,
                    lowerLabel: NumberFormat.compact(a), upperLabel: NumberFormat.compact(b))
    }

    static func logLabel(_ v: Double, unicode: Bool) -> String {
        let k = Numerics.decadeFloor(v)
        return Numerics.powerOfTen(k) == v ? NumberFormat.decade(k, unicode: unicode) : NumberFormat.compact(v)
    }

    /// Limits rounded outwards to two significant digits of the span, so the corner
    /// labels are short (`-1 … 1` rather than `-0.9987 … 0.9991`).
    static func niceBounds(_ lo: Double, _ hi: Double) -> (Double, Double) {
        if lo == hi { return expandedDegenerate(lo) }
        let span = hi - lo
        guard span.isFinite, span > 0 else { return (lo, hi) }
        let step = Numerics.powerOfTen(Numerics.decadeFloor(span) - 1)
        // Values a rounding error past a step (1.0000000000000002) stay on it.
        func snapped(_ q: Double) -> Double { abs(q - q.rounded()) < 1e-6 ? q.rounded() : q }
        let a = snapped(lo / step).rounded(.down) * step
        let b = snapped(hi / step).rounded(.up) * step
        guard a.isFinite, b.isFinite, a < b else { return (lo, hi) }
        return (a, b)
    }

    /// A usable range around a single value.
    static func expandedDegenerate(_ v: Double) -> (Double, Double) {
        if v == 0 { return (-1, 1) }
        let d = abs(v) / 10
        let a = v - d, b = v + d
        return a < b ? niceBounds(a, b) : (v.nextDown, v.nextUp)
    }
}
