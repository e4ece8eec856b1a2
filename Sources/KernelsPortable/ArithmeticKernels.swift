// Elementwise arithmetic, comparisons and the derivatives of the activations over
// contiguous vectors, one register at a time: what the engine's broadcasting runs on.
//
// Every operation here rounds each element once, exactly as the scalar operator does
// (IEEE addition, multiplication, division and square root are correctly rounded), so
// results are the same bit for bit on every build; exp, tanh and the sigmoid are
// JuliaMath's functions, also bit for bit (see ElementwiseKernels.swift), and log is
// `Julia.log`, one element at a time.

import JuliaMath
import KernelsSupport

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One operand of an elementwise loop: a contiguous vector, or one number repeated.
private protocol ElementSource {
    func lane(_ i: Int) -> Lane
    func scalar(_ i: Int) -> Double
}

private struct Contiguous: ElementSource {
    let base: UnsafePointer<Double>
    @inline(__always) func lane(_ i: Int) -> Lane { load(base + i) }
    @inline(__always) func scalar(_ i: Int) -> Double { base[i] }
}

private struct Repeated: ElementSource {
    let value: Double
    let repeated: Lane
    init(_ value: Double) {
        self.value = value
        repeated = Lane(repeating: value)
    }
    @inline(__always) func lane(_ i: Int) -> Lane { repeated }
    @inline(__always) func scalar(_ i: Int) -> Double { value }
}

/// out[i] = f(a[i], b[i]) for i < n, whole registers first.
@inline(__always)
private func zipLanes<A: ElementSource, B: ElementSource>(
    n: Int, _ a: A, _ b: B, _ out: UnsafeMutablePointer<Double>,
    _ vector: (Lane, Lane) -> Lane, _ scalar: (Double, Double) -> Double
) {
    let w = Lane.scalarCount
    var i = 0
    while i &+ w <= n {
        store(vector(a.lane(i), b.lane(i)), out + i)
        i &+= w
    }
    while i < n {
        out[i] = scalar(a.scalar(i), b.scalar(i))
        i &+= 1
    }
}

/// out[i] = f(x[i]) for i < n, whole registers first.
@inline(__always)
func mapLanes(
    n: Int, _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>,
    _ vector: (Lane) -> Lane, _ scalar: (Double) -> Double
) {
    let w = Lane.scalarCount
    var i = 0
    while i &+ w <= n {
        store(vector(load(x + i)), out + i)
        i &+= w
    }
    while i < n {
        out[i] = scalar(x[i])
        i &+= 1
    }
}

/// −x lane by lane, by flipping the sign bits.
@inline(__always)
func flippedSign(_ x: Lane) -> Lane {
    unsafeBitCast(unsafeBitCast(x, to: Lane.MaskStorage.self) ^ Lane.MaskStorage(repeating: Int64.min), to: Lane.self)
}

/// Julia's `max` on one pair: NaN wins, and +0.0 is above −0.0.
@inline(__always)
func juliaMax(_ x: Double, _ y: Double) -> Double {
    if x.isNaN || y.isNaN { return x + y }
    return y > x || (y == x && x.sign == .minus) ? y : x
}

/// Julia's `min` on one pair: NaN wins, and −0.0 is below +0.0.
@inline(__always)
func juliaMin(_ x: Double, _ y: Double) -> Double {
    if x.isNaN || y.isNaN { return x + y }
    return y < x || (y == x && y.sign == .minus) ? y : x
}

/// Lanes whose sign bit is set (negative numbers, −0.0 and NaNs with the bit).
@inline(__always)
func signBitSet(_ x: Lane) -> SIMDMask<Lane.MaskStorage> {
    unsafeBitCast(x, to: Lane.MaskStorage.self) .< 0
}

/// `juliaMax` lane by lane.
@inline(__always)
func laneMax(_ x: Lane, _ y: Lane) -> Lane {
    // y is taken where it is larger, or equal with x = −0.0 (then y is ±0.0 and at least x).
    let takeY = (y .> x) .| ((y .== x) .& signBitSet(x))
    var result = x.replacing(with: y, where: takeY)
    let nan = (x .!= x) .| (y .!= y)
    if anySet(nan) { result.replace(with: x + y, where: nan) }
    return result
}

/// `juliaMin` lane by lane.
@inline(__always)
func laneMin(_ x: Lane, _ y: Lane) -> Lane {
    let takeY = (y .< x) .| ((y .== x) .& signBitSet(y))
    var result = x.replacing(with: y, where: takeY)
    let nan = (x .!= x) .| (y .!= y)
    if anySet(nan) { result.replace(with: x + y, where: nan) }
    return result
}

/// 1 where `mask` holds, 0 elsewhere.
@inline(__always)
func indicator(_ mask: SIMDMask<Lane.MaskStorage>) -> Lane {
    Lane(repeating: 0).replacing(with: 1, where: mask)
}

