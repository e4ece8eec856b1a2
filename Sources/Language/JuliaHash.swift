/// Julia 1.10's `hash` for the values that can be dictionary keys here, bit for bit on a
/// 64-bit machine, because a `Dict` iterates (and prints) in the order its keys' hashes
/// put them in (DictTable.swift). Sources: base/hashing.jl (integers, strings), base/float.jl
/// (Float64), base/char.jl, base/tuple.jl, and for symbols src/symbol.c (a symbol's
/// `objectid` is a hash of its name stored when it is made). Every step wraps modulo 2⁶⁴
/// as Julia's `UInt` arithmetic does. Checked against the documented `hash(10)` and the
/// orders Julia's doctests print (DictOrderTests).
enum JuliaHash {
    /// `hash(key)`: the one-argument form `Dict` calls. It differs from `hash(key, 0)` only
    /// for symbols, which Julia hashes by their object id alone. Nil for a key whose Julia
    /// hash depends on the build (`nothing`: the object id of a singleton comes from its
    /// type's hash) or that Julia could not hold (a character of several code points).
    static func hash(_ key: DictKey) -> UInt64? {
        if case .symbol(let name) = key { return symbolID(name) }
        return hash(key, 0)
    }

    /// `hash(key, h)`, the form that mixes a value into an earlier hash.
    static func hash(_ key: DictKey, _ h: UInt64) -> UInt64? {
        switch key {
        case .int(let n): return integer(UInt64(bitPattern: Int64(n)), h)
        case .bool(let b): return integer(b ? 1 : 0, h)  // hash(::Bool) is hash(Int64(x))
        case .float(let x): return float(x, h)
        case .string(let s): return string(s, h)
        case .char(let c): return char(c, h)
        // Symbols take the generic `hash(x, h) = hash_uint(3h - objectid(x))`.
        case .symbol(let name): return mix64(3 &* h &- symbolID(name))
        case .tuple(let items):
            // hash((a, b, c), h) = hash(a, hash(b, hash(c, h + seed))): the last item first.
            var out = h &+ 0x77cf_a1ee_f01b_ca90
            for item in items.reversed() {
                guard let next = hash(item, out) else { return nil }
                out = next
            }
            return out
        case .nothing: return nil
        }
    }

    /// `hash(x::Int64, h) = hash_uint64(x) - 3h`.
    private static func integer(_ bits: UInt64, _ h: UInt64) -> UInt64 {
        mix64(bits) &- 3 &* h
    }

    /// A Float64 equal to an Int64 (or a UInt64) hashes as that integer, so `1.0` and `1`
    /// are the same key; NaN has one hash whatever its bits; others hash their bits.
    private static func float(_ x: Double, _ h: UInt64) -> UInt64 {
        let two63 = 9_223_372_036_854_775_808.0
        if x >= -two63 && x < two63 {
            // isequal(Int64(x), x) is false for -0.0 (its sign differs) and for fractions.
            if x == x.rounded(.towardZero) && !(x == 0 && x.sign == .minus) {
                return integer(UInt64(bitPattern: Int64(x)), h)
            }
        } else if x >= 0 && x < 2 * two63 {
            return integer(UInt64(x), h)  // here x ≥ 2⁶³ is always a whole number
        } else if x.isNaN {
            return mix64(0x7ff8_0000_0000_0000) ^ h
        }
        return integer(x.bitPattern, h)
    }

    /// `hash(s::String, h)`: MurmurHash3 of the UTF-8 bytes seeded with the low 32 bits of
    /// `h + memhash_seed`, plus that sum.
    private static func string(_ s: String, _ h: UInt64) -> UInt64 {
        let seeded = h &+ 0x71e7_29fd_5641_9c81
        return murmur3High(Array(s.utf8), seed: UInt32(truncatingIfNeeded: seeded)) &+ seeded
    }

    /// A Julia `Char` is its UTF-8 bytes left-aligned in 32 bits ('a' is 0x61000000);
    /// `hash(c, h) = hash_uint64(((bits + 0xd4d64234) << 32) ⊻ h)`.
    private static func char(_ c: Character, _ h: UInt64) -> UInt64? {
        guard c.unicodeScalars.count == 1 else { return nil }
        var bits: UInt32 = 0
        var shift: UInt32 = 24
        for byte in String(c).utf8 {
            bits |= UInt32(byte) << shift
            shift &-= 8
        }
        return mix64(((UInt64(bits) &+ 0xd4d6_4234) << 32) ^ h)
    }

    /// A symbol's stored hash (src/symbol.c): the name's MurmurHash3 with the runtime's
    /// fixed seed, folded with a constant, negated and mixed.
    static func symbolID(_ name: String) -> UInt64 {
        let oid = murmur3High(Array(name.utf8), seed: 0xcafe_8881) ^ (UInt64.max / 3 &* 2)
        return mix64(0 &- oid)
    }

    /// Thomas Wang's 64-bit integer mix, Julia's `hash_64_64`.
    static func mix64(_ n: UInt64) -> UInt64 {
        var a = n
        a = ~a &+ (a << 21)
        a ^= a >> 24
        a = a &+ (a << 3) &+ (a << 8)
        a ^= a >> 14
        a = a &+ (a << 2) &+ (a << 4)
        a ^= a >> 28
        a = a &+ (a << 31)
        return a
    }

    /// The second 64-bit half of MurmurHash3_x64_128, which is what Julia's `memhash_seed`
    /// returns (src/support/hashing.c).
    static func murmur3High(_ data: [UInt8], seed: UInt32) -> UInt64 {
        let c1: UInt64 = 0x87c3_7b91_1142_53d5
        let c2: UInt64 = 0x4cf5_ad43_2745_937f
        var h1 = UInt64(seed)
        var h2 = UInt64(seed)
        func word(_ at: Int, _ count: Int) -> UInt64 {
            var w: UInt64 = 0
            for i in 0..<count { w |= UInt64(data[at + i]) << (8 * UInt64(i)) }  // little-endian
            return w
        }
        func rotl(_ x: UInt64, _ r: UInt64) -> UInt64 { (x << r) | (x >> (64 - r)) }
        let blocks = data.count / 16
        for block in 0..<blocks {
            var k1 = word(16 * block, 8)
            var k2 = word(16 * block + 8, 8)
            k1 = rotl(k1 &* c1, 31) &* c2
            h1 ^= k1
            h1 = (rotl(h1, 27) &+ h2) &* 5 &+ 0x52dc_e729
            k2 = rotl(k2 &* c2, 33) &* c1
            h2 ^= k2
            h2 = (rotl(h2, 31) &+ h1) &* 5 &+ 0x3849_5ab5
        }
        let tail = 16 * blocks
        let rest = data.count - tail
        if rest > 8 { h2 ^= rotl(word(tail + 8, rest - 8) &* c2, 33) &* c1 }
        if rest > 0 { h1 ^= rotl(word(tail, min(rest, 8)) &* c1, 31) &* c2 }
        let length = UInt64(data.count)
        h1 ^= length
        h2 ^= length
        h1 = h1 &+ h2
        h2 = h2 &+ h1
        h1 = finalMix(h1)
        h2 = finalMix(h2)
        h1 = h1 &+ h2
        return h2 &+ h1
    }

    private static func finalMix(_ k: UInt64) -> UInt64 {
        var k = k
        k ^= k >> 33
        k = k &* 0xff51_afd7_ed55_8ccd
        k ^= k >> 33
        k = k &* 0xc4ce_b9fe_1a85_ec53
        k ^= k >> 33
        return k
    }
}
