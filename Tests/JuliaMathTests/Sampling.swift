// The C library's functions, through Foundation, are the reference the samples compare with.
import Foundation

/// A deterministic stream of UInt64s (SplitMix64), so every run samples the same inputs.
struct SplitMix {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    /// Uniform in [lo, hi).
    mutating func uniform(_ lo: Double, _ hi: Double) -> Double {
        lo + (hi - lo) * (Double(next() >> 11) * 0x1p-53)
    }
}

/// How many Doubles lie between a and b (0 when equal, also for two NaNs; Int.max when one is NaN).
func ulpDistance(_ a: Double, _ b: Double) -> Int {
    if a.isNaN || b.isNaN { return a.isNaN && b.isNaN ? 0 : Int.max }
    if a == b { return 0 }
    func ordered(_ x: Double) -> Int64 {
        let bits = Int64(bitPattern: x.bitPattern)
        return bits < 0 ? Int64.min &- bits : bits
    }
    let d = ordered(a).subtractingReportingOverflow(ordered(b))
    return d.overflow ? Int.max : Int(d.partialValue.magnitude)
}

/// Compares `f` with the C library's `reference` over `inputs`: the largest distance in
/// ulps and the fraction of inputs whose results differ at all.
struct Comparison: CustomStringConvertible {
    var count = 0, differing = 0, maxUlps = 0, worstInput = 0.0
    init(_ inputs: [Double], _ f: (Double) -> Double, _ reference: (Double) -> Double) {
        for x in inputs {
            let d = ulpDistance(f(x), reference(x))
            count += 1
            if d > 0 { differing += 1 }
            if d > maxUlps { maxUlps = d; worstInput = x }
        }
    }
    var fraction: Double { Double(differing) / Double(count) }
    var description: String {
        "\(differing) of \(count) differ (\(fraction * 100)%), at most \(maxUlps) ulp (at \(worstInput))"
    }
}

/// Inputs spread over [lo, hi]: half uniform, half with uniformly random bit patterns
/// between the interval's magnitudes (so tiny magnitudes are sampled as often as large ones).
func sample(_ n: Int, _ lo: Double, _ hi: Double, seed: UInt64) -> [Double] {
    var rng = SplitMix(state: seed)
    // The magnitude ranges of the interval's negative and positive parts, as bit patterns.
    var sides: [(negative: Bool, from: UInt64, to: UInt64)] = []
    if lo < 0 { sides.append((true, Swift.max(0, -hi).bitPattern, (-lo).bitPattern)) }
    if hi > 0 { sides.append((false, Swift.max(0, lo).bitPattern, hi.bitPattern)) }
    var out: [Double] = []
    out.reserveCapacity(n)
    while out.count < n {
        if out.count % 2 == 0 {
            out.append(Swift.min(hi, rng.uniform(lo, hi)))
        } else {
            let side = sides[Int(rng.next() % UInt64(sides.count))]
            let magnitude = Double(bitPattern: side.from + rng.next() % (side.to - side.from + 1))
            out.append(side.negative ? -magnitude : magnitude)
        }
    }
    return out
}

/// The C library's functions, named apart from Julia's.
enum LibM {
    static func exp(_ x: Double) -> Double { Foundation.exp(x) }
    static func exp2(_ x: Double) -> Double { Foundation.exp2(x) }
    static func exp10(_ x: Double) -> Double { Foundation.pow(10, x) }
    static func expm1(_ x: Double) -> Double { Foundation.expm1(x) }
    static func log(_ x: Double) -> Double { Foundation.log(x) }
    static func log2(_ x: Double) -> Double { Foundation.log2(x) }
    static func log10(_ x: Double) -> Double { Foundation.log10(x) }
    static func log1p(_ x: Double) -> Double { Foundation.log1p(x) }
    static func pow(_ x: Double, _ y: Double) -> Double { Foundation.pow(x, y) }
    static func tanh(_ x: Double) -> Double { Foundation.tanh(x) }
    static func sin(_ x: Double) -> Double { Foundation.sin(x) }
    static func cos(_ x: Double) -> Double { Foundation.cos(x) }
    static func tan(_ x: Double) -> Double { Foundation.tan(x) }
    static func asin(_ x: Double) -> Double { Foundation.asin(x) }
    static func acos(_ x: Double) -> Double { Foundation.acos(x) }
    static func atan(_ x: Double) -> Double { Foundation.atan(x) }
    static func atan2(_ y: Double, _ x: Double) -> Double { Foundation.atan2(y, x) }
    static func cbrt(_ x: Double) -> Double { Foundation.cbrt(x) }
    static func sinh(_ x: Double) -> Double { Foundation.sinh(x) }
    static func cosh(_ x: Double) -> Double { Foundation.cosh(x) }
    static func asinh(_ x: Double) -> Double { Foundation.asinh(x) }
    static func acosh(_ x: Double) -> Double { Foundation.acosh(x) }
    static func atanh(_ x: Double) -> Double { Foundation.atanh(x) }
}
