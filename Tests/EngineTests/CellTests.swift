import Testing
@testable import Engine

/// Forward passes of the layers and recurrent cells over 12-step sequences, against
/// numpy implementations of the same equations (row-vector convention).
@Suite struct CellTests {
    static func cells() throws -> Fixture { try Fixture.load("cells") }

    // Each step multiplies by a 7-row matrix and feeds the result to the next step:
    // rounding differences of order 1e-16 in the products (relative to terms of size
    // about 1, not to the result) are carried through 12 steps. Elements are compared
    // relative to max(|expected|, 1e-3) so that a hidden unit passing near 0 is not
    // judged by the relative error of a number that is mostly rounding.
    static let stateFloor = 1e-3

    @Test(arguments: [("rnn_tanh", Activation.tanh), ("rnn_relu", Activation.relu)])
    func vanillaRNNMatchesNumpy(key: String, activation: Activation) throws {
        let f = try Self.cells()[key]
        let W = Var(try f["W"].tensor), b = Var(try f["b"].tensor)
        let xs = try f["xs"].tensors.map { Var($0) }
        #expect(xs.count >= 10)
        let states = try unroll(xs, from: Var(try f["h0"].tensor)) { x, h in
            try rnnCell(x, h, weight: W, bias: b, activation: activation)
        }
        for (t, (h, expected)) in zip(states, try f["hs"].tensors).enumerated() {
            expectClose(h.value, expected, floor: Self.stateFloor, "\(key) h\(t + 1)")
        }
    }

    @Test func lstmMatchesNumpy() throws {
        let f = try Self.cells()["lstm"]
        let W = Var(try f["W"].tensor), b = Var(try f["b"].tensor)
        let xs = try f["xs"].tensors.map { Var($0) }
        let start = (h: Var(try f["h0"].tensor), c: Var(try f["c0"].tensor))
        let states = try unroll(xs, from: start) { x, s in try lstmCell(x, s.h, s.c, weight: W, bias: b) }
        let hs = try f["hs"].tensors, cs = try f["cs"].tensors
        #expect(states.count == hs.count && hs.count >= 10)
        for t in states.indices {
            expectClose(states[t].h.value, hs[t], floor: Self.stateFloor, "lstm h\(t + 1)")
            expectClose(states[t].c.value, cs[t], floor: Self.stateFloor, "lstm c\(t + 1)")
        }
        let forget = try lstmForgetGate(xs[0].value, start.h.value, weight: W.value, bias: b.value)
        expectClose(forget, try f["forget_first"].tensor, "lstm forget gate")
    }

    @Test func gruMatchesNumpy() throws {
        let f = try Self.cells()["gru"]
        let Wzr = Var(try f["Wzr"].tensor), bzr = Var(try f["bzr"].tensor)
        let Wh = Var(try f["Wh"].tensor), bh = Var(try f["bh"].tensor)
        let xs = try f["xs"].tensors.map { Var($0) }
        let states = try unroll(xs, from: Var(try f["h0"].tensor)) { x, h in
            try gruCell(x, h, gateWeight: Wzr, gateBias: bzr, candidateWeight: Wh, candidateBias: bh)
        }
        let hs = try f["hs"].tensors
        #expect(states.count == hs.count && hs.count >= 10)
        for (t, (h, expected)) in zip(states, hs).enumerated() {
            expectClose(h.value, expected, floor: Self.stateFloor, "gru h\(t + 1)")
        }
    }

    @Test func denseAndEmbeddingMatchNumpy() throws {
        let cells = try Self.cells()
        let d = try cells["dense"]
        let y = try dense(Var(try d["x"].tensor), weight: Var(try d["W"].tensor), bias: Var(try d["b"].tensor))
        // Five-term dot products plus a bias: compared with an absolute floor of 1, as matmul.
        expectClose(y.value, try d["out"].tensor, floor: 1, "dense")
        let e = try cells["embedding"]
        let rows = try embedding(Var(try e["E"].tensor), tokens: try e["indices"].ints)
        expectClose(rows.value, try e["out"].tensor, tolerance: 0, "embedding")
    }

