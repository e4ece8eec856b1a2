#if canImport(Glibc)
import Glibc
#endif
import Testing

/// End-to-end checks of the line-editing layer: the built `rnnlab line-probe` (an
/// echo loop over the real reader) driven through a pseudo-terminal.
@Suite(.serialized)
struct LineEditingProbeTests {
    let stateHome: TemporaryDirectory
    let environment: [String: String]

    init() throws {
        stateHome = try TemporaryDirectory(prefix: "rnnlab-probe")
        // No LANG: the reader must manage UTF-8 on its own. TERM as a user has it.
        environment = ["TERM": "xterm", "XDG_STATE_HOME": stateHome.path, "HOME": stateHome.path, "PATH": "/usr/bin:/bin"]
    }

    var historyFile: String { stateHome.path + "/rnnlab/history" }

    func startProbe() throws -> PseudoTerminal {
        let terminal = try PseudoTerminal(executable: try builtExecutable("rnnlab"), arguments: ["line-probe"],
                                          environment: environment)
        try terminal.expect("probe> ")
        return terminal
    }

    /// Ends the probe with Ctrl-D on an empty line and checks it exits with 0.
    func quit(_ terminal: PseudoTerminal) throws {
        try terminal.type("\u{04}")
        #expect(try terminal.waitForExit() == 0, "\(terminal.transcript)")
    }

    @Test func typedLineComesBack() throws {
        let terminal = try startProbe()
        try terminal.type("hello world\r")
        try terminal.expect("got: hello world\r\n")
        try terminal.expect("probe> ")
        try quit(terminal)
    }

    @Test func pastedLinesAreReadOneAtATime() throws {
        let terminal = try startProbe()
        try terminal.type("one\rtwo\rthree\r")
        try terminal.expect("got: one\r\n")
        try terminal.expect("got: two\r\n")
        try terminal.expect("got: three\r\n")
        try terminal.expect("probe> ")
        try quit(terminal)
    }

    @Test func nonASCIIKeysMakeOneLine() throws {
        let terminal = try startProbe()
        try terminal.type("σ(h_{t-1}) λ\r")
        try terminal.expect("got: σ(h_{t-1}) λ\r\n")
        try terminal.expect("probe> ")
        try quit(terminal)
    }

    /// A line whose prompt and text fill the row to its last column used to leave a
    /// blank row under it: libedit forces the terminal's deferred wrap with a space on
    /// the next row, then writes its newline below that (see MarginWrap). Filled rows
    /// of one and two rows' width, then a short line, must follow each other closely.
    @Test func aLineThatFillsItsRowsLeavesNoBlankRowUnderIt() throws {
        let terminal = try startProbe()
        let oneRow = String(repeating: "a", count: 80 - "probe> ".count)
        let twoRows = String(repeating: "b", count: 160 - "probe> ".count)
        for line in [oneRow, twoRows, "c"] {
            try terminal.type(line + "\r")
            try terminal.expect("got: \(line)\r\n")
            try terminal.expect("probe> ")
        }
        let screen = try RenderedScreen(terminal.transcript)
        let expected = ["probe> " + oneRow, "got: " + oneRow,
                        "probe> " + twoRows.prefix(73), String(twoRows.dropFirst(73)),
                        "got: " + twoRows.prefix(75), String(twoRows.dropFirst(75)),
                        "probe> c", "got: c", "probe>"]
        #expect(Array(screen.lines.prefix(expected.count)) == expected, "\(screen.lines.joined(separator: "\n"))")
        try quit(terminal)
    }

    @Test func historyIsWrittenAfterEveryEntryAndRecalledWithUp() throws {
        let terminal = try startProbe()
        try terminal.type("first\r")
        try terminal.expect("got: first")
        #expect(try historyEntries() == ["first"])
        try terminal.expect("probe> ")
        try terminal.type("second\r")
        try terminal.expect("got: second")
        #expect(try historyEntries() == ["first", "second"])
        try terminal.expect("probe> ")
        try terminal.type("\u{1b}[A\u{1b}[A\r")
        try terminal.expect("got: first\r\n")
        try terminal.expect("probe> ")
        try quit(terminal)

        // A new run starts with the saved history: two steps up is "second".
        let again = try startProbe()
        try again.type("\u{1b}[A\u{1b}[A\r")
        try again.expect("got: second\r\n")
        try again.expect("probe> ")
        try quit(again)
        #expect(try historyEntries() == ["first", "second", "first", "second"])
    }

