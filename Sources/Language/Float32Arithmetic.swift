import Engine
import JuliaMath

/// Julia's `Float32` numbers (`1.5f0`, `Float32(x)`): the promotion rules of
/// base/float.jl and base/promotion.jl and the arithmetic of base/float.jl and
/// base/math.jl, for the operations whose Float32 result the notebook computes exactly.
///
/// A Float32 mixes with an Int64 or a Bool into a Float32 (the integer rounded to the
/// nearest Float32 first) and with a Float64 into a Float64 (the Float32 is exact as a
/// Float64). `+ - * /` are computed in Double and rounded once to Float: for these
/// operations a Double holds the exact result closely enough (53 ≥ 2·24 + 2 bits) that
/// the two roundings give the correctly rounded Float32, which is what Julia's hardware
/// Float32 arithmetic gives. Every other operation with a Float32 operand (on complex or
/// rational numbers, arrays, strings) is refused, not computed in Float64.
extension Value {
    var isFloat32: Bool {
        if case .float32 = self { return true }
        return false
    }
}

/// The real number types a Float32 meets in arithmetic, in Julia's promotion order.
private enum Float32Partner {
    case integer(Int)
    case float32(Float)
    case float64(Double)
    /// A Bool keeps its own rules for `+` and `*` (base/bool.jl).
    case bool(Bool)

    init?(_ value: Value) {
        switch value {
        case .int(let n): self = .integer(n)
        case .float32(let x): self = .float32(x)
        case .float(let x): self = .float64(x)
        case .bool(let b): self = .bool(b)
        default: return nil
        }
    }

    /// The value promoted to Float32 (`Float32(::Int64)` rounds to nearest, ties to
    /// even); nil for a Float64, which makes the operation a Float64 one.
    var asFloat32: Float? {
        switch self {
        case .integer(let n): return Float(n)
        case .float32(let x): return x
        case .bool(let b): return b ? 1 : 0
        case .float64: return nil
        }
    }

    var asDouble: Double {
        switch self {
        case .integer(let n): return Double(n)
        case .float32(let x): return Double(x)
        case .bool(let b): return b ? 1 : 0
        case .float64(let x): return x
        }
    }
}

extension Runtime {
    /// `a op b` when a Float32 takes part: Julia's answer, a refusal, or nil for the
    /// operators the general path answers for any values (`===`, `=>`, `in`, and `==`
    /// with a value that is no real number, which is false).
    func float32Operation(_ op: Operator, _ a: Value, _ b: Value) throws -> Value? {
        guard a.isFloat32 || b.isFloat32 else { return nil }
        switch op {
        case .identical, .notIdentical, .pair, .in, .notIn: return nil
        default: break
        }
        guard let x = Float32Partner(a), let y = Float32Partner(b) else {
            // With an array, each element is the scalar operation (Float32Arrays.swift).
            if isNumericArray(a) || isNumericArray(b) { return nil }
            if op == .equal || op == .notEqual, !isNumericArray(a), !isNumericArray(b), a.rational == nil, b.rational == nil,
               a.complexParts == nil || a.isFloat32, b.complexParts == nil || b.isFloat32 {
                return nil
            }
            let other = a.isFloat32 ? b : a
            throw RuntimeError(
                "`\(op.spelling)` of a Float32 and \(describeType(other)) is not supported: the notebook computes Float32 only with Float32, Float64, Int64 and Bool numbers",
                kind: .notSupported)
        }
        if op == .approx || op == .notApprox { return .bool((op == .approx) == float32Approx(x, y)) }
        if let answer = exactComparison(op, x, y) { return .bool(answer) }
        guard let p = x.asFloat32, let q = y.asFloat32 else {
            // With a Float64 the operation is a Float64 one, on the exact value of the Float32.
            return try binaryOperation(op, .float(x.asDouble), .float(y.asDouble))
        }
        // Julia's Bool arithmetic with a float (base/bool.jl): `true + y` is `1 + y` and
        // `false + y` is y itself, so `false + -0f0` stays -0f0; `b * y` is y or a signed zero.
        if op == .plus, case .bool(let one) = x { return .float32(one ? 1 + q : q) }
        if op == .plus, case .bool(let one) = y { return .float32(one ? p + 1 : p) }
        if op == .times, case .bool(let keep) = x { return .float32(keep ? q : Float(signOf: q, magnitudeOf: 0)) }
        if op == .times, case .bool(let keep) = y { return .float32(keep ? p : Float(signOf: p, magnitudeOf: 0)) }
        if op == .power {
            switch y {
            case .integer(let n): return .float32(float32Power(p, n))
            case .bool(let b): return .float32(float32Power(p, b ? 1 : 0))
            default: return .float32(try float32Power(p, q))
            }
        }
        return try float32Arithmetic(op, p, q)
    }

    /// `x op y` for two Float32s (comparisons are `exactComparison`'s).
    private func float32Arithmetic(_ op: Operator, _ x: Float, _ y: Float) throws -> Value {
        switch op {
        case .plus: return .float32(x + y)
        case .minus: return .float32(x - y)
        case .times: return .float32(x * y)
        case .divide: return .float32(x / y)
        case .leftDivide: return .float32(y / x)
        // Julia's rem of floats is the exact fmod, whatever the width.
        case .remainder: return .float32(x.truncatingRemainder(dividingBy: y))
        case .bitAnd, .bitOr, .xor, .shiftLeft, .shiftRight, .unsignedShiftRight:
            throw RuntimeError("`\(op.spelling)` works on integers and Bools, not on Float32 (MethodError)", kind: .method)
        default:
            throw RuntimeError("`\(op.spelling)` of Float32 numbers is not supported", kind: .notSupported)
        }
    }

