/// Parameters arranged as a tree: a tensor, or lists, tuples and dictionaries of them,
/// as the notebook language passes `w = [W1, b1, W2]` or `(W, b)`.
public indirect enum ParameterTree<Leaf> {
    case leaf(Leaf)
    case list([ParameterTree<Leaf>])
    case tuple([ParameterTree<Leaf>])
    case dictionary([(key: String, value: ParameterTree<Leaf>)])

    /// The leaves in depth-first order.
    public var leaves: [Leaf] {
        switch self {
        case .leaf(let x): return [x]
        case .list(let xs), .tuple(let xs): return xs.flatMap(\.leaves)
        case .dictionary(let pairs): return pairs.flatMap(\.value.leaves)
        }
    }

    /// The same structure with every leaf transformed.
    public func map<T>(_ f: (Leaf) throws -> T) rethrows -> ParameterTree<T> {
        switch self {
        case .leaf(let x): return .leaf(try f(x))
        case .list(let xs): return .list(try xs.map { try $0.map(f) })
        case .tuple(let xs): return .tuple(try xs.map { try $0.map(f) })
        case .dictionary(let pairs): return .dictionary(try pairs.map { ($0.key, try $0.value.map(f)) })
        }
    }

    /// The same structure with leaves taken, in order, from `replacements`; nil when
    /// the count differs from the number of leaves.
    public func replacingLeaves<T>(with replacements: [T]) -> ParameterTree<T>? {
        guard replacements.count == leaves.count else { return nil }
        var iterator = replacements.makeIterator()
        return try? map { _ in
            guard let next = iterator.next() else {
                throw EngineError.elementCountMismatch(expected: replacements.count + 1, got: replacements.count)
            }
            return next
        }
    }
}

/// The loss `f(parameters)` and its gradient with respect to every parameter.
///
///     let (loss, grads) = try valueAndGradient(at: [W, b]) { p in
///         try (x * p[0] + p[1]).tanh().sum()
///     }
///
/// - Throws: whatever `f` throws, or `EngineError.notScalar` when it returns more
///   than one number.
public func valueAndGradient(
    at parameters: [Tensor], of f: ([Var]) throws -> Var
) throws -> (value: Double, gradient: [Tensor]) {
    let tape = Tape()
    defer { tape.finish() }
    let vars = parameters.map(tape.parameter)
    let loss = try f(vars)
    let grads = try tape.gradients(of: loss, for: vars)
    return (try loss.value.scalarValue(), grads)
}

/// The gradient of `f` at `parameters`; see `valueAndGradient`.
public func gradient(at parameters: [Tensor], of f: ([Var]) throws -> Var) throws -> [Tensor] {
    try valueAndGradient(at: parameters, of: f).gradient
}

/// `valueAndGradient` for a tree of parameters; the gradient has the same structure.
public func valueAndGradient(
    at parameters: ParameterTree<Tensor>, of f: (ParameterTree<Var>) throws -> Var
) throws -> (value: Double, gradient: ParameterTree<Tensor>) {
    // The leaf counts match by construction: vars and flat come from `leaves`.
    let (value, flat) = try valueAndGradient(at: parameters.leaves) { vars in
        guard let tree = parameters.replacingLeaves(with: vars) else {
            throw EngineError.invalidArgument(operation: "gradient", reason: "internal: the parameter tree lost a leaf")
        }
        return try f(tree)
    }
    guard let gradient = parameters.replacingLeaves(with: flat) else {
        throw EngineError.elementCountMismatch(expected: parameters.leaves.count, got: flat.count)
    }
    return (value, gradient)
}
