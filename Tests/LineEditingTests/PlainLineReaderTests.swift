#if canImport(Glibc)
import Glibc
#endif
import LineEditing
import Testing

@Suite struct PlainLineReaderTests {
    /// Reads until end of input, at most `limit` results so a bug cannot loop forever.
    func readAll(_ reader: PlainLineReader, limit: Int = 100) -> [LineResult] {
        var results: [LineResult] = []
        while results.count < limit {
            let result = reader.readLine(prompt: "ignored> ")
            results.append(result)
            if result == .endOfInput { break }
        }
        return results
    }

    @Test func splitsLinesAndEndsWithEndOfInput() throws {
        let pipe = try TestPipe()
        pipe.write("one\n\ntwo words\nlast without newline")
        pipe.closeWriteEnd()
        let reader = PlainLineReader(fd: pipe.readEnd)
        #expect(readAll(reader) == [.line("one"), .line(""), .line("two words"), .line("last without newline"), .endOfInput])
        // End of input stays the end.
        #expect(reader.readLine(prompt: "") == .endOfInput)
    }

    @Test func windowsLineEndsReadTheSame() throws {
        let pipe = try TestPipe()
        pipe.write("a\r\nb\r\n")
        pipe.closeWriteEnd()
        #expect(readAll(PlainLineReader(fd: pipe.readEnd)) == [.line("a"), .line("b"), .endOfInput])
    }

    @Test func emptyInputIsEndOfInputAtOnce() throws {
        let pipe = try TestPipe()
        pipe.closeWriteEnd()
        #expect(readAll(PlainLineReader(fd: pipe.readEnd)) == [.endOfInput])
    }

    @Test func linesLongerThanOneReadAndUTF8SplitAcrossReads() throws {
        let long = String(repeating: "σ", count: 5000) + "x"
        let scratch = try ScratchDirectory()
        try scratch.write(long + "\nshort\n", to: "input")
        let fd = open(scratch.path + "/input", O_RDONLY)
        defer { close(fd) }
        #expect(readAll(PlainLineReader(fd: fd)) == [.line(long), .line("short"), .endOfInput])
    }

    @Test func invalidUTF8BecomesReplacementCharacters() throws {
        let pipe = try TestPipe()
        pipe.write([0x61, 0xFF, 0x62, 0x0A])
        pipe.closeWriteEnd()
        #expect(readAll(PlainLineReader(fd: pipe.readEnd)) == [.line("a\u{FFFD}b"), .endOfInput])
    }

    @Test func readsNothingMoreThanItReturns() throws {
        // A line is handed out as soon as it is complete, without waiting for more
        // input: the REPL must answer each line typed into a pipe straight away.
        let pipe = try TestPipe()
        let reader = PlainLineReader(fd: pipe.readEnd)
        pipe.write("first\n")
        #expect(reader.readLine(prompt: "") == .line("first"))
        pipe.write("second\n")
        #expect(reader.readLine(prompt: "") == .line("second"))
        pipe.closeWriteEnd()
        #expect(reader.readLine(prompt: "") == .endOfInput)
    }

    @Test func historyIsIgnored() throws {
        let pipe = try TestPipe()
        pipe.write("x\n")
        pipe.closeWriteEnd()
        let reader = PlainLineReader(fd: pipe.readEnd)
        reader.addHistory("something")
        #expect(readAll(reader) == [.line("x"), .endOfInput])
    }
}
