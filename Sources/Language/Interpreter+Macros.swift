import Foundation
import LiveView

/// The notebook's macros (`Macro`): each is a way of running the expression after it.
extension Interpreter {
    func macroCall(_ macro: Macro, _ arguments: [Expr], _ env: Environment) throws -> Value {
        switch macro {
        case .showProgress:
            guard case .forLoop(let clauses, let loopBody) = arguments[0].kind else {
                throw RuntimeError("@showprogress goes before a `for` loop", kind: .argument, at: arguments[0].position)
            }
            return try progressLoop(clauses, loopBody, env)
        case .show:
            var last: Value = .nothing
            for argument in arguments {
                guard let text = juliaText(of: argument) else {
                    throw RuntimeError(
                        "@show cannot write this kind of expression as Julia does; print it with println(\"...\", x)",
                        kind: .notSupported, at: argument.position)
                }
                last = try evaluate(argument, env)
                write(text + " = " + show(last) + "\n")
            }
            return last
        case .time, .elapsed:
            let clock = ContinuousClock()
            let start = clock.now
            let value = try evaluate(arguments[0], env)
            let elapsed = clock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            if macro == .elapsed { return .float(seconds) }
            // Julia adds the allocations it counted; the notebook does not count them.
            write(String(format: "%10.6f seconds\n", seconds))
            return value
        case .assert:
            guard try condition(arguments[0], env, "@assert") else {
                let message: String
                if arguments.count == 2 {
                    message = printString(try evaluate(arguments[1], env))
                } else if let text = juliaText(of: arguments[0]) {
                    message = text
                } else {
                    throw RuntimeError(
                        "@assert failed, and its condition cannot be written as Julia writes it; give the message: @assert cond \"message\"",
                        kind: .notSupported, at: arguments[0].position)
                }
                throw RuntimeError("AssertionError: " + message, kind: .assertion, at: arguments[0].position)
            }
            return .nothing
        case .isDefined:
            guard case .identifier(let name) = arguments[0].kind else {
                throw RuntimeError("@isdefined takes a variable name: @isdefined x", kind: .argument, at: arguments[0].position)
            }
            if let value = env.lookup(name) { return .bool(!value.isUnassignedLocal) }
            return .bool(builtinsByName[name] != nil || constants[name] != nil)
        case .inBounds, .simd:
            return try evaluate(arguments[0], env)
        case .views:
            if let slice = sharedSlice(in: arguments[0], isResult: true) {
                throw RuntimeError(
                    "@views would make this slice a view sharing the array's memory, and this notebook copies slices; index the array where you change it (A[i, j] = x, A[:, j] .= v)",
                    kind: .notSupported, at: slice.position)
            }
            return try evaluate(arguments[0], env)
        case .dot:
            return try evaluate(try dottedEverywhere(arguments[0]), env)
        case .printf, .sprintf:
            guard case .string(let text) = arguments[0].kind else {
                throw RuntimeError("\(macro.spelling): the first argument must be a format string, such as \"%.3f\\n\"", kind: .argument, at: arguments[0].position)
            }
            let format = try PrintfFormat(text, macro: macro)
            let values = try evaluateItems(Array(arguments.dropFirst()), env)
            let formatted = try format.format(values, macro: macro)
            if macro == .sprintf { return .string(formatted) }
            write(formatted)
            return .nothing
        case .diff:
            // AutoGrad's `@diff expr` is `differentiate(() -> expr)`, whatever the program calls `differentiate`.
            guard let differentiate = builtinsByName[Name("differentiate")] else {
                throw RuntimeError("@diff needs Knet's differentiate, which this notebook does not have yet", kind: .notSupported, at: arguments[0].position)
            }
            let closure = try evaluate(arguments[0], env)
            return try call(.function(differentiate), [closure], [:], at: arguments[0].position)
        }
    }

    /// The first slice in `expr` that `@views` would make a view that could be changed
    /// later through another name: a slice that is the macro's value, is assigned to a
    /// name, or is passed to a function that changes its argument (`f!(A[:, 1])`).
    /// Reading a slice, or assigning into one (`A[:, 1] .= v`), is the same either way.
    private func sharedSlice(in expr: Expr, isResult: Bool) -> Expr? {
        func mayBeSlice(_ e: Expr) -> Bool {
            guard case .index(_, let indices) = e.kind else { return false }
            return indices.contains { index in
                switch index.kind {
                case .integer, .endIndex: return false
                default: return true
                }
            }
        }
        switch expr.kind {
        case .block(let statements):
            for (k, statement) in statements.enumerated() {
                if let found = sharedSlice(in: statement, isResult: isResult && k == statements.count - 1) { return found }
            }
            return nil
        case .assign(let target, let value):
            let intoArray: Bool
            if case .index = target.kind { intoArray = true } else { intoArray = false }
            if !intoArray && mayBeSlice(value) { return value }
            return sharedSlice(in: value, isResult: isResult)
        case .call(let callee, let arguments, _):
            if case .identifier(let name) = callee.kind, name.text.hasSuffix("!"),
                let slice = arguments.first(where: { mayBeSlice($0.value) })
            {
                return slice.value
            }
            for argument in arguments { if let found = sharedSlice(in: argument.value, isResult: false) { return found } }
            return nil
        case .forLoop(_, let body), .whileLoop(_, let body):
            return sharedSlice(in: body, isResult: false)
        case .ifElse(let branches, let otherwise):
            for branch in branches { if let found = sharedSlice(in: branch.body, isResult: isResult) { return found } }
            return otherwise.flatMap { sharedSlice(in: $0, isResult: isResult) }
        case .index:
            return isResult && mayBeSlice(expr) ? expr : nil
        default:
            return nil
        }
    }

