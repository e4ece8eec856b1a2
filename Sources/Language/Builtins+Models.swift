import Engine

/// The engine's recurrent cells, optimisers and gradient clipping as builtins.
///
/// Cells follow the engine's row-vector convention: x is B×X, h is B×H, and the
/// fused weight stacks the input rows over the recurrent rows. Optimisers are values
/// made by `sgd(...)`, `adam(...)`, ...; `update!(w, g, opt)` applies one step in
/// place to an array or to a list/dict of arrays, and the optimiser keeps its state
/// (velocities, running averages) between calls.
/// What a parameter's box holds while its tensor is being updated.
private let placeholderTensor = Tensor(0.0)

extension Runtime {
    /// The arrays inside a parameter value (an array, or lists/tuples/dicts of them),
    /// so updates can be written back in place.
    fileprivate func parameterBoxes(_ value: Value, _ function: String) throws -> [ArrayBox] {
        var boxes: [ArrayBox] = []
        func refuse(_ value: Value) -> RuntimeError {
            RuntimeError("\(function): parameters must be arrays (or lists/dicts of arrays) to update in place; got \(describeType(value))", kind: .method)
        }
        // An array met twice is updated twice, as before; a container inside itself once.
        let walk = StructureWalk(of: "\(function): the parameters", onCycle: .skip, checkCancelled: checkCancelled)
        func collect(_ value: Value, depth: Int) throws {
            switch value {
            case .array(let box): boxes.append(box)
            case .host(let param as Param):
                // A Param of an array, inside a list such as params(model).
                guard case .array(let box)? = param.inPlaceStorage else { throw refuse(value) }
                boxes.append(box)
            default:
                guard let parts = StructureWalk.parts(of: value) else { throw refuse(value) }
                _ = try walk.visit(value, depth: depth) {
                    for part in parts { try collect(part, depth: depth + 1) }
                }
            }
        }
        try collect(value, depth: 0)
        return boxes
    }

    /// Runs `update` on the tensors of `boxes` and stores the results back. The
    /// tensors are moved out of their boxes for the duration, so the update owns
    /// their storage and writes it in place instead of copying every parameter (an
    /// array listed twice stays shared, and so is copied, as before). Whatever the
    /// update did before throwing is kept, as when each array was written back in turn.
    fileprivate func updatingInPlace<R>(_ boxes: [ArrayBox], _ update: (inout [Tensor]) throws -> R) rethrows -> R {
        var tensors = boxes.map(\.tensor)
        // A box that shares another's memory would write the placeholder into it.
        if Set(boxes.map(ObjectIdentifier.init)).count == boxes.count, boxes.allSatisfy({ $0.parent == nil }) {
            for box in boxes { box.tensor = placeholderTensor }
        }
        defer {
            for (box, t) in zip(boxes, tensors) { box.tensor = t }
        }
        let result = try update(&tensors)
        for box in boxes { box.elementType = .float64 }
        return result
    }

    fileprivate func gradientTensors(_ value: Value) throws -> [Tensor] {
        try leaves(of: value)
    }

    /// An optimiser as a function value: calling it with (w, g) updates w in place.
    fileprivate func optimiserValue(_ name: String, _ make: () -> any Optimiser) -> Value {
        var optimiser = make()
        let body: Library.Body = { interp, args in
            let parameters = try interp.parameterBoxes(args[0], name)
            let gradients = try interp.gradientTensors(args[1])
            guard parameters.count == gradients.count else {
                throw RuntimeError("\(name): \(parameters.count) parameter arrays but \(gradients.count) gradients", kind: .dimensionMismatch)
            }
            try interp.updatingInPlace(parameters) { try optimiser.update(&$0, with: gradients) }
            return args[0]
        }
        let builtin = Builtin(name: name, help: "", arity: 2...2, elementwise: false, body: body)
        return .function(FunctionValue(name: name, methods: [.builtin(builtin)]))
    }

    fileprivate func rate(_ args: inout Arguments, _ name: String, default value: Double) throws -> Double {
        guard let v = args.keyword(name) else { return value }
        guard let x = scalarDouble(v) else { throw RuntimeError("\(args.function): \(name) must be a number", kind: .argument) }
        return x
    }

}

