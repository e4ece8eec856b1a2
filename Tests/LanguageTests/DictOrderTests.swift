import Testing
@testable import Language

/// A Dict iterates in the order Julia 1.10 puts its keys in (JuliaHash.swift,
/// DictTable.swift). Julia is not installed here, so the model is checked against what
/// Julia printed: the documented hash values, the orders shown by Julia 1.10's own
/// doctests (which its CI runs, so they are 1.10's output), and orders printed in other
/// projects' documentation for key types whose hashing has not changed since Julia 1.6.
@Suite struct DictOrderTests {
    /// `hash`'s docstring in base/hashing.jl of Julia 1.10.
    @Test func integerHashesAreTheDocumentedOnes() {
        #expect(JuliaHash.hash(.int(10)) == 0x95ea_2955_abd4_5275)
        #expect(JuliaHash.hash(.int(10), 0x95ea_2955_abd4_5275) == 0xd42b_ad54_a857_5b16)
        // A whole Float64 and a Bool hash as the integer they equal, as `isequal` demands.
        #expect(JuliaHash.hash(.float(1e16)) == JuliaHash.hash(.int(10_000_000_000_000_000)))
        #expect(JuliaHash.hash(.bool(true)) == JuliaHash.hash(.int(1)))
        #expect(JuliaHash.hash(.float(-0.0)) != JuliaHash.hash(.int(0)))
    }

    /// Each program's display as Julia 1.10's docstrings show it (file named per case).
    @Test(arguments: [
        // base/dict.jl, Dict
        ("display(Dict(\"A\"=>1, \"B\"=>2))", "Dict{String, Int64} with 2 entries:\n  \"B\" => 2\n  \"A\" => 1\n"),
        ("display(Dict([(\"A\", 1), (\"B\", 2)]))", "Dict{String, Int64} with 2 entries:\n  \"B\" => 2\n  \"A\" => 1\n"),
        // base/dict.jl, empty! and delete!; base/array.jl, push!
        ("display(Dict(\"a\" => 1, \"b\" => 2))", "Dict{String, Int64} with 2 entries:\n  \"b\" => 2\n  \"a\" => 1\n"),
        ("d = Dict(\"a\"=>1, \"b\"=>2); delete!(d, \"b\"); display(d)", "Dict{String, Int64} with 1 entry:\n  \"a\" => 1\n"),
        // base/dict.jl, get!: a fourth key added to a three-key Dict
        ("d = Dict(\"a\"=>1, \"b\"=>2, \"c\"=>3); get!(d, \"a\", 5); get!(d, \"d\", 4); display(d)",
         "Dict{String, Int64} with 4 entries:\n  \"c\" => 3\n  \"b\" => 2\n  \"a\" => 1\n  \"d\" => 4\n"),
        // base/abstractdict.jl, keys: Dict(zip(...))
        ("display(Dict(zip([\"a\", \"b\", \"c\"], [1, 2, 3])))", "Dict{String, Int64} with 3 entries:\n  \"c\" => 3\n  \"b\" => 2\n  \"a\" => 1\n"),
        // base/dict.jl, haskey and getkey
        ("display(Dict('a'=>2, 'b'=>3))", "Dict{Char, Int64} with 2 entries:\n  'a' => 2\n  'b' => 3\n"),
        // base/abstractdict.jl, merge
        ("d1 = Dict(1 => 2, 3 => 4); d2 = Dict(1 => 4, 4 => 5); display(merge(d1, d2))",
         "Dict{Int64, Int64} with 3 entries:\n  4 => 5\n  3 => 4\n  1 => 4\n"),
        ("a = Dict(\"foo\" => 0.0, \"bar\" => 42.0); b = Dict(\"baz\" => 17, \"bar\" => 4711); display(a); display(b); display(merge(a, b)); display(merge(b, a))",
         "Dict{String, Float64} with 2 entries:\n  \"bar\" => 42.0\n  \"foo\" => 0.0\n"
            + "Dict{String, Int64} with 2 entries:\n  \"bar\" => 4711\n  \"baz\" => 17\n"
            + "Dict{String, Float64} with 3 entries:\n  \"bar\" => 4711.0\n  \"baz\" => 17.0\n  \"foo\" => 0.0\n"
            + "Dict{String, Float64} with 3 entries:\n  \"bar\" => 42.0\n  \"baz\" => 17.0\n  \"foo\" => 0.0\n"),
        // base/abstractdict.jl, filter! and filter
        ("d = Dict(1=>\"a\", 2=>\"b\", 3=>\"c\"); display(d); filter!(p->isodd(p.first), d); display(d)",
         "Dict{Int64, String} with 3 entries:\n  2 => \"b\"\n  3 => \"c\"\n  1 => \"a\"\n"
            + "Dict{Int64, String} with 2 entries:\n  3 => \"c\"\n  1 => \"a\"\n"),
        ("display(Dict(1=>\"a\", 2=>\"b\"))", "Dict{Int64, String} with 2 entries:\n  2 => \"b\"\n  1 => \"a\"\n"),
        // base/set.jl, replace!: the Dict it is given
        ("display(Dict(1=>3, 3=>4))", "Dict{Int64, Int64} with 2 entries:\n  3 => 4\n  1 => 3\n"),
        // base/abstractdict.jl, map! over values; base/array.jl, findall
        ("display(Dict(:a => 1, :b => 2))", "Dict{Symbol, Int64} with 2 entries:\n  :a => 1\n  :b => 2\n"),
        ("display(Dict(:A => 10, :B => -1, :C => 0))", "Dict{Symbol, Int64} with 3 entries:\n  :A => 10\n  :B => -1\n  :C => 0\n"),
        // base/reflection.jl, @locals
        ("d = Dict{Symbol, Any}(); d[:x] = 1; d[:y] = 2; display(d)", "Dict{Symbol, Any} with 2 entries:\n  :y => 2\n  :x => 1\n"),
        ("d = Dict{Symbol, Any}(); d[:x] = 42; d[:i] = 1; show(d)", "Dict{Symbol, Any}(:i => 1, :x => 42)"),
    ])
    func doctestsOfJulia110(source: String, expected: String) throws {
        #expect(try printedOutput(of: source) == expected)
    }