    /// `x op y` for the six comparisons, which Julia makes exact between a float and an
    /// Int64 rather than promoting (base/float.jl: `16777217 == 16777216f0` is false,
    /// though Float32(16777217) is 16777216f0); nil for any other operator.
    private func exactComparison(_ op: Operator, _ x: Float32Partner, _ y: Float32Partner) -> Bool? {
        let order: Int?  // -1, 0 or 1; nil when a NaN takes part
        switch (x, y) {
        case (.integer(let n), _): order = exactOrder(y.asDouble, n).map { -$0 }
        case (_, .integer(let n)): order = exactOrder(x.asDouble, n)
        default:
            let (p, q) = (x.asDouble, y.asDouble)
            order = p.isNaN || q.isNaN ? nil : p < q ? -1 : p > q ? 1 : 0
        }
        switch op {
        case .equal: return order == 0
        case .notEqual: return order != 0
        case .less: return order == -1
        case .greater: return order == 1
        case .lessEqual: return order.map { $0 <= 0 } ?? false
        case .greaterEqual: return order.map { $0 >= 0 } ?? false
        default: return nil
        }
    }

    /// How the float `d` (a Float32's exact value) orders against the integer `n`, exactly.
    private func exactOrder(_ d: Double, _ n: Int) -> Int? {
        if d.isNaN { return nil }
        let rounded = Double(n)
        // Rounding is monotonic, so a strict order between d and n's rounding is theirs.
        if d < rounded { return -1 }
        if d > rounded { return 1 }
        // d is then an integer; 2^63 itself is past every Int64.
        if d >= 0x1p63 { return 1 }
        let whole = Int(d)
        return whole < n ? -1 : whole > n ? 1 : 0
    }

    /// Julia's `isapprox(x, y)` with a Float32 taking part (base/floatfuncs.jl): the
    /// default rtol is the larger of each type's `sqrt(eps(T))` (0 for an integer), so
    /// `√eps(Float32)` here; the difference and the bound computed in the promoted type.
    private func float32Approx(_ x: Float32Partner, _ y: Float32Partner) -> Bool {
        let rtol = Float.ulpOfOne.squareRoot()
        if let p = x.asFloat32, let q = y.asFloat32 {
            return p == q || (p.isFinite && q.isFinite && Swift.abs(p - q) <= rtol * Swift.max(Swift.abs(p), Swift.abs(q)))
        }
        let (p, q) = (x.asDouble, y.asDouble)
        return p == q || (p.isFinite && q.isFinite && Swift.abs(p - q) <= Double(rtol) * Swift.max(Swift.abs(p), Swift.abs(q)))
    }

    /// Julia's `^(x::Float32, n::Integer)` (base/math.jl): `n == -2` is `inv(x)^2` and
    /// `n == 3` is `x*x*x`, both in Float32; any other n is plain power by squaring of
    /// the Float64 x (of inv(x) for a negative n), rounded to Float32 at the end.
    func float32Power(_ x: Float, _ n: Int) -> Float {
        if n == -2 { let i = 1 / x; return i * i }
        if n == 3 { return x * x * x }
        if n < 0 { return Float(Julia.powerBySquaring(1 / Double(x), n == Int.min ? Int.max : -n)) }
        return Float(Julia.powerBySquaring(Double(x), n))
    }

    /// Julia's `^(x::Float32, y::Float32)` (base/math.jl): an integral y is the integer
    /// power; otherwise `exp2(log2(|x|) * y)` in Float64 by Julia's own log2 and exp2,
    /// rounded to Float32.
    func float32Power(_ x: Float, _ y: Float) throws -> Float {
        if x == 1 { return 1 }
        var y = y
        // Past 1.625·2^30 every power overflows or underflows (and y is clamped there).
        let largest: Float = 0x1.Ap30
        if !(Swift.abs(y) < largest) {
            if y.isNaN { return y }
            y = y < 0 ? -largest : largest
        }
        let yint = Int32(y)
        if y == Float(yint) { return float32Power(x, Int(yint)) }
        if x < 0 {
            throw RuntimeError(
                "\(formatFloat32(x, typed: true))^\(formatFloat32(y, typed: true)) has no real value (DomainError); use a complex number", kind: .domain)
        }
        // `x * (y > 0 || isnan(x))` and `abs(y) * Inf32 * !(y > 0)`: a float times false
        // is a zero of the float's sign (base/bool.jl).
        if !x.isFinite { return y > 0 || x.isNaN ? x : 0 }
        if x == 0 { return y > 0 ? 0 : .infinity }
        return Float(Julia.exp2(Julia.log2(Double(x)) * Double(y)))
    }

    /// `-x` and `+x` of a Float32.
    func float32Unary(_ op: Operator, _ x: Float) throws -> Value {
        switch op {
        case .minus: return .float32(-x)
        case .plus: return .float32(x)
        default: throw RuntimeError("no unary operator `\(op.spelling)` for Float32", kind: .method)
        }
    }
}
