/// The builtins that take rational numbers: `numerator`, `denominator`, and the
/// methods of `float`, `Float64`, `Int`, `abs`, `sign`, `inv` and `isinteger`
/// for them (Julia's, from `base/rational.jl`).
///
/// Every other builtin refuses a rational argument (`refuseRationalArgument`): its
/// body would read the rational as no number at all and raise a MethodError that a
/// `try` could catch, where Julia's method for Rational would have answered.
extension Library {
    mutating func registerRationalBuiltins() {
        define("numerator", 1...1, help: "numerator(x) — the numerator of a rational number (an integer is its own)") { _, args in
            if let r = args[0].rational { return .int(r.numerator) }
            return .int(try args.integer(0))
        }
        define("denominator", 1...1, help: "denominator(x) — the denominator of a rational number, always positive (1 for an integer)") { _, args in
            if let r = args[0].rational { return .int(r.denominator) }
            _ = try args.integer(0)
            return .int(1)
        }
        // The type, for `x isa Rational` and `f(x::Rational)`; building one is `n // d`.
        defineValue("Rational", .type(TypeValue("Rational", isConcrete: false)))
        addRationalMethod(to: "float") { r, _ in .float(r.doubleValue) }
        addRationalMethod(to: "Float64") { r, _ in .float(r.doubleValue) }
        addRationalMethod(to: "Int") { r, _ in
            guard r.denominator == 1 else { throw RuntimeError("InexactError: Int64(\(r.show()))", kind: .inexact) }
            return .int(r.numerator)
        }
        // `Int === Int64`: one function under both names, as before the wrapping.
        alias("Int64", to: "Int")
        addRationalMethod(to: "abs") { r, _ in r.numerator < 0 ? .host(try r.negated()) : .host(r) }
        addRationalMethod(to: "sign") { r, _ in .host(RationalNumber.integer(r.numerator.signum())) }
        addRationalMethod(to: "inv") { r, _ in .host(try r.inverse()) }
        addRationalMethod(to: "isinteger") { r, _ in .bool(r.denominator == 1) }
    }

    /// Wraps the builtin `name` so a rational first argument goes to `body` and any
    /// other argument to the builtin as before.
    private mutating func addRationalMethod(to name: String, _ body: @escaping (RationalNumber, inout Arguments) throws -> Value) {
        guard let function = functions[name], function.methods.count == 1, case .builtin(let original) = function.methods[0] else { return }
        let help = original.help
        define(name, original.arity, elementwise: original.elementwise, help: help) { runtime, args in
            if args.count >= 1, let r = args[0].rational { return try body(r, &args) }
            return try original.body(runtime, &args)
        }
        rationalAwareBuiltins.insert(name)
    }
}

/// The builtins a rational argument may reach: those with a method for rationals, and
/// those that treat every value alike (printing, `typeof`, `identity`).
nonisolated(unsafe) private(set) var rationalAwareBuiltins: Set<String> = [
    "numerator", "denominator", "println", "print", "show", "display", "string", "repr", "typeof", "identity", "isa",
]

extension Runtime {
    /// Refuses a rational argument to a builtin that has no method for one.
    func refuseRationalArgument(_ builtin: Builtin, _ arguments: [Value]) throws {
        guard arguments.contains(where: { $0.rational != nil }), !rationalAwareBuiltins.contains(builtin.name) else { return }
        throw RuntimeError("`\(builtin.name)` of a rational number (Rational{Int64}) is not supported yet", kind: .notSupported)
    }
}