    /// Orders other projects' documentation shows, for keys whose hash Julia has kept since
    /// 1.6 (symbols, strings, characters); each is the keys in the order printed there.
    @Test(arguments: [
        // Three- and four-key Dict{Symbol, Any} outputs in package docstrings and READMEs
        // (merge_collections, SearchSpaces, ATP45, a loops-around-punctures docstring,
        // CounterfactualExplanations, a Dict tutorial, MacroTools' signature, a cell model).
        ("[:c, :a, :b]", "[:a, :b, :c]"),
        ("[:X, :Y, :Z]", "[:Z, :X, :Y]"),
        ("[:categories, :locations, :weather]", "[:locations, :categories, :weather]"),
        ("[:loops, :points, :segments]", "[:segments, :points, :loops]"),
        ("[:a, :b, :c, :d]", "[:a, :b, :d, :c]"),
        ("[:MLP, :Linear, :DeepEnsemble]", "[:Linear, :DeepEnsemble, :MLP]"),
        ("[:Phi, :Controller, :Current]", "[:Controller, :Current, :Phi]"),
        // :name and :args share a home slot, so the one stored first (MacroTools stores
        // :name first) comes first.
        ("[:whereparams, :name, :args]", "[:name, :args, :whereparams]"),
        // Exercism's Julia track (additems!) and a FITS header reader.
        ("[\"Banana\", \"Apple\", \"Orange\"]", "[\"Apple\", \"Orange\", \"Banana\"]"),
        ("[\"Banana\", \"Apple\", \"Orange\", \"Blueberries\"]", "[\"Blueberries\", \"Apple\", \"Orange\", \"Banana\"]"),
        ("[\"KEYWORD1\", \"KEYWORD2\", \"KEYWORD3\", \"\"]", "[\"KEYWORD3\", \"KEYWORD2\", \"KEYWORD1\", \"\"]"),
        // OMEinsum's size dictionary, filled in the order the indices first appear in
        // ein"ab,ad,ac,cd,bc,de->": a, c and d share a home slot, so this checks probing.
        ("['a', 'b', 'd', 'c', 'e']", "['a', 'd', 'c', 'e', 'b']"),
    ])
    func ordersPrintedElsewhere(inserted: String, printed: String) throws {
        let source = "d = Dict(); for k in \(inserted); d[k] = 1; end; print(\"[\", join(map(repr, keys(d)), \", \"), \"]\")"
        #expect(try printedOutput(of: source) == printed)
    }

    /// The table never loses or duplicates a key through growth, tombstones and their
    /// clearing, shrinking by `sizehint!` and `empty!`: checked against a Swift set over a
    /// long pseudo-random run on keys that collide often.
    @Test func theTableHoldsExactlyTheStoredKeys() {
        var table = DictTable()
        var reference = Set<DictKey>()
        var state: UInt64 = 12345
        for step in 0..<6000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let key = DictKey.int(Int(state >> 33) % 400)
            switch (state >> 20) % 16 {
            case 0..<8: table.insert(key); reference.insert(key)
            case 8..<15: table.remove(key); reference.remove(key)
            default: if step % 7 == 0 { table.reserve(Int(state >> 40) % 50) } else if step % 500 == 3 { table.removeAll(); reference = [] }
            }
            let keys = table.orderedKeys
            guard keys.count == reference.count, Set(keys) == reference, table.count == reference.count else {
                Issue.record("step \(step): \(keys.count) keys in the table, \(reference.count) stored")
                return
            }
        }
        #expect(table.slots.count >= 16)
    }

    /// Julia's sizes: 16 slots up to 10 keys made at once, 32 from 11 (sizehint! reserves
    /// 3n/2); one key at a time, the table quadruples when it passes two thirds full.
    @Test func theTableGrowsAsJuliasDoes() {
        var table = DictTable()
        table.reserve(10)
        #expect(table.slots.count == 16)
        table.reserve(11)
        #expect(table.slots.count == 32)
        var grown = DictTable()
        for n in 1...10 { grown.insert(.int(n)) }
        #expect(grown.slots.count == 16)
        grown.insert(.int(11))
        #expect(grown.slots.count == 64)  // 11 keys × 3 > 16 × 2: rehash to 4 × 11 → 64
        #expect(DictTable.tableSize(44) == 64 && DictTable.tableSize(16) == 16 && DictTable.tableSize(17) == 32)
    }
}
