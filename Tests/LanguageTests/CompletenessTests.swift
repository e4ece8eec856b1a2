import Testing
@testable import Language

/// The REPL asks for another line exactly while a construct is still open: the parser
/// decides, so what it reads and what the prompt waits for cannot disagree.
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
        "[i for i in 1:3\n",
        "s = \"\"\"\nmore",
        "A = [1 2;\n 3 4",
        "f(x) =",
        "g = x ->",
        "if true 1 else",
        "try\n  error(\"x\")\ncatch e",
        "map(v) do x",
        "y = 1 +  # the rest follows",
        "(1,\n2",
        "x = 2 *\n\n",
        "s = \"tab \\",
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
        "x = 1,",
        "begin x = 1 end end",
        "s = \"$(1 +)\"",
        "x = 1 +* 2",
        "macro m() end",
    ])
    func complete(_ source: String) {
        #expect(isComplete(source), "\(source.debugDescription) should run (or report its error) now")
    }
}
