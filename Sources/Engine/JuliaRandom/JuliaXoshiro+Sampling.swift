import JuliaMath
import RealModule

// MARK: - Integers in a range

extension JuliaXoshiro {
    /// `rand(a:b)` for Int: Lemire's "nearly divisionless" method, as Julia's
    /// `SamplerRangeNDL` (stdlib/Random/src/generation.jl) runs it on 64-bit draws. The
    /// high word of draw × length is the offset; a low word below `2^64 mod length`
    /// is rejected. Picking from an array or a range uses it with `1:length`.
    /// - Precondition: `a <= b` (the caller refuses an empty range).
    public mutating func integer(from a: Int, through b: Int) -> Int {
        // The length as Julia computes it: wrapping, so 0 stands for the full 2^64.
        let s = UInt64(bitPattern: Int64(b &- a)) &+ 1
        var x = next()
        if s == 0 { return a &+ Int(bitPattern: UInt(x)) }
        var m = x.multipliedFullWidth(by: s)
        if m.low < s {
            let threshold = (0 &- s) % s
            while m.low < threshold {
                x = next()
                m = x.multipliedFullWidth(by: s)
            }
        }
        return a &+ Int(bitPattern: UInt(m.high))
    }

    /// A uniform 0-based index below `n`, as Julia picks `rand(collection)`.
    public mutating func index(below n: Int) -> Int { integer(from: 1, through: n) - 1 }

    /// `ltm52(n, mask)` of misc.jl: the top 52 bits of a draw, masked, until one is below `n`.
    /// `randperm` and `shuffle` draw their swap positions this way.
    mutating func maskedBelow(_ n: Int, mask: Int) -> Int {
        while true {
            let x = Int(next() >> 12) & mask
            if x <= n - 1 { return x }
        }
    }

    /// `randperm(n)`: 1...n in Julia 1.10's order (randperm! in misc.jl, an inside-out
    /// Fisher–Yates whose mask doubles as i passes each power of two).
    public mutating func permutation(_ n: Int) -> [Int] {
        guard n > 0 else { return [] }
        var a = [Int](repeating: 0, count: n)
        a[0] = 1
        var mask = 3
        var i = 2
        while i <= n {
            let j = 1 + maskedBelow(i, mask: mask)
            if i != j { a[i - 1] = a[j - 1] }
            a[j - 1] = i
            if i == 1 + mask { mask = 2 * mask + 1 }
            i += 1
        }
        return a
    }

    /// `shuffle!(v)` of Julia 1.10 (misc.jl): Fisher–Yates from the last element down,
    /// the mask starting at the next power of two minus one and halving as i reaches it.
    /// (Julia 1.11 changed this to the order `randperm` uses; 1.10's is kept here.)
    public mutating func shuffle<T>(_ a: inout [T]) {
        let n = a.count
        guard n > 1 else { return }
        var mask = 1
        while mask < n { mask <<= 1 }
        mask -= 1
        var i = n
        while i >= 2 {
            if mask >> 1 == i { mask >>= 1 }
            let j = 1 + maskedBelow(i, mask: mask)
            a.swapAt(i - 1, j - 1)
            i -= 1
        }
    }
}

// MARK: - Normals

extension JuliaXoshiro {
    /// `randn()`: Julia's ziggurat (normal.jl) on the top 52 bits of one draw.
    public mutating func normal() -> Double { normal(fromBits: next() >> 12) }

    /// The ziggurat on 52 random bits: bit 0 is the sign, bits 1... the magnitude, its
    /// low 8 bits the layer. Inside the layer's rectangle (99.3%) it is done; otherwise
    /// the tail, the wedge test, or a fresh draw, each from this generator.
    mutating func normal(fromBits r52: UInt64) -> Double {
        let r = r52 & 0x000f_ffff_ffff_ffff
        let rabs = Int64(r >> 1)
        let idx = Int(rabs & 0xff)
        let x = Double(r & 1 == 1 ? -rabs : rabs) * ZigguratTables.wi[idx]
        if rabs < Int64(ZigguratTables.ki[idx]) { return x }
        return normalUnlikely(idx: idx, rabs: rabs, x: x)
    }

    private mutating func normalUnlikely(idx: Int, rabs: Int64, x: Double) -> Double {
        if idx == 0 {
            // The tail beyond the base strip, by Marsaglia's exponential method (with Julia's
            // own log and exp, so that the accept/reject decisions are Julia's).
            let inverseRadius = 1 / ZigguratTables.radius
            while true {
                let xx = -inverseRadius * Julia.log(uniform())
                let yy = -Julia.log(uniform())
                if yy + yy > xx * xx {
                    return (rabs >> 8) & 1 == 1 ? -ZigguratTables.radius - xx : ZigguratTables.radius + xx
                }
            }
        }
        let fi = ZigguratTables.fi
        if (fi[idx - 1] - fi[idx]) * uniform() + fi[idx] < Julia.exp(-0.5 * x * x) { return x }
        return normal()
    }

    /// `randn(n...)` and `randn!(A)`: below 7 elements one `randn()` each; from 7 on,
    /// Julia fills the array with bulk words first (`randn!` for Xoshiro in normal.jl)
    /// and then runs the ziggurat on each, so the rare retries draw from this generator
    /// after the bulk.
    public mutating func normals(count: Int) -> [Double] {
        if count < 7 { return (0..<max(count, 0)).map { _ in normal() } }
        let words = bulkWords(count: count)
        return words.map { normal(fromBits: $0 >> 12) }
    }
}
