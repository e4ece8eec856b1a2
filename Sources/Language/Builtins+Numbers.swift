import Engine
import Foundation
import JuliaMath
import RealModule

/// Facts about number types (`typemin`, `typemax`, `eps`, `nextfloat`, `bitstring`, ...),
/// integer arithmetic (`fld`, `cld`, `mod1`, `divrem`, `gcd`, `factorial`, `binomial`,
/// ...), and the scalar functions of the manual's "Mathematical Operations" chapter that
/// Knet-style elementwise application does not need (`cbrt`, `hypot`, `sind`, `log(b, x)`,
/// `copysign`, ...). Integer results overflow into an error, as all integer arithmetic
/// in the language does, where Julia would wrap around.
extension Library {
    mutating func registerNumberBuiltins() {
        registerTypeFactBuiltins()
        registerIntegerBuiltins()
        registerScalarMathBuiltins()
    }

    private mutating func registerTypeFactBuiltins() {
        define("typemin", 1...1, help: "typemin(T) — the smallest value of the number type T (-Inf for Float64)") { interp, args in
            switch try interp.numberType(args[0], "typemin") {
            case .int64: return .int(Int.min)
            case .float64: return .float(-.infinity)
            case .bool: return .bool(false)
            }
        }
        define("typemax", 1...1, help: "typemax(T) — the largest value of the number type T (Inf for Float64)") { interp, args in
            switch try interp.numberType(args[0], "typemax") {
            case .int64: return .int(Int.max)
            case .float64: return .float(.infinity)
            case .bool: return .bool(true)
            }
        }
        define("eps", 0...1, help: "eps(), eps(Float64), eps(x) — the gap between 1.0 (or x) and the next float") { interp, args in
            if args.count == 0 { return .float(Double.ulpOfOne) }
            if case .function = args[0] {
                guard try interp.numberType(args[0], "eps") == .float64 else { throw RuntimeError("eps: expected a float type", kind: .method) }
                return .float(Double.ulpOfOne)
            }
            let x = try args.double(0)
            return .float(x.isFinite ? x.ulp : .nan)
        }
        define("nextfloat", 1...2, help: "nextfloat(x, [n]) — the next larger float (n steps up)") { _, args in
            try floatSteps(args, up: true)
        }
        define("prevfloat", 1...2, help: "prevfloat(x, [n]) — the next smaller float (n steps down)") { _, args in
            try floatSteps(args, up: false)
        }
        for (name, value, what) in [("floatmax", Double.greatestFiniteMagnitude, "the largest finite float"),
                                    ("floatmin", Double.leastNormalMagnitude, "the smallest positive normal float")] {
            define(name, 0...1, help: "\(name)(Float64) — \(what)") { interp, args in
                // Julia's methods take a float type or a float (of that type); Float32 and
                // Float16 have values of their own, which the notebook does not have.
                if args.count == 1, try interp.numberType(args[0], name) != .float64 {
                    throw RuntimeError("MethodError: no method matching \(name)(::\(typeName(args[0])))", kind: .method)
                }
                return .float(value)
            }
        }
        define("bitstring", 1...1, help: "bitstring(x) — the bits of an Int64, Float64 or Bool as a string of 0s and 1s") { _, args in
            let bits: UInt64
            let width: Int
            switch args[0] {
            case .int(let n): (bits, width) = (UInt64(bitPattern: Int64(n)), 64)
            case .float(let x): (bits, width) = (x.bitPattern, 64)
            case .bool(let b): (bits, width) = (b ? 1 : 0, 8)
            default: throw RuntimeError("bitstring: expected a number, got \(describeType(args[0]))", kind: .method)
            }
            let text = String(bits, radix: 2)
            return .string(String(repeating: "0", count: width - text.count) + text)
        }
        define("exponent", 1...1, help: "exponent(x) — the power of two of x's leading bit, as an Int") { _, args in
            let x = try args.double(0)
            guard x.isFinite, x != 0 else { throw RuntimeError("exponent: \(formatFloat(x)) has no exponent (DomainError)", kind: .domain) }
            return .int(Int(x.exponent))
        }
        define("significand", 1...1, help: "significand(x) — x scaled into [1, 2), keeping its sign") { _, args in
            let x = try args.double(0)
            guard x.isFinite, x != 0 else { return .float(x) }
            return .float(Double(sign: x.sign, exponent: 0, significand: x.significand))
        }
        define("isfinite", 1...1, elementwise: false, help: "isfinite(x) — whether x is neither infinite nor NaN") { _, args in
            if case .complex(let re, let im, _) = args[0] { return .bool(re.isFinite && im.isFinite) }
            return .bool(try args.double(0).isFinite)
        }
        define("isinteger", 1...1, help: "isinteger(x) — whether x is a whole number") { _, args in
            switch args[0] {
            case .int, .bool: return .bool(true)
            default: let x = try args.double(0); return .bool(x.isFinite && x == x.rounded())
            }
        }
        define("isreal", 1...1, help: "isreal(x) — whether x is real (a complex number with zero imaginary part counts); of an array, of every element") { _, args in
            if case .complex(_, let im, _) = args[0] { return .bool(im == 0) }
            // `isreal(x::AbstractArray) = all(isreal, x)` (base/complex.jl).
            switch args[0] {
            case .array, .range: return .bool(true)
            case .list(let list):
                for item in list.items {
                    if case .complex(_, let im, _) = item, im != 0 { return .bool(false) }
                    guard item.isJuliaNumber else {
                        throw RuntimeError("isreal of a vector holding \(describeType(item)) is not supported", kind: .notSupported)
                    }
                }
                return .bool(true)
            default: break
            }
            _ = try args.double(0)
            return .bool(true)
        }
        define("signbit", 1...1, help: "signbit(x) — whether x's sign bit is set (true for -0.0)") { _, args in
            if case .int(let n) = args[0] { return .bool(n < 0) }
            return .bool(try args.double(0).sign == .minus)
        }
        define("convert", 2...2, help: "convert(T, x) — x as a value of the number type T, when it is exactly representable") { interp, args in
            let x = args[1]
            switch try interp.numberType(args[0], "convert") {
            case .float64: return .float(try Arguments(function: "convert", values: [x], keywords: [:]).double(0))
            case .int64:
                if case .int = x { return x }
                let d = try Arguments(function: "convert", values: [x], keywords: [:]).double(0)
                guard d == d.rounded(), Swift.abs(d) < 9.2e18 else { throw RuntimeError("convert: \(show(x)) is not an integer (InexactError)", kind: .inexact) }
                return .int(Int(d))
            case .bool:
                let d = try Arguments(function: "convert", values: [x], keywords: [:]).double(0)
                guard d == 0 || d == 1 else { throw RuntimeError("convert: \(show(x)) is not 0 or 1 (InexactError)", kind: .inexact) }
                return .bool(d == 1)
            }
        }
        define("promote", 0...Int.max, help: "promote(xs...) — the numbers converted to their common type, as a tuple") { _, args in
            let values = args.values
            guard values.allSatisfy({ $0.isNumber }) else {
                throw RuntimeError("promote: the language promotes Int64, Float64 and Bool only", kind: .notSupported)
            }
            if values.contains(where: { if case .float = $0 { return true }; return false }) {
                return .tuple(TupleItems(values.map { .float(scalarDoubleOfNumber($0)) }))
            }
            if values.contains(where: { if case .int = $0 { return true }; return false }) {
                return .tuple(TupleItems(values.map { .int(Int(scalarDoubleOfNumber($0))) }))
            }
            return .tuple(TupleItems(values))
        }
    }