/// The loop of one operation on two sources; one specialised loop per operation.
@inline(__always)
private func apply<A: ElementSource, B: ElementSource>(
    _ op: BinaryOperation, n: Int, _ a: A, _ b: B, _ out: UnsafeMutablePointer<Double>
) {
    switch op {
    case .add: zipLanes(n: n, a, b, out, { $0 + $1 }, { $0 + $1 })
    case .subtract: zipLanes(n: n, a, b, out, { $0 - $1 }, { $0 - $1 })
    case .multiply: zipLanes(n: n, a, b, out, { $0 * $1 }, { $0 * $1 })
    case .divide: zipLanes(n: n, a, b, out, { $0 / $1 }, { $0 / $1 })
    case .maximum: zipLanes(n: n, a, b, out, laneMax, juliaMax)
    case .minimum: zipLanes(n: n, a, b, out, laneMin, juliaMin)
    case .equal: zipLanes(n: n, a, b, out, { indicator($0 .== $1) }, { $0 == $1 ? 1 : 0 })
    case .notEqual: zipLanes(n: n, a, b, out, { indicator($0 .!= $1) }, { $0 != $1 ? 1 : 0 })
    case .less: zipLanes(n: n, a, b, out, { indicator($0 .< $1) }, { $0 < $1 ? 1 : 0 })
    case .lessOrEqual: zipLanes(n: n, a, b, out, { indicator($0 .<= $1) }, { $0 <= $1 ? 1 : 0 })
    case .greater: zipLanes(n: n, a, b, out, { indicator($0 .> $1) }, { $0 > $1 ? 1 : 0 })
    case .greaterOrEqual: zipLanes(n: n, a, b, out, { indicator($0 .>= $1) }, { $0 >= $1 ? 1 : 0 })
    }
}

/// out[i] = x[i] op y[i] for i < n; `out` may be `x` or `y`.
public func elementwise(
    _ op: BinaryOperation, n: Int, _ x: UnsafePointer<Double>, _ y: UnsafePointer<Double>,
    _ out: UnsafeMutablePointer<Double>
) {
    apply(op, n: n, Contiguous(base: x), Contiguous(base: y), out)
}

/// out[i] = x[i] op y for i < n; `out` may be `x`.
public func elementwise(
    _ op: BinaryOperation, n: Int, _ x: UnsafePointer<Double>, scalar y: Double, _ out: UnsafeMutablePointer<Double>
) {
    apply(op, n: n, Contiguous(base: x), Repeated(y), out)
}

/// out[i] = x op y[i] for i < n; `out` may be `y`.
public func elementwise(
    _ op: BinaryOperation, n: Int, scalar x: Double, _ y: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>
) {
    apply(op, n: n, Repeated(x), Contiguous(base: y), out)
}

/// out[i] = op(x[i]) for i < n; `out` may be `x`.
public func elementwise(_ op: UnaryOperation, n: Int, _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>) {
    guard n > 0 else { return }
    switch op {
    // (SIMD's prefix minus is 0 − x, which gives +0.0 for −(+0.0); flipping the sign
    // bit gives −0.0, as Julia's `-` does.)
    case .negate: mapLanes(n: n, x, out, flippedSign, { -$0 })
    case .absolute: mapLanes(n: n, x, out, magnitude, { Swift.abs($0) })
    case .squareRoot: mapLanes(n: n, x, out, { $0.squareRoot() }, { $0.squareRoot() })
    case .logarithm:
        let log = Julia.scalarCalls.log
        for i in 0..<n { out[i] = log(x[i]) }
    case .exponential, .tanh, .sigmoid:
        if UnsafePointer(out) != x { out.update(from: x, count: n) }
        switch op {
        case .exponential: expInPlace(n: n, out)
        case .tanh: tanhInPlace(n: n, out)
        default: sigmoidInPlace(n: n, out)
        }
    }
}

/// out[i] = clamp(x[i], low, high) for i < n, as Julia's `clamp`: high above it, low
/// below it, and x itself otherwise (NaN included); `out` may be `x`.
public func clamp(n: Int, _ x: UnsafePointer<Double>, low: Double, high: Double, _ out: UnsafeMutablePointer<Double>) {
    let lo = Lane(repeating: low), hi = Lane(repeating: high)
    mapLanes(
        n: n, x, out, { v in v.replacing(with: lo, where: v .< lo).replacing(with: hi, where: v .> hi) },
        { v in v > high ? high : v < low ? low : v })
}

/// out[i] = gradient[i] times the activation's derivative at the element whose output
/// was output[i]; `out` may be either input.
public func activationGradient(
    _ activation: ActivationDerivative, n: Int, gradient: UnsafePointer<Double>, output: UnsafePointer<Double>,
    _ out: UnsafeMutablePointer<Double>
) {
    let g = Contiguous(base: gradient), y = Contiguous(base: output)
    let one = Lane(repeating: 1)
    switch activation {
    case .tanh: zipLanes(n: n, g, y, out, { $0 * (one - $1 * $1) }, { $0 * (1 - $1 * $1) })
    case .sigmoid: zipLanes(n: n, g, y, out, { $0 * $1 * (one - $1) }, { $0 * $1 * (1 - $1) })
    case .exponential: zipLanes(n: n, g, y, out, { $0 * $1 }, { $0 * $1 })
    case .squareRoot: zipLanes(n: n, g, y, out, { $0 / (Lane(repeating: 2) * $1) }, { $0 / (2 * $1) })
    }
}

/// The largest (`largest`) or smallest of `n` ≥ 1 contiguous elements by Julia's `max`
/// or `min`: NaN when any element is NaN.
public func extremum(largest: Bool, n: Int, _ x: UnsafePointer<Double>) -> Double {
    let w = Lane.scalarCount
    var i = 0
    var best = largest ? -Double.infinity : Double.infinity
    if n >= w {
        var lanes = load(x)
        i = w
        while i &+ w <= n {
            lanes = largest ? laneMax(lanes, load(x + i)) : laneMin(lanes, load(x + i))
            i &+= w
        }
        for k in 0..<w { best = largest ? juliaMax(best, lanes[k]) : juliaMin(best, lanes[k]) }
    }
    while i < n {
        best = largest ? juliaMax(best, x[i]) : juliaMin(best, x[i])
        i &+= 1
    }
    return best
}
