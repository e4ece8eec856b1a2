import Testing
@testable import Engine

/// The fused cells (one tape entry each, gradients added in place) against their
/// definitions, `composedRNNCell` and `composedLSTMCell` (general tape operations, which
/// the other tests check against numpy and finite differences). .ci/test runs these on
/// every kernel path, so they hold each build's pointwise LSTM code to the definition too.
/// Covers the one-hot shortcut, batches, an untracked state and the fallback for other
/// shapes.
@Suite struct FusedCellTests {
    static let inputs = 5, hidden = 4

    static func onehot(_ id: Int, batch: Int = 1) -> Tensor {
        var x = [Double](repeating: 0, count: inputs * batch)
        for r in 0..<batch { x[r + ((id + r) % inputs) * batch] = 1 }
        return Tensor(unchecked: [batch, inputs], x)
    }

    /// Values and gradients of a two-step loss through `step`, fused and composed.
    /// Parameters: W, b, h0, c0 and (when `trackX`) x.
    static func compare(
        _ what: String, x: Tensor, trackX: Bool, outputs: Int, inputs: Int = FusedCellTests.inputs, hidden: Int = FusedCellTests.hidden,
        fused: @escaping (Var, Var, Var, Var, Var) throws -> (Var, Var),
        composed: @escaping (Var, Var, Var, Var, Var) throws -> (Var, Var)
    ) throws {
        let batch = x.shape[0]
        let start = [
            try Probe.normal([inputs + hidden, outputs], seed: 1, scale: 0.5),
            try Probe.normal([1, outputs], seed: 2, scale: 0.5, avoiding: [0]),
            try Probe.normal([batch, hidden], seed: 3, avoiding: [0]),
            try Probe.normal([batch, hidden], seed: 4),
            x,
        ]
        func loss(_ cell: @escaping (Var, Var, Var, Var, Var) throws -> (Var, Var)) -> ([Var]) throws -> Var {
            { p in
                let x = trackX ? p[4] : Var(p[4].value)
                let (h1, c1) = try cell(x, p[2], p[3], p[0], p[1])
                let (h2, c2) = try cell(x, h1, c1, p[0], p[1])
                return try Probe.weightedSum(h2, seed: 5) + Probe.weightedSum(c2, seed: 6) + Probe.weightedSum(h1, seed: 7)
            }
        }
        let (fv, fg) = try valueAndGradient(at: start, of: loss(fused))
        let (cv, cg) = try valueAndGradient(at: start, of: loss(composed))
        // Values to 1e-13 relative: the two sum the same products in different orders.
        // Gradients to 1e-11 (floor 1e-3 for elements near zero by cancellation): they
        // pass through 1 - tanh², which turns tanh's few-ulp rounding near saturation
        // into relative errors up to 1/(1 - y²) times larger (~1e-12 seen at y ≈ 0.999).
        #expect(Closeness.error(fv, cv) < 1e-13, "\(what): value")
        for (k, (a, e)) in zip(fg, cg).enumerated() {
            #expect(a.shape == e.shape)
            let error = Closeness.worst(a.scalars, e.scalars, floor: 1e-3)
            #expect(error < 1e-11, "\(what): gradient \(k), worst error \(error)")
        }
    }

    @Test(arguments: [Activation.tanh, .relu], [(1, false), (1, true), (3, false), (3, true)])
    func rnnCellMatchesComposition(activation: Activation, batchAndTracking: (Int, Bool)) throws {
        let (batch, trackX) = batchAndTracking
        let x = batch == 1 && !trackX ? Self.onehot(2) : try Probe.normal([batch, Self.inputs], seed: 8)
        try Self.compare("rnn \(activation) batch \(batch)", x: x, trackX: trackX, outputs: Self.hidden,
            fused: { x, h, c, w, b in (try rnnCell(x, h, weight: w, bias: b, activation: activation), c) },
            composed: { x, h, c, w, b in (try composedRNNCell(x, h, weight: w, bias: b, activation: activation), c) })
    }

    @Test(arguments: [(1, false), (1, true), (3, false), (3, true)])
    func lstmCellMatchesComposition(batch: Int, trackX: Bool) throws {
        let x = batch == 1 && !trackX ? Self.onehot(4) : try Probe.normal([batch, Self.inputs], seed: 9)
        try Self.compare("lstm batch \(batch)", x: x, trackX: trackX, outputs: 4 * Self.hidden,
            fused: { x, h, c, w, b in try lstmCell(x, h, c, weight: w, bias: b) },
            composed: { x, h, c, w, b in try composedLSTMCell(x, h, c, weight: w, bias: b) })
    }