    private mutating func registerIntegerBuiltins() {
        define("fld", 2...2, help: "fld(a, b) — a / b rounded down (floored division)") { interp, args in
            try interp.integerDivision(args) { a, b in
                let (q, r) = a.quotientAndRemainder(dividingBy: b)
                return r != 0 && (r < 0) != (b < 0) ? q - 1 : q
            } float: { juliaFloatDivision($0, $1, .down) }
        }
        define("cld", 2...2, help: "cld(a, b) — a / b rounded up (ceiling division)") { interp, args in
            try interp.integerDivision(args) { a, b in
                let (q, r) = a.quotientAndRemainder(dividingBy: b)
                return r != 0 && (r < 0) == (b < 0) ? q + 1 : q
            } float: { juliaFloatDivision($0, $1, .up) }
        }
        define("mod1", 2...2, help: "mod1(x, m) — x modulo m in 1...m (mod1(3, 3) is 3)") { interp, args in
            try interp.integerDivision(args) { x, m in
                let r = x % m
                let floored = r != 0 && (r < 0) != (m < 0) ? r + m : r
                return floored == 0 ? m : floored
            } float: { x, m in
                let floored = juliaFloatModulo(x, m)
                return floored == 0 ? m : floored
            }
        }
        define("divrem", 2...2, help: "divrem(a, b) — (div(a, b), rem(a, b))") { interp, args in
            .tuple(TupleItems([try interp.binaryOperation(.integerDivide, args[0], args[1]),
                               try interp.binaryOperation(.remainder, args[0], args[1])]))
        }
        define("fldmod", 2...2, help: "fldmod(a, b) — (fld(a, b), mod(a, b))") { interp, args in
            let floored = try interp.integerDivision(args) { a, b in
                let (q, r) = a.quotientAndRemainder(dividingBy: b)
                return r != 0 && (r < 0) != (b < 0) ? q - 1 : q
            } float: { juliaFloatDivision($0, $1, .down) }
            let modulus = try interp.integerDivision(args) { a, b in
                let r = a % b
                return r != 0 && (r < 0) != (b < 0) ? r + b : r
            } float: { juliaFloatModulo($0, $1) }
            return .tuple(TupleItems([floored, modulus]))
        }
        define("gcd", 1...Int.max, help: "gcd(a, b, ...) — the greatest common divisor (non-negative)") { _, args in
            var g = 0
            for i in 0..<args.count { g = try greatestCommonDivisor(g, try integerArgument(args, i)) }
            return .int(g)
        }
        define("lcm", 1...Int.max, help: "lcm(a, b, ...) — the least common multiple (non-negative)") { _, args in
            var l = 1
            for i in 0..<args.count {
                let n = try integerArgument(args, i)
                if n == 0 || l == 0 { l = 0; continue }
                let g = try greatestCommonDivisor(l, n)
                let (p, overflow) = (l / g).multipliedReportingOverflow(by: n.magnitude > Int.max.magnitude ? 0 : Swift.abs(n))
                guard !overflow else { throw RuntimeError("lcm: the result overflows Int64 (OverflowError)", kind: .overflow) }
                l = p
            }
            return .int(l)
        }
        define("factorial", 1...1, help: "factorial(n) — n! for 0 ≤ n ≤ 20 (larger ones overflow Int64)") { _, args in
            let n = try integerArgument(args, 0)
            guard n >= 0 else { throw RuntimeError("factorial: n must be non-negative, got \(n) (DomainError)", kind: .domain) }
            guard n <= 20 else {
                throw RuntimeError("factorial(\(n)): \(n) is too large to look up in the table; the language has no BigInt (OverflowError)", kind: .overflow)
            }
            return .int((1...Swift.max(1, n)).reduce(1, *))
        }
        define("binomial", 2...2, help: "binomial(n, k) — the number of ways to choose k of n") { _, args in
            let n = try integerArgument(args, 0)
            var k = try integerArgument(args, 1)
            guard n >= 0 else { throw RuntimeError("binomial: negative n is not supported yet", kind: .notSupported) }
            if k < 0 || k > n { return .int(0) }
            k = Swift.min(k, n - k)
            var result = 1
            for i in 0..<k {
                // result * (n - i) / (i + 1) stays whole at every step.
                let (p, overflow) = result.multipliedReportingOverflow(by: n - i)
                guard !overflow else { throw RuntimeError("binomial(\(n), \(k)) overflows Int64 (OverflowError)", kind: .overflow) }
                result = p / (i + 1)
            }
            return .int(result)
        }
        define("xor", 2...2, help: "xor(a, b) — bitwise exclusive or of integers (logical for Bools)") { _, args in
            if case .bool(let a) = args[0], case .bool(let b) = args[1] { return .bool(a != b) }
            return .int(try integerArgument(args, 0) ^ integerArgument(args, 1))
        }
        define("nand", 2...2, help: "nand(a, b) — not (a and b), bitwise") { _, args in
            if case .bool(let a) = args[0], case .bool(let b) = args[1] { return .bool(!(a && b)) }
            return .int(~(try integerArgument(args, 0) & integerArgument(args, 1)))
        }
        define("nor", 2...2, help: "nor(a, b) — not (a or b), bitwise") { _, args in
            if case .bool(let a) = args[0], case .bool(let b) = args[1] { return .bool(!(a || b)) }
            return .int(~(try integerArgument(args, 0) | integerArgument(args, 1)))
        }
    }

