import Engine

/// Assignment in all its forms (names, destructuring, indexed elements, updating
/// operators, `.=` in place) and the scope declarations `global`, `local` and `let`.
extension Interpreter {
    func assign(_ value: Value, to target: Expr, _ env: Environment) throws {
        switch target.kind {
        case .identifier(let name):
            try env.assign(name, value)
        case .typed(_, let type):
            // Refused before the statement runs (`refuseTypedVariables`); kept for safety.
            throw Self.typedVariableRefusal(type, at: target.position)
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
        case .field(let baseExpr, let name):
            try assignField(value, of: baseExpr, name, env)
        default:
            throw RuntimeError("cannot assign to this expression", at: target.position)
        }
    }

    /// `x op= v` rebinds x to `x op v`. The dotted forms `x .op= v` and `x .= v` are
    /// Julia's `broadcast!`: they write into the array x names (or `A[i]` names, when
    /// A holds arrays), so every other name for that array sees the change, and the
    /// result is converted to the array's element type.
    ///
    /// A dotted right side is evaluated as far as its leaves first (`InPlaceRight`), so
    /// that when the destination is a Float64 array the whole `x .= x .op rhs` can run
    /// as one fused pass writing into x, as Julia's `broadcast!` does; otherwise the
    /// right side is computed whole and written as before.
    func updateAssign(_ op: Operator?, _ dotted: Bool, _ target: Expr, _ valueExpr: Expr, _ env: Environment) throws -> Value {
        var right = try InPlaceRight(valueExpr, fusing: dotted && fusesBroadcasts, self, env)
        func combined(_ current: Value) throws -> Value {
            let rhs = try right.value(self)
            guard let op else { return rhs }
            // `x ^= 2` is `x = x^2`, whose literal exponent makes it Julia's literal_pow.
            if op == .power, let k = valueExpr.literalInteger { return try literalPower(current, k, dotted: dotted, at: valueExpr.position) }
            return try applyOperator(op, current, rhs, dotted: dotted, at: valueExpr.position)
        }
        /// `box .op= right` in one fused pass; false when it does not qualify.
        func fusedWrite(into box: ArrayBox) throws -> Bool {
            guard case .tree(let plan, let leaves, _) = right else { return false }
            return try broadcastFused(into: box, op, plan.root, leaves, at: valueExpr.position)
        }
        switch target.kind {
        case .index(let baseExpr, let indexExprs):
            let base = try inPlaceTarget(try evaluate(baseExpr, env))
            let indices = try evaluateIndices(indexExprs, of: base, env)
            if dotted, case .array = base {
                // `A[:, 3] .= 9`, `A[1:2] .+= 1`: a view of A, written through.
                let new = try combined(op == nil ? .nothing : try index(base, indices))
                try assignIndex(base, indices, new)
                return new
            }
            let current = try index(base, indices)
            if dotted, case .array(let box) = try inPlaceTarget(current) {
                // `w[1] .-= lr .* g`, `d[:W] .= 0`, `layers[1] .-= g`: the array (or
                // Param) held there, changed in place.
                if try fusedWrite(into: box) { return current }
                try writeInPlace(box, try combined(current))
                return current
            }
            let new = try combined(current)
            try assignIndex(base, indices, new)
            return new
        default:
            guard dotted else {
                let new = try combined(try evaluate(target, env))
                try assign(new, to: target, env)
                return new
            }
            let current = try evaluate(target, env)
            // `w .-= g` on a Param writes into its array; the name keeps the Param.
            guard case .array(let box) = try inPlaceTarget(current) else {
                let spelling = "." + (op?.spelling ?? "") + "="
                throw RuntimeError("`\(spelling)` writes into an existing array, and \(describeType(current)) is not one; use `\(op?.spelling ?? "")=` to rebind a name", kind: .method)
            }
            if try fusedWrite(into: box) { return current }
            try writeInPlace(box, try combined(current))
            return current
        }
    }

