import Foundation
import Testing
@testable import Language

/// The interpreter's API as the front end uses it: cells share a workspace, results
/// can be hidden with `;`, long loops can be interrupted, and limits hold.
struct InterpreterTests {
    @Test func cellsShareOneWorkspace() throws {
        let interpreter = Interpreter(output: { _ in })
        try interpreter.run(source: "x = 20")
        try interpreter.run(source: "f(y) = x + y")
        let result = try interpreter.run(source: "f(22)")
        #expect(show(result) == "42")
    }

    @Test func aTrailingSemicolonHidesTheResult() throws {
        let interpreter = Interpreter(output: { _ in })
        #expect(try interpreter.runCell("x = 5;").suppressed)
        #expect(try !interpreter.runCell("x = 5").suppressed)
        #expect(try interpreter.runCell("y = 1; z = 2;  # done\n").suppressed)
    }

    @Test func printedOutputGoesToTheSink() throws {
        var printed = ""
        let interpreter = Interpreter(output: { printed += $0 })
        try interpreter.run(source: "println(\"a\", 1); print(2.5)")
        #expect(printed == "a1\n2.5")
    }

    @Test func aLongLoopStopsWhenCancelledAndTheWorkspaceSurvives() throws {
        var checks = 0
        let interpreter = Interpreter(output: { _ in }, isCancelled: {
            checks += 1
            return checks > 1000
        })
        try interpreter.run(source: "kept = 7")
        do {
            try interpreter.run(source: "i = 0\nwhile true\n  global i += 1\nend")
            Issue.record("the loop should have been interrupted")
        } catch let error as RuntimeError {
            #expect(error.message == "interrupted")
        }
        interpreter.isCancelled = { false }
        #expect(show(try interpreter.run(source: "kept")) == "7")
        if case .int(let i)? = interpreter.global("i") { #expect(i > 0) } else { Issue.record("i should be an Int") }
    }

    @Test func callDepthIsBoundedBelowTheStackLimit() throws {
        let interpreter = Interpreter(limits: .init(maximumCallDepth: 2000), output: { _ in })
        // 1900 nested calls fit; one without a base case is stopped with an error.
        #expect(show(try interpreter.run(source: "down(n) = n == 0 ? 0 : 1 + down(n - 1)\ndown(1900)")) == "1900")
        #expect(throws: RuntimeError.self) { try interpreter.run(source: "down(-1)") }
    }

    @Test func theElementBudgetRefusesLargeAllocations() throws {
        let interpreter = Interpreter(limits: .init(elementBudget: 1000), output: { _ in })
        #expect(show(try interpreter.run(source: "length(zeros(10, 100))")) == "1000")
        for source in ["zeros(10, 101)", "ones(2000)", "collect(1:5000)", "[i for i in 1:2000]", "ones(40) * ones(1, 40)",
                       "ones(40) .+ ones(1, 40)", "\"ab\"^1000"] {
            #expect(throws: RuntimeError.self, "\(source) should be refused") { try interpreter.run(source: source) }
        }
    }

    @Test func syntaxErrorsShowTheLineAndACaret() {
        do {
            try Interpreter(output: { _ in }).run(source: "x = 1\ny = [1, 2\n")
            Issue.record("expected a syntax error")
        } catch let error as SyntaxError {
            #expect(error.position.line == 3 || error.position.line == 2)
            #expect("\(error)".contains("expected `]`"))
            #expect("\(error)".contains("^"))
        } catch {
            Issue.record("expected a SyntaxError, got \(error)")
        }
        let text = "\(SyntaxError("expected `)`", at: SourcePosition(line: 1, column: 5), sourceLine: "f(a b)"))"
        #expect(text == "syntax error at line 1, column 5: expected `)`\n  f(a b)\n      ^")
    }

    @Test func everyBuiltinHasAHelpLine() {
        let interpreter = Interpreter(output: { _ in })
        #expect(interpreter.helpTable.count > 100)
        for (name, help) in interpreter.helpTable {
            #expect(help.contains(name) || help.contains("same as"), "help for \(name) should name it: \(help)")
        }
        #expect(interpreter.help(for: "zeros")?.hasPrefix("zeros(") == true)
        #expect(interpreter.help(for: "no_such_function") == nil)
    }

    @Test func deepExpressionsInsideARecursionStopBeforeTheStackRunsOut() {
        // Each call of f sits 300 levels deep in an expression, so the stack fills long
        // before the call-depth limit; without the stack guard this crashes the process.
        var body = "f(n - 1)"
        for _ in 0..<300 { body = "(0 + " + body + ")" }
        let interpreter = Interpreter(limits: .init(maximumCallDepth: 100_000), output: { _ in })
        do {
            let value = try interpreter.run(source: "f(n) = n == 0 ? 0 : 1 + \(body)\nf(20000)")
            #expect(show(value) == "20000")
        } catch let error as RuntimeError {
            #expect(error.message.contains("the stack is nearly full"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
