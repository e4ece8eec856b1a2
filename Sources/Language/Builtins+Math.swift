import Engine
import JuliaMath
import RealModule

/// Numbers and elementwise math. Following Knet's convention, `tanh(A)`, `exp(A)` and
/// friends apply to every element of an array (current Julia would ask for `tanh.(A)`,
/// which works too). The differentiable ones accept tracked values inside `grad`.
extension Runtime {
    /// A value that may be tracked: plain results become numbers or arrays.
    func result(_ v: Var, _ type: ElementType = .float64) throws -> Value {
        if v.isTracked { return .tracked(v) }
        if v.value.rank == 0 {
            let x = v.value.scalars[0]
            return type == .int64 ? Int(exactly: x).map { .int($0) } ?? .float(x) : .float(x)
        }
        return try wrap(v, type)
    }

    /// The numeric argument `i` as a `Var`, or an error naming the function.
    func numeric(_ args: Arguments, _ i: Int) throws -> (Var, ElementType) {
        // A builtin that wants numbers takes a generator's elements, as Julia's methods for
        // iterators do (`std(x for x in v)`); arithmetic on a generator stays an error.
        if case .host(let generator as GeneratorValue) = args[i], let interpreter = self as? Interpreter,
           let pair = try operand(try interpreter.collected(generator)) {
            return pair
        }
        if case .complex = args[i] { throw RuntimeError.complexArgumentRefusal(args.function) }
        guard let pair = try operand(args[i]) else {
            // A vector of other values (complex numbers, arrays) or a Pair: Julia's method
            // for AbstractArray (diagm's for pairs) may well take it.
            switch args[i] {
            case .list, .pair:
                throw RuntimeError("\(args.function) of a \(describeType(args[i])) is not supported (only of numbers and arrays of Float64, Int64 or Bool)", kind: .notSupported)
            default: break
            }
            throw RuntimeError("\(args.function): expected a number or an array, got \(describeType(args[i]))", kind: .method)
        }
        return pair
    }


    fileprivate func extreme(_ values: [Value], smallest: Bool) throws -> Value {
        guard var best = values.first else { throw RuntimeError("min/max need at least one argument", kind: .argument) }
        if values.count == 1 {
            throw RuntimeError("\(smallest ? "min" : "max") compares its arguments; for the \(smallest ? "smallest" : "largest") element of an array use \(smallest ? "minimum" : "maximum")", kind: .argument)
        }
        for v in values.dropFirst() {
            if v.isArrayLike || best.isArrayLike {
                throw RuntimeError("\(smallest ? "min" : "max") compares numbers; use \(smallest ? "min" : "max").(A, B) for arrays", kind: .method)
            }
            // Julia's float min/max (base/math.jl): NaN wins, and -0.0 is below 0.0.
            if case .float = v, let x = scalarDouble(best), let y = scalarDouble(v) {
                best = .float(smallest ? juliaMin(x, y) : juliaMax(x, y))
                continue
            }
            if case .float = best, let x = scalarDouble(best), let y = scalarDouble(v) {
                best = .float(smallest ? juliaMin(x, y) : juliaMax(x, y))
                continue
            }
            guard case .bool(let less) = try binaryOperation(.less, v, best) else { continue }
            let same = try binaryOperation(.equal, v, best).isTrue
            if less == smallest && !same { best = v }
        }
        // Julia promotes mixed Int/Float arguments to Float64.
        if values.contains(where: { if case .float = $0 { return true }; return false }), let x = scalarDouble(best) {
            return .float(x)
        }
        return best
    }
}

/// Julia's `min(x::Float64, y::Float64)`: `isnan(x) || ~isnan(y) && _isless(x, y) ? x : y`,
/// where `_isless` also puts -0.0 below 0.0.
func juliaMin(_ x: Double, _ y: Double) -> Double {
    x.isNaN || (!y.isNaN && (x < y || (x.sign == .minus && y.sign == .plus))) ? x : y
}

/// Julia's `max(x::Float64, y::Float64)`: `isnan(x) || ~isnan(y) && _isless(y, x) ? x : y`.
func juliaMax(_ x: Double, _ y: Double) -> Double {
    x.isNaN || (!y.isNaN && (y < x || (y.sign == .minus && x.sign == .plus))) ? x : y
}

