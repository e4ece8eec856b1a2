import Testing
@testable import Language

/// `for outer i` (manual, variables-and-scoping.md "Loops and Comprehensions"): the loop
/// assigns an existing local, and Julia's lowering rejects the statement before it runs
/// when there is none (src/julia-syntax.scm, `require-existing-local`).
struct ForOuterTests {
    private let noLocal = "syntax: no outer local variable declaration exists for \"for outer\""

    @Test func theLoopLeavesTheLastValueInTheLocal() {
        let run = runProgram("function f()\n    i = 0\n    for outer i in 1:3\n        i += 10\n    end\n    i\nend\nprintln(f())")
        #expect(run.error == nil)
        #expect(run.lines == ["13"])
    }

    @Test func aLetVariableAndAnArgumentAreLocalsToReuse() {
        let run = runProgram("""
            let n = 0
                for outer n in 1:5
                end
                println(n)
            end
            g(x) = (for outer x in 1:2 end; x)
            println(g(9))
            """)
        #expect(run.error == nil)
        #expect(run.lines == ["5", "2"])
    }

    @Test func anInnerLoopSeesTheOuterLoopsVariable() {
        let run = runProgram("function f()\n    for j in 1:2\n        for outer j in 5:6\n        end\n        println(j)\n    end\nend\nf()")
        #expect(run.lines == ["6", "6"])
    }

    @Test func aNameAssignedOnlyInANestedScopeIsNotOuter() {
        let run = runProgram("function f()\n    if true\n        for k in 1:2\n            m = k\n        end\n    end\n    for outer m in 1:2\n    end\nend")
        #expect(run.error?.contains(noLocal) == true, "\(run.error ?? "no error")")
    }

    @Test func aGlobalDeclarationIsInScope() {
        let run = runProgram("function f()\n    global gi\n    for outer gi in 1:3\n    end\nend\nf()\nprintln(gi)")
        #expect(run.error == nil, "\(run.error ?? "")")
        #expect(run.lines == ["3"])
    }

    @Test func theStatementDoesNotRunWhenTheCheckFails() {
        let run = runProgram("begin\n    println(\"part of the statement\")\n    for outer q in 1:2\n    end\nend")
        #expect(run.lines.isEmpty)
        #expect(run.error?.contains(noLocal) == true)
    }

    @Test func aTopLevelLoopInTheREPLsSoftScopeAssignsAnExistingGlobalSoItIsNoLocal() {
        let run = runProgram("x = 1\nfor k in 1:1\n    x = 2\n    for outer x in 1:3\n    end\nend")
        #expect(run.error?.contains(noLocal) == true)
        let fresh = runProgram("for k in 1:1\n    y = 2\n    for outer y in 1:3\n    end\n    println(y)\nend")
        #expect(fresh.error == nil, "\(fresh.error ?? "")")
        #expect(fresh.lines == ["3"])
    }

    @Test(arguments: [
        ("f() = [i for outer i in 1:3]", "`outer` in a comprehension's `for` is not supported"),
        ("function f()\n    a = b = 0\n    for outer (a, b) in [(1, 2)]\n    end\nend", "`for outer` with a tuple of loop variables is not supported"),
    ])
    func formsNotReadAreRefused(_ source: String, _ message: String) {
        let run = runProgram(source)
        #expect(run.error?.contains(message) == true, "\(run.error ?? "no error")")
    }
}
