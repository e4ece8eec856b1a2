@testable import Language

/// Runs a program with small limits and returns what it printed and the error it
/// stopped with, for tests that check both.
func printedAndError(of source: String) -> (printed: String, error: RuntimeError?) {
    var printed = ""
    let interpreter = Interpreter(limits: .init(maximumCallDepth: 50, elementBudget: 10_000), output: { printed += $0 })
    do {
        try interpreter.run(source: source)
        return (printed, nil)
    } catch let error as RuntimeError {
        return (printed, error)
    } catch {
        return (printed, RuntimeError("\(error)"))
    }
}