extension Library {
    mutating func registerModelBuiltins() {
        define("rnncell", 4...4, help: "rnncell(x, h, W, b) — tanh(hcat(x, h) * W .+ b): one vanilla RNN step (rows are instances)") { interp, args in
            let v = try (0..<4).map { try interp.numeric(args, $0).0 }
            return try interp.result(try rnnCell(v[0], v[1], weight: v[2], bias: v[3]))
        }
        define("lstmcell", 5...5, help: "lstmcell(x, h, c, W, b) — one LSTM step, returning (h, c); gates forget, input, output, candidate") { interp, args in
            let v = try (0..<5).map { try interp.numeric(args, $0).0 }
            let (h, c) = try lstmCell(v[0], v[1], v[2], weight: v[3], bias: v[4])
            return .tuple([try interp.result(h), try interp.result(c)])
        }
        define("grucell", 6...6, help: "grucell(x, h, Wzr, bzr, Wh, bh) — one GRU step, returning the new h") { interp, args in
            let v = try (0..<6).map { try interp.numeric(args, $0).0 }
            return try interp.result(try gruCell(v[0], v[1], gateWeight: v[2], gateBias: v[3], candidateWeight: v[4], candidateBias: v[5]))
        }
        define("sgd", 0...0, keywords: .named(["lr", "momentum"]), help: "sgd(; lr=0.1, momentum=0) — a gradient-descent optimiser for update!") { interp, args in
            let lr = try interp.rate(&args, "lr", default: 0.1)
            let momentum = try interp.rate(&args, "momentum", default: 0)
            return interp.optimiserValue("sgd(lr=\(formatFloat(lr)))") { SGD(learningRate: lr, momentum: momentum) }
        }
        define("adam", 0...0, keywords: .named(["lr", "beta1", "beta2"]), help: "adam(; lr=0.001, beta1=0.9, beta2=0.999) — the Adam optimiser for update!") { interp, args in
            let lr = try interp.rate(&args, "lr", default: 0.001)
            let beta1 = try interp.rate(&args, "beta1", default: 0.9)
            let beta2 = try interp.rate(&args, "beta2", default: 0.999)
            return interp.optimiserValue("adam(lr=\(formatFloat(lr)))") { Adam(learningRate: lr, beta1: beta1, beta2: beta2) }
        }
        define("adagrad", 0...0, keywords: .named(["lr"]), help: "adagrad(; lr=0.1) — the Adagrad optimiser for update!") { interp, args in
            let lr = try interp.rate(&args, "lr", default: 0.1)
            return interp.optimiserValue("adagrad(lr=\(formatFloat(lr)))") { Adagrad(learningRate: lr) }
        }
        define("rmsprop", 0...0, keywords: .named(["lr", "decay"]), help: "rmsprop(; lr=0.001, decay=0.9) — the RMSProp optimiser for update!") { interp, args in
            let lr = try interp.rate(&args, "lr", default: 0.001)
            let decay = try interp.rate(&args, "decay", default: 0.9)
            return interp.optimiserValue("rmsprop(lr=\(formatFloat(lr)))") { RMSProp(learningRate: lr, decay: decay) }
        }
        define("update!", 2...3, keywords: .named(["lr", "gclip"]), help: "update!(w, g, opt) — one optimiser step on w (array, or list/dict of arrays) in place; update!(w, g; lr=0.1) and update!(w, g, SGD(lr=...)) as Knet's") { interp, args in
            // The keywords are update!(w, g; lr)'s; an optimiser given as the third argument keeps its own settings.
            if args.count == 3, let given = args.keywords.keys.sorted().first {
                throw RuntimeError("update!: the keyword `\(given)` goes with update!(w, g; \(given)=...), not with an optimiser argument", kind: .method)
            }
            if args.count == 2 || args[2].isKnetSGD {
                let sgd = args.count == 3 ? args[2] : try interp.knetSGD(&args)
                guard case .host(let optimiser as KnetSGD) = sgd else { return .nothing }
                let parameters = try interp.parameterBoxes(args[0], "update!")
                let gradients = try interp.gradientTensors(args[1])
                guard parameters.count == gradients.count else {
                    throw RuntimeError("update!: \(parameters.count) parameter arrays but \(gradients.count) gradients", kind: .dimensionMismatch)
                }
                for (box, g) in zip(parameters, gradients) {
                    try interp.updatingInPlace([box]) { try optimiser.step(&$0[0], g) }
                }
                return args[0]
            }
            return try interp.call(args[2], [args[0], args[1]], [:], at: interp.nowhere)
        }
        define("sgd!", 2...2, keywords: .named(["lr"]), help: "sgd!(w, g; lr=0.1) — w .-= lr .* g, in place, for an array or a list/dict of arrays") { interp, args in
            let lr = try interp.rate(&args, "lr", default: 0.1)
            let parameters = try interp.parameterBoxes(args[0], "sgd!")
            let gradients = try interp.gradientTensors(args[1])
            guard parameters.count == gradients.count else {
                throw RuntimeError("sgd!: \(parameters.count) parameter arrays but \(gradients.count) gradients", kind: .dimensionMismatch)
            }
            // One array at a time, so an array listed twice takes both steps.
            for (box, g) in zip(parameters, gradients) {
                try interp.updatingInPlace([box]) { try $0[0].add(g, scaledBy: -lr) }
            }
            return args[0]
        }
        define("clip!", 2...2, help: "clip!(g, maxnorm) — rescale gradients (array or list/dict) so their global norm ≤ maxnorm; returns the norm before") { interp, args in
            let maxNorm = try args.double(1, "maximum norm")
            let norm = try interp.updatingInPlace(try interp.parameterBoxes(args[0], "clip!")) {
                try GradientClipping.clipByGlobalNorm(&$0, maxNorm: maxNorm)
            }
            return .float(norm)
        }
    }
}