    private mutating func registerScalarMathBuiltins() {
        let unary: [(String, String, (Double) -> Double)] = [
            ("cbrt", "the cube root", Julia.cbrt),
            ("exp2", "2 to the power x", Julia.exp2),
            ("exp10", "10 to the power x", Julia.exp10),
            ("deg2rad", "x degrees in radians", { $0 * (Double.pi / 180) }),
            ("rad2deg", "x radians in degrees", { $0 * (180 / Double.pi) }),
            ("asinh", "the inverse hyperbolic sine", Julia.asinh),
        ]
        for (name, what, f) in unary {
            define(name, 1...1, help: "\(name)(x) — \(what)") { _, args in .float(f(try args.double(0))) }
        }
        registerTurnsAndDegrees()
        // Julia's messages outside [-1, 1], each in its own wording.
        let arcs: [(String, String, (Double) -> Double, String)] = [
            ("asin", "the arcsine", { Julia.asin($0) }, "asin(x) is not defined for |x| > 1."),
            ("acos", "the arccosine", { Julia.acos($0) }, "acos(x) not defined for |x| > 1"),
        ]
        for (name, what, f, outside) in arcs {
            define(name, 1...1, help: "\(name)(x) — \(what), for -1 ≤ x ≤ 1; a DomainError outside") { _, args in
                let x = try args.double(0)
                if Swift.abs(x) > 1 { throw domainError(x, outside) }
                return .float(f(x))
            }
        }
        let bounded: [(String, String, (Double) -> Double, ClosedRange<Double>)] = [
            ("atanh", "the inverse hyperbolic tangent, for -1 ≤ x ≤ 1", Julia.atanh, -1...1),
            ("acosh", "the inverse hyperbolic cosine, for x ≥ 1", Julia.acosh, 1...Double.infinity),
        ]
        for (name, what, f, domain) in bounded {
            define(name, 1...1, help: "\(name)(x) — \(what); a DomainError outside") { _, args in
                let x = try args.double(0)
                guard x.isNaN || domain.contains(x) else {
                    throw RuntimeError("DomainError with \(formatFloat(x)): \(name)(x) is not defined for x outside \(formatFloat(domain.lowerBound))...\(formatFloat(domain.upperBound))", kind: .domain)
                }
                return .float(f(x))
            }
        }
        define("hypot", 1...Int.max, help: "hypot(x, y, ...) — √(x² + y² + ...) without overflow or underflow; of complex numbers, √(|x|² + |y|² + ...)") { _, args in
            // Julia promotes the arguments to Float64, or to ComplexF64 when one is complex;
            // two go through Borges's algorithm (complex ones as their moduli), more through
            // the scaled sum of squares.
            var parts: [(re: Double, im: Double)] = []
            for i in 0..<args.count {
                if case .complex(let re, let im, _) = args[i] { parts.append((re, im)) } else { parts.append((try args.double(i), 0)) }
            }
            let anyComplex = args.values.contains { if case .complex = $0 { return true } else { return false } }
            switch parts.count {
            case 1: return .float(Julia.complexAbs(parts[0].re, parts[0].im))
            case 2: return .float(Julia.hypot(Julia.complexAbs(parts[0].re, parts[0].im), Julia.complexAbs(parts[1].re, parts[1].im)))
            default: return .float(anyComplex ? Julia.hypot(complex: parts) : Julia.hypot(parts.map(\.re)))
            }
        }
        registerSincAndRemaindersOfTwoPi()
        define("copysign", 2...2, help: "copysign(x, y) — x with the sign of y") { _, args in
            if case .int(let x) = args[0] {
                let negative = try args.double(1).sign == .minus
                return .int(negative ? -Swift.abs(x) : Swift.abs(x))
            }
            return .float(Double(signOf: try args.double(1), magnitudeOf: try args.double(0)))
        }
        define("flipsign", 2...2, help: "flipsign(x, y) — x negated when y is negative") { _, args in
            let negative = try args.double(1).sign == .minus
            if case .int(let x) = args[0] { return .int(negative ? -x : x) }
            let x = try args.double(0)
            return .float(negative ? -x : x)
        }
        define("minmax", 2...2, help: "minmax(a, b) — (min(a, b), max(a, b)), ordered by isless") { interp, args in
            let swapped = try interp.isLess(args[1], args[0])
            return .tuple(TupleItems(swapped ? [args[1], args[0]] : [args[0], args[1]]))
        }
    }


}

