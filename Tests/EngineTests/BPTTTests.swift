import Testing
@testable import Engine

/// The step-by-step BPTT trace against a hand-written numpy BPTT (Fixtures/bptt.json),
/// and against the engine's own autodiff of the same loss.
@Suite struct BPTTTests {
    struct Case {
        let model: ElmanRNN
        let inputs: [Tensor]
        let targets: [Int]
        let h0: Tensor
        let fixture: Fixture
    }

    static func cases() throws -> [Case] {
        try Fixture.load("bptt")["cases"].array.map { f in
            let V = try f["V"].int
            let inputs = try f["inputs"].ints.map { k in
                Tensor(vector: (0..<V).map { $0 == k ? 1.0 : 0.0 })
            }
            let model = ElmanRNN(
                inputWeight: try f["Wx"].tensor, recurrentWeight: try f["Wh"].tensor, bias: try f["b"].tensor,
                outputWeight: try f["Wy"].tensor, outputBias: try f["by"].tensor)
            return Case(model: model, inputs: inputs, targets: try f["targets"].ints, h0: try f["h0"].tensor, fixture: f)
        }
    }

    // The recursions run 12–15 steps through sums of a few products each; elements
    // are compared relative to max(|expected|, 1e-3), since a component of dL/dh_t
    // that happens to be near 0 carries rounding relative to its neighbours.
    static let floor = 1e-3

    @Test func traceMatchesHandWrittenNumpyBPTT() throws {
        for (k, c) in try Self.cases().enumerated() {
            let trace = try c.model.trace(inputs: c.inputs, targets: c.targets, initial: c.h0)
            let f = c.fixture
            #expect(trace.steps >= 10)
            expectClose(trace.totalLoss, try f["loss"].double, "bptt \(k) loss")
            for (t, (h, e)) in zip(trace.hiddenStates, try f["hs"].tensors).enumerated() {
                expectClose(h, e, floor: Self.floor, "bptt \(k) h\(t + 1)")
            }
            for (t, (d, e)) in zip(trace.hiddenGradients, try f["dh"].tensors).enumerated() {
                expectClose(d, e, floor: Self.floor, "bptt \(k) dL/dh\(t + 1)")
            }
            for (t, (d, e)) in zip(trace.recurrentWeightContributions, try f["dWh_steps"].tensors).enumerated() {
                expectClose(d, e, floor: Self.floor, "bptt \(k) step \(t + 1) share of dL/dWh")
            }
            #expect(trace.hiddenStates.count == c.inputs.count)
            #expect(trace.hiddenGradients.count == c.inputs.count)
            let names = ["dWx", "dWh", "db", "dWy", "dby"]
            for (g, name) in zip(trace.gradients, names) {
                expectClose(g, try f[name].tensor, floor: Self.floor, "bptt \(k) \(name)")
            }
            // The running sum from step 1 is the whole dL/dWh; the per-step input shares add to dL/dWx.
            // The same shares added in the opposite order (the trace sums forward, the
            // backward pass sums from the last step): equal up to rounding.
            expectClose(try trace.runningRecurrentGradient(from: 0), trace.gradients[1], tolerance: 1e-14, floor: 1,
                        "running dWh")
            var dWx = trace.gradients[0].zerosLike()
            for share in trace.inputWeightContributions { try dWx.add(share) }
            expectClose(dWx, trace.gradients[0], tolerance: 1e-14, floor: 1, "sum of dWx shares")
            #expect(trace.hiddenGradientNorms.count == trace.steps)
        }
    }

    @Test func autodiffOfTheSameLossAgreesWithTheTrace() throws {
        for (k, c) in try Self.cases().enumerated() {
            let (loss, grads) = try valueAndGradient(at: c.model.parameters) { p in
                try ElmanRNN.loss(p, inputs: c.inputs, targets: c.targets, initial: c.h0)
            }
            expectClose(loss, try c.fixture["loss"].double, "bptt \(k) autodiff loss")
            for (g, name) in zip(grads, ["dWx", "dWh", "db", "dWy", "dby"]) {
                expectClose(g, try c.fixture[name].tensor, floor: Self.floor, "bptt \(k) autodiff \(name)")
            }
        }
    }

    @Test func bpttGradientsMatchCentralDifferences() throws {
        let c = try Self.cases()[1]
        try expectGradientMatchesDifferences("Elman RNN over \(c.inputs.count) steps", at: c.model.parameters) { p in
            try ElmanRNN.loss(p, inputs: c.inputs, targets: c.targets, initial: c.h0)
        }
    }

    @Test func traceRejectsBadInput() throws {
        let c = try Self.cases()[0]
        expectEngineError(mentioning: ["bptt"]) { _ = try c.model.trace(inputs: c.inputs, targets: [0]) }
        expectEngineError(mentioning: ["bptt"]) { _ = try c.model.trace(inputs: [], targets: []) }
        var badTargets = c.targets
        badTargets[3] = 99
        expectEngineError(mentioning: ["bptt", "100"]) { _ = try c.model.trace(inputs: c.inputs, targets: badTargets) }
        expectEngineError(mentioning: ["(6, 5)", "(4,)"]) {
            _ = try c.model.trace(inputs: [Tensor(vector: [1, 0, 0, 0])], targets: [0])
        }
        let trace = try c.model.trace(inputs: c.inputs, targets: c.targets)
        expectEngineError(mentioning: ["(12,)"]) { _ = try trace.runningRecurrentGradient(from: 12) }
    }

