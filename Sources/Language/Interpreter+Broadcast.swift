import Engine

/// Dot fusion, as Julia defines it: a tree of dotted operators and dot calls
/// (`BroadcastPlan`) is one broadcast. Its leaves are evaluated first, left to right;
/// then every operation runs once per element of the broadcast shape, in one loop, so
/// `f.(x) .+ g.(y)` calls `f` and `g` once per output element, alternating.
///
/// Three evaluations keep that meaning:
/// - a chain of arithmetic and the engine's elementwise functions on numbers and Float64
///   arrays runs on the engine's `FusedBroadcast`: one pass, no intermediate arrays, and
///   inside `grad` one tape entry whose backward pass is also one pass
///   (Interpreter+FusedKernel.swift);
/// - a tree that calls the program's own functions (or any function that is not a pure
///   elementwise builtin), or that broadcasts over lists and tuples, runs element by
///   element through the ordinary operators and calls (`broadcastElementwise`);
/// - anything else (integer arithmetic, comparisons joined by `.&`, tracked values the
///   engine cannot fuse) runs node by node on whole arrays (`broadcastUnfused`), which
///   is indistinguishable from fusion for pure elementwise operations and keeps their
///   whole-array speed.
/// With `fusesBroadcasts` off, every tree runs node by node: the unfused evaluation the
/// tests hold the fused ones to.
extension Interpreter {
    func evaluateBroadcast(_ expr: Expr, _ env: Environment) throws -> Value {
        if let value = try evaluateLoneBroadcast(expr, env) { return value }
        guard let plan = BroadcastPlan(expr) else { return try evaluateBroadcastWithSplat(expr, env) }
        var leaves: [Value] = []
        leaves.reserveCapacity(plan.leaves.count)
        for leaf in plan.leaves { leaves.append(try evaluate(leaf, env)) }
        try refuseRef(leaves)
        return try broadcast(plan, leaves)
    }

    /// A Ref is read by the one dot call `f.(xs, Ref(s))` (`broadcastCall`); inside a
    /// dotted operator or a fused tree of broadcasts it is refused.
    private func refuseRef(_ operands: [Value]) throws {
        guard operands.contains(where: \.isRef) else { return }
        throw RuntimeError(
            "a Ref in a dotted operator or a fused broadcast is not supported yet; use it as an argument of one dot call, f.(xs, Ref(y))",
            kind: .notSupported)
    }

    /// The tree with its leaves evaluated.
    func broadcast(_ plan: BroadcastPlan, _ leaves: [Value]) throws -> Value {
        if fusesBroadcasts {
            if let result = try broadcastFused(plan, leaves) { return result }
            if needsElementwiseLoop(plan, leaves) { return try broadcastElementwise(plan, leaves) }
        }
        return try broadcastUnfused(plan.root, leaves)
    }

