import Testing
@testable import Language

/// Strings, characters and comments inside a string's `$( )` (manual, strings.md
/// "Interpolation"): the code is read by the scanner's own rules up to the `)` that
/// closes it, so a `)` or `"` inside a literal there does not end it.
struct InterpolatedStringTests {
    @Test func stringsAndCharactersInsideTheCode() {
        let run = runProgram(#"""
            xs = ["a", "b"]
            println("a $(join(xs, ", ")) b")
            println("$(")") $(')') $(length("(("))")
            println("$("in $("most") \"quoted\"")")
            println("$(#= ) =# 1 + 1)")
            println("""$(join(["x", "y"], "-"))!""")
            """#)
        #expect(run.error == nil, "\(run.error ?? "")")
        #expect(run.lines == ["a a, b b", ") ) 2", #"in most "quoted""#, "2", "x-y!"])
    }

    @Test func aTransposeInsideTheCodeIsNotACharacter() {
        let run = runProgram("v = [1 2]\nprintln(\"$(size(v'))\")")
        #expect(run.lines == ["(2, 1)"])
    }

    @Test(arguments: [
        #"s = "a $(join(["x"], ", ")"#,
        #"s = "a $("b"#,
        #"s = "a $(1 + "#,
        "s = \"a $(\"b\"\n",
    ])
    func anUnfinishedOneIsIncomplete(_ source: String) {
        #expect(!isComplete(source), "\(source)")
        #expect(throws: SyntaxError.self) { try Parser.parse(source) }
    }

    @Test func aFinishedOneWithAnErrorInsideIsComplete() {
        let source = #"s = "a $(1 +) b""#
        #expect(isComplete(source))
        #expect(throws: SyntaxError.self) { try Parser.parse(source) }
    }

    @Test func nestingTooDeepIsRefusedWithoutExhaustingTheStack() {
        let depth = Scanner.maximumStringNesting + 5
        let source = String(repeating: "\"$(", count: depth) + "1" + String(repeating: ")\"", count: depth)
        #expect(throws: SyntaxError.self) { try Parser.parse(source) }
        let fits = String(repeating: "\"$(", count: 20) + "1" + String(repeating: ")\"", count: 20)
        #expect(runProgram("println(" + fits + ")").lines == ["1"])
    }
}