/// The number types the language has.
private enum NumberType { case int64, float64, bool }

extension Runtime {
    /// The number type a type argument (`Int`, `Float64`, `Bool`) or a value names.
    fileprivate func numberType(_ value: Value, _ name: String) throws -> NumberType {
        switch value {
        case .int: return .int64
        case .float: return .float64
        case .bool: return .bool
        case .function(let f):
            switch f.name {
            case "Int", "Int64": return .int64
            case "Float64": return .float64
            case "Bool": return .bool
            case "Float32": throw RuntimeError("\(name)(Float32): the language has no Float32 yet", kind: .notSupported)
            default: break
            }
        default: break
        }
        throw RuntimeError("\(name): the language's number types are Int64, Float64 and Bool, not \(describeType(value))", kind: .notSupported)
    }


    /// Floored and ceiling division and `mod1`: integers stay integers (division by
    /// zero is a DivideError), anything else is done in floats.
    fileprivate func integerDivision(
        _ args: Arguments, integer: (Int, Int) -> Int, float: (Double, Double) -> Double
    ) throws -> Value {
        if case .int(let a) = args[0], case .int(let b) = args[1] {
            guard b != 0 else { throw RuntimeError("\(args.function)(\(a), 0): integer division by zero (DivideError)", kind: .divide) }
            guard !(a == Int.min && b == -1) else { throw RuntimeError("\(args.function)(\(a), -1) overflows (DivideError)", kind: .divide) }
            return .int(integer(a, b))
        }
        return .float(float(try args.double(0), try args.double(1)))
    }}