extension Value {
    /// Arrays and ranges, which elementwise functions return as arrays even with one element.
    var isArrayLike: Bool {
        switch self {
        case .array, .range: return true
        case .tracked(let v): return v.value.rank > 0
        default: return false
        }
    }

    var isTrue: Bool {
        if case .bool(true) = self { return true }
        return false
    }
}

/// `x` rounded to `digits` significant digits with `rule`: Julia's `_round_sigdigits`
/// (base/floatfuncs.jl), `digits - hidigit(x)` digits after the point.
func roundedToSignificantDigits(_ x: Double, _ digits: Int, _ rule: FloatingPointRoundingRule) -> Double {
    guard x.isFinite else { return x }
    let high = x == 0 ? 0 : 1 + Int(Julia.log10(Swift.abs(x)).rounded(.down))  // Julia's hidigit, in its log10
    return roundedToDigits(x, digits - high, rule)
}

/// Julia 1.10's `_round_digits(x, r, digits, 10)` (base/floatfuncs.jl): to multiples of
/// 10^-digits, multiplying by 10^digits (or dividing by 10^-digits when digits < 0, since
/// 10^-k is not exact in binary), and giving back x where the scaled value overflows.
func roundedToDigits(_ x: Double, _ digits: Int, _ rule: FloatingPointRoundingRule) -> Double {
    guard x.isFinite else { return x }
    if digits >= 0 {
        let invstep = Julia.pow(10.0, digits)
        if invstep.isFinite {
            let y = (x * invstep).rounded(rule) / invstep
            return y.isFinite ? y : x
        }
        let root = elementPower(10, Double(digits) / 2)
        let y = ((x * root) * root).rounded(rule) / root / root
        return y.isFinite ? y : x
    }
    let step = Julia.pow(10.0, -digits)
    let y = (x / step).rounded(rule) * step
    if !y.isFinite {
        if x > 0 { return rule == .up ? .infinity : 0 }
        if x < 0 { return rule == .down ? -.infinity : -0.0 }
        return x
    }
    return y
}

/// Julia's `ndigits0z(n)`: how many decimal digits n has (0 for 0).
func decimalDigitCount(_ n: Int) -> Int {
    var count = 0
    var m = n.magnitude
    while m > 0 { count += 1; m /= 10 }
    return count
}

/// `f` on a tracked value, for functions the engine has no operation for: the result
/// is `f(x0) + f'(x0) .* (x - x0)` at the current value x0. Its value is exactly
/// `f(x0)`, since `x - x0` is exactly zero, and its gradient is `f'(x0)`. Only the first
/// derivative is right, which is all `grad` takes (nested grad is not supported).
/// The derivative must be finite wherever `f` is, or 0 × ∞ would turn the value into NaN.
private func linearised(_ x: Var, _ f: (Double) -> Double, derivative: (Double) -> Double) throws -> Var {
    let x0 = x.value
    return try (x - Var(x0)) .* Var(x0.map(derivative)) + Var(x0.map(f))
}

/// The one-argument functions Julia 1.10's LinearAlgebra defines for a whole matrix
/// (stdlib/LinearAlgebra/src/dense.jl): `exp(A)` of a square matrix is the matrix
/// exponential, not the exponential of each element. The notebook applies these
/// elementwise to other arrays (Knet's convention, docs/language.md), where Julia has
/// no answer; on a square matrix Julia's answer differs, so the plain call is refused.
/// A 1×1 matrix is left elementwise: there the two agree.
let juliaMatrixFunctions: Set<String> = ["exp", "log", "sqrt", "sin", "cos", "tan", "sinh", "cosh", "tanh", "atan"]

