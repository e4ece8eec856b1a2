import Testing
@testable import Engine

/// How the tape behaves: structure of gradients, accumulation, unused parameters, and
/// errors for losses that cannot be differentiated.
@Suite struct AutodiffTests {
    @Test func aParameterUsedTwiceAccumulates() throws {
        let x = Tensor(vector: [1.5, -2, 3])
        let g = try gradient(at: [x]) { p in try (p[0] .* p[0]).sum() + p[0].sum() }
        #expect(g[0].scalars == [4, -3, 7])  // 2x + 1, exact in binary
    }

    @Test func unusedParametersGetZerosOfTheirShape() throws {
        let w = try Tensor.ones(2, 3), unused = try Tensor.ones(4, 1)
        let g = try gradient(at: [w, unused]) { p in p[0].sum() }
        #expect(g[1] == (try Tensor.zeros(4, 1)))
        // A loss that reads no parameter at all: all zeros, not an error.
        let none = try gradient(at: [w]) { _ in Var(3.0) }
        #expect(none[0] == (try Tensor.zeros(2, 3)))
    }

    @Test func valueAndGradientReturnsTheForwardValue() throws {
        let x = Tensor(vector: [0.25, 0.5])
        let (value, grads) = try valueAndGradient(at: [x]) { p in try (p[0] .* p[0]).sum() }
        #expect(value == 0.3125)
        #expect(grads[0].scalars == [0.5, 1])
    }

    @Test func nestedParametersKeepTheirStructure() throws {
        let tree: ParameterTree<Tensor> = .list([
            .leaf(Tensor(vector: [1, 2])),
            .tuple([.leaf(Tensor(vector: [3])), .leaf(try Tensor.ones(2, 2))]),
            .dictionary([(key: "bias", value: .leaf(Tensor(vector: [5, 6])))]),
        ])
        let (value, g) = try valueAndGradient(at: tree) { p in
            guard case .list(let items) = p, case .leaf(let a) = items[0], case .tuple(let pair) = items[1],
                  case .leaf(let b) = pair[0], case .dictionary(let d) = items[2], case .leaf(let bias) = d[0].value
            else { throw Fixture.Problem(description: "tree lost its shape") }
            return try (a .* bias).sum() + b.sum() * 2
        }
        #expect(value == 23)  // 1·5 + 2·6 + 3·2
        guard case .list(let items) = g, case .leaf(let da) = items[0], case .tuple(let pair) = items[1],
              case .leaf(let db) = pair[0], case .leaf(let unused) = pair[1], case .dictionary(let d) = items[2],
              case .leaf(let dbias) = d[0].value
        else {
            Issue.record("gradient tree has a different structure: \(g)")
            return
        }
        #expect(da.scalars == [5, 6])
        #expect(db.scalars == [2])
        #expect(unused == (try Tensor.zeros(2, 2)))
        #expect(dbias.scalars == [1, 2])
        #expect(d[0].key == "bias")
    }

    @Test func nonScalarLossThrowsNamingItsShape() throws {
        let x = try Tensor.ones(3, 4)
        expectEngineError(mentioning: ["scalar", "(3, 4)"]) { _ = try gradient(at: [x]) { p in p[0] * 2 } }
        expectEngineError(mentioning: ["scalar", "(4,)"]) {
            _ = try gradient(at: [x]) { p in try p[0].sum(along: 0).reshaped([4]) }
        }
        expectEngineError(mentioning: ["scalar", "(3, 4)"]) { _ = try gradcheck(at: [x]) { p in p[0].tanh() } }
    }

    @Test func combiningTwoRecordingsThrows() throws {
        let first = Tape(), second = Tape()
        let a = first.parameter(Tensor(vector: [1, 2])), b = second.parameter(Tensor(vector: [3, 4]))
        #expect(throws: EngineError.mixedTapes) { _ = try a + b }
        let loss = a.sum()
        expectEngineError(mentioning: ["gradient"]) { _ = try first.gradients(of: loss, for: [b]) }
    }

    @Test func shapeErrorsInsideTheLossPropagate() throws {
        let x = try Tensor.ones(3, 4)
        expectEngineError(mentioning: ["(3, 4)", "(4, 3)"]) {
            _ = try gradient(at: [x]) { p in try (p[0] + Var(try Tensor.ones(4, 3))).sum() }
        }
    }

    @Test func longChainsDoNotExhaustTheStack() throws {
        // 50 000 recorded operations; the backward walk must be a loop, not recursion.
        let g = try gradient(at: [Tensor(vector: [1])]) { p in
            var y = p[0]
            for _ in 0..<50_000 { y = y * 1.0 + 0.0 }
            return y.sum()
        }
        #expect(g[0].scalars == [1])
    }

    @Test func gradcheckCatchesAWrongDerivative() throws {
        // A deliberately wrong backward (claims d/dx x² = x): gradcheck must notice.
        func badSquare(_ x: Var) throws -> Var {
            Var.record1(try x.value .* x.value, from: x) { g in try g .* x.value }
        }
        // Mixed errors are |x| / max(1, |x|, |2x|) = 0.1, 0.3, 0.45: the last is worst.
        let x = Tensor(vector: [0.1, -0.3, 0.45])
        let report = try gradcheck(at: [x]) { p in try badSquare(p[0]).sum() }
        #expect(Swift.abs(report.worstError - 0.45) < 1e-6)
        #expect(report.worstParameter == 0 && report.worstElement == 2)
        #expect(report.checkedElements == 3)
        // And the independent differences see it too.
        let analytic = try gradient(at: [x]) { p in try badSquare(p[0]).sum() }
        let numeric = try CentralDifference.gradient(at: [x]) { p in try badSquare(p[0]).sum() }
        #expect(CentralDifference.worstMixedError(analytic, numeric) > 0.1)
    }

    @Test func constantsAreNotRecorded() throws {
        let tape = Tape()
        let w = tape.parameter(Tensor(vector: [1, 2]))
        let constant = Var(Tensor(vector: [3, 4]))
        let before = tape.count
        let c = try (constant .* constant).tanh().sum()
        #expect(!c.isTracked)
        #expect(tape.count == before, "operations on constants were recorded")
        let tracked = try (w .* constant).sum()
        #expect(tracked.isTracked)
        #expect(tape.count == before + 2)
    }

    @Test func gradcheckSamplesLargeParameters() throws {
        let big = try Probe.normal([40, 30], seed: 50)
        let report = try gradcheck(at: [big], maxElementsPerParameter: 25) { p in try Probe.weightedSum(p[0].tanh()) }
        #expect(report.checkedElements <= 30 && report.checkedElements >= 25, "checked \(report.checkedElements)")
        #expect(report.worstError < 1e-6)
    }
}