    /// `@. expr`: Julia's `__dot__`, every call a dot call (`f.(x)`), every operator
    /// dotted and every assignment in place (`.=`, `.+=`), so the whole is one fused broadcast.
    private func dottedEverywhere(_ expr: Expr) throws -> Expr {
        func dotted(_ e: Expr) throws -> Expr {
            var result = e
            switch e.kind {
            case .integer, .float, .bool, .string, .char, .symbol, .identifier, .endIndex, .colonAll, .field, .operatorFunction:
                return e
            case .unary(let op, _, let x):
                result.kind = .unary(op, dotted: op.dots, try dotted(x))
            case .binary(let op, let d, let a, let b):
                result.kind = .binary(op, dotted: d || op.dots, try dotted(a), try dotted(b))
            case .comparison(let operands, let ops):
                // A dotted chain is its links, each dotted, joined by `.&` (as the parser reads `a .< b .< c`).
                let parts = try operands.map(dotted)
                var chain = Expr(.binary(ops[0], dotted: true, parts[0], parts[1]), at: e.position)
                for k in 1..<ops.count {
                    let link = Expr(.binary(ops[k], dotted: true, parts[k], parts[k + 1]), at: parts[k].position)
                    chain = Expr(.binary(.bitAnd, dotted: true, chain, link), at: e.position)
                }
                return chain
            case .call(let callee, let arguments, _):
                var dottedArguments = arguments
                for k in dottedArguments.indices { dottedArguments[k].value = try dotted(arguments[k].value) }
                result.kind = .call(callee: callee, arguments: dottedArguments, broadcast: true)
            case .assign(let target, let value):
                result.kind = .updateAssign(nil, dotted: true, target: target, value: try dotted(value))
            case .updateAssign(let op, _, let target, let value):
                result.kind = .updateAssign(op, dotted: true, target: target, value: try dotted(value))
            case .tuple(let items): result.kind = .tuple(try items.map(dotted))
            case .vector(let items): result.kind = .vector(try items.map(dotted))
            case .index(let base, let indices): result.kind = .index(try dotted(base), try indices.map(dotted))
            case .range(let start, let step, let stop):
                result.kind = .range(start: try dotted(start), step: try step.map(dotted), stop: try dotted(stop))
            case .ternary(let c, let a, let b): result.kind = .ternary(try dotted(c), try dotted(a), try dotted(b))
            case .and(let a, let b): result.kind = .and(try dotted(a), try dotted(b))
            case .or(let a, let b): result.kind = .or(try dotted(a), try dotted(b))
            case .block(let statements): result.kind = .block(try statements.map(dotted))
            default:
                throw RuntimeError("@. is supported on calls, operators and assignments; write the dots yourself here", kind: .notSupported, at: e.position)
            }
            return result
        }
        return try dotted(expr)
    }
    /// A `for` loop with a progress bar over its outer iterations, as ProgressMeter.jl's
    /// `@showprogress` draws it: redrawn in place on a terminal at most ten times a
    /// second, then one final line when the loop ends, is broken out of, fails or is
    /// stopped with Ctrl-C (the error then goes on as it would without the bar).
    func progressLoop(_ clauses: [LoopClause], _ body: Expr, _ env: Environment) throws -> Value {
        // The outer iterable is evaluated once, for its length and for the loop.
        let first = clauses[0]
        let iterable = try evaluate(first.iterable, env)
        let meter = ProgressMeter(
            total: try iterationCount(of: iterable, at: first.iterable.position), screen: live.screen,
            unicode: settings.plotOptions.canvas != .ascii, output: output)
        var scope: Environment? = nil
        do {
            try forEachElement(of: iterable) { element in
                try self.checkCancelled()
                let scope = Environment.fresh(reusing: &scope, parent: env, kind: .soft)
                try self.bind(element, to: first.target, in: scope)
                do {
                    if clauses.count == 1 {
                        _ = try self.evaluate(body, scope)
                    } else {
                        try self.loop(clauses.dropFirst(), scope) { inner in
                            do { _ = try self.evaluate(body, inner) } catch ControlSignal.continueLoop { return }
                        }
                    }
                } catch ControlSignal.continueLoop {}
                meter.step()
                return true
            }
        } catch ControlSignal.breakLoop {
            meter.finish(.finished)
            return .nothing
        } catch {
            let stopped = (error as? RuntimeError)?.isInterruption == true
            meter.finish(stopped ? .interrupted : .failed)
            throw error
        }
        meter.finish(.finished)
        return .nothing
    }

    /// How many elements a loop over `value` runs: what `length` says in Julia.
    private func iterationCount(of value: Value, at position: SourcePosition) throws -> Int {
        switch value {
        case .range(let r): return r.count
        case .array(let box): return box.tensor.count
        case .list(let list): return list.items.count
        case .tuple(let items): return items.count
        case .namedTuple(_, let values): return values.count
        case .string(let s): return s.count
        case .dict(let box): return box.count
        case .int, .float, .bool: return 1
        default:
            throw RuntimeError("@showprogress needs a loop over something with a length, not \(describeType(value))", kind: .argument, at: position)
        }
    }
}