    /// Large enough (H = 20: 20 × 80 elements per step) that a batch of one adds W's
    /// gradient as waiting outer products (`GradientTable.addOuterProduct`), into the h
    /// rows of W (one-hot x) or all of them (x tracked).
    @Test(arguments: [false, true])
    func lstmCellWithBatchedWeightGradient(trackX: Bool) throws {
        let (inputs, hidden) = (10, 20)
        var hot = [Double](repeating: 0, count: inputs)
        hot[3] = 1
        let x = trackX ? try Probe.normal([1, inputs], seed: 13) : Tensor(unchecked: [1, inputs], hot)
        try Self.compare("lstm H=\(hidden), x tracked: \(trackX)", x: x, trackX: trackX, outputs: 4 * hidden,
            inputs: inputs, hidden: hidden,
            fused: { x, h, c, w, b in try lstmCell(x, h, c, weight: w, bias: b) },
            composed: { x, h, c, w, b in try composedLSTMCell(x, h, c, weight: w, bias: b) })
    }

    @Test func denseMatchesComposition() throws {
        for x in [Self.onehot(1), try Probe.normal([3, Self.inputs + Self.hidden], seed: 10)] {
            let start = [try Probe.normal([Self.inputs + Self.hidden, 3], seed: 11),
                         try Probe.normal([1, 3], seed: 12), x]
            func loss(fused: Bool) -> ([Var]) throws -> Var {
                { p in
                    let xv = x.shape[1] == Self.inputs ? try Var.hcat([Var(p[2].value), Var(try Tensor.zeros(shape: [1, Self.hidden]))]) : p[2]
                    let y = fused ? try dense(xv, weight: p[0], bias: p[1]) : try xv * p[0] + p[1]
                    return try Probe.weightedSum(y)
                }
            }
            let (fv, fg) = try valueAndGradient(at: start, of: loss(fused: true))
            let (cv, cg) = try valueAndGradient(at: start, of: loss(fused: false))
            #expect(Closeness.error(fv, cv) < 1e-13)
            for (a, e) in zip(fg, cg) { #expect(Closeness.worst(a.scalars, e.scalars, floor: 1e-3) < 1e-13) }
        }
    }

    /// One step is one tape entry (the LSTM's plus the two cheap splits of [h c]).
    @Test func aStepIsOneTapeEntry() throws {
        let tape = Tape()
        let w = tape.parameter(try Probe.normal([Self.inputs + Self.hidden, 4 * Self.hidden], seed: 1))
        let b = tape.parameter(try Tensor.zeros(shape: [1, 4 * Self.hidden]))
        let h = Var(try Tensor.zeros(shape: [1, Self.hidden]))
        let before = tape.count
        _ = try lstmCell(Var(Self.onehot(0)), h, h, weight: w, bias: b)
        #expect(tape.count - before == 3)
        let wr = tape.parameter(try Probe.normal([Self.inputs + Self.hidden, Self.hidden], seed: 2))
        let br = tape.parameter(try Tensor.zeros(shape: [1, Self.hidden]))
        let beforeRNN = tape.count
        _ = try rnnCell(Var(Self.onehot(0)), h, weight: wr, bias: br)
        #expect(tape.count - beforeRNN == 1)
    }

    /// Shapes outside the fused path still follow the composed operations: a vector
    /// bias broadcasts as Julia's column vector would (H×1 against 1×H gives H×H), and
    /// a weight of the wrong height fails with a shape error.
    @Test func otherShapesFallBack() throws {
        let tape = Tape()
        let w = tape.parameter(try Probe.normal([Self.inputs + Self.hidden, Self.hidden], seed: 1))
        let vectorBias = tape.parameter(try Probe.normal([Self.hidden], seed: 2))
        let h = Var(try Tensor.zeros(shape: [1, Self.hidden]))
        let broadcast = try rnnCell(Var(Self.onehot(0)), h, weight: w, bias: vectorBias)
        #expect(broadcast.shape == [Self.hidden, Self.hidden])
        let wrong = tape.parameter(try Probe.normal([Self.inputs, Self.hidden], seed: 3))
        let bias = tape.parameter(try Tensor.zeros(shape: [1, Self.hidden]))
        #expect(throws: EngineError.self) { try rnnCell(Var(Self.onehot(0)), h, weight: wrong, bias: bias) }
    }
}