    @Test func hiddenStateMatrixHasOneColumnPerStep() throws {
        let states: [Tensor] = (0..<4).map { (t: Int) -> Tensor in
            let x = Double(t)
            return Tensor(vector: [x, 10 + x, 20 + x])
        }
        let m = try hiddenStateMatrix(states)
        #expect(m.shape == [3, 4])
        #expect(try m.column(2).scalars == [2, 12, 22])
    }

    @Test func cellsRejectWronglyShapedParameters() throws {
        let x = Var(try Tensor.ones(2, 3)), h = Var(try Tensor.ones(2, 4)), c = h
        // W must be (X+H) × H = 7 × 4; a 6 × 4 matrix cannot multiply the 2 × 7 [x h].
        expectEngineError(mentioning: ["(2, 7)", "(6, 4)"]) {
            _ = try rnnCell(x, h, weight: Var(try Tensor.ones(6, 4)), bias: Var(try Tensor.ones(1, 4)))
        }
        expectEngineError(mentioning: ["(1, 5)"]) {
            _ = try rnnCell(x, h, weight: Var(try Tensor.ones(7, 4)), bias: Var(try Tensor.ones(1, 5)))
        }
        expectEngineError(mentioning: ["lstm", "(7, 12)"]) {
            _ = try lstmCell(x, h, c, weight: Var(try Tensor.ones(7, 12)), bias: Var(try Tensor.ones(1, 12)))
        }
        expectEngineError(mentioning: ["gru", "(7, 4)"]) {
            _ = try gruCell(x, h, gateWeight: Var(try Tensor.ones(7, 4)), gateBias: Var(try Tensor.ones(1, 4)),
                            candidateWeight: Var(try Tensor.ones(7, 4)), candidateBias: Var(try Tensor.ones(1, 4)))
        }
        // A batch of 3 inputs against a batch of 2 states cannot be joined.
        expectEngineError(mentioning: ["hcat", "(3, 3)", "(2, 4)"]) {
            _ = try rnnCell(Var(try Tensor.ones(3, 3)), h, weight: Var(try Tensor.ones(7, 4)), bias: Var(try Tensor.ones(1, 4)))
        }
        expectEngineError(mentioning: ["(7, 3)"]) {
            _ = try embedding(Var(try Tensor.ones(7, 3)), tokens: [0, 7])
        }
        expectEngineError(mentioning: ["(7, 3)"]) {
            _ = try embedding(Var(try Tensor.ones(7, 3)), tokens: [-1])
        }
    }

    @Test func initialisersGiveTheDocumentedShapesAndStarts() throws {
        var rng = RandomSource(seed: 4)
        let irnn = try RNNCell(inputSize: 3, hiddenSize: 5, activation: .relu, identityRecurrence: true, rng: &rng)
        #expect(irnn.weight.shape == [8, 5] && irnn.bias.shape == [1, 5])
        #expect(try irnn.weight.slice([.range(3..<8), .all]) == Tensor.identity(5))
        let lstm = try LSTMCell(inputSize: 2, hiddenSize: 3, forgetBias: 1.5, rng: &rng)
        #expect(lstm.weight.shape == [5, 12])
        #expect(lstm.bias.scalars == [1.5, 1.5, 1.5] + [Double](repeating: 0, count: 9))
        let gru = try GRUCell(inputSize: 2, hiddenSize: 3, rng: &rng)
        #expect(gru.parameters.map(\.shape) == [[5, 6], [1, 6], [5, 3], [1, 3]])
        let layer = try Dense(inputs: 4, outputs: 2, rng: &rng)
        #expect(layer.parameters.map(\.shape) == [[4, 2], [1, 2]])
        // Glorot uniform stays inside ±sqrt(6 / (fanIn + fanOut)) and fills it.
        let w = try Initialiser.glorotUniform(100, 50, rng: &rng)
        let bound = (6.0 / 150).squareRoot()
        #expect(try w.maximum() <= bound && w.minimum() >= -bound)
        #expect(try w.maximum() > 0.95 * bound && w.minimum() < -0.95 * bound)
        let g = try Initialiser.glorotNormal(200, 200, rng: &rng)
        let variance = g.pow(2).mean()
        // 40000 draws: the sample variance's relative standard error is sqrt(2/40000) ≈ 0.7%.
        #expect(Swift.abs(variance / (2.0 / 400) - 1) < 0.05)
        #expect(try Initialiser.identity(3, scale: 0.5) == Tensor.identity(3) * 0.5)
    }
}
