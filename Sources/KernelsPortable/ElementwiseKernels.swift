// The activations of the recurrent cells over whole vectors: exp, tanh and the logistic
// sigmoid, one SIMD register at a time, computing exactly what JuliaMath's scalar
// `Julia.exp`, `Julia.tanh` and `Julia.sigm` compute, bit for bit.
//
// The scalar functions are the definitions; these take the same steps lane by lane from
// the same constants (`Julia.expSteps`, `Julia.expCoefficients`, `Julia.tanhCoefficients`): the same reduction,
// the same table entries (gathered one lane at a time), the same polynomials evaluated
// by Horner's rule in fused multiply-adds, and the same IEEE operations after, each
// correctly rounded, so each lane rounds as the scalar code does. Lanes that take a
// branch of the scalar code the vector formulas leave out (exp beyond the normal range,
// NaN) are done again by the scalar function itself. The tests compare every build with
// the scalar functions over millions of points.

import JuliaMath

/// Julia's `muladd(a, b, c)` on lanes: a·b + c in one rounding, on every build, as the
/// scalar code computes it. (The portable x86-64 build has no FMA instruction, so this
/// is a call to the C library's fma per lane there: slower, but the same bits.)
@inline(__always)
func muladd(_ a: Lane, _ b: Lane, _ c: Lane) -> Lane { c.addingProduct(a, b) }

/// e^x in the lanes where |x| ≤ `subnormExp` (a normal result that 2^k scales exactly),
/// by exp_impl's steps from `steps`' constants; other lanes hold garbage for the caller to
/// replace. (The constants are splatted here rather than kept as lanes in a struct of
/// our own: such a struct's value witnesses would be symbols the AVX builds share.)
@inline(__always)
func exponentialOfNormal(_ x: Lane, _ steps: Julia.ExpSteps) -> Lane {
    let magic = Lane(repeating: steps.magicRound)
    // n = round(x·256/log 2), left in the low 32 bits of the sum's pattern (Julia: `% Int32`).
    var nFloat = muladd(x, Lane(repeating: steps.log2Over256Inverse), magic)
    let pattern = unsafeBitCast(nFloat, to: Lane.MaskStorage.self)
    let n = (pattern &<< 32) &>> 32
    nFloat = nFloat - magic
    var r = muladd(nFloat, Lane(repeating: steps.log2Over256Upper), x)
    r = muladd(nFloat, Lane(repeating: steps.log2Over256Lower), r)
    let k = n &>> 8
    // Table entry n mod 256, one lane at a time; jU = 2^(j/256) rounded down to 52 bits,
    // jL the remainder (Julia's table_unpack).
    var entry = Lane.MaskStorage()
    for i in 0..<Lane.scalarCount { entry[i] = Int64(bitPattern: steps.table[Int(truncatingIfNeeded: n[i] & 255)]) }
    let jU = unsafeBitCast(0x3FF0_0000_0000_0000 | (entry & 0x000F_FFFF_FFFF_FFFF), to: Lane.self)
    let jL = unsafeBitCast(0x3C00_0000_0000_0000 | ((entry &>> 8) & 0x00FF_FFFF_FFFF_FFFF), to: Lane.self)
    // e^r − 1 = r·q(r), q by Horner's rule from the top (Julia's evalpoly).
    let c = Julia.expCoefficients
    var q = Lane(repeating: c[3])
    q = muladd(r, q, Lane(repeating: c[2]))
    q = muladd(r, q, Lane(repeating: c[1]))
    q = muladd(r, q, Lane(repeating: c[0]))
    let smallPart = muladd(jU, r * q, jL) + jU
    let bits = (k &<< 52) &+ unsafeBitCast(smallPart, to: Lane.MaskStorage.self)
    return unsafeBitCast(bits, to: Lane.self)
}

/// e^x in every lane, as `Julia.exp`: lanes outside the normal range (and NaN) by
/// `Julia.exp` itself.
@inline(__always)
func exponential(_ x: Lane, _ steps: Julia.ExpSteps, _ calls: Julia.ScalarCalls) -> Lane {
    var result = exponentialOfNormal(x, steps)
    fixLanes(x, &result, where: .!(magnitude(x) .<= Lane(repeating: steps.subnormExp)), calls.exp)
    return result
}

/// |x| lane by lane, by clearing the sign bits.
@inline(__always)
func magnitude(_ x: Lane) -> Lane {
    unsafeBitCast(unsafeBitCast(x, to: Lane.MaskStorage.self) & Int64.max, to: Lane.self)
}

