import RealModule

/// A seedable random generator whose streams are the same on every platform.
///
/// The bits come from xoshiro256** (Blackman & Vigna), whose four state words are
/// filled by four successive outputs of splitmix64 from the seed. Uniform doubles
/// take the top 53 bits. Normals use Box–Muller without caching the second value, so
/// every normal consumes exactly two uniforms and streams stay easy to reproduce
/// (the reference implementation in Tests/EngineTests/Fixtures/make_fixtures.py
/// checks this bit for bit).
public struct RandomSource: RandomNumberGenerator, Sendable {
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64

    public init(seed: UInt64) {
        var x = seed
        func splitmix() -> UInt64 {
            x &+= 0x9E37_79B9_7F4A_7C15
            var z = x
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = splitmix(); s1 = splitmix(); s2 = splitmix(); s3 = splitmix()
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        let result = rotateLeft(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3
        s2 ^= t
        s3 = rotateLeft(s3, 45)
        return result
    }

    private func rotateLeft(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    /// A uniform double in [0, 1).
    public mutating func uniform() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// A standard normal draw.
    public mutating func normal() -> Double {
        let u1 = uniform()
        let u2 = uniform()
        return (-2 * Double.log(1 - u1)).squareRoot() * Double.cos(2 * Double.pi * u2)
    }

    /// A uniform integer in `0..<n` without modulo bias (Lemire's method).
    public mutating func integer(below n: Int) throws -> Int {
        guard n > 0 else { throw EngineError.invalidArgument(operation: "rand", reason: "empty range") }
        let bound = UInt64(n)
        var m = next().multipliedFullWidth(by: bound)
        if m.low < bound {
            let threshold = (0 &- bound) % bound
            while m.low < threshold { m = next().multipliedFullWidth(by: bound) }
        }
        return Int(m.high)
    }

    /// A uniformly random ordering of `0..<n` (Fisher–Yates).
    public mutating func permutation(_ n: Int) throws -> [Int] {
        guard n >= 0 else { throw EngineError.invalidArgument(operation: "randperm", reason: "negative length \(n)") }
        var p = Array(0..<n)
        var i = n - 1
        while i > 0 {
            let j = try integer(below: i + 1)
            p.swapAt(i, j)
            i -= 1
        }
        return p
    }

    /// Draws index k with probability `weights[k] / sum(weights)`.
    /// - Throws: when the weights are empty, negative, not finite, or all zero.
    public mutating func categorical(_ weights: [Double]) throws -> Int {
        try categoricalIndex(weights, uniform: uniform())
    }

    /// A tensor of uniform [0, 1) draws, filled in column-major order.
    public mutating func uniformTensor(shape: [Int]) throws -> Tensor {
        try Tensor.generate(shape: shape) { _ in uniform() }
    }

    /// A tensor of standard normal draws, filled in column-major order.
    public mutating func normalTensor(shape: [Int]) throws -> Tensor {
        try Tensor.generate(shape: shape) { _ in normal() }
    }
}

/// The index k whose share of the running sum of `weights` holds `uniform` (a draw in
/// [0, 1)): k with probability `weights[k] / sum(weights)`. One rule for the engine's
/// `RandomSource.categorical` and the notebook's `sample`, whichever stream draws.
/// - Throws: when the weights are empty, negative, not finite, or all zero.
public func categoricalIndex(_ weights: [Double], uniform: Double) throws -> Int {
    guard !weights.isEmpty, weights.allSatisfy({ $0 >= 0 && $0.isFinite }) else {
        throw EngineError.invalidArgument(
            operation: "sample", reason: "weights must be finite and non-negative (got \(weights.count) values)")
    }
    // Scaled by the largest weight, so the sum cannot overflow however large they are.
    let largest = weights.max()!
    guard largest > 0 else { throw EngineError.invalidArgument(operation: "sample", reason: "all weights are zero") }
    let total = weights.reduce(0) { $0 + $1 / largest }
    let target = uniform * total
    var running = 0.0
    for (k, w) in weights.enumerated() {
        running += w / largest
        if target < running { return k }
    }
    // Rounding can leave `target` just above the last partial sum.
    return weights.lastIndex(where: { $0 > 0 })!
}
