import Engine

/// `grad`, `value_and_grad` and `gradcheck`: reverse-mode gradients of language
/// functions, recorded on the engine's tape.
///
/// The argument being differentiated may be a number, an array, or any nesting of
/// lists, tuples and dictionaries of them (a model's weights); every numeric leaf is
/// put on a fresh tape as a parameter, the function runs on those tracked values
/// (every arithmetic operator and differentiable builtin records itself), and the
/// gradients come back in the same structure.
/// What a gradient function made by `grad`, `value_and_grad` or `gradloss` returns.
private enum GradientAnswer {
    /// `grad(f)`: the gradient.
    case gradient
    /// `value_and_grad(f)`: (value, gradient); the value may carry auxiliary results.
    case valueAndGradient
    /// AutoGrad's `gradloss(f)`: (gradient, loss).
    case gradientAndLoss
}

extension Runtime {

    fileprivate func differentiationTarget(_ args: Arguments) throws -> (FunctionValue, Int) {
        let f = try args.function(0)
        let n = args.count == 2 ? try args.integer(1, "argument number") : 1
        guard n >= 1 else { throw RuntimeError("\(args.function): the argument number must be ≥ 1", kind: .argument) }
        return (f, n)
    }

    fileprivate func gradientFunction(named name: String, of f: FunctionValue, argument n: Int, giving answer: GradientAnswer) -> Value {
        let body: Library.Body = { interp, args in
            guard n <= args.count else {
                throw RuntimeError("\(name) differentiates argument \(n), but was given \(args.count) argument\(args.count == 1 ? "" : "s")", kind: .argument)
            }
            let (value, gradient) = try interp.valueAndGradient(
                of: f, args.values, keywords: args.keywords, argument: n - 1, auxiliary: answer == .valueAndGradient)
            args.keywords = [:]
            switch answer {
            case .gradient: return gradient
            case .valueAndGradient: return .tuple([value, gradient])
            case .gradientAndLoss: return .tuple([gradient, value])
            }
        }
        var builtin = Builtin(name: name, help: "", arity: n...Int.max, elementwise: false, body: body)
        builtin.keywords = .forwarded
        return .function(FunctionValue(name: name, methods: [.builtin(builtin)]))
    }

    /// Runs `f` with argument `k` tracked and returns the (plain) value and the gradient.
    /// With `auxiliary`, `f` may return a tuple whose first element is the loss and whose
    /// others ride along undifferentiated (a recurrent state to carry on, say), as
    /// Zygote's `withgradient` allows; the value is then the whole tuple.
    func valueAndGradient(
        of f: FunctionValue, _ arguments: [Value], keywords: KeywordArguments, argument k: Int, auxiliary: Bool = false
    ) throws -> (Value, Value) {
        // The outer gradient of a nested `grad(grad(f))` would need this gradient's own
        // computation recorded; the tape records values only, so say so instead of
        // returning the 0 that detaching the outer tracked values would give.
        if try arguments.contains(where: containsTracked) || keywords.values.contains(where: containsTracked) {
            throw RuntimeError(
                "nested gradients (grad of a function that itself calls grad, as in grad(grad(f))) are not supported yet", kind: .notSupported)
        }
        // AutoGrad's `grad(f)` differentiates with respect to arrays and their containers;
        // for a model made of structs it is `@diff` over Params that Knet uses.
        if try contains(arguments[k], { if case .host(_ as StructInstance) = $0 { true } else { false } }) {
            throw RuntimeError(
                "grad with respect to a struct value (\(typeName(arguments[k]))) is not supported; wrap its arrays in Param and use @diff, as Knet's tutorials do",
                kind: .notSupported)
        }
        let tape = Tape()
        // The recording and the values it holds keep each other alive until finished.
        defer { tape.finish() }
        let structure = arguments[k]
        let parameters = try leaves(of: structure).map { tape.parameter($0) }
        var tracked = arguments
        tracked[k] = try replacingLeaves(structure, with: parameters.map { .tracked($0) })
        let result = try call(.function(f), tracked, keywords, at: nowhere)
        let loss: Var
        if auxiliary, case .tuple(let items) = result, let first = items.first {
            loss = try lossVar(first, f.name)
        } else {
            loss = try lossVar(result, f.name)
        }
        let gradients = try tape.gradients(of: loss, for: parameters)
        let shaped = try zip(try leafShapes(of: structure), gradients).map { shape, g -> Value in
            shape.isEmpty ? .float(g.scalars[0]) : .floats(try g.reshaped(shape))
        }
        return (try detached(result), try replacingLeaves(structure, with: shaped))
    }

    /// The loss a differentiated function returned, which must hold one number.
    func lossVar(_ result: Value, _ name: String) throws -> Var {
        switch result {
        case .tracked(let v) where v.value.count == 1: return v
        case .int, .float, .bool: return Var(scalarDouble(result) ?? 0)
        case .array(let box) where box.tensor.count == 1: return Var(box.tensor)
        default:
            throw RuntimeError("grad: \(name) must return a single number (the loss), but returned \(describeType(result)); reduce it with sum or mean")
        }
    }

    /// Whether any numeric leaf of `value` is recorded on a tape. A container met again
    /// inside itself adds nothing new, so the walk skips it rather than refusing.
    func containsTracked(_ value: Value) throws -> Bool {
        try contains(value) { if case .tracked = $0 { true } else { false } }
    }