    /// Broadcasts `source` into `box`'s storage: its shape stays, and every element is
    /// converted to the box's element type (an InexactError for 0.5 into an Int array).
    private func writeInPlace(_ box: ArrayBox, _ source: Value) throws {
        guard let (s, _) = try operand(source) else {
            throw RuntimeError("cannot broadcast \(describeType(source)) into an array", kind: .method)
        }
        guard !s.isTracked else {
            throw RuntimeError("cannot write a tracked value into an array inside `grad` (not yet)", kind: .notSupported)
        }
        try box.checkWritable()
        let shape = try Broadcast.shape(box.tensor.shape, s.shape, operation: ".=")
        guard shape == box.tensor.shape else {
            throw RuntimeError("DimensionMismatch: cannot broadcast shape \(shapeText(s.shape)) into an array of shape \(shapeText(box.tensor.shape))", kind: .dimensionMismatch)
        }
        // The source's elements as they are (adding them to zeros, as this once did,
        // turned -0.0 into 0.0, which Julia's `x .= -0.0` keeps), stretched when smaller.
        var stretched = s.shape == shape ? s.value : try box.tensor.zip(s.value, operation: ".=") { _, y in y }
        // Julia's convert(Float32, x) rounds each value stored in a Float32 array.
        if box.elementType == .float32 { stretched = stretched.map { Double(Float($0)) } }
        if box.elementType != .float64 {
            // Checked before anything is written, so a failed write leaves the array as it was.
            for x in stretched.scalars { _ = try box.elementType.stored(x) }
        }
        box.tensor = stretched
    }

    /// `x::T = v` declares x of type T in its whole scope: Julia 1.10 converts every
    /// assignment to it, even one written before the declaration, and a global too
    /// (typed globals, Julia 1.8). Refusing the declaration only when it runs would let
    /// those earlier assignments print unconverted values first, so a statement that
    /// has one anywhere inside is refused before it runs, as lowering would see it.
    static func refuseTypedVariables(in statement: Expr) throws {
        func targets(_ target: Expr) -> [Expr] {
            if case .tuple(let parts) = target.kind { return parts.flatMap(targets) }
            return [target]
        }
        if case .assign(let target, _) = statement.kind {
            for part in targets(target) {
                if case .typed(_, let type) = part.kind { throw typedVariableRefusal(type, at: part.position) }
            }
        }
        for child in statement.children { try refuseTypedVariables(in: child) }
    }

    static func typedVariableRefusal(_ type: String, at position: SourcePosition) -> RuntimeError {
        RuntimeError(
            "typed variables (`x::\(type) = ...`, whose every assignment Julia converts to \(type)) are not supported; convert the value instead: x = \(type)(...)",
            kind: .notSupported, at: position)
    }

    // MARK: Scope constructs

