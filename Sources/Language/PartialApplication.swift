/// Julia's `Base.Fix2(f, x)`: the one-argument function `y -> f(y, x)` that Base's
/// one-argument methods of comparisons and containment return (`==(x)`, `!=(x)`,
/// `<(x)`, `<=(x)`, `>(x)`, `>=(x)`, `in(c)`, `∉(c)`, `isequal(x)`, and for strings
/// `startswith(s)`, `endswith(s)`, `contains(s)`, `occursin(s)`: base/operators.jl,
/// base/strings). It is a struct, not a generic function, so it prints as its type and
/// fields, `Base.Fix2{typeof(<), Int64}(<, 3)`, and the REPL shows it as a callable
/// object, `(::Base.Fix2{typeof(<), Int64}) (generic function with 1 method)`.
extension Runtime {
    /// `Base.Fix2(function, x)`.
    func fixSecond(_ function: FunctionValue, _ x: Value) -> Value {
        let typeText = "Base.Fix2{\(typeName(.function(function))), \(typeName(x))}"
        let name = "\(typeText)(\(show(.function(function))), \(show(x)))"
        let call = Builtin(name: name, help: "", arity: 1...1, elementwise: false) { interp, args in
            try interp.call(.function(function), [args[0], x], [:], at: interp.nowhere)
        }
        let fixed = FunctionValue(name: name, methods: [.builtin(call)])
        fixed.fixedSecond = (function, x)
        return .function(fixed)
    }

    /// The Fix2 that the builtin or operator function `name` returns for one argument.
    func fixSecond(ofFunctionNamed name: String, _ x: Value) throws -> Value {
        guard let function = Library.standard.functions[name] else {
            throw RuntimeError("`\(name)` has no function", kind: .method)
        }
        return fixSecond(function, x)
    }
}

extension Operator {
    /// Whether Base gives the operator's function a one-argument method returning a Fix2.
    var fixesSecondArgument: Bool {
        switch self {
        case .equal, .notEqual, .less, .greater, .lessEqual, .greaterEqual, .in, .notIn: true
        default: false
        }
    }
}
