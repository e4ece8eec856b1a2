import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import Lessons

/// A course opened with `--lessons DIR` is untrusted content (issue 12): its code
/// reads only inside its folder, what it prints reaches the terminal without escape
/// sequences, and its files are read only when they are plain lesson files inside it.
@Suite struct UntrustedCourseTests {
    /// A course folder holding `lesson` as 01-crafted.md, with a secret beside it.
    final class CraftedCourse {
        let root: String
        var folder: String { root + "/course" }
        var secret: String { root + "/secret.txt" }

        init(_ lesson: String) throws {
            root = temporaryPath("crafted")
            try FileManager.default.createDirectory(atPath: root + "/course", withIntermediateDirectories: true)
            try "the learner's secret".write(toFile: root + "/secret.txt", atomically: true, encoding: .utf8)
            try "course data".write(toFile: root + "/course/data.txt", atomically: true, encoding: .utf8)
            try lesson.replacingOccurrences(of: "SECRET", with: root + "/secret.txt")
                .write(toFile: root + "/course/01-crafted.md", atomically: true, encoding: .utf8)
        }

        deinit { try? FileManager.default.removeItem(atPath: root) }

        func session(log: Box<String>) throws -> Session {
            Session(
                course: try Course.load(from: folder), store: nil,
                style: TextStyle(width: 400, color: false, unicode: true),
                makeWorkspace: { LanguageWorkspace() }, emit: { log.value += $0 })
        }
    }

    /// Shown, hidden and replayed cells all run confined; the learner's own input does not.
    @Test func aCoursesCellsCannotReadOutsideItsFolder() throws {
        let course = try CraftedCourse("""
            # Crafted

            ```julia hidden
            stolen_hidden = try
                read("SECRET", String)
            catch e
                "refused"
            end
            ```

            Shown.

            ```julia
            mine = read("data.txt", String)
            read("SECRET", String)
            ```

            Next step.

            ```julia
            y = 1
            ```
            """)
        let log = Box("")
        let session = try course.session(log: log)
        session.open(lesson: 0)
        session.handle("")
        #expect(!log.value.contains("the learner's secret"), "\(log.value)")
        #expect(log.value.contains("is outside the course folder"), "\(log.value)")
        #expect(session.workspace.variables().contains { $0.name == "mine" })
        // A replay (:goto runs the earlier cells again, unseen) is confined as well.
        session.handle("stolen_hidden = \"not yet\"")
        session.handle(":goto 1.3")
        log.value = ""
        session.handle("println(stolen_hidden, \" / \", mine)")
        #expect(log.value.contains("refused / course data"), "\(log.value)")
        // What the learner types reads what the user can.
        log.value = ""
        session.handle("read(\"SECRET\", String)".replacingOccurrences(of: "SECRET", with: course.secret))
        #expect(log.value.contains("the learner's secret"), "\(log.value)")
    }

    /// OSC 52 (clipboard), OSC 0 (title) and ESC [2J passed through to the terminal.
    @Test func escapeSequencesInProseAndOutputAreShownNotObeyed() throws {
        let course = try CraftedCourse("""
            # Crafted \u{1b}]0;owned\u{07}

            Prose \u{1b}]52;c;c2VjcmV0\u{07} and \u{1b}[2J here.

            ```julia
            print("\\e]52;c;c2VjcmV0\\a", "\\e[2J", "\\u9b", "\\e[31mred\\e[0m")
            error("bad \\e]0;title\\a")
            ```
            """)
        let log = Box("")
        let session = try course.session(log: log)
        session.open(lesson: 0)
        let shown = log.value
        #expect(shown.contains("Prose ␛]52;c;c2VjcmV0␇ and ␛[2J here."), "\(shown)")
        #expect(shown.contains("␛]52;c;c2VjcmV0␇␛[2J\u{FFFD}\u{1b}[31mred\u{1b}[0m"), "\(shown)")
        #expect(shown.contains("bad ␛]0;title␇"), "\(shown)")
        // Colour (SGR) is the only escape that reaches the terminal.
        let escapes = shown.split(separator: "\u{1b}", omittingEmptySubsequences: false).dropFirst()
        #expect(escapes.allSatisfy { $0.hasPrefix("[31m") || $0.hasPrefix("[0m") }, "\(shown.debugDescription)")
    }

