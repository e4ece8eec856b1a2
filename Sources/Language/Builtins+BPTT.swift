import Engine

/// `bptt_trace`: backpropagation through time on a small tanh RNN, with every
/// intermediate kept, so a lesson can look inside the backward pass and the
/// notebook's stepper (`:step tr`) can walk it one time step at a time.
///
/// The network uses the column convention of the lessons (Engine's `ElmanRNN`):
///
///     h_t = tanh(Wx * x_t + Wh * h_{t-1} + b),   y_t = Wy * h_t + by
///     loss = Σ_t -log softmax(y_t)[y_target_t]
///
/// With a batch (each x_t an X×B matrix, each target a vector of B classes) each
/// step's loss is the mean over the batch, as `nll` computes it; `scored=3:T` gives
/// the steps that have a loss, so a trace can be the very loss a lesson trains.
extension Interpreter {
    /// Rebuilds the engine's trace from a value made by `bptt_trace` (any named tuple
    /// with fields `w`, `xs` and `ys` will do), for the stepper; nil when `value` is
    /// not one or its fields do not make a valid problem.
    public func bpttTrace(rebuiltFrom value: Value) -> BPTTTrace? {
        guard case .namedTuple(let names, let values) = value else { return nil }
        let fields = Dictionary(zip(names, values), uniquingKeysWith: { first, _ in first })
        guard let w = fields["w"], let xs = fields["xs"], let ys = fields["ys"],
            let problem = try? bpttProblem(weights: w, inputs: xs, targets: ys, scored: fields["scored"])
        else { return nil }
        return try? problem.network.trace(inputs: problem.inputs, batchTargets: problem.targets)
    }
}

/// The checked arguments of one `bptt_trace` call, with the shapes the learner gave
/// the weights (so the gradients come back in the same shapes).
private struct BPTTProblem {
    var network: ElmanRNN
    var weightShapes: [[Int]]
    var inputs: [Tensor]
    /// 0-based classes per step, one per sequence; nil for a step without a loss.
    var targets: [[Int]?]
    /// Sequences side by side; 0 when the inputs are vectors (one sequence).
    var batch: Int
}

extension Runtime {
    fileprivate func bpttProblem(weights: Value, inputs: Value, targets: Value, scored: Value?) throws -> BPTTProblem {
        let w = try bpttWeights(weights)
        let (wx, wh, b, wy, by) = (w[0], w[1], w[2], w[3], w[4])
        let hidden = wx.size(0), inputSize = wx.size(1), outputs = wy.size(0)
        func check(_ ok: Bool, _ what: String, _ t: Tensor, _ expected: String) throws {
            guard ok else {
                throw RuntimeError("bptt_trace: \(what) is \(shapeText(t.shape)) but should be \(expected) (H = \(hidden) hidden units, X = \(inputSize) inputs, Y = \(outputs) classes)", kind: .dimensionMismatch)
            }
        }
        try check(wx.rank == 2 && hidden > 0 && inputSize > 0, "Wx (w[1])", wx, "an H×X matrix with H, X ≥ 1")
        try check(wh.rank == 2 && wh.shape == [hidden, hidden], "Wh (w[2])", wh, "\(hidden)×\(hidden)")
        try check(isColumn(b, hidden), "b (w[3])", b, "a vector of length \(hidden)")
        try check(wy.rank == 2 && outputs > 0 && wy.size(1) == hidden, "Wy (w[4])", wy, "a Y×\(hidden) matrix with Y ≥ 1")
        try check(isColumn(by, outputs), "by (w[5])", by, "a vector of length \(outputs)")
        let (xs, batch) = try bpttInputs(inputs, size: inputSize)
        let steps = try bpttScoredSteps(scored, count: xs.count)
        let ys = try bpttTargets(targets, classes: outputs, batch: batch, scored: steps)
        guard xs.count == ys.count, !xs.isEmpty else {
            throw RuntimeError("bptt_trace: \(xs.count) inputs but \(ys.count) targets; give one target per step (at least one step)", kind: .dimensionMismatch)
        }
        let network = ElmanRNN(
            inputWeight: wx, recurrentWeight: wh, bias: b.vectorized(), outputWeight: wy, outputBias: by.vectorized())
        return BPTTProblem(network: network, weightShapes: w.map(\.shape), inputs: xs, targets: ys, batch: batch)
    }

