/// A recording of the operations done on tracked values, for reverse-mode autodiff.
///
/// The design follows AutoGrad.jl and micrograd: every differentiable operation on a
/// tracked `Var` appends one node holding a closure that turns the gradient of its
/// output into gradients of its inputs. The tape is in creation order, which is
/// already a topological order, so the backward pass is one walk from the end.
public final class Tape {
    struct Node {
        /// Tape positions of the inputs that are themselves tracked.
        let inputs: [Int]
        /// Gradient of the output → gradients of `inputs`, in the same order.
        /// `nil` for parameters (leaves).
        let backward: ((Tensor) throws -> [Tensor])?
    }

    var nodes: [Node] = []

    public init() {}

    /// Number of recorded operations (parameters included); handy for tests and
    /// for seeing how large a graph a loss builds.
    public var count: Int { nodes.count }

    /// Starts tracking `value` as a parameter to differentiate with respect to.
    public func parameter(_ value: Tensor) -> Var {
        nodes.append(Node(inputs: [], backward: nil))
        return Var(value: value, tape: self, id: nodes.count - 1)
    }

    func append(inputs: [Int], backward: @escaping (Tensor) throws -> [Tensor]) -> Int {
        nodes.append(Node(inputs: inputs, backward: backward))
        return nodes.count - 1
    }

    /// Gradients of a scalar `loss` with respect to each of `parameters`.
    ///
    /// A parameter the loss does not depend on gets zeros of its shape.
    /// - Throws: `EngineError.notScalar` when the loss has more than one element.
    public func gradients(of loss: Var, for parameters: [Var]) throws -> [Tensor] {
        guard loss.value.count == 1 else { throw EngineError.notScalar(shape: loss.value.shape) }
        for p in parameters where p.tape !== self {
            throw EngineError.invalidArgument(operation: "gradient", reason: "a parameter was not recorded on this tape")
        }
        guard loss.tape === self else { return parameters.map { $0.value.zerosLike() } }
        var grads = [Tensor?](repeating: nil, count: loss.id + 1)
        grads[loss.id] = Tensor(unchecked: loss.value.shape, [1])
        for i in stride(from: loss.id, through: 0, by: -1) {
            guard let g = grads[i], let backward = nodes[i].backward else { continue }
            let inputGrads = try backward(g)
            for (input, ig) in zip(nodes[i].inputs, inputGrads) {
                if grads[input] == nil {
                    grads[input] = ig
                } else {
                    try grads[input]!.add(ig)
                }
            }
            // The gradient of an intermediate is no longer needed; free it early.
            if i != loss.id { grads[i] = nil }
        }
        return parameters.map { p in
            if p.id < grads.count, let g = grads[p.id] { return g }
            return p.value.zerosLike()
        }
    }
}
