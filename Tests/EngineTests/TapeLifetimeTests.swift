import Testing
@testable import Engine

/// A gradient call must leave nothing behind. Every node's closure holds the `Var`s it
/// reads and every `Var` holds its tape, so before `Tape.finish()` a recording and
/// every tensor on it kept each other alive for ever: 20,000 calls of `grad(f)(W0)`
/// grew the process by 150 MB, and lesson 7's model by 2.5 MB a training step.
///
/// A weak reference to the tape, taken inside the loss, must be nil once the call
/// returns: then the nodes, their closures and the tensors they held are gone too.
@Suite struct TapeLifetimeTests {
    final class WeakTape {
        weak var tape: Tape?
    }

    static let x = Tensor(unchecked: [1, 3], [0.5, -1, 2])

    /// The gradient of `loss` at `parameters`, and whether the tape outlived the call.
    static func tapeSurvives(_ parameters: [Tensor], _ loss: @escaping ([Var]) throws -> Var) throws -> Bool {
        let seen = WeakTape()
        _ = try valueAndGradient(at: parameters) { p in
            seen.tape = p[0].tape
            #expect(seen.tape != nil, "the loss ran on untracked parameters")
            return try loss(p)
        }
        return seen.tape != nil
    }

    @Test func composedOperationsFreeTheirTape() throws {
        let w = try Probe.normal([3, 3], seed: 1)
        #expect(try !Self.tapeSurvives([w]) { p in try (Var(Self.x) * p[0] * p[0]).tanh().sum() })
        #expect(try !Self.tapeSurvives([w]) { p in try (p[0] .* p[0] + p[0] / 2).exp().mean() })
    }

    @Test func fusedCellsFreeTheirTape() throws {
        let (inputs, hidden) = (3, 4)
        let h0 = Var(try Tensor.zeros(shape: [1, hidden]))
        let rnnWeights = [
            try Probe.normal([inputs + hidden, hidden], seed: 2), try Tensor.zeros(shape: [1, hidden]),
        ]
        #expect(try !Self.tapeSurvives(rnnWeights) { p in
            let h1 = try rnnCell(Var(Self.x), h0, weight: p[0], bias: p[1])
            return try rnnCell(Var(Self.x), h1, weight: p[0], bias: p[1]).sum()
        })
        let lstmWeights = [
            try Probe.normal([inputs + hidden, 4 * hidden], seed: 3), try Tensor.zeros(shape: [1, 4 * hidden]),
        ]
        #expect(try !Self.tapeSurvives(lstmWeights) { p in
            let (h1, c1) = try lstmCell(Var(Self.x), h0, h0, weight: p[0], bias: p[1])
            return try (lstmCell(Var(Self.x), h1, c1, weight: p[0], bias: p[1]).h).sum()
        })
        let denseWeights = [try Probe.normal([inputs, 2], seed: 4), try Tensor.zeros(shape: [1, 2])]
        #expect(try !Self.tapeSurvives(denseWeights) { p in try dense(Var(Self.x), weight: p[0], bias: p[1]).sum() })
    }

    /// A loss that throws half-way leaves a half-built recording, which must go too.
    @Test func aFailedRecordingIsFreed() throws {
        let seen = WeakTape()
        let w = try Probe.normal([3, 3], seed: 5)
        #expect(throws: EngineError.self) {
            _ = try valueAndGradient(at: [w]) { p in
                seen.tape = p[0].tape
                let y = try Var(Self.x) * p[0]  // 1×3 times 3×3
                return try y * Var(Self.x)  // 1×3 times 1×3: a shape error
            }
        }
        #expect(seen.tape == nil)
    }

    /// A tape used directly is finished by its gradient call: its nodes are gone, a
    /// second gradient call is refused, and a value that escaped the recording keeps
    /// only the empty tape alive and computes on as a constant.
    @Test func aTapeIsUsedOnce() throws {
        let seen = WeakTape()
        var escaped: Var?
        do {
            let tape = Tape()
            seen.tape = tape
            let w = tape.parameter(Tensor(vector: [1, 2]))
            let loss = try (w .* w).sum()
            escaped = loss
            let g = try tape.gradients(of: loss, for: [w])
            #expect(g[0].scalars == [2, 4])
            #expect(!tape.isRecording && tape.count == 0)
            #expect(throws: EngineError.self) { try tape.gradients(of: loss, for: [w]) }
        }
        let later = try #require(escaped) * 3
        #expect(!later.isTracked)
        #expect(later.value.scalars == [15])
        escaped = nil
        #expect(seen.tape == nil, "the tape outlived every value made on it")
    }
}
