import Testing
@testable import Language

/// Keyword slurping and splatting (manual, functions.md "Keyword Arguments"): `kw...`
/// is `pairs(::NamedTuple)` of the other keywords in call order (base/iterators.jl's
/// Pairs and its methods in base/essentials.jl), and `f(; nt...)`, `f(; :a => 1)`
/// pass keywords, the rightmost of a name winning.
struct KeywordSpreadTests {
    @Test func kwIsThePairsOfANamedTupleInCallOrder() throws {
        let interpreter = Interpreter(output: { _ in })
        try interpreter.run(source: "f(a; kw...) = kw")
        #expect(display(try interpreter.run(source: "f(1; zeta = 1, alpha = \"x\")")) == "pairs(::NamedTuple) with 2 entries:\n  :zeta  => 1\n  :alpha => \"x\"")
        #expect(display(try interpreter.run(source: "f(1)")) == "pairs(::NamedTuple) with 0 entries")
    }

    @Test(arguments: [
        ("g(; kw...) = kw\nk = g(b = 2, a = 1)\nprintln(keys(k), \" \", values(k), \" \", length(k))", "(:b, :a) (b = 2, a = 1) 2"),
        ("g(; kw...) = kw\nk = g(b = 2, a = 1)\nprintln(k[:a], \" \", haskey(k, :b), \" \", haskey(k, :c), \" \", get(k, :c, 0))", "1 true false 0"),
        ("g(; kw...) = kw\nfor (n, v) in g(x = 1, y = 2)\n    print(n, \"=\", v, \" \")\nend\nprintln()", "x=1 y=2"),
        ("g(; kw...) = kw\nprintln(g(a = 1, b = 2))", "Base.Pairs(:a => 1, :b => 2)"),
        ("r(; w = 1, h = 1) = (w, h)\nopts = (w = 3, h = 7)\nprintln(r(; opts..., h = 2), r(; h = 2, opts...))", "(3, 2)(3, 7)"),
        ("r(; w = 1, h = 1) = (w, h)\nprintln(r(; :h => 5))", "(1, 5)"),
        ("inner(x; scale = 1, shift = 0) = scale * x + shift\nouter_call(x; kws...) = inner(x; kws...)\nprintln(outer_call(2; shift = 1, scale = 10))", "21"),
        ("f(; a = 1, kw...) = (a, kw)\nprintln(f(b = 2, a = 3))", "(3, Base.Pairs(:b => 2))"),
        ("r(; w = 1, h = 1) = (w, h)\nprintln(r(; Dict(:w => 4)...))", "(4, 1)"),
    ])
    func splatsAndSlurps(_ source: String, _ printed: String) {
        let run = runProgram(source)
        #expect(run.error == nil, "\(run.error ?? "")")
        #expect(run.lines == [printed])
    }

    @Test func anUnknownKeywordIsStillAnError() {
        let run = runProgram("r(; w = 1) = w\nopts = (w = 3, h = 7)\nr(; opts...)")
        #expect(run.error?.contains("no keyword argument `h`") == true, "\(run.error ?? "no error")")
    }

    @Test(arguments: [
        ("f(; kw..., a = 1) = a", "`...` may only mark the last keyword parameter"),
        ("r(; w = 1) = w\nr(; \"w\" => 2)", "keywords given by a value other than Symbol => value pairs"),
    ])
    func formsJuliaRejectsOrTheNotebookDoesNotRead(_ source: String, _ message: String) {
        let run = runProgram(source)
        #expect(run.error?.contains(message) == true, "\(run.error ?? "no error")")
    }
}
