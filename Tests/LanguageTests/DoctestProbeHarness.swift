import Foundation
import Testing
@testable import Language

/// The notebook side of `tools/doctest-probe/run`: it reads the REPL sessions that
/// script extracted from Julia 1.10's doctests (`DOCTEST_IN`, a JSON list of
/// `{id, inputs}`), types each session's inputs one after another into one fresh
/// interpreter, as a learner would at the `rnnlab>` prompt, and writes what came back
/// (`DOCTEST_OUT`); the script compares that with what Julia printed. It is a
/// measurement, not a check: without both variables it does not run at all.
@Suite struct DoctestProbeHarness {
    static let inputPath = ProcessInfo.processInfo.environment["DOCTEST_IN"]
    static let outputPath = ProcessInfo.processInfo.environment["DOCTEST_OUT"]
    static let requested = inputPath != nil && outputPath != nil

    /// As many loop iterations and calls as one input may take before it counts as hung;
    /// far more than any doctest needs.
    static let stepLimit = 3_000_000

    struct Session: Decodable {
        var id: String
        var inputs: [String]
    }

    /// One input's outcome: what it printed, and then either the value the REPL shows
    /// (nil when the input ends in `;` or is `nothing`) or the error it stopped with.
    struct Outcome: Encodable {
        var printed: String
        var display: String?
        var error: Failure?
    }

    struct Failure: Encodable {
        /// Julia's exception type for a catchable error; "SyntaxError" for a parse error.
        var type: String
        /// Whether a `try` in the program could catch it (false for the notebook's own
        /// refusals and limits, and for parse errors, which stop the input before it runs).
        var catchable: Bool
        /// Ctrl-C or the step limit: the input did not finish.
        var stopped: Bool
        var message: String
    }

    struct SessionOutcome: Encodable {
        var id: String
        var results: [Outcome]
    }

    @Test(.enabled(if: requested, "set DOCTEST_IN and DOCTEST_OUT (tools/doctest-probe/run does)"))
    func runDoctestSessions() throws {
        let inputPath = try #require(Self.inputPath), outputPath = try #require(Self.outputPath)
        let sessions = try JSONDecoder().decode([Session].self, from: Data(contentsOf: URL(fileURLWithPath: inputPath)))
        let outcomes = sessions.map { SessionOutcome(id: $0.id, results: Self.run($0.inputs)) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(outcomes).write(to: URL(fileURLWithPath: outputPath))
        #expect(outcomes.map(\.results.count) == sessions.map(\.inputs.count))
    }

    /// Runs the inputs of one session in one interpreter, `ans` kept as the REPL keeps it.
    static func run(_ inputs: [String]) -> [Outcome] {
        var printed = ""
        var steps = 0
        let interpreter = Interpreter(output: { printed += $0 }, isCancelled: {
            steps += 1
            return steps > stepLimit
        })
        interpreter.displaySize = (80, 24)
        return inputs.map { input in
            printed = ""
            steps = 0
            var outcome = Outcome(printed: "")
            do {
                let result = try interpreter.runCell(input)
                interpreter.setGlobal("ans", result.value)
                if case .nothing = result.value {} else if !result.suppressed {
                    outcome.display = display(result.value, width: 80, height: 24)
                }
            } catch let error as RuntimeError {
                outcome.error = Failure(type: error.kind.juliaName, catchable: error.kind.isCatchable,
                                        stopped: error.isInterruption, message: error.message)
            } catch let error as SyntaxError {
                outcome.error = Failure(type: "SyntaxError", catchable: false, stopped: false, message: error.message)
            } catch {
                outcome.error = Failure(type: "\(type(of: error))", catchable: false, stopped: false, message: "\(error)")
            }
            outcome.printed = printed
            return outcome
        }
    }
}