extension Library {
    /// `vectorised`, when given, is the engine's kernel for arrays, which must round
    /// exactly as `f` does (sqrt, log, and tanh, exp, sigm, whose kernels compute
    /// JuliaMath's functions bit for bit), so what a learner prints is what Julia prints.
    private mutating func defineElementwise(
        _ name: String, help: String, _ f: @escaping (Double) -> Double, domain: RealDomain? = nil,
        atPi: Double? = nil, atE: Value? = nil,
        differentiable: ((Var) throws -> Var)? = nil, vectorised: ((Tensor) -> Tensor)? = nil,
        binary: ((Double, Double) throws -> Double)? = nil
    ) {
        // Decided once per builtin, not on every call: both are lookups by name.
        let complexForm = complexFunction(named: name)
        let isJuliaMatrixFunction = juliaMatrixFunctions.contains(name)
        define(name, 1...(binary == nil ? 1 : 2), elementwise: true, help: help) { interp, args in
            // Julia's value at the irrational π itself (base/mathconstants.jl: sin(π) is 0.0),
            // where the Float64 nearest π would give 1.2246467991473532e-16. Such a builtin
            // sees host objects as themselves, so it replaces the others as every call does.
            var args = args
            if atPi != nil || atE != nil {
                if let atPi, args.count == 1, args[0].isIrrationalPi { return .float(atPi) }
                if let atE, args.count == 1, args[0].isIrrationalE { return atE }
                args.values = try interp.replacingNumericHosts(args.values)
            }
            if args.count == 2, let binary {
                return .float(try binary(try args.double(0), try args.double(1)))
            }
            if case .complex(let re, let im, _) = args[0], let f = complexForm {
                let (a, b) = f(re, im)
                return .complex(re: a, im: b)
            }
            let (x, _) = try interp.numeric(args, 0)
            if !args.isBroadcast, isJuliaMatrixFunction, x.value.rank == 2,
               x.value.shape[0] == x.value.shape[1], x.value.shape[0] > 1 {
                throw RuntimeError(
                    "\(name)(A) of a square matrix is Julia's matrix function (LinearAlgebra's \(name) of a \(x.value.shape[0])×\(x.value.shape[0]) matrix), which the notebook does not compute; write \(name).(A) for \(name) of each element",
                    kind: .notSupported)
            }
            if let domain, let outside = x.value.scalars.first(where: { !domain.contains($0) }) {
                throw domain.error(name, outside)
            }
            if x.isTracked {
                guard let differentiable else {
                    throw RuntimeError("\(name) is not differentiable yet, so it cannot be used on values inside `grad`", kind: .notSupported)
                }
                return .tracked(try differentiable(x))
            }
            if x.value.rank == 0, !(args[0].isArrayLike) { return .float(f(x.value.scalars[0])) }
            return .floats(vectorised?(x.value) ?? x.value.map(f))
        }
    }