    @Test func aLessonFileMustBeAPlainFileInsideTheFolder() throws {
        let course = try CraftedCourse("# Crafted\n\nHello.\n")
        // A link out of the folder would show the learner's file as prose.
        #expect(symlink(course.secret, course.folder + "/02-link.md") == 0)
        #expect(throws: LessonFormatError.self) { _ = try Course.load(from: course.folder) }
        do { _ = try Course.load(from: course.folder) } catch {
            #expect("\(error)".contains("outside the lessons folder"), "\(error)")
        }
        unlink(course.folder + "/02-link.md")
        // A FIFO blocked the start; a link to /dev/zero filled memory.
        #expect(mkfifo(course.folder + "/02-fifo.md", 0o600) == 0)
        do { _ = try Course.load(from: course.folder); Issue.record("a FIFO lesson was read") } catch {
            #expect("\(error)".contains("not a plain file"), "\(error)")
        }
        unlink(course.folder + "/02-fifo.md")
        #expect(try Course.load(from: course.folder).lessons.count == 1)
    }
}

/// The lesson format's edges that crafted or foreign lessons reach (issue 12).
@Suite struct LessonFormatEdgeTests {
    /// "\r\n" is one Swift Character, so a Windows file was one line: "no prose or cells".
    @Test func crlfLessonsParseAsTheirUnixTwins() throws {
        let unix = "# Title\n\nProse.\n\n```julia\nx = 1\ny = 2\n```\n\n```output\n2\n```\n\n::: exercise e1\nDo it.\n```julia check\nx == 1\n```\n```julia solution\nx = 1\n```\n:::\n"
        let windows = unix.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(windows.utf8.count > unix.utf8.count)
        let a = try LessonParser.parse(unix, id: "l", path: "l.md")
        let b = try LessonParser.parse(windows, id: "l", path: "l.md")
        #expect(b.title == "Title")
        #expect(b.steps.count == a.steps.count && a.steps.count == 2)
        #expect(b.steps.map { $0.cell?.code } == a.steps.map { $0.cell?.code })
        #expect(b.steps[0].cell?.expected?.text == "2")
        #expect(b.steps.map { $0.exercise?.id } == a.steps.map { $0.exercise?.id })
        #expect(b.steps.map(\.prose) == a.steps.map(\.prose))
    }

    @Test func aDuplicateExerciseIDIsAnError() throws {
        let exercise = "::: exercise same\nTask.\n```julia check\ntrue\n```\n```julia solution\n1\n```\n:::\n"
        let text = "# T\n\n" + exercise + "\nBetween.\n\n" + exercise
        #expect(throws: LessonFormatError.self) { _ = try LessonParser.parse(text, id: "l", path: "l.md") }
        do { _ = try LessonParser.parse(text, id: "l", path: "l.md") } catch let error as LessonFormatError {
            #expect(error.line == 15)
            #expect("\(error)".contains("exercise ID `same` is used twice (first on line 3)"), "\(error)")
        }
    }

    /// `$x^{x^{…}}$` 30,000 deep took quadratic time and 24 GB; deeper than the limit
    /// shows as its TeX source.
    @Test func deeplyNestedMathRendersInBoundedWork() throws {
        let depth = 30_000
        let tex = String(repeating: "x^{", count: depth) + "2" + String(repeating: "}", count: depth)
        let clock = ContinuousClock()
        var shown = ""
        let elapsed = clock.measure { shown = MathText.render(tex) }
        #expect(elapsed < .seconds(20), "took \(elapsed)")
        // Nothing there has a superscript form but the innermost 2, which is past the
        // limit: the whole formula shows as written. (Compared outside #expect, whose
        // failure message would print both 90,000-character strings.)
        let asWritten = shown == tex
        #expect(asWritten, "rendered \(shown.count) characters of \(tex.count)")
        #expect(MathText.render("x^{x^{2}}") == "x^{x²}")
        #expect(MathText.render("h_{t-1} W^{-1}") == "hₜ₋₁ W⁻¹")
    }

    @Test func aHugeLessonIsRefusedWithItsSize() throws {
        let text = "# T\n\n" + String(repeating: "a", count: LessonParser.largestLesson)
        do { _ = try LessonParser.parse(text, id: "l", path: "l.md"); Issue.record("a huge lesson was parsed") } catch {
            #expect("\(error)".contains("lessons over 4 MB"), "\(error)")
        }
    }
}
