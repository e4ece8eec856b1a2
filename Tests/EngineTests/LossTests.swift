import Testing
@testable import Engine

/// Softmax, log-softmax, nll and mse against numpy, including inputs large enough to
/// overflow a naive `exp`.
@Suite struct LossTests {
    @Test func softmaxAndLogSoftmaxMatchNumpy() throws {
        let cases = try Fixture.load("losses")["softmax"].array
        #expect(cases.count >= 8)
        for c in cases {
            let x = try c["x"].tensor
            let d = try c["dim"].int
            let what = "\(shapeText(x.shape)) along \(d)"
            let soft = try x.softmax(along: d), logSoft = try x.logSoftmax(along: d)
            #expect(soft.scalars.allSatisfy(\.isFinite) && logSoft.scalars.allSatisfy { !$0.isNaN }, "\(what) not finite")
            // Softmax of the huge case underflows to 0 or denormals in some places;
            // both sides do that identically, and elsewhere the comparison is relative.
            expectClose(soft, try c["softmax"].tensor, "softmax \(what)")
            expectClose(logSoft, try c["logsoftmax"].tensor, "logsoftmax \(what)")
            expectClose(try Var(x).softmax(along: d).value, try c["softmax"].tensor, "Var softmax \(what)")
            expectClose(try Var(x).logSoftmax(along: d).value, try c["logsoftmax"].tensor, "Var logsoftmax \(what)")
        }
    }

    @Test func nllMatchesKnetDefinition() throws {
        for c in try Fixture.load("losses")["nll"].array {
            let scores = try c["scores"].tensor
            let d = try c["dim"].int
            let loss = try Var(scores).nll(labels: try c["labels"].ints, classDimension: d)
            #expect(loss.shape == [])
            expectClose(try loss.value.scalarValue(), try c["loss"].double, "nll \(shapeText(scores.shape)) classes along \(d)")
        }
    }

    @Test func mseIsTheMeanOfSquaredDifferences() throws {
        for c in try Fixture.load("losses")["mse"].array {
            let y = try c["y"].tensor, t = try c["target"].tensor
            let loss = try Var(y).mse(Var(t))
            expectClose(try loss.value.scalarValue(), try c["loss"].double, "mse \(shapeText(y.shape))")
        }
    }

    @Test func nllRejectsBadLabels() throws {
        let scores = Var(try Tensor.zeros(5, 4))
        expectEngineError(mentioning: ["nll", "(5, 4)"]) { _ = try scores.nll(labels: [0, 1, 2], classDimension: 0) }
        expectEngineError(mentioning: ["nll", "6"]) { _ = try scores.nll(labels: [0, 1, 2, 5], classDimension: 0) }
        expectEngineError(mentioning: ["nll"]) { _ = try scores.nll(labels: [0, -1, 2, 3], classDimension: 0) }
        expectEngineError(mentioning: ["nll"]) { _ = try scores.nll(labels: [0, 1, 2, 3], classDimension: 2) }
        expectEngineError(mentioning: ["nll", "(2, 3, 4)"]) {
            _ = try Var(try Tensor.zeros(2, 3, 4)).nll(labels: [0], classDimension: 0)
        }
    }

    @Test func mseRejectsMismatchedShapes() throws {
        expectEngineError(mentioning: ["mse", "(3, 2)", "(2, 3)"]) {
            _ = try Var(try Tensor.zeros(3, 2)).mse(Var(try Tensor.zeros(2, 3)))
        }
    }

    @Test func softmaxAlongABadDimensionThrows() throws {
        expectEngineError(mentioning: ["(3, 4)"]) { _ = try Tensor.ones(3, 4).softmax(along: 4) }
    }
}
