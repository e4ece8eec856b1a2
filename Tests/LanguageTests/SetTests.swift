import Testing
@testable import Language

/// Julia's `Set` (SetValue.swift, Builtins+Sets.swift): a Dict{T, Nothing} underneath,
/// so it iterates in the order a Dict of the same keys, made the same way, does; the
/// set functions push in the order Julia's methods do; errors are Julia's.
@Suite struct SetTests {
    /// A Set pushed element by element and a Dict given the same keys one by one share
    /// the table, so they list the keys alike, past the growth at the eleventh key.
    @Test func aSetIteratesAsADictOfTheSameKeys() throws {
        let source = """
            s = Set{Int}()
            d = Dict{Int, Nothing}()
            for k in [5, 91, -3, 17, 2, 40, 8, 1000, 33, 6, 71, 12, 9, 64, 15]
                push!(s, k)
                d[k] = nothing
            end
            println(collect(s) == collect(keys(d)), " ", length(s))
            """
        #expect(try printedOutput(of: source) == "true 15\n")
    }

    /// `Set(itr)` reserves room for itr first (sizehint!), so its table has 32 slots
    /// for 20 elements where pushing them one by one grows it to 64: Julia's
    /// `union!` does the same.
    @Test func buildingFromACollectionReservesRoomFirst() throws {
        let source = """
            a = Set(1:20)
            b = Set{Int}()
            for k in 1:20
                push!(b, k)
            end
            c = union!(Set{Int}(), 1:20)
            println(collect(a) == collect(c), " ", collect(a) == collect(b), " ", a == b)
            """
        #expect(try printedOutput(of: source) == "true false true\n")
    }

    /// Copies keep the table (Julia's Dict copy constructor), so they iterate alike.
    @Test func copiesIterateInTheOriginalsOrder() throws {
        let source = """
            s = Set{Int}()
            for k in 1:30
                push!(s, 3k)
            end
            d = Dict(k => 1 for k in 1:30)
            println(collect(copy(s)) == collect(s), " ", collect(Set(s)) == collect(s), " ", collect(Set(keys(d))) == collect(keys(d)))
            """
        #expect(try printedOutput(of: source) == "true true true\n")
    }

    @Test func pushedValuesAreConvertedToTheElementType() throws {
        #expect(try printedOutput(of: "s = Set{Float64}(); push!(s, 1, true); println(s, \" \", length(s))") == "Set([1.0]) 1\n")
        let text = runtimeFailure(of: "push!(Set{Int}(), \"a\")")
        #expect(text?.kind == .method)
        #expect(text?.message.hasPrefix("MethodError: Cannot `convert` an object of type String to an object of type Int64") == true)
        #expect(runtimeFailure(of: "push!(Set{Int}(), 2.5)")?.kind == .inexact)
        // A Set{Bool} holds two values at most: union! stops there, before converting 5.
        #expect(try printedOutput(of: "println(Set{Bool}([true, false, 5]))") == "Set(Bool[0, 1])\n")
    }

    @Test func errorsAreJuliasAndCatchable() throws {
        let empty = runtimeFailure(of: "pop!(Set{Int}())")
        #expect(empty?.kind == .argument)
        #expect(empty?.message == "ArgumentError: set must be non-empty")
        let missing = runtimeFailure(of: "pop!(Set([1]), \"x\")")
        #expect(missing?.kind == .key)
        #expect(missing?.message == "KeyError: key \"x\" not found")
        #expect(runtimeFailure(of: "d = Dict(\"a\" => 1); d[\"b\"]")?.message == "KeyError: key \"b\" not found")
        #expect(runtimeFailure(of: "map(x -> x, Set([1]))")?.message == "map is not defined on sets")
        #expect(runtimeFailure(of: "last(Set([1]))")?.kind == .method)
        #expect(try printedOutput(of: "try\n    pop!(Set{Int}())\ncatch e\n    println(e.msg)\nend") == "set must be non-empty\n")
    }

    @Test func pushOfPairsIntoADict() throws {
        #expect(try printedOutput(of: "d = Dict{String, Float64}(); push!(d, \"a\" => 1, \"b\" => 2); println(d[\"a\"], \" \", length(d))") == "1.0 2\n")
        let notAPair = runtimeFailure(of: "push!(Dict(\"a\" => 1), (\"b\", 2))")
        #expect(notAPair?.kind == .method)
        #expect(notAPair?.message == "MethodError: no method matching push!(::Dict{String, Int64}, ::Tuple{String, Int64})")
    }

    /// The REPL view keeps to the screen: three rows for the prompt, one for the summary,
    /// and a last row of `⋮ ` (padded to two columns, as base/show.jl pads it).
    @Test func theDisplayFitsTheScreen() {
        let set = SetValue(elementType: "Int64")
        for k in [1, 2, 3, 4, 5] { set.table[.int(k)] = .nothing }
        let rows = set.display(width: 80, height: 7).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows.count == 4)
        #expect(rows[0] == "Set{Int64} with 5 elements:")
        #expect(rows[3] == "  ⋮ ")
        #expect(set.display(width: 80, height: 4) == "Set{Int64} with 5 elements: …")
        #expect(set.display(width: 80, height: 40).split(separator: "\n").count == 6)
    }

    /// Vectors of values that cannot be Set elements here still combine by `isequal`.
    @Test func vectorSetFunctionsOfArrays() throws {
        #expect(try printedOutput(of: "println(union([[1], [2]], [[1], [3]]))") == "[[1], [2], [3]]\n")
        #expect(try printedOutput(of: "println(union([NaN, 0.0], [-0.0, NaN]))") == "[NaN, 0.0, -0.0]\n")
        // `in` of a vector is `==`, so a long vector is made a Set first, and then NaN is in it.
        #expect(try printedOutput(of: "println(issubset([NaN], fill(NaN, 70)), \" \", issubset([NaN], fill(NaN, 71)))") == "false true\n")
        // intersect(v, r) keeps v's order and tests r by ==.
        #expect(try printedOutput(of: "println(intersect(1:5, [4, 1, 9, 4]), \" \", intersect([-0.0, 2.0], 0:1))") == "[4, 1] [-0.0]\n")
    }

    @Test(arguments: [
        ("Set(x for x in 1:3)", "Set of a Base.Generator"),
        ("Set([nothing])", "a Set holding Nothing is not supported"),
        ("Set([[1, 2]])", "a Set holding 2-element Vector{Int64} is not supported"),
        ("Set(Dict(1 => 2))", "Set of Dict{Int64, Int64} is not supported"),
        ("intersect(1:2:9, 1:3)", "intersect of the ranges 1:2:9 and 1:3 is not supported"),
        ("setdiff!([1, 2], [1])", "setdiff! of 2-element Vector{Int64} is not supported"),
    ])
    func whatIsNotReproducedIsRefused(_ source: String, _ expected: String) {
        expectRefused(source, expected)
    }
}