/// `magnitude` with the sign of `sign`, lane by lane (Julia's `copysign`).
@inline(__always)
func withSign(_ magnitude: Lane, of sign: Lane) -> Lane {
    let signBits = unsafeBitCast(sign, to: Lane.MaskStorage.self) & Int64.min
    let magnitudeBits = unsafeBitCast(magnitude, to: Lane.MaskStorage.self) & Int64.max
    return unsafeBitCast(magnitudeBits | signBits, to: Lane.self)
}

/// Lanes the vector formulas do not cover, done again by the scalar definition.
@inline(__always)
func fixLanes(_ x: Lane, _ result: inout Lane, where outside: SIMDMask<Lane.MaskStorage>, _ f: (Double) -> Double) {
    guard anySet(outside) else { return }
    for i in 0..<Lane.scalarCount where outside[i] { result[i] = f(x[i]) }
}

/// Applies `vector` to the `n` elements at `x`, a register at a time. The elements left
/// over after the whole registers go through `vector` too, in a register padded with zeros
/// (each lane is computed on its own, so its neighbours do not change its result).
@inline(__always)
func mapInPlace(n: Int, _ x: UnsafeMutablePointer<Double>, _ vector: (Lane) -> Lane) {
    let w = Lane.scalarCount
    var i = 0
    while i &+ w <= n {
        store(vector(load(x + i)), x + i)
        i &+= w
    }
    if i < n {
        var padded = Lane(repeating: 0)
        for k in 0..<(n &- i) { padded[k] = x[i &+ k] }
        let result = vector(padded)
        for k in 0..<(n &- i) { x[i &+ k] = result[k] }
    }
}

/// Replaces each of the `n` elements at `x` by `Julia.exp(x)`.
public func expInPlace(n: Int, _ x: UnsafeMutablePointer<Double>) {
    let steps = Julia.expSteps, calls = Julia.scalarCalls
    mapInPlace(n: n, x) { exponential($0, steps, calls) }
}

/// Replaces each of the `n` elements at `x` by `Julia.tanh(x)`.
public func tanhInPlace(n: Int, _ x: UnsafeMutablePointer<Double>) {
    let c = Julia.tanhCoefficients
    let small = Lane(repeating: Julia.tanhSmall), large = Lane(repeating: Julia.tanhLarge)
    let one = Lane(repeating: 1), two = Lane(repeating: 2)
    let steps = Julia.expSteps, calls = Julia.scalarCalls
    mapInPlace(n: n, x) { v in
        let abs2x = magnitude(two * v)
        let isSmall = abs2x .<= small
        // Between the two (NaN too, fixed below): 1 − 2/(e^|2x| + 1), with |2x| < 44
        // well inside exp's normal range.
        let isMiddle = .!isSmall .& .!(abs2x .>= large)
        var t = one
        if anySet(isMiddle) {
            let k = exponentialOfNormal(abs2x.replacing(with: 0, where: .!isMiddle), steps)
            t.replace(with: one - two / (k + one), where: isMiddle)
        }
        var result = withSign(t, of: v)
        if anySet(isSmall) {
            // x·p(x²), p by Horner's rule from the top.
            let x2 = v * v
            var p = Lane(repeating: c[10])
            for i in (0..<10).reversed() { p = muladd(x2, p, Lane(repeating: c[i])) }
            result.replace(with: v * p, where: isSmall)
        }
        fixLanes(v, &result, where: v .!= v, calls.tanh)
        return result
    }
}

/// Replaces each of the `n` elements at `x` by `Julia.sigm(x)`.
public func sigmoidInPlace(n: Int, _ x: UnsafeMutablePointer<Double>) {
    let one = Lane(repeating: 1), zero = Lane(repeating: 0)
    let steps = Julia.expSteps, calls = Julia.scalarCalls
    mapInPlace(n: n, x) { v in
        // sigm takes exp(−x) for x ≥ 0 and exp(x) below: both are exp(−|x|), the same
        // input bits (exp(−0.0) and exp(0.0) are both exactly 1).
        let z = exponential(-magnitude(v), steps, calls)
        let denominator = one + z
        var result = z / denominator
        result.replace(with: one / denominator, where: v .>= zero)
        fixLanes(v, &result, where: v .!= v, calls.sigm)
        return result
    }
}