/// Julia 1.10's `mod(x::Float64, y::Float64)` (base/float.jl): the remainder moved onto
/// y's side, and a zero remainder takes y's sign (`mod(-0.0, 1)` is 0.0).
func juliaFloatModulo(_ x: Double, _ y: Double) -> Double {
    let r = x.truncatingRemainder(dividingBy: y)
    if r == 0 { return Double(signOf: y, magnitudeOf: r) }
    return (r > 0) != (y > 0) ? r + y : r
}

/// Julia 1.10's float `div(x, y, r)` (base/div.jl): `round((x - rem(x, y, r)) / y)`, so the
/// quotient is the true one rounded, not the rounded one floored: `fld(6.0, 0.1)` is 59.0
/// and `1.0 ÷ 0.1` is 9.0 (0.1 is a little above one tenth), and `1.0 ÷ 0.0` is NaN.
func juliaFloatDivision(_ x: Double, _ y: Double, _ rule: FloatingPointRoundingRule) -> Double {
    let r: Double
    switch rule {
    case .down: r = juliaFloatModulo(x, y)
    case .up: r = juliaFloatModulo(x, -y)
    default: r = x.truncatingRemainder(dividingBy: y)
    }
    return ((x - r) / y).rounded(.toNearestOrEven)
}

private func scalarDoubleOfNumber(_ v: Value) -> Double {
    switch v {
    case .int(let n): return Double(n)
    case .float(let x): return x
    case .bool(let b): return b ? 1 : 0
    default: return 0
    }
}

private func integerArgument(_ args: Arguments, _ i: Int) throws -> Int {
    switch args[i] {
    case .int(let n): return n
    case .bool(let b): return b ? 1 : 0
    default: throw RuntimeError("\(args.function): expected integers, got \(describeType(args[i]))", kind: .method)
    }
}

