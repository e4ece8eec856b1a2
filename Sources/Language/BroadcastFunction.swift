/// `(.+)`: a dotted operator as a function value is Julia's
/// `Base.Broadcast.BroadcastFunction(+)` (base/broadcast.jl), which calls the operator
/// broadcast: `(.+)(a, b)` is `a .+ b`, and `map(.*, a, b)` multiplies pairs of arrays
/// elementwise. It shows as `Base.Broadcast.BroadcastFunction(+)` (in the REPL too) and
/// its type is `Base.Broadcast.BroadcastFunction{typeof(+)}`.
extension Interpreter {
    /// The function `(.op)` is: one per operator, so two of them are `==` and `===`, as
    /// Julia's immutable struct of the same operator is.
    func broadcastFunction(_ op: Operator) throws -> Value {
        guard let operatorFunction = library.functions[op.spelling] else {
            throw RuntimeError("`.\(op.spelling)` cannot be used as a function value", kind: .method)
        }
        if let made = broadcastFunctions[op] { return .function(made) }
        let name = "Base.Broadcast.BroadcastFunction(\(op.spelling))"
        var builtin = Builtin(name: name, help: "", arity: 0...Int.max, elementwise: false) { interp, args in
            defer { args.keywords = [:] }
            let position = interp.nowhere
            let result: Value
            // As the dotted operator written between its operands, which is the same broadcast.
            if args.count == 2 && args.keywords.isEmpty {
                result = try interp.applyOperator(op, args[0], args[1], dotted: true, at: position)
            } else if args.count == 1 && args.keywords.isEmpty && op.isUnary {
                result = try interp.unaryOperation(op, args[0], dotted: true)
            } else {
                result = try interp.broadcastCall(.function(operatorFunction), args.values, args.keywords, at: position)
            }
            return result.asBroadcastResult
        }
        builtin.seesHostObjects = true
        builtin.keywords = .forwarded
        let function = FunctionValue(name: name, methods: [.builtin(builtin)])
        function.broadcastOperator = op
        broadcastFunctions[op] = function
        return .function(function)
    }
}

extension Value {
    /// A broadcast whose elements are Bools makes a BitArray, as Julia's does.
    var asBroadcastResult: Value {
        if case .array(let box) = self, box.elementType == .bool, box.wrapper == .none {
            return .array(ArrayBox(box.tensor, elementType: .bool, wrapper: .bitArray))
        }
        return self
    }
}
