import Testing
@testable import Language

/// Work that runs inside one builtin call must still be interruptible or bounded.
struct InterruptTests {
    @Test func membershipInAHugeRangeCanBeInterrupted() {
        var polls = 0
        let interpreter = Interpreter(output: { _ in }, isCancelled: {
            polls += 1
            return polls > 3
        })
        #expect(throws: RuntimeError.self) { try interpreter.run(source: "-1 in 1:10^15") }
        polls = 0
        do {
            try interpreter.run(source: "findfirst(x -> x < 0, 1:10^15)")
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".contains("refusing") || "\(error)".contains("interrupted"))
        }
    }

    @Test func collectingAHugeRangeIsRefused() {
        let interpreter = Interpreter(limits: .init(elementBudget: 1000), output: { _ in })
        for source in ["map(x -> x, 1:10^12)", "collect(enumerate(1:10^12))", "sort(collect(1:10^12))", "collect(zip(1:10^12, 1:10^12))",
                       "collect(Iterators.take(Iterators.countfrom(1), 10^12))", "Any[1:10^12...]", "max(1:10^12...)"] {
            #expect(throws: RuntimeError.self, "\(source) should be refused") { try interpreter.run(source: source) }
        }
    }

    @Test func tryCatchDoesNotSwallowAnInterrupt() throws {
        var polls = 0
        let interpreter = Interpreter(output: { _ in }, isCancelled: {
            polls += 1
            return polls > 100
        })
        do {
            try interpreter.run(source: "while true\n  try\n    x = 1\n  catch\n  end\nend")
            Issue.record("the loop should have been interrupted")
        } catch let error as RuntimeError {
            #expect(error.isInterruption)
        }
    }
}
