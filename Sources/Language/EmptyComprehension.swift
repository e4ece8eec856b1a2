import Engine

/// The element type of a comprehension that produced nothing. Julia types an empty
/// comprehension by inferring its body (`collect` of a `Generator` asks
/// `Core.Compiler.return_type`), so `[x^2 for x in 1:0]` is an `Int64[]` and
/// `[x / 2 for x in Int[] if x > 0]` a `Float64[]`. The notebook has no inference; it
/// reads the type off the few body forms whose type follows from the loop variables'
/// (literals, the variables themselves, arithmetic and comparisons of them), with each
/// variable's type taken from what it runs over (an integer or float range, a typed
/// array, a typed vector of strings, a string, `Any[]`), and calls of builtins whose
/// result type follows from their arguments' (`sin` of a number is a Float64) or of a
/// program's one-method function whose body is one such expression (`f(i) = i + 1`).
/// A body the notebook cannot type is refused, since Julia's inferred type would show.
extension Interpreter {
    enum InferredElement: Equatable { case int, float, bool, string, char, symbol, any }

    /// The empty vector Julia makes for this comprehension, when its type is known here;
    /// nil for `Any[]`; a body whose type is not known here is an error.
    func emptyComprehension(_ body: Expr, _ clauses: [LoopClause], _ env: Environment) throws -> Value? {
        var variables: [Name: InferredElement] = [:]
        let refusal = RuntimeError(
            "an empty comprehension of this body is not supported: Julia gives it the element type its compiler infers for the body, which the notebook reads only off literals, the loop variables, arithmetic and calls of a few builtins and one-line functions",
            kind: .notSupported, at: body.position)
        for clause in clauses {
            guard case .identifier(let name) = clause.target.kind,
                  let type = elementType(ofIterable: clause.iterable, env, variables) else { throw refusal }
            variables[name] = type
        }
        guard let inferred = inferredType(body, variables, scope: env) else { throw refusal }
        return emptyVector(of: inferred)
    }

    /// `map(f, xs...)` over empty collections: Julia's `collect` of the Generator types
    /// it by inferring f on the collections' element types, by the same rules as an
    /// empty comprehension's body (nil for `Any[]`; an f not typed here is an error).
    func emptyMap(_ f: Value, over collections: [Value]) throws -> Value? {
        let types = collections.map(elementType(ofValue:))
        guard types.allSatisfy({ $0 != nil }), case .function(let function) = f,
              let inferred = callType(function, types.compactMap { $0 }, depth: 0) else {
            throw RuntimeError(
                "map over an empty collection is not supported for this function: Julia gives the result the element type its compiler infers for f, which the notebook reads only off builtins and one-line functions of literals and arithmetic",
                kind: .notSupported)
        }
        return emptyVector(of: inferred)
    }

    /// The empty vector of an inferred element type; nil for `Any[]`.
    private func emptyVector(of type: InferredElement) -> Value? {
        switch type {
        case .int: return .array(ArrayBox(Tensor(vector: []), elementType: .int64))
        case .float: return .array(ArrayBox(Tensor(vector: [])))
        case .bool: return .array(ArrayBox(Tensor(vector: []), elementType: .bool))
        case .any: return nil
        case .string, .char, .symbol:
            let list = ListBox([])
            list.declaredElementType = type == .string ? "String" : type == .char ? "Char" : "Symbol"
            return .list(list)
        }
    }

    /// What iterating this expression yields, read without calling anything.
    private func elementType(ofIterable expr: Expr, _ env: Environment, _ variables: [Name: InferredElement]) -> InferredElement? {
        switch expr.kind {
        case .range(let start, let step, let stop):
            let parts = [start, stop] + (step.map { [$0] } ?? [])
            let types = parts.map { inferredType($0, variables, env) }
            if types.allSatisfy({ $0 == .int }) { return .int }
            if types.allSatisfy({ $0 == .int || $0 == .float }) { return .float }
            return nil
        case .string: return .char
        case .vector(let items) where items.isEmpty: return .any
        case .typedVector(let type, _):
            switch type {
            case "Any": return .any
            case "Int", "Int64": return .int
            case "Float64": return .float
            case "Bool": return .bool
            case "String": return .string
            case "Char": return .char
            case "Symbol": return .symbol
            default: return nil
            }
        case .identifier(let name):
            guard variables[name] == nil, let value = env.lookup(name) else { return nil }
            return elementType(ofValue: value)
        default:
            return nil
        }
    }

    /// What iterating this value yields, when its type says.
    private func elementType(ofValue value: Value) -> InferredElement? {
        switch value {
        case .range(let r): return r.isIntegral ? .int : .float
        case .array(let box) where box.wrapper == .none:
            switch box.elementType {
            case .int64: return .int
            case .float64: return .float
            case .bool: return .bool
            // An empty comprehension over Float32 elements is not inferred (its type would be Float32's).
            case .float32: return nil
            }
        case .list(let list) where list.isAny: return .any
        case .list(let list):
            switch list.declaredElementType {
            case "String": return .string
            case "Char": return .char
            case "Symbol": return .symbol
            default: return nil
            }
        case .string: return .char
        default: return nil
        }
    }