    @Test func randomModelsHaveTheDocumentedShapes() throws {
        var rng = RandomSource(seed: 2)
        let model = try ElmanRNN(inputs: 5, hidden: 7, outputs: 3, rng: &rng)
        #expect(model.parameters.map(\.shape) == [[7, 5], [7, 7], [7], [3, 7], [3]])
        #expect(model.bias.scalars.allSatisfy { $0 == 0 } && model.outputBias.scalars.allSatisfy { $0 == 0 })
        let inputs = (0..<4).map { k in Tensor(vector: (0..<5).map { $0 == k ? 1.0 : 0.0 }) }
        let trace = try model.trace(inputs: inputs, targets: [0, 1, 2, 0])
        #expect(trace.hiddenGradientNorms == trace.hiddenGradients.map { $0.norm() })
        #expect(trace.initialState == (try Tensor.zeros(7)))
        #expect(trace.probabilities.allSatisfy { Swift.abs($0.sum() - 1) < 1e-15 })
    }

    /// A batch of 5 sequences with the first two steps unscored, as lesson 4's task.
    static func batchCase() throws -> (model: ElmanRNN, inputs: [Tensor], targets: [[Int]?], h0: Tensor) {
        var rng = RandomSource(seed: 9)
        let model = try ElmanRNN(inputs: 4, hidden: 6, outputs: 4, scale: 0.7, rng: &rng)
        let B = 5, T = 8
        let tokens = try (0..<(T * B)).map { _ in try rng.integer(below: 4) }
        let inputs = try (0..<T).map { t in
            try Tensor(shape: [4, B], scalars: (0..<B).flatMap { b in (0..<4).map { $0 == tokens[t * B + b] ? 1.0 : 0.0 } })
        }
        let targets: [[Int]?] = (0..<T).map { t in t < 2 ? nil : (0..<B).map { tokens[(t - 2) * B + $0] } }
        return (model, inputs, targets, try Tensor.zeros(6, B))
    }

    @Test func aBatchTraceWithUnscoredStepsAgreesWithAutodiff() throws {
        let c = try Self.batchCase()
        let trace = try c.model.trace(inputs: c.inputs, batchTargets: c.targets)
        #expect(trace.batchSize == 5)
        #expect(trace.stepLosses[0] == 0 && trace.stepLosses[1] == 0, "unscored steps have no loss")
        let (loss, grads) = try valueAndGradient(at: c.model.parameters) { p in
            try ElmanRNN.loss(p, inputs: c.inputs, batchTargets: c.targets, initial: c.h0)
        }
        expectClose(trace.totalLoss, loss, "batch loss")
        for (g, (e, name)) in zip(trace.gradients, zip(grads, ["dWx", "dWh", "db", "dWy", "dby"])) {
            expectClose(g, e, floor: Self.floor, "batch \(name)")
        }
        // Steps 1 and 2 get only what travelled back: their own output sends nothing.
        let fromLater = try c.model.recurrentWeight.transposed()
            * (trace.hiddenGradients[2] .* (1 - trace.hiddenStates[2] .* trace.hiddenStates[2]))
        expectClose(trace.hiddenGradients[1], fromLater, floor: Self.floor, "dL/dh_2 comes from step 3 alone")
    }

    @Test func batchLossMatchesCentralDifferences() throws {
        let c = try Self.batchCase()
        try expectGradientMatchesDifferences("Elman RNN on a batch", at: c.model.parameters) { p in
            try ElmanRNN.loss(p, inputs: c.inputs, batchTargets: c.targets, initial: c.h0)
        }
    }

    @Test func aBatchOfOneIsTheSingleSequenceTrace() throws {
        let c = try Self.cases()[0]
        let single = try c.model.trace(inputs: c.inputs, targets: c.targets, initial: c.h0)
        let columns = try c.model.trace(
            inputs: c.inputs.map { try $0.reshaped([$0.count, 1]) }, batchTargets: c.targets.map { [$0] },
            initial: c.h0.reshaped([c.h0.count, 1]))
        #expect(single.stepLosses == columns.stepLosses)
        for (a, b) in zip(single.gradients, columns.gradients) { #expect(a.scalars == b.scalars) }
    }

    @Test func batchTraceRejectsMismatchedColumns() throws {
        let c = try Self.batchCase()
        var short = c.targets
        short[4] = [0, 1]
        expectEngineError(mentioning: ["bptt", "2 targets", "5 sequences"]) {
            _ = try c.model.trace(inputs: c.inputs, batchTargets: short)
        }
        var ragged = c.inputs
        ragged[3] = try Tensor.zeros(4, 3)
        expectEngineError(mentioning: ["bptt", "5 columns"]) { _ = try c.model.trace(inputs: ragged, batchTargets: c.targets) }
    }
}
