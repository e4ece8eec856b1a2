import Testing
@testable import LineEditing

/// The key table: what each terminal sends for each key, and what the reader does.
struct KeyBindingsTests {
    @Test(arguments: [
        ([0x1b, 0x5b, 0x31, 0x7e], KeyBindings.Action.moveToStart),   // tmux, screen, Linux console: ESC [ 1 ~
        ([0x1b, 0x5b, 0x48], .moveToStart),                           // xterm: ESC [ H
        ([0x1b, 0x4f, 0x48], .moveToStart),                           // xterm application mode: ESC O H
        ([0x1b, 0x5b, 0x34, 0x7e], .moveToEnd),                       // ESC [ 4 ~
        ([0x1b, 0x5b, 0x46], .moveToEnd),
        ([0x1b, 0x4f, 0x46], .moveToEnd),
        ([0x1b, 0x5b, 0x33, 0x7e], .deleteNextCharacter),             // Delete: ESC [ 3 ~ everywhere
        ([0x1b, 0x5b, 0x31, 0x3b, 0x35, 0x44], .previousWord),       // Ctrl-Left: ESC [ 1 ; 5 D
        ([0x1b, 0x5b, 0x31, 0x3b, 0x35, 0x43], .nextWord),
        ([0x1b, 0x5b, 0x35, 0x7e], .searchHistoryBackward),           // Page Up
        ([0x1b, 0x5b, 0x36, 0x7e], .searchHistoryForward),            // Page Down
    ] as [([UInt8], KeyBindings.Action)])
    func eachTerminalsSequenceHasItsAction(bytes: [UInt8], action: KeyBindings.Action) {
        #expect(KeyBindings.action(forReceived: bytes) == action)
    }

    @Test func plainArrowsAndTextAreLeftToLibedit() {
        #expect(KeyBindings.action(forReceived: [0x1b, 0x5b, 0x44]) == nil)
        #expect(KeyBindings.action(forReceived: Array("a".utf8)) == nil)
    }

    @Test func noSequenceIsBoundTwice() {
        let sequences = KeyBindings.table.map(\.sequence)
        #expect(Set(sequences).count == sequences.count)
    }

    @Test func aSymbolReplacesTheNameBeforeTheCursor() {
        #expect(CompletionPlan(lineBeforeCursor: "x = \\alpha", candidates: ["\\alpha"], symbol: ("\\alpha", "α"))
            == .replace(characters: 6, with: "α"))
        #expect(CompletionPlan(lineBeforeCursor: "lstmc", candidates: ["lstmcell"], symbol: nil) == .insert("ell"))
    }
}