    /// A tree of one node (`a .+ b`, `.-x`, `f.(x, y)` whose operands are not broadcasts),
    /// the commonest kind, evaluated without a plan: with no list or tuple among the
    /// operands, and for a dot call a pure elementwise builtin, the one node on whole
    /// arrays is what every evaluation of the tree computes (a one-step fusion would
    /// make the same array). Otherwise the evaluated operands go to the plan, in the
    /// plan's leaf order. Nil, having evaluated nothing, for any other tree.
    private func evaluateLoneBroadcast(_ expr: Expr, _ env: Environment) throws -> Value? {
        switch expr.kind {
        case .unary(let op, _, let operand) where !operand.isBroadcast:
            let x = try evaluate(operand, env)
            try refuseRef([x])
            if x.isBroadcastCollection { return try broadcast(BroadcastPlan(expr)!, [x]) }
            return try unaryOperation(op, x, dotted: true)
        case .binary(.power, _, let lhs, let rhs) where !lhs.isBroadcast && rhs.literalInteger != nil:
            let a = try evaluate(lhs, env)
            try refuseRef([a])
            if a.isBroadcastCollection { return try broadcast(BroadcastPlan(expr)!, [a]) }
            return try literalPower(a, rhs.literalInteger!, dotted: true, at: rhs.position)
        case .binary(let op, _, let lhs, let rhs) where !lhs.isBroadcast && !rhs.isBroadcast:
            let a = try evaluate(lhs, env)
            let b = try evaluate(rhs, env)
            try refuseRef([a, b])
            if a.isBroadcastCollection || b.isBroadcastCollection { return try broadcast(BroadcastPlan(expr)!, [a, b]) }
            return try applyOperator(op, a, b, dotted: true, at: rhs.position)
        case .call(let calleeExpr, let arguments, _)
            where arguments.allSatisfy({ argument in
                if argument.name != nil || argument.isKeywordSpread || argument.value.isBroadcast { return false }
                if case .splat = argument.value.kind { return false }
                return true
            }):
            var leaves = [try evaluate(calleeExpr, env)]
            leaves.reserveCapacity(arguments.count + 1)
            for argument in arguments { leaves.append(try evaluate(argument.value, env)) }
            if leaves.contains(where: \.isRef) || isPureElementwise(leaves[0]) && !leaves.contains(where: \.isBroadcastCollection) {
                return try broadcastCall(leaves[0], Array(leaves.dropFirst()), [:], at: expr.position)
            }
            return try broadcast(BroadcastPlan(expr)!, leaves)
        default:
            return nil
        }
    }

    /// A tree holding `f.(xs...)`: the dot call is evaluated with its arguments spliced
    /// in, and the rest of the tree around it as usual.
    private func evaluateBroadcastWithSplat(_ expr: Expr, _ env: Environment) throws -> Value {
        switch expr.kind {
        case .call(let callee, let arguments, _):
            return try evaluateCall(callee, arguments, broadcast: true, at: expr.position, env)
        case .unary(let op, _, let operand):
            return try unaryOperation(op, try evaluate(operand, env), dotted: true)
        case .binary(.power, _, let lhs, let rhs) where rhs.literalInteger != nil:
            return try literalPower(try evaluate(lhs, env), rhs.literalInteger!, dotted: true, at: rhs.position)
        case .binary(let op, _, let lhs, let rhs):
            let a = try evaluate(lhs, env)
            let b = try evaluate(rhs, env)
            return try applyOperator(op, a, b, dotted: true, at: rhs.position)
        default:
            return try evaluate(expr, env)
        }
    }

    // MARK: Node by node

    /// The tree evaluated one broadcast node at a time, each on whole arrays.
    func broadcastUnfused(_ node: BroadcastPlan.Node, _ leaves: [Value]) throws -> Value {
        switch node {
        case .leaf(let l):
            return leaves[l]
        case .unary(let op, let operand, let position):
            let x = try broadcastUnfused(operand, leaves)
            return try placed(at: position) { try unaryOperation(op, x, dotted: true) }
        case .literalPower(let operand, let k, let position):
            let x = try broadcastUnfused(operand, leaves)
            return try placed(at: position) { try literalPower(x, k, dotted: true, at: position) }
        case .binary(let op, let lhs, let rhs, let position, let operandPosition):
            let a = try broadcastUnfused(lhs, leaves)
            let b = try broadcastUnfused(rhs, leaves)
            return try placed(at: position) { try applyOperator(op, a, b, dotted: true, at: operandPosition) }
        case .call(let callee, let arguments, let keywords, let position):
            let values = try arguments.map { try broadcastUnfused($0, leaves) }
            let named = KeywordArguments(keywords.map { ($0.name, leaves[$0.leaf]) })
            return try placed(at: position) { try broadcastCall(leaves[callee], values, named, at: position) }
        }
    }

