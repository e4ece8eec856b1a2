import Foundation
import Testing
@testable import Lessons

/// The record keeps its entries in a file (`RecordLog`) so a long session does not
/// grow with it (issue 12): everything `:save` writes must come back exactly, through
/// appends, `:back`'s cuts and copies of the record.
struct NotebookRecordTests {
    typealias Entry = NotebookRecord.Entry

    /// Entries of every origin, with text that JSON must escape and text that is empty.
    static func entries(_ count: Int) -> [Entry] {
        (0..<count).map { i in
            switch i % 4 {
            case 0: return Entry(origin: .input, code: "x\(i) = \(i)", output: "\(i)\n")
            case 1: return Entry(origin: .input, code: "undefined_\(i)", output: "", error: "UndefVarError: `undefined_\(i)` not defined")
            case 2: return Entry(origin: .lessonCell(step: i, edited: i % 3 == 0), prose: "## Step \"\(i)\"\n\tα ∈ ℝ\\n",
                                 code: "println(\"é\\u{1F600}\")", output: "é😀\n", hidden: i % 8 == 2)
            default: return Entry(origin: .exerciseSolution(step: i), code: "", output: String(repeating: "∑", count: i))
            }
        }
    }

    @Test func entriesComeBackAsTheyWentIn() {
        let written = Self.entries(1_000)
        var record = NotebookRecord(title: "t")
        for entry in written { record.append(entry) }
        #expect(record.entryCount == 1_000)
        #expect(record.entries == written)
        // Setting the entries replaces them all.
        record.entries = Array(written.prefix(3))
        #expect(record.entries == Array(written.prefix(3)))
    }

    /// `:back` cuts the record at a step's length: on either side of a bookmark, at the
    /// start, and past the end (nothing to cut); appends then go on from the cut.
    @Test(arguments: [0, 1, 255, 256, 257, 511, 700, 1_000, 1_200])
    func cuttingBackKeepsExactlyTheEarlierEntries(at cut: Int) {
        let written = Self.entries(1_000)
        var record = NotebookRecord(title: "t")
        for entry in written { record.append(entry) }
        record.removeEntries(from: cut)
        let kept = Array(written.prefix(cut))
        #expect(record.entryCount == kept.count)
        #expect(record.entries == kept)
        let more = Self.entries(300)
        for entry in more { record.append(entry) }
        #expect(record.entries == kept + more)
    }

    /// A copy of the record is a value: changing one leaves the other as it was.
    @Test func aCopyChangesOnItsOwn() {
        var original = NotebookRecord(title: "t")
        for entry in Self.entries(10) { original.append(entry) }
        var copy = original
        copy.append(Entry(origin: .input, code: "extra", output: ""))
        original.removeEntries(from: 5)
        #expect(original.entries == Array(Self.entries(10).prefix(5)))
        #expect(copy.entries == Self.entries(10) + [Entry(origin: .input, code: "extra", output: "")])
        #expect(original != copy)
    }

    /// The entries are in the file, not in memory, when a temporary file can be made.
    @Test func theEntriesLiveOnDisk() {
        let log = RecordLog(Self.entries(10))
        #expect(log.isOnDisk)
        #expect(log.entryCount == 10)
    }

    /// A record whose file is cut under it gives back the entries before the damage and
    /// says which entry it could not read, instead of a short record without a word.
    @Test(arguments: [0, 1, 3])
    func aDamagedFileGivesWhatItHoldsAndSaysWhatIsMissing(keptEntries: Int) throws {
        let written = Self.entries(10)
        var record = NotebookRecord(title: "t")
        for entry in written { record.append(entry) }
        #expect(record.readProblem == nil)
        // Where entry `keptEntries + 1` starts: the length of a record of the ones before.
        var kept = NotebookRecord(title: "t")
        for entry in written.prefix(keptEntries) { kept.append(entry) }
        let keptBytes = Int(lseek(kept.fileDescriptor, 0, SEEK_END))
        #expect(ftruncate(record.fileDescriptor, off_t(keptBytes + 3)) == 0)
        #expect(record.entries == Array(written.prefix(keptEntries)))
        let problem = try #require(record.readProblem)
        #expect(problem.contains("entry \(keptEntries + 1) of this session's 10 could not be read back"), "\(problem)")
        // A copy, or a cut that needs the lost part, still says entries were lost.
        var copy = record
        copy.append(Entry(origin: .input, code: "after", output: ""))
        #expect(copy.readProblem != nil)
    }
}
