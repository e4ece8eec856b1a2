import Foundation
import Testing

/// Inputs an attacker would try, run as a learner would run them (issue 12).
@Suite struct CraftedInputTests {
    /// 100,000 unclosed `(` at the prompt crashed the notebook (SIGSEGV in the
    /// completeness check's parse, on the main thread's 8 MB stack): now they get the
    /// nesting error at once, and the session goes on; so does `:::`.
    @Test func deeplyNestedInputGetsTheNestingErrorAndTheSessionGoesOn() throws {
        let state = try TemporaryDirectory(prefix: "rnnlab-crafted-state")
        let course = try TemporaryDirectory(prefix: "rnnlab-crafted-course")
        try writeText(CourseFixture.basics, to: course.path + "/01-basics.md")
        let process = try PipedProcess(
            executable: try builtExecutable("rnnlab"), arguments: ["--lessons", course.path],
            environment: ["XDG_STATE_HOME": state.path, "HOME": state.path, "PATH": "/usr/bin:/bin"], timeout: 120)
        process.write(String(repeating: "(", count: 100_000) + "\n")
        // `:::` swallowed the line after it (it waited for the rest of a `:` range).
        process.write(":::\n")
        process.write("6 * 7\n")
        let (output, code) = try process.finish()
        let text = String(decoding: output, as: UTF8.self)
        #expect(code == 0, "\(text.suffix(2000))")
        #expect(text.contains("nested too deeply"), "\(text.suffix(2000))")
        #expect(text.contains("expected an expression, found `::`"), "\(text.suffix(2000))")
        #expect(text.contains("42"), "\(text.suffix(2000))")
    }

    /// A non-UTF-8 program said only "cannot read"; now it names the byte and its place.
    @Test func aNonUTF8ProgramNamesTheBadByte() throws {
        let folder = try TemporaryDirectory(prefix: "rnnlab-latin1")
        let file = folder.path + "/latin1.jl"
        try Data("x = 1\ny = \"caf".utf8 + [0xE9] + "\"\n".utf8).write(to: URL(fileURLWithPath: file))
        let process = try PipedProcess(
            executable: try builtExecutable("rnnlab"), arguments: ["run", file],
            environment: ["HOME": folder.path, "PATH": "/usr/bin:/bin"], timeout: 60)
        let (output, code) = try process.finish()
        let text = String(decoding: output, as: UTF8.self)
        #expect(code != 0)
        #expect(text.contains("byte 0xE9 at line 2, byte 9 of that line, is not UTF-8 text"), "\(text)")
    }

    /// A program that prints a title (OSC 0), clipboard (OSC 52) and clear-screen
    /// sequence, beside a colour.
    static let escapingProgram = #"print("\e]0;owned\a", "\e]52;c;c2VjcmV0\a", "\e[2J", "\e[32mgreen\e[0m", "\n")"#

    /// To a pipe, `rnnlab run` writes the bytes as the program printed them, as Julia does.
    @Test func runToAPipeWritesTheBytesAsPrinted() throws {
        let folder = try TemporaryDirectory(prefix: "rnnlab-escapes")
        try writeText(Self.escapingProgram, to: folder.path + "/p.jl")
        let process = try PipedProcess(
            executable: try builtExecutable("rnnlab"), arguments: ["run", folder.path + "/p.jl"],
            environment: ["HOME": folder.path, "PATH": "/usr/bin:/bin"], timeout: 60)
        let (output, code) = try process.finish()
        #expect(code == 0)
        #expect(String(decoding: output, as: UTF8.self).contains("\u{1b}]0;owned\u{07}\u{1b}]52;c;c2VjcmV0\u{07}\u{1b}[2J"))
    }

    /// On a terminal the same program's sequences are shown, not obeyed; colour stays.
    @Test func runOnATerminalShowsTheSequencesInstead() throws {
        let folder = try TemporaryDirectory(prefix: "rnnlab-escapes-tty")
        try writeText(Self.escapingProgram, to: folder.path + "/p.jl")
        let terminal = try PseudoTerminal(
            executable: try builtExecutable("rnnlab"), arguments: ["run", folder.path + "/p.jl"],
            environment: ["TERM": "xterm", "HOME": folder.path, "PATH": "/usr/bin:/bin"], timeout: 60)
        try terminal.expect("␛]0;owned␇␛]52;c;c2VjcmV0␇␛[2J")
        try terminal.expect("green")
        #expect(try terminal.waitForExit() == 0)
        #expect(!terminal.transcript.contains("\u{1b}]"), "\(terminal.transcript.debugDescription)")
    }
}