    /// Runs `body`, giving its errors the position of the node that failed, as
    /// `evaluate` does for the node it evaluates.
    func placed(at position: SourcePosition, _ body: () throws -> Value) throws -> Value {
        do {
            return try body()
        } catch var error as RuntimeError {
            if error.position == nil { error.position = position }
            throw error
        } catch let signal as ControlSignal {
            throw signal
        } catch {
            throw RuntimeError(wrapping: error, at: position)
        }
    }

    // MARK: Element by element

    /// Whether Julia's one loop is observable here: the tree calls a function that is
    /// not a pure elementwise builtin (the program's own, `println`, `rand`, ...), or a
    /// list or tuple takes part, whose elements are values of any kind. Tracked values and
    /// dictionaries, named tuples and host objects stay with the node-by-node evaluation,
    /// which says what it cannot do with them.
    private func needsElementwiseLoop(_ plan: BroadcastPlan, _ leaves: [Value]) -> Bool {
        var collections = false, callsOther = false
        func scan(_ node: BroadcastPlan.Node) -> Bool {
            switch node {
            case .leaf(let l):
                switch leaves[l] {
                case .tracked, .dict, .namedTuple, .host, .pair, .plot: return false
                case .list, .tuple, .float32: collections = true
                case .array(let box) where box.elementType == .float32: collections = true
                default: break
                }
                return true
            case .unary(_, let x, _), .literalPower(let x, _, _):
                return scan(x)
            case .binary(_, let a, let b, _, _):
                return scan(a) && scan(b)
            case .call(let callee, let arguments, _, _):
                if !isPureElementwise(leaves[callee]) { callsOther = true }
                return arguments.allSatisfy(scan)
            }
        }
        return scan(plan.root) && (collections || callsOther)
    }

    /// A builtin with one method that already applies to whole arrays (`tanh`, `round`):
    /// calling it on the whole array is calling it on each element.
    func isPureElementwise(_ callee: Value) -> Bool {
        guard case .function(let f) = callee, f.methods.count == 1, case .builtin(let b) = f.methods[0] else { return false }
        return b.elementwise
    }

    /// One loop over the broadcast shape, every operation of the tree applied to each
    /// element's operands with the ordinary (undotted) operators and calls.
    private func broadcastElementwise(_ plan: BroadcastPlan, _ leaves: [Value]) throws -> Value {
        var shapes = [[Int]?](repeating: nil, count: leaves.count)
        var onlyTuples = true
        var broadcasting: [Int] = []
        plan.root.broadcastLeaves(into: &broadcasting)
        for l in broadcasting {
            switch leaves[l] {
            case .array(let box): shapes[l] = box.tensor.shape; onlyTuples = false
            case .range(let r): shapes[l] = [r.count]; onlyTuples = false
            case .list(let list): shapes[l] = [list.items.count]; onlyTuples = false
            case .tuple(let items): shapes[l] = [items.count]
            default: break
            }
        }
        let shape = try elementwiseShape(plan.root, shapes, leaves)
        let count = try Tensor.elementCount(of: shape)
        try checkBudget(count)
        let strides = shapes.map { $0.map { Broadcast.strides(of: $0, in: shape) } }
        var index = [Int](repeating: 0, count: shape.count)
        var elements = leaves
        var results: [Value] = []
        results.reserveCapacity(count)
        for _ in 0..<count {
            try checkCancelled()
            for l in broadcasting {
                guard let s = strides[l] else { continue }
                var offset = 0
                for d in 0..<shape.count { offset += index[d] * s[d] }
                elements[l] = element(of: leaves[l], at: offset)
            }
            results.append(try elementValue(plan.root, elements))
            Tensor.advance(&index, shape: shape)
        }
        if shape.isEmpty { return results[0] }
        if onlyTuples { return .tuple(TupleItems(results)) }
        let vector = try collectBroadcast(results)
        if case .array(let box) = vector {
            return .array(ArrayBox(try box.tensor.reshaped(shape), elementType: box.elementType))
        }
        guard shape.count <= 1 else {
            throw RuntimeError(
                "a broadcast over a \(shape.map(String.init).joined(separator: "×")) array gave values that are not numbers; only vectors of them are supported",
                kind: .notSupported)
        }
        return vector
    }

