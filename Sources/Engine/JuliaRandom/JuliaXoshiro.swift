/// Julia 1.10's default random generator, bit for bit: the stream behind `rand`,
/// `randn`, `randperm`, `shuffle` and `randstring` after `Random.seed!(n)`.
///
/// Julia's task-local generator and its `Xoshiro` type are one algorithm
/// (stdlib/Random/src/Xoshiro.jl): Xoshiro256++ (Blackman & Vigna) on four state words,
/// plus a fifth word Julia keeps for forking tasks, which a seeded program never
/// changes. An integer seed is cut into 32-bit words, least significant first
/// (`make_seed` in RNGs.jl); the SHA-256 of those words' little-endian bytes, read as
/// four little-endian 64-bit words, is the state.
///
/// The engine's own `RandomSource` (xoshiro256** seeded by splitmix64) stays the
/// generator of the engine's Swift API and its numpy fixtures; this one serves the
/// notebook language, whose rule is to print what Julia prints.
public struct JuliaXoshiro: Sendable, Equatable {
    public private(set) var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64
    /// Julia's fifth word (the state of the splitmix that seeds child tasks), kept so the
    /// generator shows as Julia shows it.
    public private(set) var s4: UInt64

    /// The generator in the given state, with Julia's fifth word `s0 + 3s1 + 5s2 + 7s3`.
    public init(state s0: UInt64, _ s1: UInt64, _ s2: UInt64, _ s3: UInt64) {
        (self.s0, self.s1, self.s2, self.s3) = (s0, s1, s2, s3)
        s4 = s0 &+ 3 &* s1 &+ 5 &* s2 &+ 7 &* s3
    }

    /// `Random.seed!(seed)` and `Xoshiro(seed)`.
    /// - Throws: `.invalidArgument` for a negative seed, which Julia 1.10 refuses with
    ///   a DomainError ("`n` must be non-negative.").
    public init(seed: Int) throws {
        guard seed >= 0 else {
            throw EngineError.invalidArgument(operation: "seed!", reason: "the seed must be non-negative, got \(seed)")
        }
        var words: [UInt32] = []
        var n = UInt64(seed)
        repeat {
            words.append(UInt32(truncatingIfNeeded: n))
            n >>= 32
        } while n != 0
        self.init(seedWords: words)
    }

    /// Seeding from the 32-bit words of `make_seed`.
    init(seedWords: [UInt32]) {
        let bytes = seedWords.flatMap { w in (0..<4).map { UInt8(truncatingIfNeeded: w >> (8 * UInt32($0))) } }
        let digest = SHA256.digest(bytes)
        func word(_ i: Int) -> UInt64 {
            (0..<8).reduce(UInt64(0)) { $0 | UInt64(digest[8 * i + $1]) << (8 * UInt64($1)) }
        }
        self.init(state: word(0), word(1), word(2), word(3))
    }

    /// The next 64 bits: Xoshiro256++'s output, then its state step.
    public mutating func next() -> UInt64 {
        var lane = Lane(s0, s1, s2, s3)
        let result = lane.next()
        (s0, s1, s2, s3) = (lane.s0, lane.s1, lane.s2, lane.s3)
        return result
    }

    /// `rand()`: the top 53 bits scaled into [0, 1).
    public mutating func uniform() -> Double { JuliaXoshiro.unitFloat(next()) }

    /// `rand(Bool)`: the top bit.
    public mutating func bool() -> Bool { next() >> 63 == 1 }

    /// `rand(Int)`: all 64 bits.
    public mutating func int64() -> Int { Int(bitPattern: UInt(next())) }

    static func unitFloat(_ bits: UInt64) -> Double { Double(bits >> 11) * 0x1p-53 }

    /// One Xoshiro256++ state. The bulk path runs eight of them side by side.
    struct Lane {
        var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64
        init(_ s0: UInt64, _ s1: UInt64, _ s2: UInt64, _ s3: UInt64) { (self.s0, self.s1, self.s2, self.s3) = (s0, s1, s2, s3) }

