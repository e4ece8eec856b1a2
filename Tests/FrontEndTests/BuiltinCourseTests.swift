#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing

/// The lessons are inside the executable: a copy of it, alone in an empty folder with
/// an empty home, opens the course, reads lesson 7's data file, exports the course,
/// and takes options before or after the subcommand.
@Suite(.serialized)
struct BuiltinCourseTests {
    let folder: TemporaryDirectory
    let home: TemporaryDirectory
    let copy: String

    init() throws {
        folder = try TemporaryDirectory(prefix: "rnnlab-alone")
        home = try TemporaryDirectory(prefix: "rnnlab-home")
        copy = folder.path + "/rnnlab"
        try FileManager.default.copyItem(atPath: try builtExecutable("rnnlab"), toPath: copy)
    }

    /// Runs the copy from its empty folder with `input` piped in.
    ///
    /// A just-copied executable can fail to start with "Text file busy" while another
    /// test's child, forked before the copy's file was closed, still holds it open for
    /// writing; that child soon execs and lets go, so such a start is tried again.
    func run(_ arguments: String, input: String = "") throws -> (output: String, code: Int32) {
        for attempt in 1...10 {
            let process = try PipedProcess(
                executable: "/bin/sh", arguments: ["-c", "cd '\(folder.path)' && exec ./rnnlab \(arguments)"],
                environment: ["HOME": home.path, "PATH": "/usr/bin:/bin", "TERM": "dumb"], timeout: 60)
            process.write(input)
            process.closeInput()
            let (output, code) = try process.finish()
            let text = String(decoding: output, as: UTF8.self)
            if code != 0 && text.contains("Text file busy") && attempt < 10 {
                usleep(200_000)
                continue
            }
            return (text, code)
        }
        return ("", -1)
    }

    @Test func aCopyAloneInAnEmptyFolderOpensTheCourseAndReadsItsData() throws {
        let listing = try run("", input: ":lessons\n")
        #expect(listing.code == 0, "\(listing.output)")
        #expect(listing.output.contains("7. Practical issues"))
        // Lesson 7 reads data/sea-and-weather.txt by a path relative to the lesson.
        let practical = try run("open 7", input: "length(read(\"data/sea-and-weather.txt\", String))\n")
        #expect(!practical.output.contains("error"), "\(practical.output)")
        #expect(practical.output.contains("3752"), "the data file's length, read from the built-in course")
    }

    @Test func optionsWorkBeforeOrAfterTheSubcommandAndExportWritesAnOpenableCourse() throws {
        let exported = try run("export-lessons course")
        #expect(exported.code == 0 && exported.output.contains("Wrote 9 files"), "\(exported.output)")
        #expect(FileManager.default.fileExists(atPath: folder.path + "/course/data/sea-and-weather.txt"))
        let again = try run("export-lessons course 2>&1")
        #expect(again.code != 0 && again.output.contains("nothing was written"))
        try "# 1. Mine\n\n```julia\n40 + 2\n```\n".write(
            toFile: folder.path + "/course/01-why-memory.md", atomically: true, encoding: .utf8)
        for arguments in ["--lessons course open 1", "open 1 --lessons course", "--ascii open --lessons course 1"] {
            let opened = try run(arguments)
            #expect(opened.code == 0 && opened.output.contains("1. Mine") && opened.output.contains("42"), "\(arguments): \(opened.output)")
        }
    }
}
