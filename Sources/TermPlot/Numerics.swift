// The few numeric helpers the plots need, written on the standard library alone
// (TermPlot may not import Foundation or the C math library).

enum Numerics {
    /// Exact powers of ten, parsed rather than multiplied so that 1e-8 is the
    /// double nearest to 10⁻⁸ and decade boundaries compare exactly.
    static func powerOfTen(_ k: Int) -> Double {
        if k > 308 { return .infinity }
        if k < -323 { return 0 }
        return Double("1e\(k)") ?? 0
    }

    /// floor(log10(x)) for finite x > 0 (0 for anything else), decided by
    /// comparison with exact powers of ten so that a decade lands on its exponent.
    static func decadeFloor(_ x: Double) -> Int {
        // Zero's exponent is Int.min; answer something finite rather than search for it.
        guard x > 0, x.isFinite else { return 0 }
        var k = max(-324, Int((Double(Int(x.exponent)) * 0.30102999566398120).rounded(.down)))
        while k > -323 && powerOfTen(k) > x { k -= 1 }
        while k < 308 && powerOfTen(k + 1) <= x { k += 1 }
        return k
    }

    /// ceil(log10(x)) for finite x > 0.
    static func decadeCeiling(_ x: Double) -> Int {
        let k = decadeFloor(x)
        return powerOfTen(k) == x ? k : k + 1
    }

    /// Natural logarithm of a finite positive double, from its binary exponent and
    /// an atanh series for the significand in [1, 2); about 1e-16 relative error,
    /// far finer than a pixel.
    static func log(_ x: Double) -> Double {
        let ln2 = 0.69314718055994530942
        let significand = x.significand
        let t = (significand - 1) / (significand + 1)
        let t2 = t * t
        var power = t
        var sum = 0.0
        var k = 1.0
        while k < 60 {
            sum += power / k
            power *= t2
            k += 2
        }
        return Double(Int(x.exponent)) * ln2 + 2 * sum
    }

    static func log10(_ x: Double) -> Double {
        log(x) * 0.43429448190325182765
    }

    /// Sine for the demo's data, reduced to [-π, π] and summed as a Taylor series.
    static func sin(_ x: Double) -> Double {
        guard x.isFinite else { return .nan }
        let twoPi = 2 * Double.pi
        let r = x - twoPi * (x / twoPi).rounded()
        var term = r
        var sum = r
        var n = 1.0
        while n < 40 {
            term *= -r * r / ((n + 1) * (n + 2))
            sum += term
            n += 2
        }
        return sum
    }

    static func cos(_ x: Double) -> Double { sin(x + Double.pi / 2) }

    /// Converts a coordinate to an index only when it is finite and inside
    /// `0..<count`; `Int(_:)` would trap on NaN or on a huge value.
    static func index(_ value: Double, count: Int) -> Int? {
        guard value.isFinite, value >= 0, value < Double(count) else { return nil }
        return Int(value)
    }

    /// Rounds and clamps into `0...upper`, for positions that must land somewhere.
    static func clampedIndex(_ value: Double, upper: Int) -> Int {
        guard !value.isNaN else { return 0 }
        if value <= 0 { return 0 }
        if value >= Double(upper) { return upper }
        return Int(value.rounded())
    }

    /// (v - lo) / (hi - lo), computed on halves so that spans near the largest
    /// double do not overflow to infinity.
    static func fraction(_ v: Double, _ lo: Double, _ hi: Double) -> Double {
        let span = hi / 2 - lo / 2
        guard span > 0 else { return 0.5 }
        return (v / 2 - lo / 2) / span
    }
}
