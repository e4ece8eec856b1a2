import Testing
@testable import Language

/// `T[body for x in xs]` (manual, arrays.md "Comprehensions"): the values converted to T
/// as they are stored (src/julia-syntax.scm's lower-comprehension stores each with
/// `setindex!` or `push!` into an array of T), and `T[a, b]` by the same conversion.
struct TypedComprehensionTests {
    @Test(arguments: [
        ("Float64[x^2 for x in 1:3]", "3-element Vector{Float64}:\n 1.0\n 4.0\n 9.0"),
        ("Int[x for x in 1.0:2.0]", "2-element Vector{Int64}:\n 1\n 2"),
        ("Bool[x for x in 0:1]", "2-element Vector{Bool}:\n 0\n 1"),
        ("String[s for s in (\"a\", \"b\")]", "2-element Vector{String}:\n \"a\"\n \"b\""),
        ("Any[x for x in 1:0]", "Any[]"),
        ("Int[i + j for i in 1:2, j in 1:2]", "2×2 Matrix{Int64}:\n 2  3\n 3  4"),
        ("Float64[x for x in 1:3 for y in 1:x if y == 1]", "3-element Vector{Float64}:\n 1.0\n 2.0\n 3.0"),
    ])
    func theValuesTakeTheWrittenType(_ source: String, _ shown: String) throws {
        let interpreter = Interpreter(output: { _ in })
        #expect(display(try interpreter.run(source: source)) == shown)
    }

    @Test func theFirstValueThatDoesNotConvertStopsIt() {
        let run = runProgram("Int[(println(x); x / 2) for x in 2:4]")
        #expect(run.lines == ["2", "3"])
        #expect(run.error?.contains("InexactError: Int64(1.5)") == true)
    }

    @Test(arguments: [
        ("Float64[\"a\" for x in 1:1]", "MethodError: Cannot `convert` an object of type String to an object of type Float64"),
        ("Bool[x for x in 1:2]", "InexactError: Bool(2)"),
        ("String[x for x in 1:2]", "MethodError: Cannot `convert` an object of type Int64 to an object of type String"),
        ("Int[2.5]", "InexactError: Int64(2.5)"),
    ])
    func conversionsJuliaRejects(_ source: String, _ message: String) {
        let run = runProgram(source)
        #expect(run.error?.contains(message) == true, "\(run.error ?? "no error")")
    }

    @Test(arguments: ["Real[x for x in 1:2]", "Vector[x for x in 1:2]", "String[s for s in \"ab\", t in 1:2]"])
    func elementTypesTheNotebookLacksAreRefused(_ source: String) {
        #expect(runtimeFailure(of: source)?.kind == .notSupported, "\(source)")
    }
}
