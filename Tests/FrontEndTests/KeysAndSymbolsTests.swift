#if canImport(Glibc)
import Glibc
#endif
import Testing

/// Home, End, Delete and `\alpha<Tab>` as a terminal sends them, through the built
/// `rnnlab line-probe` on a pseudo-terminal.
@Suite(.serialized)
struct KeysAndSymbolsTests {
    let stateHome: TemporaryDirectory
    let environment: [String: String]

    init() throws {
        stateHome = try TemporaryDirectory(prefix: "rnnlab-keys")
        environment = ["TERM": "xterm", "XDG_STATE_HOME": stateHome.path, "HOME": stateHome.path, "PATH": "/usr/bin:/bin"]
    }

    func probe() throws -> PseudoTerminal {
        let terminal = try PseudoTerminal(
            executable: try builtExecutable("rnnlab"), arguments: ["line-probe"], environment: environment)
        try terminal.expect("probe> ")
        return terminal
    }

    func finish(_ terminal: PseudoTerminal) throws {
        try terminal.type("\u{04}")
        #expect(try terminal.waitForExit() == 0, "\(terminal.transcript)")
    }

    /// tmux and screen send `\e[1~`/`\e[4~`, xterm `\e[H`/`\e[F` or `\eOH`/`\eOF`.
    @Test(arguments: [("\u{1b}[1~", "\u{1b}[4~"), ("\u{1b}[H", "\u{1b}[F"), ("\u{1b}OH", "\u{1b}OF")])
    func homeAndEndMoveTheCursor(home: String, end: String) throws {
        let terminal = try probe()
        try terminal.type("23+1")
        try terminal.type(home)
        try terminal.type("1")
        try terminal.type(end)
        try terminal.type("0\r")
        try terminal.expect("got: 123+10\r\n")
        try finish(terminal)
    }

    @Test func deleteRemovesTheCharacterUnderTheCursorAndCtrlLeftMovesAWord() throws {
        let terminal = try probe()
        try terminal.type("abc def")
        try terminal.type("\u{1b}[1;5D")   // Ctrl-Left: to the start of "def"
        try terminal.type("\u{1b}[3~")     // Delete: the "d"
        try terminal.type("\u{1b}[1~")     // Home
        try terminal.type("\u{1b}[3~")     // Delete: the "a"
        try terminal.type("\r")
        try terminal.expect("got: bc ef\r\n")
        try finish(terminal)
    }

    @Test func backslashNamesBecomeSymbolsOnTab() throws {
        let terminal = try probe()
        try terminal.type("\\alpha")
        try terminal.type("\t")
        try terminal.type(" = h\\_t")
        try terminal.type("\t")
        try terminal.type(" \\odot")
        try terminal.type("\t")
        try terminal.type(" x\\^2")
        try terminal.type("\t")
        try terminal.type("\r")
        try terminal.expect("got: α = hₜ ⊙ x²\r\n")
        try finish(terminal)
    }
}