    @Test func tabCompletesAUniqueWordAndListsAmbiguousOnes() throws {
        let terminal = try startProbe()
        try terminal.type("lstmc\t\r")
        try terminal.expect("got: lstmcell\r\n")
        try terminal.expect("probe> ")
        try terminal.type("l\t")
        try terminal.expect("length    lineplot  lstmcell")
        try terminal.expect("probe> l")
        try terminal.type("e\t\r")
        try terminal.expect("got: length\r\n")
        try terminal.expect("probe> ")
        try quit(terminal)
    }

    @Test func completionListsFitTheResizedTerminal() throws {
        let terminal = try startProbe()
        try terminal.resize(columns: 12, rows: 24)
        try terminal.type("l\t")
        // Twelve columns hold one candidate per line.
        try terminal.expect("length\r\nlineplot\r\nlstmcell\r\n")
        try terminal.expect("probe> l")
        try terminal.type("s\t\r")
        try terminal.expect("got: lstmcell\r\n")
        try terminal.expect("probe> ")
        try quit(terminal)
    }

    @Test func ctrlCAtThePromptClearsTheLine() throws {
        let terminal = try startProbe()
        try terminal.type("abcdef")
        try terminal.expect("abcdef")
        // With the cursor mid-line, "^C" still goes after the abandoned text.
        try terminal.type("\u{1b}[D\u{1b}[D\u{1b}[D")
        // Wait for the three moves to be drawn (backspaces, on an xterm): a Ctrl-C
        // arriving earlier would make the terminal discard the unread arrow keys.
        try terminal.expect("\u{08}\u{08}\u{08}")
        try terminal.type("\u{03}")
        try terminal.expect("def^C")
        try terminal.expect("interrupted\r\n")
        try terminal.expect("probe> ")
        #expect(terminal.isRunning)
        try terminal.type("xyz\r")
        try terminal.expect("got: xyz\r\n")
        #expect(!terminal.transcript.contains("got: abc"))
        try terminal.expect("probe> ")
        try quit(terminal)
    }

    @Test func ctrlCStopsARunningComputation() throws {
        let terminal = try startProbe()
        try terminal.type("spin\r")
        try terminal.expect("spinning")
        // The program is busy, not reading keys: send at once.
        terminal.send("\u{03}")
        try terminal.expect("stopped")
        try terminal.expect("probe> ")
        #expect(terminal.isRunning)
        try terminal.type("after\r")
        try terminal.expect("got: after\r\n")
        try terminal.expect("probe> ")
        try quit(terminal)
    }

    @Test func ctrlDOnlyEndsAnEmptyLine() throws {
        let terminal = try startProbe()
        try terminal.type("ab")
        try terminal.expect("ab")
        try terminal.type("\u{04}")
        try terminal.type("\r")
        try terminal.expect("got: ab\r\n")
        try terminal.expect("probe> ")
        try quit(terminal)
    }

    @Test func pipedInputGetsNoPromptsOrEscapeCodes() throws {
        let process = try PipedProcess(executable: try builtExecutable("rnnlab"), arguments: ["line-probe"],
                                       environment: environment)
        process.write("a\nb\n")
        let (output, code) = try process.finish()
        #expect(String(decoding: output, as: UTF8.self) == "got: a\ngot: b\n")
        #expect(!output.contains(0x1B))
        #expect(code == 0)
    }

    @Test func ctrlCWhileWaitingOnAPipeDoesNotEndTheProgram() throws {
        let process = try PipedProcess(executable: try builtExecutable("rnnlab"), arguments: ["line-probe"],
                                       environment: environment)
        process.write("before\n")
        // Blocked in read means the handler is installed (it is, before reading).
        try process.waitUntilBlocked()
        kill(process.pid, SIGINT)
        // Once the signal is taken, blocking again means the reader has dealt with it.
        try process.waitUntilDelivered(SIGINT)
        try process.waitUntilBlocked()
        process.write("after\n")
        let (output, code) = try process.finish()
        #expect(String(decoding: output, as: UTF8.self) == "got: before\ninterrupted\ngot: after\n")
        #expect(code == 0)
    }

    private func historyEntries() throws -> [String] {
        let fd = open(historyFile, O_RDONLY)
        guard fd >= 0 else { throw ChildProcessError(description: "no history file at \(historyFile)") }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            bytes.append(contentsOf: chunk[..<count])
        }
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
        // libedit's format starts with a version line.
        #expect(lines.first == "_HiStOrY_V2_")
        return Array(lines.dropFirst())
    }
}
