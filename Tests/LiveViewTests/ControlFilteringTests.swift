import Testing
import LiveView

/// What a course or a program prints reaches a terminal with its escape sequences
/// shown, not obeyed (issue 12: OSC 52 wrote the clipboard, OSC 0 the title).
@Suite struct ControlFilteringTests {
    @Test func sequencesAreShownAndColourKept() {
        let printed = "a\u{1b}]52;c;c2VjcmV0\u{07}b\u{1b}[2Jc\u{9b}31md\u{1b}[1;38;5;208me\u{1b}[0m\tf\r\ng\u{7f}\u{0}"
        #expect(neutralizingControls(printed) == "a␛]52;c;c2VjcmV0␇b␛[2Jc\u{FFFD}31md\u{1b}[1;38;5;208me\u{1b}[0m\tf\r\ng␡␀")
        #expect(neutralizingControls(printed, keepingColour: false).unicodeScalars.allSatisfy { $0 != "\u{1b}" })
        #expect(neutralizingControls("plain text ✓") == "plain text ✓")
    }

    /// An unterminated or over-long "colour" is not colour.
    @Test func onlyCompleteColourSequencesPass() {
        #expect(neutralizingControls("\u{1b}[31") == "␛[31")
        let long = "\u{1b}[" + String(repeating: "1;", count: 40) + "m"
        #expect(neutralizingControls(long).hasPrefix("␛["))
    }

    /// To a pipe only colour is removed; the rest is as the program printed it.
    @Test func removingColourKeepsEverythingElse() {
        #expect(removingColour("\u{1b}[32mgreen\u{1b}[0m \u{1b}]0;t\u{07}") == "green \u{1b}]0;t\u{07}")
    }
}
