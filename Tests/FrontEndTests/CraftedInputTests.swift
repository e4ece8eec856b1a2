import Foundation
import Testing

/// Inputs an attacker would try, run as a learner would run them (issue 12).
@Suite struct CraftedInputTests {
    /// 100,000 unclosed `(` at the prompt crashed the notebook (SIGSEGV in the
    /// completeness check's parse, on the main thread's 8 MB stack): now they get the
    /// nesting error at once, and the session goes on.
    @Test func deeplyNestedInputGetsTheNestingErrorAndTheSessionGoesOn() throws {
        let state = try TemporaryDirectory(prefix: "rnnlab-crafted-state")
        let course = try TemporaryDirectory(prefix: "rnnlab-crafted-course")
        try writeText(CourseFixture.basics, to: course.path + "/01-basics.md")
        let process = try PipedProcess(
            executable: try builtExecutable("rnnlab"), arguments: ["--lessons", course.path],
            environment: ["XDG_STATE_HOME": state.path, "HOME": state.path, "PATH": "/usr/bin:/bin"], timeout: 120)
        process.write(String(repeating: "(", count: 100_000) + "\n")
        process.write("6 * 7\n")
        let (output, code) = try process.finish()
        let text = String(decoding: output, as: UTF8.self)
        #expect(code == 0, "\(text.suffix(2000))")
        #expect(text.contains("nested too deeply"), "\(text.suffix(2000))")
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
}
