import Engine

/// Assignment in all its forms (names, destructuring, indexed elements, updating
/// operators, `.=` in place) and the scope declarations `global`, `local` and `let`.
extension Interpreter {
    func assign(_ value: Value, to target: Expr, _ env: Environment) throws {
        switch target.kind {
        case .identifier(let name):
            env.assign(name, value)
        case .typed(let inner, _):
            try assign(value, to: inner, env)
        case .tuple(let targets):
            var items: [Value] = []
            try forEachElement(of: value) { element in
                items.append(element)
                return items.count < targets.count
            }
            guard items.count >= targets.count else {
                throw RuntimeError("cannot unpack \(describeType(value)) into \(targets.count) variables", kind: .argument, at: target.position)
            }
            for (t, v) in zip(targets, items) { try assign(v, to: t, env) }
        case .index(let baseExpr, let indexExprs):
            let base = try inPlaceTarget(try evaluate(baseExpr, env))
            let indices = try evaluateIndices(indexExprs, of: base, env)
            do {
                try assignIndex(base, indices, value)
            } catch var error as RuntimeError {
                if error.position == nil { error.position = target.position }
                throw error
            }
        case .field:
            throw RuntimeError("cannot assign to a field; named tuples are immutable", at: target.position)
        default:
            throw RuntimeError("cannot assign to this expression", at: target.position)
        }
    }

    /// `x op= v`, `x .op= v` and `x .= v`.
    func updateAssign(_ op: Operator?, _ dotted: Bool, _ target: Expr, _ valueExpr: Expr, _ env: Environment) throws -> Value {
        let rhs = try evaluate(valueExpr, env)
        guard let op else {
            if case .index = target.kind {
                // `A[:, 3] .= 9` writes into the selected elements.
                try assign(rhs, to: target, env)
                return rhs
            }
            // `A .= B` writes into A's storage.
            let current = try evaluate(target, env)
            try writeInPlace(try inPlaceTarget(current), rhs, target, env)
            return current
        }
        switch target.kind {
        case .index(let baseExpr, let indexExprs):
            let base = try inPlaceTarget(try evaluate(baseExpr, env))
            let indices = try evaluateIndices(indexExprs, of: base, env)
            let old = try index(base, indices)
            let new = try applyOperator(op, old, rhs, dotted: dotted, at: valueExpr.position)
            if dotted, base.holdsValues, case .array(let box) = try inPlaceTarget(old) {
                // `layers[1] .-= g` updates the array (or Param) the container holds.
                try store(new, into: box, op, target)
                return old
            }
            try assignIndex(base, indices, new)
            return new
        default:
            let current = try evaluate(target, env)
            // `w .-= g` on a Param writes into its array; the name keeps the Param.
            let old = dotted ? try inPlaceTarget(current) : current
            let new = try applyOperator(op, old, rhs, dotted: dotted, at: valueExpr.position)
            if dotted, case .array(let box) = old, case .array = new {
                // `A .+= B` updates A in place, so other names for A see the change.
                try store(new, into: box, op, target)
                return current
            }
            try assign(new, to: target, env)
            return new
        }
    }

    /// Writes the result of `A .op= B` into A's storage. Like Julia's broadcast!, it
    /// neither reshapes A nor changes its element type.
    private func store(_ new: Value, into box: ArrayBox, _ op: Operator, _ target: Expr) throws {
        guard case .array(let result) = new else {
            throw RuntimeError(".\(op.spelling)=: cannot write \(describeType(new)) into an array in place", kind: .notSupported, at: target.position)
        }
        guard box.tensor.shape == result.tensor.shape else {
            throw RuntimeError(
                ".\(op.spelling)=: cannot write shape \(shapeText(result.tensor.shape)) into shape \(shapeText(box.tensor.shape)) (DimensionMismatch)",
                kind: .dimensionMismatch, at: target.position)
        }
        if box.elementType != .float64, result.elementType != box.elementType {
            let fits = result.tensor.scalars.allSatisfy { $0 == $0.rounded() && (box.elementType != .bool || $0 == 0 || $0 == 1) }
            guard fits else {
                throw RuntimeError(
                    ".\(op.spelling)=: cannot store these values in \(describeType(.array(box))) (InexactError); make it with float.(A) first",
                    kind: .inexact, at: target.position)
            }
        }
        box.tensor = result.tensor
    }

