/// A fused dot expression: the maximal tree of broadcast nodes (dotted operators and
/// dot calls, `Expr.isBroadcast`) rooted at one node, with the subexpressions that are
/// not broadcasts as its leaves.
///
/// Julia lowers `a .+ f.(b) .* c` to one `broadcast` of the whole tree: the leaves are
/// evaluated first, left to right (a dot call's function before its arguments), and
/// the operations then run together, once per element of the broadcast shape. The
/// interpreter does the same from this plan (Interpreter+Broadcast.swift).
struct BroadcastPlan {
    indirect enum Node {
        case leaf(Int)
        /// `.-x`, `.!b`; `position` is the node's, for errors.
        case unary(Operator, Node, position: SourcePosition)
        /// `a .op b`; `operandPosition` is where `b` starts (`x .|> f` calls from there).
        case binary(Operator, Node, Node, position: SourcePosition, operandPosition: SourcePosition)
        /// `a .^ k` with an integer literal k: Julia broadcasts `literal_pow(^, a, Val(k))`
        /// (LiteralPower.swift); `position` is the exponent's.
        case literalPower(Node, exponent: Int, position: SourcePosition)
        /// `f.(args...; keywords)`: the function and the keyword values are leaves passed
        /// whole; only the positional arguments broadcast.
        case call(callee: Int, arguments: [Node], keywords: [(name: String, leaf: Int)], position: SourcePosition)
    }

    let root: Node
    /// The leaf expressions, in the order they are evaluated.
    let leaves: [Expr]

    /// The plan for a broadcast node; nil when the tree holds a dot call with a splatted
    /// argument (`f.(xs...)`), whose arguments are only known once evaluated.
    init?(_ expr: Expr) {
        var leaves: [Expr] = []
        guard let root = BroadcastPlan.node(expr, &leaves) else { return nil }
        self.root = root
        self.leaves = leaves
    }

    private static func node(_ expr: Expr, _ leaves: inout [Expr]) -> Node? {
        func leaf(_ e: Expr) -> Node {
            leaves.append(e)
            return .leaf(leaves.count - 1)
        }
        guard expr.isBroadcast else { return leaf(expr) }
        switch expr.kind {
        case .unary(let op, _, let operand):
            guard let x = node(operand, &leaves) else { return nil }
            return .unary(op, x, position: expr.position)
        case .binary(.power, _, let lhs, let rhs) where rhs.literalInteger != nil:
            guard let a = node(lhs, &leaves), let k = rhs.literalInteger else { return nil }
            return .literalPower(a, exponent: k, position: rhs.position)
        case .binary(let op, _, let lhs, let rhs):
            guard let a = node(lhs, &leaves), let b = node(rhs, &leaves) else { return nil }
            return .binary(op, a, b, position: expr.position, operandPosition: rhs.position)
        case .call(let calleeExpr, let arguments, _):
            if arguments.contains(where: { if case .splat = $0.value.kind { return true }; return $0.isKeywordSpread }) { return nil }
            guard case .leaf(let callee) = leaf(calleeExpr) else { return nil }
            var positional: [Node] = []
            var keywords: [(name: String, leaf: Int)] = []
            for argument in arguments {
                if let name = argument.name {
                    guard case .leaf(let k) = leaf(argument.value) else { return nil }
                    keywords.append((name, k))
                } else {
                    guard let x = node(argument.value, &leaves) else { return nil }
                    positional.append(x)
                }
            }
            return .call(callee: callee, arguments: positional, keywords: keywords, position: expr.position)
        default:
            // `x .= ...` and `x .op= ...` are assignments, planned by their own evaluation.
            return leaf(expr)
        }
    }
}

extension BroadcastPlan.Node {
    /// The leaves that broadcast (every leaf but dot calls' functions and keywords).
    func broadcastLeaves(into found: inout [Int]) {
        switch self {
        case .leaf(let l): found.append(l)
        case .unary(_, let x, _), .literalPower(let x, _, _): x.broadcastLeaves(into: &found)
        case .binary(_, let a, let b, _, _):
            a.broadcastLeaves(into: &found)
            b.broadcastLeaves(into: &found)
        case .call(_, let arguments, _, _):
            for argument in arguments { argument.broadcastLeaves(into: &found) }
        }
    }
}

extension Expr {
    /// The value of an integer literal (`2`, `-1`), which as an exponent makes `x^k` Julia's
    /// `literal_pow`; nil for any other expression.
    var literalInteger: Int? {
        if case .integer(let k) = kind { return k }
        return nil
    }
}