    /// Whether `value` or a part of it satisfies `wanted`.
    private func contains(_ value: Value, _ wanted: (Value) -> Bool) throws -> Bool {
        let walk = StructureWalk(of: "grad: an argument", onCycle: .skip, checkCancelled: checkCancelled)
        func search(_ value: Value, depth: Int) throws -> Bool {
            if wanted(value) { return true }
            guard let parts = StructureWalk.parts(of: value) else { return false }
            return try walk.visit(value, depth: depth) {
                try parts.contains { try search($0, depth: depth + 1) }
            } ?? false
        }
        return try search(value, depth: 0)
    }

    /// A value with every tracked part replaced by its plain value.
    func detached(_ value: Value) throws -> Value {
        try replacingLeaves(value, with: nil)
    }

    // MARK: Walking parameter structures

    /// The numeric leaves of a structure, in a fixed order, as tensors (numbers as rank 0).
    func leaves(of value: Value) throws -> [Tensor] {
        var found: [Tensor] = []
        _ = try mapLeaves(value) { leaf in
            found.append(try operand(leaf)!.0.value)
            return leaf
        }
        return found
    }

    fileprivate func leafShapes(of value: Value) throws -> [[Int]] {
        try leaves(of: value).map(\.shape)
    }

    /// The structure with its numeric leaves replaced in order by `replacements`;
    /// with nil, tracked leaves become plain values and the rest stay.
    func replacingLeaves(_ value: Value, with replacements: [Value]?) throws -> Value {
        var next = 0
        return try mapLeaves(value) { leaf in
            guard let replacements else {
                if case .tracked(let v) = leaf { return try result(Var(v.value)) }
                return leaf
            }
            defer { next += 1 }
            return replacements[next]
        }
    }

    /// Rebuilds lists, tuples, dictionaries, pairs and struct values, applying `transform` to numbers and arrays.
    fileprivate func mapLeaves(_ value: Value, _ transform: (Value) throws -> Value) throws -> Value {
        let walk = StructureWalk(of: "grad: the argument", onCycle: .refuse, checkCancelled: checkCancelled)
        func rebuild(_ value: Value, depth: Int) throws -> Value {
            switch value {
            case .int, .float, .bool, .array, .tracked, .range: return try transform(value)
            case .list, .tuple, .namedTuple, .pair, .dict, .host(_ as StructInstance): break
            default: return value
            }
            func inner(_ part: Value) throws -> Value { try rebuild(part, depth: depth + 1) }
            // `.refuse` never skips, so the walk always runs the body.
            return try walk.visit(value, depth: depth) { () throws -> Value in
                switch value {
                case .list(let l): return .list(ListBox(try l.items.map(inner), isAny: l.isAny))
                case .tuple(let items): return .tuple(TupleItems(try items.map(inner)))
                case .namedTuple(let names, let values): return .namedTuple(names: names, values: TupleItems(try values.map(inner)))
                case .pair(let p): return .pair(try inner(p.key), try inner(p.value))
                case .dict(let d): return .dict(try d.copy(inner))  // same table, so Julia's order
                case .host(let instance as StructInstance): return .host(instance.replacingFields(try instance.fields.map(inner)))
                default: return value
                }
            } ?? value
        }
        return try rebuild(value, depth: 0)
    }
}

extension Library {
    mutating func registerGradientBuiltins() {
        define("grad", 1...2, help: "grad(f), grad(f, n) — a function giving f's gradient with respect to argument 1 (or n); grad(J, w) — the gradient of a @diff result J for the Param w") { interp, args in
            if case .host(let result as DifferentiationResult) = args[0] {
                guard args.count == 2, case .host(let param as Param) = args[1] else {
                    throw RuntimeError("grad(J, w): w must be a Param, got \(args.count == 2 ? describeType(args[1]) : "nothing")", kind: .method)
                }
                return result.gradient(of: param)
            }
            let (f, n) = try interp.differentiationTarget(args)
            return interp.gradientFunction(named: "grad(\(f.name))", of: f, argument: n, giving: .gradient)
        }
        define("value_and_grad", 1...2, help: "value_and_grad(f), value_and_grad(f, n) — like grad, but returning (value, gradient)") { interp, args in
            let (f, n) = try interp.differentiationTarget(args)
            return interp.gradientFunction(named: "value_and_grad(\(f.name))", of: f, argument: n, giving: .valueAndGradient)
        }
        define("gradloss", 1...2, help: "gradloss(f), gradloss(f, n) — a function giving (gradient, loss) of f with respect to argument 1 (or n), as AutoGrad's") { interp, args in
            let (f, n) = try interp.differentiationTarget(args)
            return interp.gradientFunction(named: "gradloss(\(f.name))", of: f, argument: n, giving: .gradientAndLoss)
        }
        define("gradcheck", 2...Int.max, keywords: .named(["tol"]), help: "gradcheck(f, x, args...; tol=1e-6) — whether grad(f) matches central differences at x") { interp, args in
            let tol = try args.keyword("tol").map { v -> Double in
                guard let t = interp.scalarDouble(v) else { throw RuntimeError("gradcheck: tol must be a number", kind: .argument) }
                return t
            } ?? 1e-6
            let f = try args.function(0)
            let rest = Array(args.values.dropFirst(2))
            let structure = args[1]
            let report = try gradcheck(at: try interp.leaves(of: structure)) { vars in
                let input = try interp.replacingLeaves(structure, with: vars.map { .tracked($0) })
                return try interp.lossVar(try interp.call(.function(f), [input] + rest, [:], at: interp.nowhere), f.name)
            }
            return .bool(report.worstError <= tol)
        }
    }
}