    /// Which steps (0-based) have a loss: all of them, or those `scored` names (1-based).
    fileprivate func bpttScoredSteps(_ scored: Value?, count: Int) throws -> Set<Int> {
        guard let scored else { return Set(0..<count) }
        var steps = Set<Int>()
        for item in try collectElements(scored) {
            guard let x = scalarDouble(item), x == x.rounded(), x >= 1, x <= Double(count) else {
                throw RuntimeError("bptt_trace: scored must list steps between 1 and \(count) (e.g. scored=3:\(count)), got \(show(item))", kind: .argument)
            }
            steps.insert(Int(x) - 1)
        }
        return steps
    }

    fileprivate func isColumn(_ t: Tensor, _ length: Int) -> Bool {
        (t.rank == 1 || (t.rank == 2 && t.shape[1] == 1)) && t.count == length
    }

    fileprivate func shapeText(_ shape: [Int]) -> String {
        shape.count == 1 ? "a \(shape[0])-element vector" : shape.map(String.init).joined(separator: "×")
    }

    fileprivate func bpttWeights(_ value: Value) throws -> [Tensor] {
        let items: [Value]
        switch value {
        case .list(let list): items = list.items
        case .tuple(let t): items = t.values
        default: throw RuntimeError("bptt_trace: w must be a list [Wx, Wh, b, Wy, by], got \(describeType(value))", kind: .argument)
        }
        guard items.count == 5 else {
            throw RuntimeError("bptt_trace: w must hold 5 arrays [Wx, Wh, b, Wy, by], got \(items.count)")
        }
        return try items.enumerated().map { k, item in
            if case .tracked = item {
                throw RuntimeError("bptt_trace: w[\(k + 1)] is being differentiated; bptt_trace works out its own gradients (tr.grads), so call it outside grad")
            }
            guard case .array(let box) = item else {
                throw RuntimeError("bptt_trace: w[\(k + 1)] must be a numeric array, got \(describeType(item))", kind: .argument)
            }
            return box.tensor
        }
    }

    /// x_1 … x_T from a list of vectors, a list of X×B matrices (a batch of B
    /// sequences, one per column), or an X×T matrix whose columns are the steps.
    /// Returns the batch size too, 0 for vectors.
    fileprivate func bpttInputs(_ value: Value, size: Int) throws -> ([Tensor], Int) {
        var xs: [Tensor] = []
        switch value {
        case .array(let box) where box.tensor.rank == 2:
            let t = box.tensor
            guard t.shape[0] == size else {
                throw RuntimeError("bptt_trace: the input matrix is \(shapeText(t.shape)); its rows must match Wx's \(size) columns (one column per step)", kind: .argument)
            }
            for j in 0..<t.shape[1] { xs.append(try t.column(j)) }
            return (xs, 0)
        case .list, .tuple:
            var batch: Int?
            for (k, item) in try collectElements(value).enumerated() {
                guard case .array(let box) = item, box.tensor.rank <= 2, box.tensor.size(0) == size else {
                    throw RuntimeError("bptt_trace: input \(k + 1) is \(describeType(item)); each must be a vector of length \(size) (Wx's columns) or a \(size)×B batch", kind: .argument)
                }
                let columns = box.tensor.rank == 2 ? box.tensor.size(1) : 0
                if let batch, batch != columns {
                    throw RuntimeError("bptt_trace: input \(k + 1) has \(columns == 0 ? "1 column (a vector)" : "\(columns) columns"), input 1 has \(batch == 0 ? "1 (a vector)" : "\(batch)"); every step needs the same batch", kind: .dimensionMismatch)
                }
                batch = columns
                xs.append(columns == 0 ? box.tensor.vectorized() : box.tensor)
            }
            return (xs, batch ?? 0)
        default:
            throw RuntimeError("bptt_trace: xs must be a list of input vectors (or X×B batches) or an X×T matrix, got \(describeType(value))", kind: .argument)
        }
    }

