import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// A history file that is a FIFO used to block the start until Ctrl-C (issue 12):
/// opening it waits for a writer that never comes. The notebook must start, say
/// that it set the FIFO aside, and keep a new history.
@Suite struct HistoryFifoTests {
    @Test func aFifoHistoryDoesNotBlockTheStart() throws {
        let state = try TemporaryDirectory(prefix: "rnnlab-fifo-state")
        let course = try TemporaryDirectory(prefix: "rnnlab-fifo-course")
        try writeText(CourseFixture.basics, to: course.path + "/01-basics.md")
        try FileManager.default.createDirectory(atPath: state.path + "/rnnlab", withIntermediateDirectories: true)
        let history = state.path + "/rnnlab/history"
        #expect(mkfifo(history, 0o600) == 0)
        let terminal = try PseudoTerminal(
            executable: try builtExecutable("rnnlab"), arguments: ["--lessons", course.path],
            environment: ["TERM": "xterm", "XDG_STATE_HOME": state.path, "HOME": state.path, "PATH": "/usr/bin:/bin"],
            timeout: 20)
        try terminal.expect("it is a named pipe (FIFO), not a plain file")
        try terminal.expect(" 1/5] rnnlab> ")
        try terminal.type("x = 41 + 1\r")
        try terminal.expect("42")
        try terminal.expect(" 1/5] rnnlab> ")
        try terminal.type("\u{04}")
        #expect(try terminal.waitForExit() == 0)
        var info = stat()
        #expect(lstat(history + ".corrupt", &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
        #expect(try String(contentsOfFile: history, encoding: .utf8).contains("x\\040=\\04041\\040+\\0401"))
    }
}