    mutating func registerMathBuiltins() {
        defineElementwise("tanh", help: "tanh(x) — hyperbolic tangent, elementwise on arrays", Julia.tanh,
                          differentiable: { $0.tanh() }, vectorised: { $0.tanh() })
        defineElementwise("sigm", help: "sigm(x) — the logistic sigmoid 1/(1+exp(-x)), elementwise", Julia.sigm,
                          differentiable: { $0.sigm() }, vectorised: { $0.sigm() })
        alias("sigmoid", to: "sigm")
        defineElementwise("relu", help: "relu(x) — max(x, 0), elementwise", { Swift.max($0, 0) }) { $0.relu() }
        defineElementwise("exp", help: "exp(x) — e to the power x, elementwise", Julia.exp,
                          differentiable: { $0.exp() }, vectorised: { $0.exp() })
        defineElementwise("log", help: "log(x) — natural logarithm, elementwise; a DomainError for x < 0; log(b, x) — the base-b logarithm",
                          Julia.log, domain: .nonNegative, atE: .int(1), differentiable: { $0.log() }, vectorised: { $0.map(Julia.log) },
                          binary: { b, x in
                              for v in [b, x] where v < 0 { throw RealDomain.nonNegative.error("log", v) }
                              return Julia.log(x) / Julia.log(b)  // Julia's log(b, x)
                          })
        defineElementwise("sqrt", help: "sqrt(x) — square root, elementwise; a DomainError for x < 0 (use sqrt(complex(x)))",
                          { $0.squareRoot() }, domain: .nonNegative, differentiable: { $0.sqrt() }, vectorised: { $0.sqrt() })
        defineElementwise("sin", help: "sin(x) — sine (radians), elementwise", Julia.sin, domain: .finite, atPi: 0.0) {
            try linearised($0, Julia.sin, derivative: Julia.cos)
        }
        defineElementwise("cos", help: "cos(x) — cosine (radians), elementwise", Julia.cos, domain: .finite, atPi: -1.0) {
            try linearised($0, Julia.cos, derivative: { -Julia.sin($0) })
        }
        defineElementwise("tan", help: "tan(x) — tangent (radians), elementwise", Julia.tan, domain: .finite, atPi: 0.0) {
            try linearised($0, Julia.tan, derivative: { let t = Julia.tan($0); return 1 + t * t })
        }
        defineElementwise("atan", help: "atan(x) — arctangent, elementwise; atan(y, x) — the angle of the point (x, y)", Julia.atan,
                          differentiable: { try linearised($0, Julia.atan, derivative: { 1 / (1 + $0 * $0) }) },
                          binary: { y, x in Julia.atan(y, x) })
        define("sincos", 1...1, help: "sincos(x) — the tuple (sin(x), cos(x)), from one argument reduction") { interp, args in
            if args[0].isIrrationalPi { return .tuple(TupleItems([.float(0.0), .float(-1.0)])) }  // Julia's sincos(π)
            if args[0].isArrayLike {
                throw RuntimeError("sincos of an array (Julia's matrix sine and cosine of a square matrix) is not supported; sincos.(A) of each element is", kind: .notSupported)
            }
            var args = args
            args.values = try interp.replacingNumericHosts(args.values)
            let x = try args.double(0)
            if x.isInfinite { throw RealDomain.finite.error("sincos", x) }
            let (s, c) = Julia.sincos(x)
            return .tuple(TupleItems([.float(s), .float(c)]))
        }
        handHostObjectsAsThemselves(to: ["sin", "cos", "tan", "sincos", "log"])
        defineElementwise("sinh", help: "sinh(x) — hyperbolic sine, elementwise", Julia.sinh)
        defineElementwise("cosh", help: "cosh(x) — hyperbolic cosine, elementwise", Julia.cosh)
        defineElementwise("log10", help: "log10(x) — base-10 logarithm, elementwise", Julia.log10, domain: .nonNegative)
        defineElementwise("log2", help: "log2(x) — base-2 logarithm, elementwise", Julia.log2, domain: .nonNegative)
        defineElementwise("log1p", help: "log1p(x) — log(1 + x), accurate for small x", Julia.log1p,
                          domain: .atLeastMinusOne)
        defineElementwise("expm1", help: "expm1(x) — exp(x) - 1, accurate for small x", Julia.expm1)
        define("abs", 1...1, elementwise: true, help: "abs(x) — absolute value, elementwise; the modulus of a complex number") { interp, args in
            if case .complex(let re, let im, _) = args[0] { return .float(Julia.complexAbs(re, im)) }  // Julia's hypot of the parts
            if case .int(let n) = args[0] {
                guard n != Int.min else { throw RuntimeError("integer overflow in abs(\(n))", kind: .notSupported) }
                return .int(Swift.abs(n))
            }
            let (x, type) = try interp.numeric(args, 0)
            if x.isTracked { return .tracked(x.abs()) }
            if x.value.rank == 0 && !args[0].isArrayLike { return .float(Swift.abs(x.value.scalars[0])) }
            return try interp.wrap(Var(x.value.abs()), type == .bool ? .int64 : type)
        }
        define("abs2", 1...1, elementwise: true, help: "abs2(x) — x squared; |z|² for a complex number") { interp, args in
            if let (re, im) = args[0].complexParts {
                // Julia's real(z)*real(z) + imag(z)*imag(z): an Int for integer parts.
                return try interp.binaryOperation(.plus, interp.binaryOperation(.times, re, re), interp.binaryOperation(.times, im, im))
            }
            return try interp.binaryOperation(.times, args[0], args[0], dotted: true)
        }
        define("sign", 1...1, elementwise: true, help: "sign(x) — -1, 0 or 1 by the sign of x") { interp, args in
            if case .int(let n) = args[0] { return .int(n.signum()) }
            let (x, _) = try interp.numeric(args, 0)
            let f: (Double) -> Double = { $0 > 0 ? 1 : $0 < 0 ? -1 : $0 }
            return x.value.rank == 0 && !args[0].isArrayLike ? .float(f(x.value.scalars[0])) : .floats(x.value.map(f))
        }
        for (name, rule) in [("round", FloatingPointRoundingRule.toNearestOrEven), ("floor", .down), ("ceil", .up), ("trunc", .towardZero)] {
            define(name, 1...2, elementwise: true, keywords: .named(["digits", "sigdigits"]),
                help: "\(name)(x), \(name)(Int, x), \(name)(x; digits=n), \(name)(x; sigdigits=n) — round \(name == "round" ? "to nearest" : rule == .down ? "down" : rule == .up ? "up" : "toward zero")")
            { interp, args in
                let digits = try args.keyword("digits").map { v -> Int in
                    guard case .int(let n) = v else { throw RuntimeError("\(name): digits must be an integer", kind: .argument) }
                    return n
                }
                let significant = try args.keyword("sigdigits").map { v -> Int in
                    guard case .int(let n) = v, n > 0 else { throw RuntimeError("\(name): sigdigits must be a positive integer", kind: .argument) }
                    return n
                }
                if digits != nil && significant != nil { throw RuntimeError("\(name): give digits or sigdigits, not both", kind: .argument) }
                if let significant {
                    // An integer rounds as its Float64 and gives a Float64, as in Julia.
                    if case .int(let n) = args[0] {
                        return .float(roundedToDigits(Double(n), significant - decimalDigitCount(n), rule))
                    }
                    let f: (Double) -> Double = { roundedToSignificantDigits($0, significant, rule) }
                    let (x, _) = try interp.numeric(args, 0)
                    return x.value.rank == 0 && !args[0].isArrayLike ? .float(f(x.value.scalars[0])) : .floats(x.value.map(f))
                }
                if args.count == 2 {
                    guard case .function(let type) = args[0], type.name == "Int" || type.name == "Int64" else {
                        throw RuntimeError("\(name)(T, x) supports T = Int", kind: .argument)
                    }
                    let x = try args.double(1).rounded(rule)
                    guard Swift.abs(x) < 9.2e18 else { throw RuntimeError("\(name): \(formatFloat(x)) does not fit in an Int", kind: .inexact) }
                    return .int(Int(x))
                }
                if case .int = args[0], digits == nil { return args[0] }
                let f: (Double) -> Double = { x in digits.map { roundedToDigits(x, $0, rule) } ?? x.rounded(rule) }
                let (x, _) = try interp.numeric(args, 0)
                return x.value.rank == 0 && !args[0].isArrayLike ? .float(f(x.value.scalars[0])) : .floats(x.value.map(f))
            }
        }
        define("min", 1...Int.max, help: "min(a, b, ...) — the smallest argument") { interp, args in
            try interp.extreme(args.values, smallest: true)
        }
        define("max", 1...Int.max, help: "max(a, b, ...) — the largest argument") { interp, args in
            try interp.extreme(args.values, smallest: false)
        }
        define("div", 2...2, help: "div(a, b) — integer division rounding toward zero, like a ÷ b") { interp, args in
            try interp.binaryOperation(.integerDivide, args[0], args[1])
        }
        define("rem", 2...2, help: "rem(a, b) — remainder with the sign of a, like a % b") { interp, args in
            try interp.binaryOperation(.remainder, args[0], args[1])
        }
        define("mod", 2...2, help: "mod(a, b) — remainder with the sign of b (mod(-1, 3) == 2)") { interp, args in
            if case .int(let a) = args[0], case .int(let b) = args[1] {
                guard b != 0 else { throw RuntimeError("mod: division by zero (DivideError)", kind: .divide) }
                let r = a.remainderReportingOverflow(dividingBy: b).partialValue
                return .int(r != 0 && (r < 0) != (b < 0) ? r + b : r)
            }
            let a = try args.double(0)
            let b = try args.double(1)
            return .float(juliaFloatModulo(a, b))
        }
        define("clamp", 3...3, elementwise: true, help: "clamp(x, lo, hi) — x limited to [lo, hi], elementwise") { interp, args in
            let lo = try args.double(1)
            let hi = try args.double(2)
            if case .int(let n) = args[0], case .int(let l) = args[1], case .int(let h) = args[2] { return .int(Swift.min(Swift.max(n, l), h)) }
            let (x, _) = try interp.numeric(args, 0)
            if x.isTracked { return .tracked(x.clamped(lo, hi)) }
            return x.value.rank == 0 && !args[0].isArrayLike ? .float(Swift.min(Swift.max(x.value.scalars[0], lo), hi)) : .floats(x.value.clamped(lo, hi))
        }
        define("isnan", 1...1, elementwise: true, help: "isnan(x) — whether x is not-a-number") { _, args in .bool(try args.double(0).isNaN) }
        define("isinf", 1...1, elementwise: true, help: "isinf(x) — whether x is infinite") { _, args in .bool(try args.double(0).isInfinite) }
        define("iseven", 1...1, help: "iseven(n) — whether the integer n is even") { _, args in .bool(try args.integer(0) % 2 == 0) }
        define("isodd", 1...1, help: "isodd(n) — whether the integer n is odd") { _, args in .bool(try args.integer(0) % 2 != 0) }
        define("isapprox", 2...2, keywords: .named(["rtol", "atol"]), help: "isapprox(a, b; rtol, atol) — a ≈ b within tolerances") { interp, args in
            let rtol = try args.keyword("rtol").map { v -> Double in try interp.scalarDouble(v) ?? { throw RuntimeError("isapprox: rtol must be a number", kind: .argument) }() }
            let atol = try args.keyword("atol").map { v -> Double in try interp.scalarDouble(v) ?? { throw RuntimeError("isapprox: atol must be a number", kind: .argument) }() } ?? 0
            return .bool(try interp.approximatelyEqual(args[0], args[1], rtol: rtol, atol: atol))
        }
        define("zero", 1...1, help: "zero(x) — a zero of x's type or shape") { _, args in
            switch args[0] {
            case .int: return .int(0)
            case .float: return .float(0)
            case .bool: return .bool(false)
            case .array(let box): return .array(ArrayBox(box.tensor.zerosLike(), elementType: box.elementType))
            case .function(let f) where f.juliaType != nil: return try unitOfType(f.juliaType ?? "", one: false)
            default: throw RuntimeError("zero of \(describeType(args[0])) is not supported yet (only of a number, an array, Int64 or Float64)", kind: .notSupported)
            }
        }
        define("one", 1...1, help: "one(x) — a one of x's type") { _, args in
            switch args[0] {
            case .int: return .int(1)
            case .float: return .float(1)
            case .bool: return .bool(true)
            case .function(let f) where f.juliaType != nil: return try unitOfType(f.juliaType ?? "", one: true)
            // one of a matrix is Julia's identity matrix, and of a string the empty string.
            default: throw RuntimeError("one of \(describeType(args[0])) is not supported yet (only of a number, Int64 or Float64)", kind: .notSupported)
            }
        }
    }
}

