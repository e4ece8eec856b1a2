import Foundation
import Language

// libFuzzer calls this with arbitrary bytes: they go through the completeness check,
// the scanner, the parser and the evaluator with tight limits, and must come back
// as a value or an error, never a trap. Each input gets a wall-clock budget through
// the same cancellation hook Ctrl-C uses, so `while true end` is not a hang.

let perInputSeconds = 1.0

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = isComplete(source)
    let deadline = Date().addingTimeInterval(perInputSeconds)
    var polls = 0
    let interpreter = Interpreter(
        limits: Interpreter.Limits(maximumCallDepth: 200, elementBudget: 200_000),
        output: { _ in },
        isCancelled: {
            // Reading the clock on every poll would dominate short loops.
            polls &+= 1
            return polls % 64 == 0 && Date() > deadline
        })
    _ = try? interpreter.run(source: source)
    return 0
}