    /// 1-based classes in, 0-based classes out for the engine: one class per step for
    /// one sequence, a vector of `batch` classes per step for a batch. Steps outside
    /// `scored` keep no target (whatever stands there is not read).
    fileprivate func bpttTargets(_ value: Value, classes: Int, batch: Int, scored: Set<Int>) throws -> [[Int]?] {
        guard isNumericArray(value) || { if case .list = value { return true }; if case .tuple = value { return true }; return false }() else {
            throw RuntimeError("bptt_trace: ys must be a vector of class numbers 1…\(classes) (or a list of such vectors for a batch), got \(describeType(value))", kind: .argument)
        }
        func target(_ item: Value, step k: Int) throws -> Int {
            guard let x = scalarDouble(item), x == x.rounded(), x >= 1, x <= Double(classes) else {
                throw RuntimeError("bptt_trace: target \(k + 1) is \(show(item)); targets are classes 1…\(classes) (Wy has \(classes) row\(classes == 1 ? "" : "s"))", kind: .argument)
            }
            return Int(x) - 1
        }
        return try collectElements(value).enumerated().map { k, item in
            guard scored.contains(k) else { return nil }
            if batch == 0 { return [try target(item, step: k)] }
            let items = scalarDouble(item) != nil ? [item] : try collectElements(item)
            guard items.count == batch else {
                throw RuntimeError("bptt_trace: target \(k + 1) has \(items.count) class\(items.count == 1 ? "" : "es") for a batch of \(batch) sequences", kind: .dimensionMismatch)
            }
            return try items.map { try target($0, step: k) }
        }
    }

    /// The trace as a named tuple; the inputs are copied in so that training the
    /// weights afterwards does not change what the stepper will rebuild.
    fileprivate func bpttValue(_ trace: BPTTTrace, _ problem: BPTTProblem) throws -> Value {
        // One sequence: the steps as the columns of a matrix; a batch: a list of
        // H×B matrices, as the inputs came.
        func steps(_ values: [Tensor]) throws -> Value {
            problem.batch == 0 ? .floats(try Tensor.hcat(values)) : .list(ListBox(values.map { .floats($0) }))
        }
        let grads = try zip(trace.gradients, problem.weightShapes).map { g, shape in Value.floats(try g.reshaped(shape)) }
        let network = problem.network
        let weights = try zip(network.parameters, problem.weightShapes).map { w, shape in Value.floats(try w.reshaped(shape)) }
        func classes(_ ks: [Int]) -> Value { .array(ArrayBox(Tensor(vector: ks.map { Double($0 + 1) }), elementType: .int64)) }
        // Steps without a loss keep a placeholder class (1) so `ys` stays one entry per step.
        let targets = trace.targets.map { $0 ?? Array(repeating: 0, count: max(problem.batch, 1)) }
        let ys = problem.batch == 0 ? classes(targets.map { $0[0] }) : .list(ListBox(targets.map(classes)))
        let scored = trace.targets.indices.filter { trace.targets[$0] != nil }
        let fields: [(String, Value)] = [
            ("h", try steps(trace.hiddenStates)),
            ("dh", try steps(trace.hiddenGradients)),
            ("dh_norms", .floats(Tensor(vector: trace.hiddenGradientNorms))),
            // Adding zero turns the -0.0 of a certain prediction into 0.0 for display.
            ("loss", .float(trace.totalLoss + 0)),
            ("step_losses", .floats(Tensor(vector: trace.stepLosses.map { $0 + 0 }))),
            ("probs", try steps(trace.probabilities)),
            ("grads", .list(ListBox(grads))),
            ("w", .list(ListBox(weights))),
            ("xs", .list(ListBox(problem.inputs.map { .floats($0) }))),
            ("ys", ys),
            ("scored", classes(scored)),
        ]
        return .namedTuple(names: fields.map(\.0), values: TupleItems(fields.map(\.1)))
    }
}

extension Library {
    mutating func registerBPTTBuiltins() {
        define("bptt_trace", 3...3, keywords: .named(["scored"]), help: "bptt_trace(w, xs, ys; scored=1:T) — BPTT of a tanh RNN, w = [Wx, Wh, b, Wy, by], kept step by step (h, dh, dh_norms, loss, grads, ...); xs[t] may be an X×B batch, scored the steps with a loss") { interp, args in
            let scored = try args.keyword("scored")
            let problem = try interp.bpttProblem(weights: args[0], inputs: args[1], targets: args[2], scored: scored)
            let trace = try problem.network.trace(inputs: problem.inputs, batchTargets: problem.targets)
            return try interp.bpttValue(trace, problem)
        }
    }
}
