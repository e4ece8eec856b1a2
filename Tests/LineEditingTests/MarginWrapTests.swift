#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import LineEditing

/// Where libedit's layout ends a prompt and line: exactly at the right margin only when
/// the columns they take are a whole number of rows, counted as libedit counts them.
@Suite struct MarginWrapTests {
    @Test func aLineEndsAtTheMarginOnlyWhenItFillsWholeRows() {
        let prompt = "probe> "
        #expect(MarginWrap.endsAtRightMargin(prompt: prompt, line: String(repeating: "a", count: 73), columns: 80))
        #expect(MarginWrap.endsAtRightMargin(prompt: prompt, line: String(repeating: "a", count: 153), columns: 80))
        #expect(!MarginWrap.endsAtRightMargin(prompt: prompt, line: String(repeating: "a", count: 72), columns: 80))
        #expect(!MarginWrap.endsAtRightMargin(prompt: prompt, line: String(repeating: "a", count: 74), columns: 80))
        #expect(!MarginWrap.endsAtRightMargin(prompt: "", line: "", columns: 80))
    }

    @Test func wideCharactersTabsAndPromptEscapesCountAsLibeditDrawsThem() {
        // Character widths come from the locale; the reader runs in a UTF-8 one (the
        // editor sets it when it opens), so the test does too.
        setlocale(LC_CTYPE, "C.UTF-8")
        // 宽 takes two columns: 78 + 2 fill the row; after 79 it does not fit and starts the next.
        #expect(MarginWrap.endsAtRightMargin(prompt: "", line: String(repeating: "a", count: 78) + "宽", columns: 80))
        #expect(!MarginWrap.endsAtRightMargin(prompt: "", line: String(repeating: "a", count: 79) + "宽", columns: 80))
        // A tab after 3 columns runs to column 8; ten of them fill 80.
        #expect(MarginWrap.endsAtRightMargin(prompt: "> ", line: "a" + String(repeating: "\t", count: 10), columns: 80))
        // A colour escape between \u{01} marks takes no columns; Ctrl-A shown as ^A takes two.
        let coloured = "\u{01}\u{1b}[1m\u{01}> \u{01}\u{1b}[0m\u{01}"
        #expect(MarginWrap.endsAtRightMargin(prompt: coloured, line: String(repeating: "a", count: 78), columns: 80))
        #expect(MarginWrap.endsAtRightMargin(prompt: "", line: "\u{07}" + String(repeating: "a", count: 78), columns: 80))
    }
}
