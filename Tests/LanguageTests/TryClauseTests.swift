import Testing
@testable import Language

/// `try ... catch ... else ... finally ... end` as Julia 1.10 runs it (manual,
/// control-flow.md "else Clauses" and "finally Clauses"; src/julia-syntax.scm's
/// expand-try gives each clause a scope block of its own).
struct TryClauseTests {
    @Test func elseRunsOnlyWhenNothingWasThrownAndGivesTheValue() {
        let run = runProgram("""
            a = try; 1; catch; 2; else; 3; end
            b = try; error("x"); catch; 2; else; 3; end
            c = try; 1; catch; 2; else; 3; finally; 4; end
            println((a, b, c))
            """)
        #expect(run.error == nil)
        #expect(run.lines == ["(3, 2, 3)"])
    }

    @Test func anErrorInElseIsNotCaughtButFinallyRuns() {
        let run = runProgram("""
            try
                1
            catch
                println("caught")
            else
                error("from else")
            finally
                println("finally")
            end
            """)
        #expect(run.lines == ["finally"])
        #expect(run.error?.contains("from else") == true)
    }

    @Test func elseDoesNotSeeANameTheTryBlockMade() {
        let run = runProgram("try\n    foo = 1\ncatch\nelse\n    foo\nend")
        #expect(run.error?.contains("undefined variable `foo`") == true)
    }

    @Test func finallyIsAScopeOfItsOwn() {
        let run = runProgram("try\n    1\nfinally\n    made_in_finally = 2\nend\nprintln(@isdefined made_in_finally)")
        #expect(run.lines == ["false"])
    }

    @Test func anErrorInFinallyReplacesTheOneInFlight() {
        let run = runProgram("try\n    error(\"first\")\nfinally\n    error(\"second\")\nend")
        #expect(run.error?.contains("second") == true)
        #expect(run.error?.contains("first") == false)
    }

    @Test func aReturnInsideTryStillRunsFinallyOnce() {
        let run = runProgram("function f()\n    try\n        return 1\n    finally\n        println(\"done\")\n    end\nend\nprintln(f())")
        #expect(run.lines == ["done", "1"])
    }

    @Test(arguments: [
        ("try\n    1\nelse\n    2\nend", "`else` in a `try` needs a `catch` block before it"),
        ("try\n    1\nfinally\n    2\nelse\n    3\nend", "`else` in a `try` goes right after its `catch` block"),
        ("try\n    1\nend", "`try` without `catch` or `finally`"),
    ])
    func misplacedClausesAreSyntaxErrors(_ source: String, _ message: String) {
        #expect(throws: SyntaxError.self) { try Parser.parse(source) }
        let run = runProgram(source)
        #expect(run.error?.contains(message) == true, "\(run.error ?? "no error")")
    }
}
