// Julia 1.10's remainders after division by 2π (base/math.jl): x − 2π·round(x/(2π)) with
// the exact 2π, not the Float64 nearest it. The angle is reduced by π/2 as the
// trigonometric functions reduce it (RemPio2.swift), giving x = n·π/2 + r with r in two
// parts; the remainder is r plus the multiple of π/2 that n mod 4 and the rounding mode
// call for, that multiple also in two parts, added as Dekker adds double-doubles.

extension Julia {
    /// The rounding of the quotient x/(2π) in `rem2pi(x, r)`: Julia's `RoundNearest`,
    /// `RoundToZero`, `RoundDown` and `RoundUp`, the four modes it has methods for.
    public enum QuotientRounding: Sendable, CaseIterable {
        case nearest, toZero, down, up
    }

    /// k·π/2 for k = 1...4 as a leading Double and the Double nearest the rest
    /// (Julia's `pi1o2_h`/`pi1o2_l` ... `pi4o2_h`/`pi4o2_l`).
    static let halfPiMultiples: [(hi: Double, lo: Double)] = [
        (1.5707963267948966, 6.123233995736766e-17),
        (3.141592653589793, 1.2246467991473532e-16),
        (4.71238898038469, 1.8369701987210297e-16),
        (6.283185307179586, 2.4492935982947064e-16),
    ]

    /// The leading Double of (xh + xl) + (yh + yl), Dekker's sum of two double-doubles
    /// (Julia's `add22condh`), the smaller leading part's rounding error kept.
    @inline(__always)
    static func addDoubleDoubles(_ xh: Double, _ xl: Double, _ yh: Double, _ yl: Double) -> Double {
        let r = xh + yh
        let s = Swift.abs(xh) > Swift.abs(yh) ? xh - r + yh + yl + xl : yh - r + xh + xl + yl
        return r + s
    }

    /// The reduced angle plus k·π/2, k = −4...4 (k = 0 adds nothing: hi + lo).
    @inline(__always)
    static func adding(quarterTurns k: Int, to y: ReducedAngle) -> Double {
        if k == 0 { return y.hi + y.lo }
        let m = halfPiMultiples[Swift.abs(k) - 1]
        return k > 0 ? addDoubleDoubles(y.hi, y.lo, m.hi, m.lo) : addDoubleDoubles(y.hi, y.lo, -m.hi, -m.lo)
    }

    /// x − 2π·round(x/(2π), r) as Julia's `rem2pi(::Float64, r)`: in [−π, π] for
    /// `.nearest`, [0, 2π] for `.down`, [−2π, 0] for `.up`, and for `.toZero` the one of
    /// those two on x's side. NaN for an infinite x; a NaN is returned as it is.
    public static func rem2pi(_ x: Double, _ rounding: QuotientRounding) -> Double {
        if x.isNaN { return x }
        if x.isInfinite { return .nan }
        let twoPi = halfPiMultiples[3]
        switch rounding {
        case .nearest:
            // Julia's `abs(x) < pi` against the irrational: ≤ the Double just below π.
            if Swift.abs(x) <= 3.141592653589793 { return x }
            let y = reduceByHalfPi(x)
            // n mod 4 = 0, 1, 2, 3: add 0, π/2, ∓π (toward the interval), −π/2.
            switch y.quadrant & 3 {
            case 0: return adding(quarterTurns: 0, to: y)
            case 1: return adding(quarterTurns: 1, to: y)
            case 2: return adding(quarterTurns: y.hi <= 0 ? 2 : -2, to: y)
            default: return adding(quarterTurns: -1, to: y)
            }
        case .toZero:
            let ax = Swift.abs(x)
            if ax <= 2 * 3.141592653589793 { return x }
            let z = nonNegativeRemainder(reduceByHalfPi(ax))
            return Double(signOf: x, magnitudeOf: z)
        case .down:
            if x < twoPi.hi {
                if x >= 0 { return x }
                if x > -twoPi.hi { return addDoubleDoubles(x, 0, twoPi.hi, twoPi.lo) }
            }
            return nonNegativeRemainder(reduceByHalfPi(x))
        case .up:
            if x > -twoPi.hi {
                if x <= 0 { return x }
                if x < twoPi.hi { return addDoubleDoubles(x, 0, -twoPi.hi, -twoPi.lo) }
            }
            let y = reduceByHalfPi(x)
            // n mod 4 = 0, 1, 2, 3: subtract 0 or 2π, 3π/2, π, π/2.
            switch y.quadrant & 3 {
            case 0: return adding(quarterTurns: y.hi < 0 ? 0 : -4, to: y)
            case 1: return adding(quarterTurns: -3, to: y)
            case 2: return adding(quarterTurns: -2, to: y)
            default: return adding(quarterTurns: -1, to: y)
            }
        }
    }

    /// The reduced angle moved into [0, 2π]: n mod 4 = 0, 1, 2, 3 adds 0 (2π when r ≤ 0),
    /// π/2, π, 3π/2 (the RoundDown and RoundToZero branches).
    @inline(__always)
    static func nonNegativeRemainder(_ y: ReducedAngle) -> Double {
        switch y.quadrant & 3 {
        case 0: return adding(quarterTurns: y.hi > 0 ? 0 : 4, to: y)
        case 1: return adding(quarterTurns: 1, to: y)
        case 2: return adding(quarterTurns: 2, to: y)
        default: return adding(quarterTurns: 3, to: y)
        }
    }

    /// Julia's `mod2pi(x)`, which is `rem2pi(x, RoundDown)`: in [0, 2π].
    public static func mod2pi(_ x: Double) -> Double { rem2pi(x, .down) }
}
