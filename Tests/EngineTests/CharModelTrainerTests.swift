import Testing
@testable import Engine

/// The fused character models against the same models built from tape operations
/// (`ElmanRNN.loss`, `lstmCell`, `dense`, `nll`, value clipping, `Adagrad`), which the
/// other engine tests check against numpy and finite differences. Several iterations
/// are compared, so the carried state, the window walk and the update are covered too.
@Suite struct CharModelTrainerTests {
    /// A small text with repeats and a wrap-around: 3 windows of 5 fit in 17 ids.
    static let text = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2]
    static let vocabulary = 10, hidden = 6, window = 5

    /// The tape's version of CharModelTrainer.train, written the plain way.
    static func tapeLosses(kind: CharModelKind, iterations: Int) throws -> (losses: [Double], weights: [Tensor]) {
        var parameters = CharModelWeights.initial(kind: kind, vocabulary: vocabulary, hidden: hidden)
        var optimiser = Adagrad(learningRate: 0.1)
        var position = 0
        var h = try Tensor.zeros(shape: kind == .rnn ? [hidden] : [1, hidden]), c = h
        var losses: [Double] = []
        func onehot(_ id: Int) -> Tensor {
            var x = [Double](repeating: 0, count: vocabulary)
            x[id] = 1
            return kind == .rnn ? Tensor(vector: x) : Tensor(unchecked: [1, vocabulary], x)
        }
        for n in 0..<iterations {
            if n == 0 || position + window + 1 > text.count {
                h = h.zerosLike(); c = c.zerosLike(); position = 0
            }
            let xs = text[position..<(position + window)].map(onehot)
            let ys = Array(text[(position + 1)...(position + window)])
            var final = (h, c)
            var (loss, grads) = try valueAndGradient(at: parameters) { p in
                var total = Var(0)
                switch kind {
                case .rnn:
                    var state = Var(h)
                    for (x, y) in zip(xs, ys) {
                        state = try (p[0] * Var(x) + p[1] * state + p[2]).tanh()
                        total = try total + (p[3] * state + p[4]).nll(labels: [y], classDimension: 0)
                    }
                    final = (state.value, c)
                case .lstm:
                    var state = (h: Var(h), c: Var(c))
                    for (x, y) in zip(xs, ys) {
                        state = try lstmCell(Var(x), state.h, state.c, weight: p[0], bias: p[1])
                        total = try total + dense(state.h, weight: p[2], bias: p[3]).nll(labels: [y], classDimension: 1)
                    }
                    final = (state.h.value, state.c.value)
                }
                return total
            }
            try GradientClipping.clipByValue(&grads, limit: 5)
            try optimiser.update(&parameters, with: grads)
            losses.append(loss)
            (h, c) = final
            position += window
        }
        return (losses, parameters)
    }

    // Tolerance 1e-11 relative: the fused passes sum the same terms in another order
    // (whole-window products instead of per-step ones), which moves the last bits; six
    // iterations of Adagrad do not amplify that beyond ~1e-14 here.
    @Test(arguments: CharModelKind.allCases)
    func matchesTheTape(kind: CharModelKind) throws {
        let iterations = 6
        let reference = try Self.tapeLosses(kind: kind, iterations: iterations)
        let trainer = try CharModelTrainer(
            kind: kind, vocabulary: Self.vocabulary, hidden: Self.hidden, sequenceLength: Self.window,
            weights: CharModelWeights.initial(kind: kind, vocabulary: Self.vocabulary, hidden: Self.hidden))
        let losses = try trainer.train(Self.text, iterations: iterations)
        let lossError = Closeness.worst(losses, reference.losses)
        Closeness.report("\(kind) fused losses over \(iterations) iterations", lossError)
        #expect(lossError < 1e-11)
        for (k, (fused, tape)) in zip(trainer.parameters, reference.weights).enumerated() {
            #expect(fused.shape == tape.shape)
            let error = Closeness.worst(fused.scalars, tape.scalars, floor: 1e-3)
            #expect(error < 1e-11, "parameter \(k) after \(iterations) updates: \(error)")
        }
    }

    @Test func trainingLowersTheLoss() throws {
        let trainer = try CharModelTrainer(
            kind: .lstm, vocabulary: Self.vocabulary, hidden: Self.hidden, sequenceLength: Self.window,
            weights: CharModelWeights.initial(kind: .lstm, vocabulary: Self.vocabulary, hidden: Self.hidden))
        let losses = try trainer.train(Self.text, iterations: 90)
        // Every third window is the same text; compare the same window early and late.
        #expect(losses[87] < 0.5 * losses[0])
    }

    @Test func refusesBadInput() throws {
        let weights = CharModelWeights.initial(kind: .rnn, vocabulary: 4, hidden: 3)
        #expect(throws: EngineError.self) {
            try CharModelTrainer(kind: .lstm, vocabulary: 4, hidden: 3, weights: weights)
        }
        #expect(throws: EngineError.self) {
            try CharModelTrainer(kind: .rnn, vocabulary: 0, hidden: 3, weights: [])
        }
        let trainer = try CharModelTrainer(kind: .rnn, vocabulary: 4, hidden: 3, sequenceLength: 2, weights: weights)
        #expect(throws: EngineError.self) { try trainer.train([0, 1], iterations: 1) }
        #expect(throws: EngineError.self) { try trainer.train([0, 1, 4], iterations: 1) }
        #expect(throws: EngineError.self) { try trainer.train([0, -1, 2], iterations: 1) }
    }

    /// The shared starting weights are the LCG stream bench/ reproduces in Python; pin
    /// its first draws so a change to the generator cannot pass unnoticed.
    @Test func startingWeightsFollowTheSharedStream() throws {
        var stream = CharModelWeights.UniformStream(seed: 20261127)
        var state: UInt64 = 20261127
        for _ in 0..<5 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            #expect(stream.next() == Double(state >> 11) / 9007199254740992 - 0.5)
        }
        let w = CharModelWeights.initial(kind: .lstm, vocabulary: 4, hidden: 2)
        #expect(w.map(\.shape) == [[6, 8], [1, 8], [2, 4], [1, 4]])
        #expect(w[1].scalars == [1, 1, 0, 0, 0, 0, 0, 0])
        #expect(w[0].scalars.allSatisfy { abs($0) <= (6.0 / 14).squareRoot() })
    }
}
