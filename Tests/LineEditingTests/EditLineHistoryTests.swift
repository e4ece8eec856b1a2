import LineEditing
import Testing

/// The history half of EditLineReader works without a terminal: libedit opens an
/// editor on /dev/null too, it just never edits.
@Suite struct EditLineHistoryTests {
    @Test func entriesAreSavedAfterEachOneAndLoadedByTheNextReader() throws {
        let scratch = try ScratchDirectory()
        let path = scratch.path + "/state/rnnlab/history"
        let reader = try #require(EditLineReader(historyPath: path))
        reader.addHistory("first")
        #expect(try scratch.read("state/rnnlab/history") == "_HiStOrY_V2_\nfirst\n")
        reader.addHistory("   ")
        reader.addHistory("second entry")
        reader.addHistory("second entry")
        #expect(try scratch.read("state/rnnlab/history") == "_HiStOrY_V2_\nfirst\nsecond\\040entry\n")
        #expect(reader.historyProblem == nil)

        let next = try #require(EditLineReader(historyPath: path))
        #expect(next.historyCount == 2)
    }

    @Test func historyIsCappedAtItsSize() throws {
        let scratch = try ScratchDirectory()
        let reader = try #require(EditLineReader(historyPath: scratch.path + "/history", historySize: 3))
        for entry in ["a", "b", "c", "d", "e"] {
            reader.addHistory(entry)
        }
        #expect(reader.historyCount == 3)
        #expect(try scratch.read("history") == "_HiStOrY_V2_\nc\nd\ne\n")
    }

    @Test func multiLineEntriesSurviveTheFile() throws {
        let scratch = try ScratchDirectory()
        let path = scratch.path + "/history"
        let reader = try #require(EditLineReader(historyPath: path))
        reader.addHistory("function f(x)\n  x + 1\nend")
        // libedit escapes spaces and newlines in octal, keeping one entry per line.
        #expect(try scratch.read("history") == "_HiStOrY_V2_\nfunction\\040f(x)\\012\\040\\040x\\040+\\0401\\012end\n")
        let next = try #require(EditLineReader(historyPath: path))
        #expect(next.historyCount == 1)
    }

    @Test func anUnwritablePlaceIsReportedNotFatal() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("a file, not a directory", to: "blocker")
        let reader = try #require(EditLineReader(historyPath: scratch.path + "/blocker/history"))
        reader.addHistory("kept in memory")
        #expect(reader.historyCount == 1)
        #expect(reader.historyProblem?.contains("could not create") == true)
    }

    @Test func noHistoryPathKeepsHistoryInMemory() throws {
        let reader = try #require(EditLineReader(historyPath: nil))
        reader.addHistory("one")
        #expect(reader.historyCount == 1)
        #expect(reader.historyProblem == nil)
    }
}