    /// The type of a body expression, from its literals and the loop variables; `env`
    /// (when given) answers for names that are not loop variables, for the ends of a
    /// range written with them (`1:n`).
    /// `scope` is where the body's calls find their functions; `depth` bounds the walk
    /// into functions that call functions.
    private func inferredType(
        _ expr: Expr, _ variables: [Name: InferredElement], _ env: Environment? = nil, scope: Environment? = nil, depth: Int = 0
    ) -> InferredElement? {
        func infer(_ e: Expr) -> InferredElement? { inferredType(e, variables, env, scope: scope, depth: depth) }
        switch expr.kind {
        case .integer: return .int
        case .float: return .float
        case .bool: return .bool
        case .string, .interpolation: return .string
        case .char: return .char
        case .symbol: return .symbol
        case .identifier(let name):
            if let type = variables[name] { return type }
            guard let env, let value = env.lookup(name) else { return nil }
            switch value {
            case .int: return .int
            case .float: return .float
            default: return nil
            }
        case .unary(let op, false, let operand):
            let type = infer(operand)
            switch (op, type) {
            case (.minus, .int?), (.minus, .bool?), (.plus, .int?), (.plus, .bool?): return .int
            case (.minus, .float?), (.plus, .float?): return .float
            case (.not, .bool?): return .bool
            // An operation on a value of type Any is inferred as Any.
            case (_, .any?): return .any
            default: return nil
            }
        case .binary(let op, false, let lhs, let rhs):
            guard let a = infer(lhs), let b = infer(rhs) else { return nil }
            return binaryType(op, a, b)
        case .comparison: return .bool
        case .call(let callee, let arguments, false):
            return callType(callee, arguments.map(\.value), arguments.allSatisfy { $0.name == nil && !$0.afterSemicolon }, variables, env, scope: scope, depth: depth)
        case .ternary(_, let yes, let no):
            let a = infer(yes)
            return a == infer(no) ? a : nil
        default:
            return nil
        }
    }

    /// The result type of a call in a comprehension's body, when Julia's inference of it
    /// is plain: Any when an argument is Any (a call on an Any dispatches at run time),
    /// a builtin whose result type follows from numbers' types, or a program's function
    /// of one method whose body is one expression the rules here type.
    private func callType(
        _ callee: Expr, _ arguments: [Expr], _ positionalOnly: Bool, _ variables: [Name: InferredElement], _ env: Environment?,
        scope: Environment?, depth: Int
    ) -> InferredElement? {
        guard positionalOnly, depth < 8, case .identifier(let name) = callee.kind, let scope,
              case .function(let function)? = scope.lookup(name) ?? builtinsByName[name].map(Value.function) else { return nil }
        var types: [InferredElement] = []
        for argument in arguments {
            guard let type = inferredType(argument, variables, env, scope: scope, depth: depth) else { return nil }
            types.append(type)
        }
        return callType(function, types, depth: depth)
    }

    /// The type of `a op b` from its operands' types.
    private func binaryType(_ op: Operator, _ a: InferredElement, _ b: InferredElement) -> InferredElement? {
        let numbers: Set<InferredElement> = [.int, .float, .bool]
        if op == .times && a == .string && b == .string { return .string }
        let arithmetic: Set<Operator> = [.plus, .minus, .times, .divide, .integerDivide, .remainder, .power]
        if a == .any || b == .any { return arithmetic.contains(op) ? .any : nil }
        guard numbers.contains(a) && numbers.contains(b) else { return nil }
        let anyFloat = a == .float || b == .float
        switch op {
        case .plus, .minus, .times, .integerDivide, .remainder: return anyFloat ? .float : .int
        case .divide: return .float
        // An integer to a negative integer power is a DomainError; a float base or
        // exponent gives a float.
        case .power: return anyFloat ? .float : .int
        case .equal, .notEqual, .less, .greater, .lessEqual, .greaterEqual: return .bool
        default: return nil
        }
    }

    /// The result type of calling `function` on arguments of these types, by the rules above.
    private func callType(_ function: FunctionValue, _ types: [InferredElement], depth: Int) -> InferredElement? {
        if function.isBuiltin, types.count == 2, let op = Operator.allCases.first(where: { $0.spelling == function.name }) {
            return binaryType(op, types[0], types[1])
        }
        if types.contains(.any) { return .any }
        let numbers: Set<InferredElement> = [.int, .float, .bool]
        if function.isBuiltin {
            let floatResults: Set<String> = [
                "sin", "cos", "tan", "exp", "log", "sqrt", "tanh", "sinh", "cosh", "asin", "acos", "atan", "log2", "log10",
                "exp2", "log1p", "expm1", "float",
            ]
            if floatResults.contains(function.name), types.count == 1, numbers.contains(types[0]) { return .float }
            if function.name == "abs" || function.name == "identity", types.count == 1, numbers.contains(types[0]) { return types[0] }
            if function.name == "string" { return .string }
            if function.name == "length", types == [.string] { return .int }
            return nil
        }
        guard function.structType == nil, function.methods.count == 1,
              case .closure(let decl, let closureEnv, _) = function.methods[0],
              decl.keywordParameters.isEmpty, decl.returnType == nil, decl.parameters.count == types.count,
              decl.parameters.allSatisfy({ $0.pattern == nil && $0.defaultValue == nil && !$0.isVarargs && $0.typeName == nil })
        else { return nil }
        var expression = decl.body
        while true {
            if case .block(let items) = expression.kind, items.count == 1 { expression = items[0]; continue }
            if case .returnValue(let value?) = expression.kind { expression = value; continue }
            break
        }
        var parameters: [Name: InferredElement] = [:]
        for (parameter, type) in zip(decl.parameters, types) { parameters[parameter.symbol] = type }
        return inferredType(expression, parameters, nil, scope: closureEnv, depth: depth + 1)
    }
}
