import Testing
@testable import Engine

/// Gradients through RNN, LSTM and GRU cells unrolled over the 12-step sequences of
/// Fixtures/cells.json, against independent central differences. Parameters include
/// the weights, biases, initial state(s) and the first input, so the gradient must
/// travel back through all 12 steps to be right.
@Suite struct CellGradientTests {
    static func cells() throws -> Fixture { try Fixture.load("cells") }

    /// Σ_t weightedSum(h_t) with a different weighting per step.
    static func readout(_ hs: [Var]) throws -> Var {
        var total = Var(0)
        for (t, h) in hs.enumerated() { total = try total + Probe.weightedSum(h, seed: UInt64(100 + t)) }
        return total
    }

    @Test(arguments: [("rnn_tanh", Activation.tanh), ("rnn_relu", Activation.relu)])
    func vanillaRNN(key: String, activation: Activation) throws {
        let f = try Self.cells()[key]
        let xs = try f["xs"].tensors
        let start = [try f["W"].tensor, try f["b"].tensor, try f["h0"].tensor, xs[0]]
        func loss(_ p: [Var]) throws -> Var {
            let inputs = [p[3]] + xs.dropFirst().map { Var($0) }
            let hs = try unroll(inputs, from: p[2]) { x, h in
                try rnnCell(x, h, weight: p[0], bias: p[1], activation: activation)
            }
            return try Self.readout(hs)
        }
        if activation == .relu {
            // A finite difference across relu's kink measures nothing; make sure no
            // pre-activation lies within reach of the stencil (2h = 2e-4).
            var h = try f["h0"].tensor, closest = Double.infinity
            for x in xs {
                let z = try Tensor.hcat([x, h]).matmul(try f["W"].tensor) + (try f["b"].tensor)
                closest = min(closest, try z.abs().minimum())
                h = z.relu()
            }
            #expect(closest > 1e-2, "a relu pre-activation is \(closest) from the kink")
        }
        try expectGradientMatchesDifferences("\(key) over \(xs.count) steps", at: start, of: loss)
    }

    @Test func lstm() throws {
        let f = try Self.cells()["lstm"]
        let xs = try f["xs"].tensors
        let start = [try f["W"].tensor, try f["b"].tensor, try f["h0"].tensor, try f["c0"].tensor, xs[0]]
        try expectGradientMatchesDifferences("lstm over \(xs.count) steps", at: start) { p in
            let inputs = [p[4]] + xs.dropFirst().map { Var($0) }
            let states = try unroll(inputs, from: (h: p[2], c: p[3])) { x, s in
                try lstmCell(x, s.h, s.c, weight: p[0], bias: p[1])
            }
            // Read both paths so the gradient through c is checked on its own too.
            return try Self.readout(states.map(\.h)) + Probe.weightedSum(states.last!.c, seed: 7)
        }
    }

    @Test func gru() throws {
        let f = try Self.cells()["gru"]
        let xs = try f["xs"].tensors
        let start = [try f["Wzr"].tensor, try f["bzr"].tensor, try f["Wh"].tensor, try f["bh"].tensor,
                     try f["h0"].tensor, xs[0]]
        try expectGradientMatchesDifferences("gru over \(xs.count) steps", at: start) { p in
            let inputs = [p[5]] + xs.dropFirst().map { Var($0) }
            let hs = try unroll(inputs, from: p[4]) { x, h in
                try gruCell(x, h, gateWeight: p[0], gateBias: p[1], candidateWeight: p[2], candidateBias: p[3])
            }
            return try Self.readout(hs)
        }
    }

    @Test func lstmWithDenseHeadAndNLL() throws {
        // The shape of a character model's loss: LSTM, dense read-out, nll per step.
        let f = try Self.cells()["lstm"]
        let xs = try f["xs"].tensors
        let head = try Probe.normal([4, 5], seed: 30), headBias = try Probe.normal([1, 5], seed: 31)
        let labels = [[0, 4, 2], [1, 1, 3], [4, 0, 0], [2, 3, 1], [0, 0, 4], [3, 2, 2],
                      [1, 4, 0], [2, 2, 2], [4, 1, 3], [0, 3, 1], [3, 0, 4], [1, 2, 0]]
        let start = [try f["W"].tensor, try f["b"].tensor, head, headBias]
        try expectGradientMatchesDifferences("lstm + dense + nll over \(xs.count) steps", at: start) { p in
            var h = Var(try f["h0"].tensor), c = Var(try f["c0"].tensor), total = Var(0)
            for (x, y) in zip(xs, labels) {
                (h, c) = try lstmCell(Var(x), h, c, weight: p[0], bias: p[1])
                total = try total + dense(h, weight: p[2], bias: p[3]).nll(labels: y, classDimension: 1)
            }
            return total
        }
    }
}
