import Testing
@testable import Language

/// The REPL asks for another line exactly while a construct is still open.
struct CompletenessTests {
    @Test(arguments: [
        "function f(x)",
        "function f(x)\n  x + 1",
        "for i in 1:3",
        "if x > 0\n  1\nelse",
        "begin",
        "let a = 1",
        "while true",
        "x = (1 +",
        "v = [1, 2,",
        "A = [1 2\n 3 4",
        "s = \"unfinished",
        "#= open comment",
        "y = 1 +",
        "f(a,",
        "x = cond ?",
        "function f(x)\n  for i in 1:3\n    x += i\n  end",
    ])
    func incomplete(_ source: String) {
        #expect(!isComplete(source), "\(source.debugDescription) should wait for more input")
    }

    @Test(arguments: [
        "x = 1",
        "function f(x)\n  x + 1\nend",
        "f(x) = x^2",
        "for i in 1:3 println(i) end",
        "v[end]",
        "A[2:end, begin]",
        "[i for i in 1:3 if isodd(i)]",
        "s = \"done\" # comment with ( and [",
        "#= closed =# x",
        "",
        "end",
        "x = )",
        "map(function (x) x + 1 end, v)",
        "W'",
    ])
    func complete(_ source: String) {
        #expect(isComplete(source), "\(source.debugDescription) should run (or report its error) now")
    }
}
