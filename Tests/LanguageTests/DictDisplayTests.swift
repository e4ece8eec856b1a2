import Testing
@testable import Language

/// The REPL's view of a dictionary, and of `keys(d)`/`values(d)`, follows Julia 1.10's
/// `show(io, MIME"text/plain", ::AbstractDict)` and its KeySet/ValueIterator method
/// (base/show.jl) on a screen of the given size: only the entries that fit, the last
/// row `⋮ => ⋮`, the key column capped so values keep room.
struct DictDisplayTests {
    func shown(_ source: String, width: Int = 80, height: Int = 24) throws -> String {
        let interpreter = Interpreter(output: { _ in })
        let value = try interpreter.run(source: source)
        return display(value, width: width, height: height)
    }

    @Test func aDictionaryTallerThanTheScreenEndsWithAnEllipsisRow() throws {
        let lines = try shown("Dict(i => i for i in 1:30)").split(separator: "\n", omittingEmptySubsequences: false)
        // 24 rows: 3 for the prompts, 1 for the summary, 19 entries and the ⋮ row.
        #expect(lines.count == 21)
        #expect(lines.first == "Dict{Int64, Int64} with 30 entries:")
        #expect(lines.last == "  ⋮  => ⋮")
        #expect(lines.dropFirst().dropLast().allSatisfy { $0.hasPrefix("  ") && $0.contains(" => ") })
    }

    @Test func aScreenOfFewRowsShowsOnlyTheSummary() throws {
        #expect(try shown("Dict(1 => 2, 3 => 4)", height: 4) == "Dict{Int64, Int64} with 2 entries: …")
    }

    @Test func longKeysAndValuesAreCutToTheirColumns() throws {
        // cols = 40 - 6 = 34; the key (52 wide) would leave the value (22) too little, so
        // the key column is 34 - 22 = 12 and the key is cut to 11 characters and `…`.
        let text = try shown("Dict(repeat(\"k\", 50) => repeat(\"v\", 20))", width: 40)
        #expect(text == "Dict{String, String} with 1 entry:\n  \"kkkkkkkkkk… => \"vvvvvvvvvvvvvvvvvvvv\"")
    }

    @Test func keySetsShowUnderJuliasSummary() throws {
        let lines = try shown("keys(Dict(i => i for i in 1:30))").split(separator: "\n")
        #expect(lines.first == "KeySet for a Dict{Int64, Int64} with 30 entries. Keys:")
        #expect(lines.count == 21)
        #expect(lines.last == "  ⋮")
    }
}