private func greatestCommonDivisor(_ a: Int, _ b: Int) throws -> Int {
    var (x, y) = (a.magnitude, b.magnitude)
    while y != 0 { (x, y) = (y, x % y) }
    guard x <= UInt(Int.max) else { throw RuntimeError("gcd: the result overflows Int64 (OverflowError)", kind: .overflow) }
    return Int(x)
}

/// nextfloat/prevfloat of a Float64, n steps along the floats.
private func floatSteps(_ args: Arguments, up: Bool) throws -> Value {
    var x = try args.double(0)
    var n = args.count == 2 ? try integerArgument(args, 1) : 1
    var upward = up
    if n < 0 { n = -n; upward.toggle() }
    guard n <= 1_000_000 else { throw RuntimeError("\(args.function): at most a million steps are supported", kind: .limit) }
    for _ in 0..<n { x = upward ? x.nextUp : x.nextDown }
    return .float(x)
}

extension Library {
    /// sinc, cosc and cispi, and rem2pi and mod2pi with the rounding modes, as Julia's
    /// (JuliaMath's Sinc.swift and Rem2Pi.swift).
    fileprivate mutating func registerSincAndRemaindersOfTwoPi() {
        define("sinc", 1...1, help: "sinc(x) — sin(πx)/(πx), and 1 at x = 0") { _, args in
            switch args[0] {
            // Julia's sinc of an integer is one(x) or zero(x), of its own type.
            case .int(let n): return .int(n == 0 ? 1 : 0)
            case .bool(let b): return .bool(!b)
            case .complex: throw RuntimeError("sinc of a complex number is not supported yet", kind: .notSupported)
            default: return .float(Julia.sinc(try args.double(0)))
            }
        }
        define("cosc", 1...1, help: "cosc(x) — cos(πx)/x − sin(πx)/(πx²), the derivative of sinc, and 0 at x = 0") { _, args in
            if case .complex = args[0] { throw RuntimeError("cosc of a complex number is not supported yet", kind: .notSupported) }
            return .float(Julia.cosc(try args.double(0)))
        }
        define("cispi", 1...1, help: "cispi(x) — exp(iπx) = cospi(x) + i·sinpi(x), exact at integers and half-integers") { _, args in
            if case .complex(let re, let im, let parts) = args[0] {
                // Julia's cispi(z): exp(−π·imag(z)) times cispi(real(z)), the integer forms for integer parts.
                let real: Value = parts == .float64 ? .float(re) : .int(Int(re))
                let partArguments = Arguments(function: "cispi", values: [real], keywords: [:])
                let s = try realOrInteger(partArguments, sinpiForms, inTurns: true)
                let c = try realOrInteger(partArguments, cospiForms, inTurns: true)
                let v = Julia.exp(-(Double.pi * im))
                return .complex(re: v * c, im: v * s)
            }
            let s = try realOrInteger(args, sinpiForms, inTurns: true)
            let c = try realOrInteger(args, cospiForms, inTurns: true)
            return .complex(re: c, im: s)
        }
        for mode in RoundingModeValue.all { defineValue(mode.name, .host(mode)) }
        define("rem2pi", 2...2, help: "rem2pi(x, r) — x − 2π·round(x/(2π), r) with the exact 2π, for r = RoundNearest, RoundToZero, RoundDown or RoundUp") { _, args in
            guard let mode = args[1].roundingMode else {
                throw RuntimeError("MethodError: no method matching rem2pi(::\(typeName(args[0])), ::\(typeName(args[1])))", kind: .method)
            }
            return .float(try remainderOfTwoPi(args, mode))
        }
        define("mod2pi", 1...1, help: "mod2pi(x) — x modulo the exact 2π, in [0, 2π]: rem2pi(x, RoundDown)") { _, args in
            .float(try remainderOfTwoPi(args, RoundingModeValue.all.first { $0.mode == .down }!))
        }
    }
}

