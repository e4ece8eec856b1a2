import Engine

/// The builtins that take Float32 numbers: `Float32(x)` and `Float64(x)`, the facts of
/// the type (`typemin`, `eps`, `nextfloat`, `floatmax`, `sizeof`, `zero`, ...), and the
/// functions whose Float32 method Julia computes exactly in Float32 (`abs`, `sqrt`,
/// `floor`/`ceil`/`round`/`trunc`, `isnan`, `min`, ...), from base/float.jl,
/// base/floatfuncs.jl and base/math.jl.
///
/// Every other builtin refuses a Float32 argument (`refuseFloat32Argument`): Julia 1.10
/// has separate Float32 methods for `exp`, `log`, `sin`, `tanh` and the rest, which the
/// notebook does not port, and computing them in Float64 would round differently.
extension Library {
    mutating func registerFloat32Builtins() {
        defineValue("Inf32", .float32(.infinity))
        defineValue("NaN32", .float32(.nan))
        define("Float32", 1...1, help: "Float32(x) — x rounded to the nearest 32-bit float (Julia prints it 1.5f0)") { _, args in
            try float32(of: args[0], "Float32")
        }
        addFloat32Method(to: "Float64") { args in .float(Double(try float32Argument(args, 0))) }
        addFloat32Method(to: "float") { args in args[0] }
        addFloat32Method(to: "Int") { args in
            let x = try float32Argument(args, 0)
            guard x == x.rounded(), let n = Int(exactly: x) else {
                throw RuntimeError("Int(\(formatFloat32(x, typed: true))): not a whole number (InexactError); use round(Int, x)", kind: .inexact)
            }
            return .int(n)
        }
        addFloat32Method(to: "convert") { args in
            guard isFloat32Type(args[0]) else { return nil }
            return try float32(of: args[1], "convert")
        }
        addFloat32Method(to: "abs") { args in .float32(Swift.abs(try float32Argument(args, 0))) }
        addFloat32Method(to: "abs2") { args in let x = try float32Argument(args, 0); return .float32(x * x) }
        addFloat32Method(to: "inv") { args in .float32(1 / (try float32Argument(args, 0))) }
        // Julia's sign of a float: ±1 of the same type, a zero or NaN itself.
        addFloat32Method(to: "sign") { args in
            let x = try float32Argument(args, 0)
            return .float32(x == 0 || x.isNaN ? x : Float(signOf: x, magnitudeOf: 1))
        }
        addFloat32Method(to: "sqrt") { args in
            let x = try float32Argument(args, 0)
            if x < 0 { throw float32DomainError(x, "sqrt") }
            // IEEE square root is correctly rounded, as Julia's sqrt_llvm intrinsic is.
            return .float32(x.squareRoot())
        }
        addFloat32Method(to: "isnan") { args in .bool(try float32Argument(args, 0).isNaN) }
        addFloat32Method(to: "isinf") { args in .bool(try float32Argument(args, 0).isInfinite) }
        addFloat32Method(to: "isfinite") { args in .bool(try float32Argument(args, 0).isFinite) }
        addFloat32Method(to: "isinteger") { args in let x = try float32Argument(args, 0); return .bool(x.isFinite && x == x.rounded()) }
        addFloat32Method(to: "signbit") { args in .bool(try float32Argument(args, 0).sign == .minus) }
        addFloat32Method(to: "bitstring") { args in
            let text = String(try float32Argument(args, 0).bitPattern, radix: 2)
            return .string(String(repeating: "0", count: 32 - text.count) + text)
        }
        for (name, rule) in [("round", FloatingPointRoundingRule.toNearestOrEven), ("floor", .down), ("ceil", .up), ("trunc", .towardZero)] {
            addFloat32Method(to: name) { args in
                guard args.keywords.isEmpty else { return nil }
                if args.count == 1 { return .float32(try float32Argument(args, 0).rounded(rule)) }
                guard case .function(let type) = args[0], type.name == "Int" || type.name == "Int64" else { return nil }
                let x = try float32Argument(args, 1)
                guard let n = Int(exactly: x.rounded(rule)) else {
                    throw RuntimeError("InexactError: \(name)(Int64, \(formatFloat32(x, typed: true)))", kind: .inexact)
                }
                return .int(n)
            }
        }
        for (name, smallest) in [("min", true), ("max", false)] {
            addFloat32Method(to: name) { args in
                guard args.count == 2 else { return nil }
                return try float32Extreme(args[0], args[1], smallest: smallest)
            }
        }
        // sum(A) and sum(f, A) of a short Float32 array, left to right as Julia's.
        redefine("sum") { original in
            { runtime, args in
                if args.keywords.isEmpty, args.count <= 2, case .array(let box) = args[args.count - 1], box.elementType == .float32 {
                    return try runtime.float32Sum(box, mapping: args.count == 2 ? args[0] : nil)
                }
                if args.values.contains(where: { holdsFloat32($0, .number) || holdsFloat32($0, .array) }) {
                    throw float32ArgumentRefusal("sum", args.values)
                }
                return try original.body(runtime, &args)
            }
        }
        addFloat32Method(to: "zero", whenType: true) { _ in .float32(0) }
        addFloat32Method(to: "one", whenType: true) { _ in .float32(1) }
        addFloat32Method(to: "typemin", whenType: true) { _ in .float32(-.infinity) }
        addFloat32Method(to: "typemax", whenType: true) { _ in .float32(.infinity) }
        addFloat32Method(to: "floatmin", whenType: true) { _ in .float32(.leastNormalMagnitude) }
        addFloat32Method(to: "floatmax", whenType: true) { _ in .float32(.greatestFiniteMagnitude) }
        addFloat32Method(to: "sizeof", whenType: true) { _ in .int(4) }
        addFloat32Method(to: "eps", whenType: true) { args in
            if isFloat32Type(args[0]) { return .float32(.ulpOfOne) }
            let x = try float32Argument(args, 0)
            return .float32(x.isFinite ? x.ulp : .nan)
        }
        for (name, up) in [("nextfloat", true), ("prevfloat", false)] {
            addFloat32Method(to: name) { args in
                guard case .float32(var x) = args[0] else { return nil }
                var n = 1
                if args.count == 2 {
                    guard case .int(let steps) = args[1] else { return nil }
                    n = steps
                }
                var upward = up
                if n < 0 { n = n == Int.min ? Int.max : -n; upward.toggle() }
                guard n <= 1_000_000 else { throw RuntimeError("\(name): at most a million steps are supported", kind: .limit) }
                for _ in 0..<n { x = upward ? x.nextUp : x.nextDown }
                return .float32(x)
            }
        }
    }

