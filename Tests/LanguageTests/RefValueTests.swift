import Testing
@testable import Language

/// `Ref(x)` in a dot call (manual, arrays.md "Broadcasting"; base/refpointer.jl: a
/// RefValue broadcasts as a container of one element) and the dot calls of `in`/`∈`
/// and `isa`, which are keywords to the parser.
struct RefValueTests {
    @Test(arguments: [
        ("println(in.([1, 5], Ref([1, 2, 3])))", "Bool[1, 0]"),
        ("println(∈.([1, 5], Ref([5])))", "Bool[0, 1]"),
        ("println(isa.((1, 2.0), Int))", "(true, false)"),
        ("println(length.(Ref([1, 2, 3])))", "3"),
        ("println(string.([\"a\", \"b\"], Ref(\"!\")))", "[\"a!\", \"b!\"]"),
        ("println(Ref(2.5))", "Base.RefValue{Float64}(2.5)"),
        ("r = Ref(\"s\")\nprintln(r[], \" \", length(r), \" \", collect(r))", "s 1 [\"s\"]"),
    ])
    func refsAreHeldWhole(_ source: String, _ printed: String) {
        let run = runProgram(source)
        #expect(run.error == nil, "\(run.error ?? "")")
        #expect(run.lines == [printed])
    }

    @Test func anErrorInsideTheCallIsTheCallsError() {
        let run = runProgram("g(x, v) = v[x]\ng.([1, 4], Ref([10, 20]))")
        #expect(run.error?.contains("BoundsError") == true, "\(run.error ?? "no error")")
    }

    @Test(arguments: ["[1, 2] .+ Ref(3)", "sin.(Ref(1.0)) .+ 1", "r = Ref([1, 2])\nr[1]"])
    func otherUsesAreRefused(_ source: String) {
        #expect(runtimeFailure(of: source)?.kind == .notSupported, "\(source)")
    }
}
