import LiveView
import Testing

/// The in-place frame, judged on the screen its bytes leave (a virtual terminal),
/// never on the bytes themselves.
@Suite struct LiveRegionTests {
    /// A terminal with `prose` printed on it and a region of the same size.
    func start(columns: Int = 40, rows: Int = 12, prose: [String] = ["intro line 1", "intro line 2"])
        -> (VirtualTerminal, LiveRegion)
    {
        var terminal = VirtualTerminal(columns: columns, rows: rows)
        var region = LiveRegion(columns: columns, rows: rows)
        terminal.feed(region.print(prose.map { $0 + "\n" }.joined()))
        return (terminal, region)
    }

    func frame(_ k: Int, lines: Int) -> String {
        (1...lines).map { "frame \(k) line \($0)" }.joined(separator: "\n")
    }

    @Test func aNewFrameReplacesTheOldOneAndTheProseAboveStays() {
        var (terminal, region) = start()
        terminal.feed(region.show(frame(1, lines: 4)))
        terminal.feed(region.show(frame(2, lines: 2)))
        #expect(Array(terminal.lines.prefix(5)) == [
            "intro line 1", "intro line 2", "frame 2 line 1", "frame 2 line 2", "",
        ])
        #expect(!terminal.lines.joined().contains("frame 1"), "nothing of the taller old frame is left")
        terminal.feed(region.show(frame(3, lines: 5)))
        #expect(Array(terminal.lines.prefix(7)) == ["intro line 1", "intro line 2"] + (1...5).map { "frame 3 line \($0)" })
    }

    @Test func manyRedrawsAddNoScrollback() {
        var (terminal, region) = start(rows: 10, prose: (1...8).map { "prose \($0)" })
        terminal.feed(region.show(frame(0, lines: 5)))
        let scrolled = terminal.scrollback.count
        for k in 1...15 { terminal.feed(region.show(frame(k, lines: 4 + k % 2))) }
        #expect(terminal.scrollback.count == scrolled, "redraws write over the frame's own rows")
        #expect(terminal.everything.filter { $0.hasPrefix("frame") }.allSatisfy { $0.hasPrefix("frame 15") })
        #expect(terminal.everything.first == "prose 1")
    }

    @Test func aFrameTallerThanTheScreenKeepsItsTopAndItsLastLine() {
        var (terminal, region) = start(rows: 6, prose: [])
        terminal.feed(region.show(frame(1, lines: 9)))
        terminal.feed(region.show(frame(2, lines: 9)))
        #expect(terminal.lines == ["frame 2 line 1", "frame 2 line 2", "frame 2 line 3", "frame 2 line 4", "frame 2 line 9", ""])
    }

    @Test func textPrintedWhileOpenGoesUnderTheFrameAndNothingIsLost() {
        var (terminal, region) = start(rows: 10, prose: ["intro"])
        terminal.feed(region.show(frame(1, lines: 3)))
        terminal.feed(region.print("sample 1\n"))
        terminal.feed(region.show(frame(2, lines: 3)))
        #expect(Array(terminal.lines.prefix(5)) == ["intro", "frame 2 line 1", "frame 2 line 2", "frame 2 line 3", "sample 1"])
        // More samples than fit under the frame: the oldest move above it.
        for k in 2...12 {
            terminal.feed(region.print("sample \(k)\n"))
            terminal.feed(region.show(frame(k + 1, lines: 3)))
        }
        let all = terminal.everything
        let samples = all.filter { $0.hasPrefix("sample") }
        #expect(samples == (1...12).map { "sample \($0)" }, "every printed line is somewhere, in order: \(all)")
        #expect(all.filter { $0.hasPrefix("frame") } == (1...3).map { "frame 13 line \($0)" })
        // The frame sits above the latest samples, the oldest scrolled above it.
        let frameStart = all.firstIndex(of: "frame 13 line 1")!
        #expect(all[frameStart + 3] == "sample 7" && all.last == "sample 12", "\(all)")
        #expect(all.first == "intro")
    }

    @Test func anUnfinishedLineIsContinuedAndTheFrameStillReplaces() {
        var (terminal, region) = start(prose: [])
        terminal.feed(region.show(frame(1, lines: 2)))
        terminal.feed(region.print("partial"))
        terminal.feed(region.print(" line\n"))
        terminal.feed(region.print("half"))
        terminal.feed(region.show(frame(2, lines: 2)))
        #expect(Array(terminal.lines.prefix(4)) == ["frame 2 line 1", "frame 2 line 2", "partial line", "half"])
        region.close()
        terminal.feed(region.print(" done\n"))
        #expect(Array(terminal.lines.prefix(5)) == ["frame 2 line 1", "frame 2 line 2", "partial line", "half done", ""])
    }

    @Test func aFrameAfterTextThatEndedMidLineStartsOnANewLine() {
        var (terminal, region) = start(prose: [])
        terminal.feed(region.print("prompt> "))
        terminal.feed(region.show("frame"))
        #expect(Array(terminal.lines.prefix(2)) == ["prompt>", "frame"])
    }

    @Test func wrappedLinesAreCountedAndCleared() {
        var (terminal, region) = start(columns: 10, rows: 8, prose: ["above"])
        terminal.feed(region.show("0123456789abcdefghij-x\nshort"))   // a line of 3 rows
        terminal.feed(region.show("tiny\nline"))
        #expect(Array(terminal.lines.prefix(4)) == ["above", "tiny", "line", ""])
        // A line exactly as wide as the screen takes one row, not two.
        terminal.feed(region.show("0123456789\nnext"))
        terminal.feed(region.show("a\nb"))
        #expect(Array(terminal.lines.prefix(4)) == ["above", "a", "b", ""])
    }

    @Test func closingLeavesTheFrameAndLaterTextGoesBelow() {
        var (terminal, region) = start(prose: ["intro"])
        terminal.feed(region.show(frame(1, lines: 2)))
        region.close()
        terminal.feed(region.print("after\n"))
        terminal.feed(region.show("new frame"))
        terminal.feed(region.show("newer frame"))
        #expect(Array(terminal.lines.prefix(5)) == ["intro", "frame 1 line 1", "frame 1 line 2", "after", "newer frame"])
    }

    @Test func withoutAnOpenFrameTextPassesThroughUnchanged() {
        var region = LiveRegion(columns: 20, rows: 5)
        #expect(region.print("a\nb\n") == "a\nb\n")
        #expect(!region.isOpen)
    }
}
