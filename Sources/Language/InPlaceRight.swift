/// The right side of `x .= rhs` or `x .op= rhs`, held until the destination is known.
///
/// Julia runs `x .op= rhs` as one broadcast writing into x (`broadcast!`): with a dotted
/// right side, `x .-= lr .* g ./ (sqrt.(m) .+ 1e-8)` is one loop and no temporary array.
/// To do the same, the right side is evaluated only as far as its leaves (left to
/// right, as every broadcast evaluates them); once the destination is found to be a
/// Float64 array, the tree runs fused into it (`Interpreter.broadcastFused(into:...)`).
/// Anywhere else, `value` computes the right side whole from those same leaves, which
/// is what evaluating it at once would have given.
enum InPlaceRight {
    /// Evaluated whole: undotted assignments, right sides that are no broadcast, and
    /// every right side when fusion is off.
    case value(Value)
    /// A broadcast tree with its leaves evaluated, and where the right side is written
    /// (its errors' position, as evaluating it whole would give them).
    case tree(BroadcastPlan, [Value], at: SourcePosition)

    init(_ expr: Expr, fusing: Bool, _ interpreter: Interpreter, _ env: Environment) throws {
        guard fusing, expr.isBroadcast, let plan = BroadcastPlan(expr) else {
            self = .value(try interpreter.evaluate(expr, env))
            return
        }
        var leaves: [Value] = []
        leaves.reserveCapacity(plan.leaves.count)
        for leaf in plan.leaves { leaves.append(try interpreter.evaluate(leaf, env)) }
        self = .tree(plan, leaves, at: expr.position)
    }

    /// The right side's value, computed once.
    mutating func value(_ interpreter: Interpreter) throws -> Value {
        switch self {
        case .value(let v):
            return v
        case .tree(let plan, let leaves, let position):
            let v = try interpreter.placed(at: position) { try interpreter.broadcast(plan, leaves) }
            self = .value(v)
            return v
        }
    }
}