/// Julia's rem2pi of a Float64 or an Int64 (which must convert to Float64 exactly); its
/// other argument types and rounding modes have no method.
private func remainderOfTwoPi(_ args: Arguments, _ mode: RoundingModeValue) throws -> Double {
    let noMethod = RuntimeError("MethodError: no method matching rem2pi(::\(typeName(args[0])), ::\(mode.juliaTypeName))", kind: .method)
    guard let rounding = mode.quotientRounding else { throw noMethod }
    switch args[0] {
    case .float(let x): return Julia.rem2pi(x, rounding)
    case .int(let n):
        let x = Double(n)
        // Julia compares the Float64 with the Int exactly: 2^63 − 1 rounds up to 2^63.
        guard x < 0x1p63, Int(x) == n else {
            var error = RuntimeError("ArgumentError: Int64 argument to rem2pi is too large: \(n)", kind: .argument)
            error.juliaForm = "ArgumentError(\"Int64 argument to rem2pi is too large: \(n)\")"
            throw error
        }
        return Julia.rem2pi(x, rounding)
    default: throw noMethod
    }
}

/// A function of turns or degrees in its two forms: of a float, and of an integer.
private typealias TurnForms = (real: (Double) -> Double, integer: (Int) -> Double)

/// sinpi and cospi: Julia's exact values at integers (a zero signed as n, and ±1 by parity).
private var sinpiForms: TurnForms { (Julia.sinpi, { Double(signOf: Double($0), magnitudeOf: 0) }) }
private var cospiForms: TurnForms { (Julia.cospi, { $0 % 2 == 0 ? 1.0 : -1.0 }) }

extension Library {
    /// sinpi, cospi, tanpi, sincospi and sind, cosd, tand, sincosd, as Julia's (JuliaMath's
    /// TrigPi.swift). Of an integer, the π forms are Julia's exact parity rules and the
    /// degree forms take the remainder by 360 in integers, so both stay exact beyond 2^53.
    fileprivate mutating func registerTurnsAndDegrees() {
        typealias Forms = TurnForms
        let turns: [(String, String, Forms)] = [
            ("sinpi", "sin(πx), exactly 0 at integers", sinpiForms),
            ("cospi", "cos(πx), exactly ±1 at integers", cospiForms),
            ("tanpi", "tan(πx), exactly ±0 at integers", (Julia.tanpi, { n in
                Double(signOf: (n >= 0) == (n % 2 == 0) ? 1.0 : -1.0, magnitudeOf: 0)
            })),
        ]
        let degrees: [(String, String, Forms)] = [
            ("sind", "the sine of x degrees", (Julia.sind, Julia.sind)),
            ("cosd", "the cosine of x degrees", (Julia.cosd, Julia.cosd)),
            ("tand", "the tangent of x degrees", (Julia.tand, Julia.tand)),
        ]
        for (name, what, forms) in turns + degrees {
            let inTurns = name.hasSuffix("pi")
            define(name, 1...1, help: "\(name)(x) — \(what)") { _, args in
                .float(try realOrInteger(args, forms, inTurns: inTurns))
            }
        }
        define("sincospi", 1...1, help: "sincospi(x) — the tuple (sinpi(x), cospi(x))") { _, args in
            let s = try realOrInteger(args, turns[0].2, inTurns: true)
            let c = try realOrInteger(args, turns[1].2, inTurns: true)
            return .tuple(TupleItems([.float(s), .float(c)]))
        }
        define("sincosd", 1...1, help: "sincosd(x) — the tuple (sind(x), cosd(x))") { _, args in
            let s = try realOrInteger(args, degrees[0].2, inTurns: false)
            let c = try realOrInteger(args, degrees[1].2, inTurns: false)
            return .tuple(TupleItems([.float(s), .float(c)]))
        }
    }
}

/// A function of turns or degrees at its argument: the integer form for an Int or Bool,
/// the real one otherwise, and Julia's DomainError for an infinite x (which names |x| for
/// the π forms, as their reduction has taken the absolute value by then).
private func realOrInteger(_ args: Arguments, _ forms: (real: (Double) -> Double, integer: (Int) -> Double), inTurns: Bool) throws -> Double {
    switch args[0] {
    case .int(let n): return forms.integer(n)
    case .bool(let b): return forms.integer(b ? 1 : 0)
    default:
        let x = try args.double(0)
        if x.isInfinite { throw domainError(inTurns ? Swift.abs(x) : x, "`x` cannot be infinite.") }
        return forms.real(x)
    }
}


