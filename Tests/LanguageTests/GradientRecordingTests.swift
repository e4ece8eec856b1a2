import Testing
@testable import Engine
@testable import Language

/// `grad` and `value_and_grad` must leave nothing recorded behind them. A tracked
/// value that a learner's loss stores in a global outlives the call; it must then
/// hold an empty, finished tape (before the fix it held the whole recording, which
/// also kept every other call's tape alive through the cycle of closures and values),
/// and compute on as a plain array.
@Suite struct GradientRecordingTests {
    static func escapedValue(after source: String) throws -> Var {
        let interpreter = Interpreter(output: { _ in })
        try interpreter.run(source: source)
        guard case .tracked(let v) = interpreter.global("seen") else {
            Issue.record("`seen` is \(String(describing: interpreter.global("seen"))), not a tracked value")
            throw RuntimeError("no tracked value")
        }
        return v
    }

    @Test(arguments: ["grad(f)(W)", "value_and_grad(f)(W)", "grad(f)(W); grad(f)(W)"])
    func aCallFinishesItsTape(_ call: String) throws {
        let v = try Self.escapedValue(after: """
            W = [1.0 2.0; 3.0 4.0]
            f(W) = (global seen = W * W; sum(tanh.(seen)))
            \(call)
            """)
        #expect(v.tape == nil, "the recording is still open after \(call)")
        #expect(v.recordedOn?.count == 0, "the tape still holds \(v.recordedOn?.count ?? -1) nodes")
    }

    @Test func anEscapedValueComputesOnAsAPlainArray() throws {
        let interpreter = Interpreter(output: { _ in })
        try interpreter.run(source: """
            f(W) = (global seen = W * 2; sum(seen))
            grad(f)([1.0, 2.0])
            doubled = seen .* 3
            """)
        guard case .array(let box) = interpreter.global("doubled") else {
            Issue.record("doubled is \(String(describing: interpreter.global("doubled")))")
            return
        }
        #expect(box.tensor.scalars == [6, 12])
    }
}