        mutating func next() -> UInt64 {
            let sum = s0 &+ s3
            let result = ((sum << 23) | (sum >> 41)) &+ s0
            let t = s1 << 17
            s2 ^= s0
            s3 ^= s1
            s1 ^= s2
            s0 ^= s3
            s2 ^= t
            s3 = (s3 << 45) | (s3 >> 19)
            return result
        }
    }
}

// MARK: - Bulk generation

extension JuliaXoshiro {
    /// Julia fills arrays of 64-bit words (and so of Float64) through `xoshiro_bulk`
    /// (stdlib/Random/src/XoshiroSimd.jl), which decides which numbers an array gets:
    ///
    /// - From 64 bytes on (8 words), it forks eight virtual generators from this one:
    ///   32 draws, the first eight times 0x02011ce34bce797f give the eight lanes' s0,
    ///   the next eight times 0x5a94851fb48a6e05 their s1, and so on. The lanes then
    ///   fill the array in blocks of eight, word k of a block from lane k. The forked
    ///   lanes are thrown away; this generator has moved by the 32 draws only.
    /// - The words left over (fewer than eight) and arrays below 64 bytes come from
    ///   this generator, one draw each, as scalar calls would.
    ///
    /// Julia's SIMD width (8) and threshold (64 bytes) are constants of 1.10 that its
    /// source says influence the stream; they are constants here too.
    public mutating func bulkWords(count: Int) -> [UInt64] {
        var words: [UInt64] = []
        words.reserveCapacity(max(count, 0))
        if count >= 8 {
            var lanes = forkedLanes()
            for _ in 0..<(count / 8) {
                for k in 0..<8 { words.append(lanes[k].next()) }
            }
        }
        while words.count < count { words.append(next()) }
        return words
    }

    /// The eight virtual generators of `forkRand` (XoshiroSimd.jl). The multipliers are
    /// Julia's: `hash(UInt(k)) | 1` for k = 1...4.
    mutating func forkedLanes() -> [Lane] {
        let multipliers: [UInt64] = [0x02011ce34bce797f, 0x5a94851fb48a6e05, 0x3688cf5d48899fa7, 0x867b4bb4c42e5661]
        var words = [[UInt64]](repeating: [], count: 4)
        for j in 0..<4 {
            for _ in 0..<8 { words[j].append(multipliers[j] &* next()) }
        }
        return (0..<8).map { Lane(words[0][$0], words[1][$0], words[2][$0], words[3][$0]) }
    }

    /// `rand(n...)` and `rand!(A)` of Float64: the bulk words, each scaled as `rand()` scales.
    public mutating func uniforms(count: Int) -> [Double] {
        bulkWords(count: count).map(JuliaXoshiro.unitFloat)
    }

    /// `rand(Bool, n...)`: Julia's bulk path for Bool arrays (XoshiroSimd.jl) spreads one
    /// 64-bit draw over up to 64 Bools, bit `8b + s` of the draw going to byte b of the
    /// s-th 8-byte group it fills. From 640 Bools on, eight forked lanes fill blocks of
    /// 512 first (byte b of lane l's group s is Bool `64s + 8l + b` of the block).
    public mutating func bools(count: Int) -> [Bool] {
        var out = [Bool](repeating: false, count: max(count, 0))
        var i = 0
        if count >= 640 {
            var lanes = forkedLanes()
            while i + 512 <= count {
                let draws = (0..<8).map { lanes[$0].next() }
                for s in 0..<8 {
                    for l in 0..<8 {
                        for b in 0..<8 { out[i + 64 * s + 8 * l + b] = (draws[l] >> UInt64(8 * b + s)) & 1 == 1 }
                    }
                }
                i += 512
            }
        }
        // The scalar loop: each draw fills up to eight groups of eight Bools.
        while i + 8 <= count {
            let draw = next()
            var shift = 0
            while i + 8 <= count && shift < 8 {
                for b in 0..<8 { out[i + b] = (draw >> UInt64(8 * b + shift)) & 1 == 1 }
                i += 8
                shift += 1
            }
        }
        if i < count {
            let draw = next()
            for b in 0..<(count - i) { out[i + b] = (draw >> UInt64(8 * b)) & 1 == 1 }
        }
        return out
    }
}