    func declare(_ scope: DeclarationScope, _ items: [Expr], _ env: Environment) throws -> Value {
        if scope == .const, let item = items.first { return try declareConstant(item, env) }
        var last: Value = .nothing
        for item in items {
            let name: Name
            var valueExpr: Expr?
            switch item.kind {
            case .identifier(let n): name = n
            case .function(let decl):
                // `global f(x) = ...` and `global function f ... end` inside a `let` or a function.
                if let symbol = decl.symbol, scope == .global, env.kind != .global { env.declareGlobal(symbol) }
                last = try evaluate(item, env)
                continue
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
                    try globals.assignGlobal(name, last)
                }
            case .const:
                continue
            case .local:
                // Julia makes a top-level `local` (in a `begin` or `if` there) local to
                // that one top-level expression, which the notebook's cells do not model.
                if env.kind == .global {
                    throw RuntimeError("`local` outside a function, loop or `let` (local to one top-level expression) is not supported", kind: .notSupported, at: item.position)
                }
                guard let valueExpr else {
                    env.define(name, .host(UnassignedLocal.marker))
                    continue
                }
                last = try evaluate(valueExpr, env)
                env.define(name, last)
            }
        }
        return last
    }

    /// `const x = v` and `const a, b = v`: Julia declares the names constant before it
    /// evaluates v, then assigns them (expand-const-decl in julia-syntax.scm), each
    /// assignment checked as a constant's is (GlobalBindings.swift).
    private func declareConstant(_ item: Expr, _ env: Environment) throws -> Value {
        guard env.kind == .global else {
            throw RuntimeError("`const` inside a function, loop or `let` is not supported (Julia allows `const` only on globals)", kind: .notSupported, at: item.position)
        }
        guard case .assign(let target, let valueExpr) = item.kind else { return .nothing }
        var names: [Name] = []
        var written = [target]
        if case .tuple(let parts) = target.kind { written = parts }
        for part in written {
            switch part.kind {
            case .identifier(let name): names.append(name)
            default:
                throw RuntimeError("expected a name after `const`", kind: .error, at: part.position)
            }
        }
        for name in names where globals.values[name] != nil && bindings.constness(of: name) == nil {
            var error = bindings.redefinitionError(of: name)
            error.position = item.position
            throw error
        }
        let value = try evaluate(valueExpr, env)
        var parts = [value]
        if case .tuple = target.kind {
            parts = []
            try forEachElement(of: value) { element in
                parts.append(element)
                return parts.count < names.count
            }
            guard parts.count >= names.count else {
                throw RuntimeError("cannot unpack \(describeType(value)) into \(names.count) variables", kind: .argument, at: target.position)
            }
        }
        for (name, part) in zip(names, parts) {
            try bindings.checkWrite(to: name, holding: globals.values[name], part)
            globals.values.set(name, part)
            bindings.markConstant(name, .declared)
        }
        return value
    }

    /// Runs `body`; a runtime error Julia would raise (not an interrupt, a limit or
    /// something not supported) runs `handler` with the error bound to `name`, and when
    /// nothing was thrown `otherwise` (the `else` block) runs, outside the handler's
    /// reach. The value is that of the last of these blocks run. Each block is a scope of
    /// its own, as Julia's lowering wraps each in a scope block (a name the body made is
    /// not seen by `else`). `cleanup` runs in every case, even when control leaves by
    /// `return` or `break`; an error it throws replaces the one in flight, as in Julia,
    /// unless that one is a refusal or a limit, which must reach the learner.
    func tryCatch(_ body: Expr, _ name: String?, _ handler: Expr?, _ otherwise: Expr?, _ cleanup: Expr?, _ env: Environment) throws -> Value {
        let outcome: Result<Value, any Error>
        do {
            outcome = .success(try tryBlocks(body, name, handler, otherwise, env))
        } catch {
            outcome = .failure(error)
        }
        if let cleanup {
            let scope = Environment(parent: env, kind: .soft)
            if case .failure(let error as RuntimeError) = outcome, !error.kind.isCatchable {
                _ = try? evaluate(cleanup, scope)
            } else {
                _ = try evaluate(cleanup, scope)
            }
        }
        return try outcome.get()
    }

    /// The `try`, `catch` and `else` blocks of `tryCatch`.
    private func tryBlocks(_ body: Expr, _ name: String?, _ handler: Expr?, _ otherwise: Expr?, _ env: Environment) throws -> Value {
        let value: Value
        do {
            value = try evaluate(body, Environment(parent: env, kind: .soft))
        } catch let error as RuntimeError where error.kind.isCatchable && handler != nil {
            let scope = Environment(parent: env, kind: .soft)
            // What `throw(x)` threw is bound as it is; the notebook's own errors as Julia's exception objects.
            if let name { scope.define(Name(name), error.thrownValue?.value ?? .host(CaughtError(error))) }
            handledErrors.append(error)
            defer { handledErrors.removeLast() }
            return try evaluate(handler!, scope)
        }
        guard let otherwise else { return value }
        return try evaluate(otherwise, Environment(parent: env, kind: .soft))
    }

    func letBlock(_ bindings: [Expr], _ body: Expr, _ env: Environment) throws -> Value {
        let scope = Environment(parent: env, kind: .hard)
        for binding in bindings {
            switch binding.kind {
            case .identifier(let name): scope.define(name, .host(UnassignedLocal.marker))
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
