import LiveView

/// The notebook's macros (`Macro`): each is a way of running the expression after it.
extension Interpreter {
    func macroCall(_ macro: Macro, _ body: Expr, _ env: Environment) throws -> Value {
        switch macro {
        case .showProgress:
            guard case .forLoop(let clauses, let loopBody) = body.kind else {
                throw RuntimeError("@showprogress goes before a `for` loop", kind: .argument, at: body.position)
            }
            return try progressLoop(clauses, loopBody, env)
        }
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