    /// Wraps the builtin `name` so that a call with a Float32 argument (or, with
    /// `whenType`, the type Float32 itself as its first argument) goes to `body`, and
    /// every other call to the builtin as before. `body` answers nil for a form of the
    /// call it does not take, which is refused.
    private mutating func addFloat32Method(to name: String, whenType: Bool = false, _ body: @escaping (Arguments) throws -> Value?) {
        redefine(name) { original in
            { runtime, args in
                let takesType = whenType && args.count >= 1 && isFloat32Type(args[0])
                guard takesType || args.values.contains(where: \.isFloat32) else { return try original.body(runtime, &args) }
                guard let answer = try body(args) else { throw float32ArgumentRefusal(name, args.values) }
                return answer
            }
        }
        float32AwareBuiltins.insert(name)
    }
}

/// Whether `value` names the type Float32.
func isFloat32Type(_ value: Value) -> Bool {
    switch value {
    case .function(let f): return f.name == "Float32"
    case .type(let t): return t.name == "Float32"
    default: return false
    }
}

/// The Float32 argument `i`; a builtin wrapped for Float32 is handed one where it looks.
private func float32Argument(_ args: Arguments, _ i: Int) throws -> Float {
    guard case .float32(let x) = args[i] else { throw float32ArgumentRefusal(args.function, args.values) }
    return x
}

