// Naive references, deterministic test data, and the error bound results are held to.

/// A small deterministic generator (SplitMix64), so failures reproduce.
struct TestRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [-1, 1), with 53 random bits.
    mutating func uniform() -> Double {
        Double(next() >> 11) * 0x1p-52 - 1
    }

    mutating func values(_ count: Int) -> [Double] {
        (0..<max(count, 0)).map { _ in uniform() }
    }
}

/// A column-major m×n matrix stored with leading dimension ld ≥ m; the padding rows hold
/// NaN so any kernel that reads or writes outside the matrix is caught.
struct StoredMatrix {
    let rows: Int, columns: Int, ld: Int
    var storage: [Double]

    init(rows: Int, columns: Int, padding: Int, random: inout TestRandom) {
        self.rows = rows
        self.columns = columns
        ld = max(rows + padding, 1)
        storage = [Double](repeating: .nan, count: ld * columns)
        for j in 0..<columns {
            for i in 0..<rows { storage[i + j * ld] = random.uniform() }
        }
    }

    subscript(i: Int, j: Int) -> Double { storage[i + j * ld] }
}

/// Unit roundoff of Float64.
let unitRoundoff = Double.ulpOfOne / 2

/// The bound on |computed − exact| for a sum of `terms` products whose magnitudes add up
/// to `magnitude`, with `extra` further roundings (alpha, beta, the final add).
///
/// Any order of summation, fused or not, is within γₙ·Σ|xᵢyᵢ| of the exact value, where
/// γₙ = n·u/(1 − n·u) (Higham, Accuracy and Stability of Numerical Algorithms, §3.1). The
/// kernels and the naive reference sum in different orders, so their difference is within
/// twice that; the extra roundings add their own γ. A kernel that drops, repeats or
/// misplaces a product misses by about one whole term, far above this bound.
func errorBound(terms: Int, extra: Int = 3, magnitude: Double) -> Double {
    let n = Double(terms + extra)
    let gamma = n * unitRoundoff / (1 - n * unitRoundoff)
    return 2 * gamma * magnitude + Double.leastNormalMagnitude
}
