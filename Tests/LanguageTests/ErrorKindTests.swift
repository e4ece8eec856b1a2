import Testing
@testable import Language

/// Every runtime error has a kind, Julia's exception type for it or one of the
/// notebook's own stops; `try` decides by the kind, never by the message.
struct ErrorKindTests {
    private func kind(of source: String) -> RuntimeError.Kind? {
        let interpreter = Interpreter(limits: .init(maximumCallDepth: 50, elementBudget: 1000), output: { _ in })
        do {
            try interpreter.run(source: source)
        } catch let error as RuntimeError {
            return error.kind
        } catch {
            return nil
        }
        return nil
    }

    @Test(arguments: [
        ("error(\"interrupted\")", RuntimeError.Kind.error),
        ("[1, 2][5]", .bounds),
        ("undefined_name + 1", .undefinedVariable),
        ("Dict(:a => 1)[:b]", .key),
        ("1 ÷ 0", .divide),
        ("Int(2.5)", .inexact),
        ("(-8.0)^(1/3)", .domain),
        ("sqrt(-4)", .domain),
        ("\"a\" - 1", .method),
        ("if 1 end", .type),
        ("[1, 2] + [1, 2, 3]", .dimensionMismatch),
        ("f(; k) = k; f()", .undefinedKeyword),
        ("[1 // 2, 1]", .notSupported),
        ("0 // 0", .argument),
        ("(typemax(Int) // 1) + 1", .overflow),
        ("zeros(2000)", .limit),
        ("down(n) = down(n + 1); down(1)", .limit),
    ])
    func failuresHaveTheirJuliaKind(_ source: String, _ expected: RuntimeError.Kind) {
        #expect(kind(of: source) == expected, "\(source)")
    }

    @Test func onlyJuliasOwnErrorsAreCatchable() {
        for kind in RuntimeError.Kind.allCases {
            let ours: Set<RuntimeError.Kind> = [.interruption, .notSupported, .limit]
            #expect(kind.isCatchable == !ours.contains(kind), "\(kind)")
        }
    }

    @Test func anInterruptionIsNeverCaughtWhateverItsText() throws {
        var checks = 0
        let interpreter = Interpreter(output: { _ in }, isCancelled: {
            checks += 1
            return checks > 200
        })
        do {
            try interpreter.run(source: "try\n  while true end\ncatch\n  1\nend")
            Issue.record("the interrupt should have reached the caller")
        } catch let error as RuntimeError {
            #expect(error.kind == .interruption)
        }
        interpreter.isCancelled = { false }
        #expect(show(try interpreter.run(source: "try error(\"interrupted\") catch; 2 end")) == "2")
    }
}