    private func writeInPlace(_ destination: Value, _ source: Value, _ target: Expr, _ env: Environment) throws {
        switch destination {
        case .array(let box):
            guard let (s, _) = try operand(source) else {
                throw RuntimeError("cannot broadcast \(describeType(source)) into an array", kind: .method)
            }
            let shape = try Broadcast.shape(box.tensor.shape, s.shape, operation: ".=")
            guard shape == box.tensor.shape else {
                throw RuntimeError(".=: cannot write shape \(shapeText(s.shape)) into shape \(shapeText(box.tensor.shape))", kind: .dimensionMismatch)
            }
            box.tensor = try box.tensor.zerosLike() + s.value
        default:
            if case .index = target.kind {
                try assign(source, to: target, env)
                return
            }
            throw RuntimeError("`.=` writes into an existing array; \(describeType(destination)) is not one", kind: .argument)
        }
    }

    // MARK: Scope constructs

    func declare(_ scope: DeclarationScope, _ items: [Expr], _ env: Environment) throws -> Value {
        var last: Value = .nothing
        for item in items {
            let name: Name
            var valueExpr: Expr?
            switch item.kind {
            case .identifier(let n): name = n
            case .assign(let target, let v), .updateAssign(_, _, let target, let v):
                guard case .identifier(let n) = target.kind else { throw RuntimeError("expected a name", kind: .method, at: item.position) }
                name = n
                if case .updateAssign(let op, let dotted, _, _) = item.kind {
                    // `global x += 1`: declare, then update through the usual rules.
                    if env.kind != .global && scope == .global { env.declareGlobal(name) }
                    last = try updateAssign(op, dotted, target, v, env)
                    continue
                }
                valueExpr = v
            default: throw RuntimeError("expected a name", kind: .method, at: item.position)
            }
            switch scope {
            case .global:
                if env.kind != .global { env.declareGlobal(name) }
                if let v = valueExpr {
                    last = try evaluate(v, env)
                    globals.values.set(name, last)
                }
            case .local:
                last = try valueExpr.map { try evaluate($0, env) } ?? .nothing
                env.define(name, last)
            }
        }
        return last
    }

    /// Runs `body`; a runtime error Julia would raise (not an interrupt, a limit or
    /// something not supported) runs `handler` with the message bound to `name`;
    /// `cleanup` runs in every case, even when control leaves by `return` or `break`.
    func tryCatch(_ body: Expr, _ name: String?, _ handler: Expr?, _ cleanup: Expr?, _ env: Environment) throws -> Value {
        defer {
            if let cleanup { _ = try? evaluate(cleanup, env) }
        }
        do {
            return try evaluate(body, Environment(parent: env, kind: .soft))
        } catch let error as RuntimeError where error.kind.isCatchable && handler != nil {
            let scope = Environment(parent: env, kind: .soft)
            if let name { scope.define(Name(name), .string(error.message)) }
            return try evaluate(handler!, scope)
        }
    }

    func letBlock(_ bindings: [Expr], _ body: Expr, _ env: Environment) throws -> Value {
        let scope = Environment(parent: env, kind: .hard)
        for binding in bindings {
            switch binding.kind {
            case .identifier(let name): scope.define(name, .nothing)
            case .assign(let target, let valueExpr):
                let value = try evaluate(valueExpr, scope)
                guard case .identifier(let name) = target.kind else {
                    throw RuntimeError("expected a name in `let`", kind: .method, at: binding.position)
                }
                scope.define(name, value)
            default: throw RuntimeError("expected a name in `let`", kind: .method, at: binding.position)
            }
        }
        return try evaluate(body, scope)
    }
}

extension Value {
    /// Whether indexing it gives values it holds (not a fresh slice of numbers).
    fileprivate var holdsValues: Bool {
        switch self {
        case .list, .tuple, .namedTuple, .dict: return true
        default: return false
        }
    }
}