extension Value {
    /// Whether this is Julia's `π` itself, of type `Irrational{:π}`, rather than a float.
    var isIrrationalPi: Bool {
        if case .host(let constant as IrrationalConstant) = self { return constant === IrrationalConstant.pi }
        return false
    }

    /// Whether this is Julia's `ℯ` itself, of type `Irrational{:ℯ}`: `log(ℯ)` is the
    /// integer 1 (base/mathconstants.jl), so that `log(x)/log(ℯ)` promotes as `log(x)`.
    var isIrrationalE: Bool {
        if case .host(let constant as IrrationalConstant) = self { return constant === IrrationalConstant.e }
        return false
    }
}

/// Where a real function of one argument has real values; outside it Julia throws a
/// `DomainError` instead of returning NaN, and so do we.
enum RealDomain {
    case nonNegative
    case atLeastMinusOne
    /// Not infinite (NaN passes): sin, cos and tan of ±Inf are Julia's DomainErrors.
    case finite

    func contains(_ x: Double) -> Bool {
        switch self {
        case .nonNegative: return !(x < 0)
        case .atLeastMinusOne: return !(x < -1)
        case .finite: return !x.isInfinite
        }
    }

    /// Julia's message for the function `name` at `x`.
    func error(_ name: String, _ x: Double) -> RuntimeError {
        let text: String
        switch self {
        case .finite:
            text = "\(name)(x) is only defined for finite x."
        case .nonNegative, .atLeastMinusOne:
            let condition = self == .nonNegative ? "a negative real argument" : "a real argument < -1"
            text = "\(name) was called with \(condition) but will only return a complex result if called with a complex argument. Try \(name)(Complex(x))."
        }
        return domainError(x, text)
    }
}

/// Julia's `DomainError(x, text)`, as thrown and as shown when caught.
func domainError(_ x: Double, _ text: String) -> RuntimeError {
    var error = RuntimeError("DomainError with \(formatFloat(x)): \(text)", kind: .domain)
    error.juliaForm = "DomainError(\(formatFloat(x)), \(show(.string(text))))"
    return error
}

/// `zero(T)` and `one(T)` of a number type the notebook has.
private func unitOfType(_ type: String, one: Bool) throws -> Value {
    switch type {
    case "Int64": return .int(one ? 1 : 0)
    case "Float64": return .float(one ? 1 : 0)
    case "Bool": return .bool(one)
    default: throw RuntimeError("\(one ? "one" : "zero")(\(type)) is not supported yet (only of Int64, Float64 and Bool)", kind: .notSupported)
    }
}