    /// A broadcast's results as Julia collects them: numbers of one type make an array of
    /// that type, a mix of number types a `Vector{Real}` (or `{Integer}`, `{Number}`) of
    /// them as they are, anything else a list (the rule `makeCollected` states).
    private func collectBroadcast(_ results: [Value]) throws -> Value {
        try makeCollected(results)
    }

    /// The broadcast shape, found node by node so a mismatch names the operation where it
    /// arises, as the node-by-node evaluation names it.
    private func elementwiseShape(_ node: BroadcastPlan.Node, _ shapes: [[Int]?], _ leaves: [Value]) throws -> [Int] {
        func combine(_ parts: [[Int]], _ name: String, _ position: SourcePosition) throws -> [Int] {
            var shape: [Int] = []
            for part in parts {
                do {
                    shape = try Broadcast.shape(shape, part, operation: name)
                } catch {
                    throw RuntimeError(wrapping: error, at: position)
                }
            }
            return shape
        }
        switch node {
        case .leaf(let l):
            return shapes[l] ?? []
        case .unary(_, let x, _), .literalPower(let x, _, _):
            return try elementwiseShape(x, shapes, leaves)
        case .binary(let op, let a, let b, let position, _):
            return try combine(
                [try elementwiseShape(a, shapes, leaves), try elementwiseShape(b, shapes, leaves)], "." + op.spelling, position)
        case .call(let callee, let arguments, _, let position):
            let name: String = if case .function(let f) = leaves[callee] { f.name } else { "f" }
            return try combine(try arguments.map { try elementwiseShape($0, shapes, leaves) }, name + ".()", position)
        }
    }

    private func element(of value: Value, at offset: Int) -> Value {
        switch value {
        case .array(let box): return box.element(at: offset)
        case .range(let r): return r.element(offset)
        case .list(let list): return list.items[offset]
        case .tuple(let items): return items[offset]
        default: return value
        }
    }

    /// The tree on one element's operands.
    private func elementValue(_ node: BroadcastPlan.Node, _ elements: [Value]) throws -> Value {
        switch node {
        case .leaf(let l):
            return elements[l]
        case .unary(let op, let operand, let position):
            let x = try elementValue(operand, elements)
            return try placed(at: position) { try unaryOperation(op, x, dotted: false) }
        case .literalPower(let operand, let k, let position):
            let x = try elementValue(operand, elements)
            return try placed(at: position) { try literalPower(x, k, dotted: false, at: position) }
        case .binary(let op, let lhs, let rhs, let position, let operandPosition):
            let a = try elementValue(lhs, elements)
            let b = try elementValue(rhs, elements)
            return try placed(at: position) { try applyOperator(op, a, b, dotted: false, at: operandPosition) }
        case .call(let callee, let arguments, let keywords, let position):
            var values: [Value] = []
            values.reserveCapacity(arguments.count)
            for argument in arguments { values.append(try elementValue(argument, elements)) }
            let named = KeywordArguments(keywords.map { ($0.name, elements[$0.leaf]) })
            return try call(elements[callee], values, named, at: position)
        }
    }
}

extension Value {
    /// A list or tuple, whose elements a broadcast takes one by one as values of any kind.
    /// Whether this is `Ref(x)`.
    var isRef: Bool {
        if case .host(is RefValue) = self { return true }
        return false
    }

    /// Lists and tuples, whose elements are values of any kind, and Float32 numbers and
    /// arrays, whose elements compute as Float32 scalars: broadcasts over them run
    /// element by element.
    fileprivate var isBroadcastCollection: Bool {
        switch self {
        case .list, .tuple, .float32: true
        case .array(let box): box.elementType == .float32
        default: false
        }
    }
}
