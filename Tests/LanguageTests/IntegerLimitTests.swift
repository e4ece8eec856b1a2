import Testing
@testable import Language

/// Integers a learner types reach arithmetic in the interpreter and the engine; at
/// the limits of Int64 they must give an error naming what was typed, never trap.
/// Each runs in a child process, so a trap fails its test alone.
@Suite struct IntegerLimitTests {
    /// The error `source` stops with, or a crash of the child when it finishes without one.
    static func error(of source: String) -> String {
        do {
            try Interpreter(output: { _ in }).run(source: source)
        } catch {
            return "\(error)"
        }
        fatalError("\(source) finished without an error")
    }

    @Test func indexingAtTheLowestIntegerSaysWhichIndex() async {
        // Issue 12: each trapped with arithmetic overflow while its message was built.
        await #expect(processExitsWith: .success) {
            for source in [
                "[1, 2, 3][-9223372036854775807 - 1]",
                "zeros(2, 2)[-9223372036854775807 - 1, 1]",
                "v = [1, 2]; v[-9223372036854775807 - 1] = 5",
                "v = [1.0 2.0]; v[1, -9223372036854775807 - 1] = 5",
            ] {
                let said = IntegerLimitTests.error(of: source)
                guard said.contains("-9223372036854775808") && said.contains("BoundsError: attempt to access") else {
                    fatalError("\(source): \(said)")
                }
            }
        }
    }

    /// Found by running every builtin and indexing form with `typemin(Int)` and
    /// `typemax(Int)` (issue 12's audit): a range index was listed element by element
    /// before it was checked, and two conversions to 0-based positions overflowed.
    @Test func extremeRangesAndPositionsSayWhatIsWrong() async {
        await #expect(processExitsWith: .success) {
            for (source, expected) in [
                ("[1, 2, 3][1:9223372036854775807]", "the index 1:9223372036854775807 is out of range"),
                ("\"abc\"[1:9223372036854775807]", "the index 1:9223372036854775807 is out of range"),
                ("[1, 2, 3][9223372036854775807:-1:1]", "is out of range"),
                ("nll([1.0, 2.0], -9223372036854775807 - 1)", "class -9223372036854775808 is outside 1:2"),
                ("permutedims([1.0 2.0], (-9223372036854775807 - 1, 1))", "[-9223372036854775808, 1] is not a permutation"),
            ] {
                let said = IntegerLimitTests.error(of: source)
                guard said.contains(expected) else { fatalError("\(source): \(said)") }
            }
        }
    }
}