/// `Float32(x)` and `convert(Float32, x)`: an Int64 or a Float64 rounds to the nearest
/// Float32, ties to even (Julia's `sitofp` and `fptrunc`; a Float64 past floatmax(Float32)
/// becomes ±Inf32, never an error); a Bool is 0 or 1.
private func float32(of value: Value, _ name: String) throws -> Value {
    switch value {
    case .float32: return value
    case .int(let n): return .float32(Float(n))
    case .float(let x): return .float32(Float(x))
    case .bool(let b): return .float32(b ? 1 : 0)
    case .string, .symbol, .char, .nothing:
        throw RuntimeError("MethodError: no method matching \(name == "convert" ? "convert(::Type{Float32}, " : "Float32(")::\(typeName(value)))", kind: .method)
    default:
        throw RuntimeError("\(name)(Float32, \(describeType(value))) is not supported: the notebook converts numbers of type Int64, Float64 and Bool to Float32", kind: .notSupported)
    }
}

/// Julia's `min`/`max` with a Float32: the arguments promoted (to Float32 with an
/// integer, to Float64 with a Float64), NaN winning and -0.0 below 0.0 (base/math.jl).
private func float32Extreme(_ a: Value, _ b: Value, smallest: Bool) throws -> Value? {
    func single(_ v: Value) -> Float? {
        switch v {
        case .float32(let x): return x
        case .int(let n): return Float(n)
        case .bool(let b): return b ? 1 : 0
        default: return nil
        }
    }
    if case .float(let y) = b, case .float32(let x) = a { return .float(smallest ? juliaMin(Double(x), y) : juliaMax(Double(x), y)) }
    if case .float(let x) = a, case .float32(let y) = b { return .float(smallest ? juliaMin(x, Double(y)) : juliaMax(x, Double(y))) }
    guard let x = single(a), let y = single(b) else { return nil }
    let less = { (p: Float, q: Float) in p < q || (p.sign == .minus && q.sign == .plus) }
    if smallest { return .float32(x.isNaN || (!y.isNaN && less(x, y)) ? x : y) }
    return .float32(x.isNaN || (!y.isNaN && less(y, x)) ? x : y)
}

/// Julia's DomainError for a real function at a Float32 outside its domain.
private func float32DomainError(_ x: Float, _ name: String) -> RuntimeError {
    let text = "\(name) was called with a negative real argument but will only return a complex result if called with a complex argument. Try \(name)(Complex(x))."
    var error = RuntimeError("DomainError with \(formatFloat32(x, typed: true)): \(text)", kind: .domain)
    error.juliaForm = "DomainError(\(formatFloat32(x, typed: true)), \(show(.string(text))))"
    return error
}

/// The builtins a Float32 number may reach: those with a Float32 method
/// (`addFloat32Method`), the operators as functions (which compute as the operators
/// do), and those that treat every value alike (printing, `typeof`).
nonisolated(unsafe) private(set) var float32AwareBuiltins: Set<String> = Set(Operator.allCases.map(\.spelling)).union([
    "Float32", "println", "print", "show", "display", "string", "repr", "typeof", "identity", "isa", "summary", "fill", "sum",
])

/// The builtins a Float32 array may reach: the operators, those that look only at its
/// shape and type, print it, copy or reshape it or take an element, and `sum` of a
/// short one (`float32Sum`).
nonisolated(unsafe) private(set) var float32ArrayAwareBuiltins: Set<String> = Set(Operator.allCases.map(\.spelling)).union([
    "println", "print", "show", "display", "string", "repr", "typeof", "identity", "isa", "summary", "size", "length", "ndims", "eltype", "sum",
    "sizeof", "copy", "collect", "vec", "reshape", "first", "last",
])

/// Why a builtin refuses a Float32 argument.
private func float32ArgumentRefusal(_ name: String, _ arguments: [Value]) -> RuntimeError {
    let types = arguments.map { "::" + typeName($0) }.joined(separator: ", ")
    return RuntimeError(
        "\(name)(\(types)) is not supported: Julia has its own Float32 methods, which round differently from Float64; convert with Float64(x) (Float64.(A)) first",
        kind: .notSupported)
}

extension Runtime {
    /// Refuses a Float32 argument (or one inside a tuple, pair or list argument) to a
    /// builtin that has no Float32 method here, and an array of Float32 to one that would
    /// compute on it as Float64.
    func refuseFloat32Argument(_ builtin: Builtin, _ arguments: [Value]) throws {
        let name = builtin.name
        let refused = (!float32AwareBuiltins.contains(name) && arguments.contains { holdsFloat32($0, .number) })
            || (!float32ArrayAwareBuiltins.contains(name) && arguments.contains { holdsFloat32($0, .array) })
        if refused { throw float32ArgumentRefusal(name, arguments) }
    }
}

/// What a builtin's argument may hold that has Float32 elements.
private enum Float32Holding {
    case number
    case array
}

/// Whether a value is (`kind`) a Float32 number or array or holds one in a tuple, named
/// tuple or pair, looking three deep. A list (Vector{Any}) is not searched: this runs
/// at every builtin call, and `push!(v, x)` in a loop would go over v each time; the
/// builtins read a list's elements as numbers through `Arguments` or the operators,
/// which refuse a Float32 or compute it as Julia does.
private func holdsFloat32(_ value: Value, _ kind: Float32Holding, depth: Int = 3) -> Bool {
    guard depth > 0 else { return false }
    let inside = { (v: Value) in holdsFloat32(v, kind, depth: depth - 1) }
    switch value {
    case .float32: return kind == .number
    case .array(let box): return kind == .array && box.elementType == .float32
    case .tuple(let items): return items.contains(where: inside)
    case .namedTuple(_, let items): return items.contains(where: inside)
    case .pair(let p): return inside(p.key) || inside(p.value)
    default: return false
    }
}
