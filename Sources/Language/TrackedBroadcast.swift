import Engine

extension Runtime {
    /// `f.(xs...)` when some of xs are tracked arrays (inside `grad` or `@diff`) and f is
    /// a function of numbers (`sq(t) = t * t`): f runs on each element as a tracked
    /// number, and the answers are joined into one tracked array of the broadcast shape,
    /// so the gradient flows back through every call, as AutoGrad's broadcasting does.
    func trackedBroadcast(
        _ callee: Value, named name: String, _ arguments: [Value], _ keywords: KeywordArguments, at position: SourcePosition
    ) throws -> Value {
        var operands: [Var?] = []
        var shape: [Int]?
        for argument in arguments {
            switch argument {
            case .tracked, .array, .range:
                let (v, _) = try operand(argument)!
                operands.append(v)
                shape = try shape.map { try Broadcast.shape($0, v.shape, operation: "\(name).()") } ?? v.shape
            default:
                operands.append(nil)
            }
        }
        guard let shape else { return try call(callee, arguments, keywords, at: position) }
        let count = try Tensor.elementCount(of: shape)
        try checkBudget(count)
        // Each array stretched to the common shape and laid out flat, so element k of
        // each is the k-th call's argument.
        let zeros = Value.floats(try Tensor.zeros(shape: shape))
        let flat = try operands.map { v -> Value? in
            guard let v else { return nil }
            let stretched = try binaryOperation(.plus, .tracked(v), zeros, dotted: true)
            guard let (s, _) = try operand(stretched) else { return nil }
            return .tracked(try s.reshaped([count]))
        }
        var parts: [Var] = []
        parts.reserveCapacity(count)
        for k in 0..<count {
            try checkCancelled()
            var callArguments: [Value] = []
            for (i, argument) in arguments.enumerated() {
                if let column = flat[i] {
                    callArguments.append(try index(column, [.single(k + 1)]))
                } else {
                    callArguments.append(argument)
                }
            }
            let answer = try call(callee, callArguments, keywords, at: position)
            guard let (v, _) = try operand(answer), v.value.count == 1, answer.isNumber || v.value.rank == 0 else {
                throw RuntimeError(
                    "\(name).(...) on tracked arrays needs a function that returns a number for each element; it returned \(describeType(answer))",
                    kind: .notSupported, at: position)
            }
            parts.append(try v.reshaped([1]))
        }
        guard !parts.isEmpty else { return try result(Var(try Tensor.zeros(shape: shape))) }
        return try result(try Var.concatenate(parts, along: 0).reshaped(shape))
    }
}
