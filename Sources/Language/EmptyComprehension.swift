import Engine

/// The element type of a comprehension that produced nothing. Julia types an empty
/// comprehension by inferring its body (`collect` of a `Generator` asks
/// `Core.Compiler.return_type`), so `[x^2 for x in 1:0]` is an `Int64[]` and
/// `[x / 2 for x in Int[] if x > 0]` a `Float64[]`. The notebook has no inference; it
/// reads the type off the few body forms whose type follows from the loop variables'
/// (literals, the variables themselves, arithmetic and comparisons of them), with each
/// variable's type taken from what it runs over (an integer or float range, a typed
/// array, a typed vector of strings, a string). Anything else (a call, a global whose
/// type Julia would not know) stays `Vector{Any}`, as before.
extension Interpreter {
    enum InferredElement: Equatable { case int, float, bool, string, char, symbol }

    /// The empty vector Julia makes for this comprehension, when its type is known here.
    func emptyComprehension(_ body: Expr, _ clauses: [LoopClause], _ env: Environment) -> Value? {
        var variables: [Name: InferredElement] = [:]
        for clause in clauses {
            guard case .identifier(let name) = clause.target.kind,
                  let type = elementType(ofIterable: clause.iterable, env, variables) else { return nil }
            variables[name] = type
        }
        switch inferredType(body, variables) {
        case .int?: return .array(ArrayBox(Tensor(vector: []), elementType: .int64))
        case .float?: return .array(ArrayBox(Tensor(vector: [])))
        case .bool?: return .array(ArrayBox(Tensor(vector: []), elementType: .bool))
        case let type?:
            let list = ListBox([])
            list.declaredElementType = type == .string ? "String" : type == .char ? "Char" : "Symbol"
            return .list(list)
        case nil: return nil
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
        case .typedVector(let type, _):
            switch type {
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
            switch value {
            case .range(let r): return r.isIntegral ? .int : .float
            case .array(let box) where box.wrapper == .none:
                switch box.elementType {
                case .int64: return .int
                case .float64: return .float
                case .bool: return .bool
                }
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
        default:
            return nil
        }
    }

    /// The type of a body expression, from its literals and the loop variables; `env`
    /// (when given) answers for names that are not loop variables, for the ends of a
    /// range written with them (`1:n`).
    private func inferredType(_ expr: Expr, _ variables: [Name: InferredElement], _ env: Environment? = nil) -> InferredElement? {
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
            let type = inferredType(operand, variables, env)
            switch (op, type) {
            case (.minus, .int?), (.minus, .bool?), (.plus, .int?), (.plus, .bool?): return .int
            case (.minus, .float?), (.plus, .float?): return .float
            case (.not, .bool?): return .bool
            default: return nil
            }
        case .binary(let op, false, let lhs, let rhs):
            guard let a = inferredType(lhs, variables, env), let b = inferredType(rhs, variables, env) else { return nil }
            let numbers: Set<InferredElement> = [.int, .float, .bool]
            if op == .times && a == .string && b == .string { return .string }
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
        case .comparison: return .bool
        case .ternary(_, let yes, let no):
            let a = inferredType(yes, variables, env)
            return a == inferredType(no, variables, env) ? a : nil
        default:
            return nil
        }
    }
}
