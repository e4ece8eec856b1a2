import Testing
@testable import Engine

/// The fused character models against their definitions built from tape operations
/// (`composedRNNCell` and `composedLSTMCell`, a composed read-out, `nll`, value clipping,
/// `Adagrad`), which the other engine tests check against numpy and finite differences:
/// one window's loss and gradients, and several iterations of training, so the carried
/// state, the window walk and the update are covered too.
@Suite struct CharModelTrainerTests {
    /// A small text with repeats and a wrap-around: 3 windows of 5 fit in 17 ids.
    static let text = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2]
    static let vocabulary = 10, hidden = 6, window = 5

    static func onehot(_ id: Int) -> Tensor {
        var x = [Double](repeating: 0, count: vocabulary)
        x[id] = 1
        return Tensor(unchecked: [1, vocabulary], x)
    }

    /// One window of the model by its definition, from the state (h, c) (1 × H rows):
    /// the summed loss and the state after the window. The RNN runs `composedRNNCell` in
    /// its row convention on the trainer's column-convention weights: W = [Wxhᵀ; Whhᵀ],
    /// b = bhᵀ, and the read-out h Whyᵀ + byᵀ.
    static func definedWindow(
        _ kind: CharModelKind, _ p: [Var], inputs: ArraySlice<Int>, targets: ArraySlice<Int>, h: Tensor, c: Tensor
    ) throws -> (loss: Var, h: Tensor, c: Tensor) {
        var total = Var(0)
        switch kind {
        case .rnn:
            let weight = try Var.vcat([p[0].transposed(), p[1].transposed()])
            let bias = try p[2].reshaped([1, hidden])
            let readout = try p[3].transposed(), readoutBias = try p[4].reshaped([1, vocabulary])
            var state = Var(h)
            for (x, y) in zip(inputs, targets) {
                state = try composedRNNCell(Var(onehot(x)), state, weight: weight, bias: bias, activation: .tanh)
                total = try total + (state * readout + readoutBias).nll(labels: [y], classDimension: 1)
            }
            return (total, state.value, c)
        case .lstm:
            var state = (h: Var(h), c: Var(c))
            for (x, y) in zip(inputs, targets) {
                state = try composedLSTMCell(Var(onehot(x)), state.h, state.c, weight: p[0], bias: p[1])
                total = try total + (state.h * p[2] + p[3]).nll(labels: [y], classDimension: 1)
            }
            return (total, state.h.value, state.c.value)
        }
    }

    /// The tape's version of CharModelTrainer.train, written the plain way.
    static func tapeLosses(kind: CharModelKind, iterations: Int) throws -> (losses: [Double], weights: [Tensor]) {
        var parameters = CharModelWeights.initial(kind: kind, vocabulary: vocabulary, hidden: hidden)
        var optimiser = Adagrad(learningRate: 0.1)
        var position = 0
        var h = try Tensor.zeros(shape: [1, hidden]), c = h
        var losses: [Double] = []
        for n in 0..<iterations {
            if n == 0 || position + window + 1 > text.count {
                h = h.zerosLike(); c = c.zerosLike(); position = 0
            }
            var final = (h, c)
            var (loss, grads) = try valueAndGradient(at: parameters) { p in
                let run = try definedWindow(
                    kind, p, inputs: text[position..<(position + window)],
                    targets: text[(position + 1)...(position + window)], h: h, c: c)
                final = (run.h, run.c)
                return run.loss
            }
            try GradientClipping.clipByValue(&grads, limit: 5)
            try optimiser.update(&parameters, with: grads)
            losses.append(loss)
            (h, c) = final
            position += window
        }
        return (losses, parameters)
    }

    static func fusedModel(_ kind: CharModelKind, weights: [Tensor]) -> any FusedCharModel {
        switch kind {
        case .rnn: FusedCharRNN(vocabulary: vocabulary, hidden: hidden, steps: window, weights: weights)
        case .lstm: FusedCharLSTM(vocabulary: vocabulary, hidden: hidden, steps: window, weights: weights)
        }
    }

    /// The second window's loss and gradients, the state carried from the first, fused
    /// and by the definition. 1e-12 relative (floor 1e-3 for elements near zero by
    /// cancellation): the fused passes sum the same terms in another order (whole-window
    /// products), which moves the last bits only.
    @Test(arguments: CharModelKind.allCases)
    func oneWindowsGradientsMatchTheDefinition(kind: CharModelKind) throws {
        let weights = CharModelWeights.initial(kind: kind, vocabulary: Self.vocabulary, hidden: Self.hidden)
        let model = Self.fusedModel(kind, weights: weights)
        let fusedLoss = Self.text.withUnsafeBufferPointer { text in
            _ = model.forwardBackward(inputs: UnsafeBufferPointer(rebasing: text[0..<5]),
                                      targets: UnsafeBufferPointer(rebasing: text[1..<6]))
            return model.forwardBackward(inputs: UnsafeBufferPointer(rebasing: text[5..<10]),
                                         targets: UnsafeBufferPointer(rebasing: text[6..<11]))
        }
        let zero = try Tensor.zeros(shape: [1, Self.hidden])
        let first = try Self.definedWindow(kind, weights.map { Var($0) }, inputs: Self.text[0..<5],
                                           targets: Self.text[1..<6], h: zero, c: zero)
        let (loss, gradients) = try valueAndGradient(at: weights) { p in
            try Self.definedWindow(kind, p, inputs: Self.text[5..<10], targets: Self.text[6..<11],
                                   h: first.h, c: first.c).loss
        }
        #expect(Closeness.error(fusedLoss, loss) < 1e-12, "\(kind) loss \(fusedLoss) against \(loss)")
        let fused = model.gradients
        #expect(fused.count == gradients.count)
        for (k, (a, e)) in zip(fused, gradients).enumerated() {
            #expect(a.count == e.count)
            let error = Closeness.worst(a, e.scalars, floor: 1e-3)
            Closeness.report("\(kind) gradient \(k)", error)
            #expect(error < 1e-12, "\(kind) gradient \(k): worst error \(error)")
        }
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
