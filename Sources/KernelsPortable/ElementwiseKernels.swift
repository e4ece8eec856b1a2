// The activations of the recurrent cells over whole vectors: exp, tanh and the logistic
// sigmoid, one SIMD register at a time.
//
// libm computes these one number per call (10–20 ns each for tanh); an LSTM step of
// hidden size 100 needs 500 of them, a large share of the step once the matrix products
// are vectorised. These agree with libm to a few units in the last place (the tests
// measure it over a million points per function) and hand every lane outside the range
// they are built for (NaN, ±Inf, overflow and underflow) to libm, so edge cases are libm's.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// exp(x) for |x| ≤ 708, where neither the result nor 2^k leaves the normal range.
///
/// x = k·ln2 + r with k = round(x/ln2) and |r| ≤ ln2/2, ln2 split in two parts so the
/// reduction is exact to far below rounding; exp(r) by its Taylor series to degree 13
/// (the remainder is below 5e-18 relative there); 2^k written into the exponent bits.
@inline(__always)
func exponential(_ x: Lane) -> Lane {
    let shifter = Lane(repeating: 0x1.8p52)
    // Adding 1.5·2^52 rounds x/ln2 to an integer k held in the low mantissa bits.
    let shifted = multiplyAdd(shifter, x, Lane(repeating: 1.4426950408889634))
    let k = shifted - shifter
    var r = multiplyAdd(x, k, Lane(repeating: -6.93147180369123816490e-01))
    r = multiplyAdd(r, k, Lane(repeating: -1.90821492927058770002e-10))
    let p = multiplyAdd(Lane(repeating: 1), expm1Series(r), Lane(repeating: 1))
    // The low 12 bits of `shifted`'s pattern are k's (1.5·2^52 has zeros there), so
    // (pattern + 1023) << 52 is the pattern of 2^k.
    let bits = unsafeBitCast(shifted, to: Lane.MaskStorage.self) &+ 1023
    return p * unsafeBitCast(bits &<< 52, to: Lane.self)
}

/// exp(r) − 1 for |r| ≤ ln2/2 by its Taylor series to degree 13, accurate relative to
/// the result however small r is (there is no 1 to cancel).
@inline(__always)
func expm1Series(_ r: Lane) -> Lane {
    // Horner from the highest term: 1/13!, 1/12!, …, 1/2!, 1.
    var p = Lane(repeating: 1.6059043836821613e-10)
    p = multiplyAdd(Lane(repeating: 2.0876756987868099e-09), p, r)
    p = multiplyAdd(Lane(repeating: 2.505210838544172e-08), p, r)
    p = multiplyAdd(Lane(repeating: 2.755731922398589e-07), p, r)
    p = multiplyAdd(Lane(repeating: 2.7557319223985893e-06), p, r)
    p = multiplyAdd(Lane(repeating: 2.48015873015873e-05), p, r)
    p = multiplyAdd(Lane(repeating: 1.984126984126984e-04), p, r)
    p = multiplyAdd(Lane(repeating: 1.388888888888889e-03), p, r)
    p = multiplyAdd(Lane(repeating: 8.333333333333333e-03), p, r)
    p = multiplyAdd(Lane(repeating: 4.1666666666666664e-02), p, r)
    p = multiplyAdd(Lane(repeating: 0.16666666666666666), p, r)
    p = multiplyAdd(Lane(repeating: 0.5), p, r)
    p = multiplyAdd(Lane(repeating: 1), p, r)
    return p * r
}

/// tanh(|x|) for |x| ≤ 20 (beyond, tanh rounds to 1): with e = exp(−2|x|) − 1,
/// tanh|x| = −e / (2 + e). Below |x| = ln2/4 the series gives e without cancellation.
@inline(__always)
func tanhMagnitude(_ magnitude: Lane) -> Lane {
    let y = Lane(repeating: -2) * magnitude
    let small = magnitude .<= Lane(repeating: 0.17328679513998632)
    var e = exponential(y) - Lane(repeating: 1)
    if anySet(small) {
        let clamped = y.replacing(with: Lane(repeating: 0), where: .!small)
        e.replace(with: expm1Series(clamped), where: small)
    }
    return -e / (Lane(repeating: 2) + e)
}

/// |x| lane by lane, by clearing the sign bits.
@inline(__always)
func magnitude(_ x: Lane) -> Lane {
    unsafeBitCast(unsafeBitCast(x, to: Lane.MaskStorage.self) & Int64.max, to: Lane.self)
}

/// `magnitude` with the sign of `sign`, lane by lane.
@inline(__always)
func withSign(_ magnitude: Lane, of sign: Lane) -> Lane {
    let signBits = unsafeBitCast(sign, to: Lane.MaskStorage.self) & Int64.min
    return unsafeBitCast(unsafeBitCast(magnitude, to: Lane.MaskStorage.self) | signBits, to: Lane.self)
}

/// Lanes the vector formulas do not cover, done again with libm.
@inline(__always)
func fixLanes(_ x: Lane, _ result: inout Lane, where outside: SIMDMask<Lane.MaskStorage>, _ f: (Double) -> Double) {
    guard anySet(outside) else { return }
    for i in 0..<Lane.scalarCount where outside[i] { result[i] = f(x[i]) }
}

/// The logistic function on one number, without overflow for large |x|.
@inline(__always)
func scalarSigmoid(_ x: Double) -> Double {
    if x >= 0 { return 1 / (1 + exp(-x)) }
    let e = exp(x)
    return e / (1 + e)
}

/// Applies `vector` to the `n` elements at `x`, a register at a time. The elements left
/// over after the whole registers go through `vector` too, in a register padded with
/// zeros: an approximation then gives each element the same result wherever it sits
/// in an array, so a fused broadcast, which splits its operands into chunks, rounds
/// exactly as the operation on the whole array does.
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

/// Replaces each of the `n` elements at `x` by exp(x).
public func expInPlace(n: Int, _ x: UnsafeMutablePointer<Double>) {
    mapInPlace(n: n, x, { v in
        var result = exponential(v)
        fixLanes(v, &result, where: .!(magnitude(v) .<= Lane(repeating: 708)), exp)
        return result
    })
}

/// Replaces each of the `n` elements at `x` by tanh(x).
public func tanhInPlace(n: Int, _ x: UnsafeMutablePointer<Double>) {
    mapInPlace(n: n, x, { v in
        let size = magnitude(v)
        let inRange = size .<= Lane(repeating: 20)
        var t = tanhMagnitude(size.replacing(with: 0, where: .!inRange))
        t.replace(with: 1, where: .!inRange)
        // tanh is odd: give the result x's sign (which keeps −0 as −0).
        var result = withSign(t, of: v)
        fixLanes(v, &result, where: v .!= v, tanh)
        return result
    })
}

/// Replaces each of the `n` elements at `x` by 1 / (1 + exp(−x)).
public func sigmoidInPlace(n: Int, _ x: UnsafeMutablePointer<Double>) {
    mapInPlace(n: n, x, { v in
        let size = magnitude(v)
        let inRange = size .<= Lane(repeating: 708)
        // e = exp(−|x|) ≤ 1; σ(|x|) = 1/(1+e) and σ(−|x|) = e/(1+e), neither overflows.
        let e = exponential(-size.replacing(with: 0, where: .!inRange))
        let denominator = Lane(repeating: 1) + e
        var result = e / denominator
        result.replace(with: Lane(repeating: 1) / denominator, where: v .>= Lane(repeating: 0))
        fixLanes(v, &result, where: .!inRange, scalarSigmoid)
        return result
    })
}
