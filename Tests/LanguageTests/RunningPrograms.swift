import Testing
@testable import Language

/// What a program prints, run in a fresh interpreter (its error, if it stops with one).
func printedOutput(of source: String) throws -> String {
    var printed = ""
    try Interpreter(output: { printed += $0 }).run(source: source)
    return printed
}

/// The RuntimeError a program stops with, or nil when it runs to the end.
func runtimeFailure(of source: String) -> RuntimeError? {
    do {
        _ = try printedOutput(of: source)
        return nil
    } catch let error as RuntimeError {
        return error
    } catch {
        return nil
    }
}

/// Expects the program to stop with a refusal (`.notSupported`) whose message starts with `expected`.
func expectRefused(_ source: String, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let error = runtimeFailure(of: source)
    #expect(error?.kind == .notSupported, "\(source)", sourceLocation: sourceLocation)
    #expect(error?.message.hasPrefix(expected) == true, "\(source): \(error?.message ?? "no error")", sourceLocation: sourceLocation)
}
