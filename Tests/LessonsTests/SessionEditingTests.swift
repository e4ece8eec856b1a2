import Foundation
import Testing
@testable import Lessons

/// `:edit` with a stand-in editor, the line history of lesson cells, a cell stopped by
/// Ctrl-C, paging a long step, and messages wrapped to the terminal.
@Suite struct SessionEditingTests {
    /// A shell script standing in for the learner's editor: it applies `sedProgram` to
    /// the file it is given, as a person changing a line would.
    func standInEditor(_ sedProgram: String) throws -> String {
        let path = temporaryPath("editor.sh")
        try "#!/bin/sh\nsed -i '\(sedProgram)' \"$1\"\n".write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o755)
        return path
    }

    /// Starts the editor as the front end does, but without a terminal.
    static func runProcess(_ words: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: words[0])
        process.arguments = Array(words.dropFirst())
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    func sessionWithEditor(_ editor: String, log: Box<String>) throws -> Session {
        let session = try makeSession(log: log)
        session.environment = ["EDITOR": editor, "PATH": "/usr/bin:/bin"]
        session.startEditor = Self.runProcess
        return session
    }

    @Test func editChangesTheCellRunsItAndRunOriginalBringsTheLessonsBack() throws {
        let log = Box("")
        let session = try sessionWithEditor(try standInEditor("s/x = 2/x = 9/"), log: log)
        session.open(lesson: 0)
        session.handle(":edit")
        let ws = { session.workspace as! FakeWorkspace }
        #expect(ws().values["x"] == 9, "the edited cell ran")
        #expect(log.value.contains("│ x = 9"))
        session.handle("x = 0")
        session.handle(":run")
        #expect(ws().values["x"] == 9, ":run runs the edited version")
        session.handle(":run original")
        #expect(ws().values["x"] == 2)
        #expect(log.value.contains("Back to the lesson's version"))
        #expect(session.record.entries.contains { $0.origin == .lessonCell(step: 0, edited: true) })
    }

    @Test func editOnAStepWithoutACellEditsTheLastInput() throws {
        let log = Box("")
        let session = try sessionWithEditor(try standInEditor("s/q = 1/q = 4/"), log: log)
        session.open(lesson: 0)
        session.handle("")   // step 2 holds only a hidden cell
        session.handle("")   // step 3: an exercise, no cell
        session.handle("q = 1")
        session.handle(":edit")
        #expect((session.workspace as! FakeWorkspace).values["q"] == 4)
    }

    @Test func withoutAnEditorTheSessionSaysSoInOneLineAndOffersUpArrow() throws {
        let log = Box("")
        let session = try makeSession(log: log)
        session.open(lesson: 0)
        log.value = ""
        session.handle(":edit")
        #expect(log.value.replacingOccurrences(of: "\n", with: " ")
            == "No editor can be started here. Instead, press Up to recall the cell at the prompt and edit it there. ")
        #expect(log.value.split(separator: "\n").allSatisfy { $0.count <= 60 })
        session.startEditor = Self.runProcess
        session.environment = ["EDITOR": "/nonexistent/editor"]
        log.value = ""
        session.handle(":edit")
        #expect(log.value.contains("did not start"))
        #expect((session.workspace as! FakeWorkspace).values["x"] == 2, "nothing ran")
    }

    @Test func everyCellThatRunsGoesIntoTheHistory() throws {
        let session = try makeSession(log: Box(""))
        var history: [String] = []
        session.addToHistory = { history.append($0) }
        session.open(lesson: 0)
        session.handle("")
        session.handle(":back")
        #expect(history == ["x = 2", "x = 2"], "shown cells, not the hidden set-up cell")
    }

    @Test func aCellStoppedByCtrlCSaysSoAndHowToRunItAgain() throws {
        let log = Box("")
        let lesson = try LessonParser.parse("# 1. Spin\n\n```julia\nx = 1\nspin\n```\n", id: "01-spin", path: "01.md")
        var polls = 0
        let session = Session(
            course: Course(lessons: [lesson], directory: "."), store: nil, style: TextStyle(width: 60),
            makeWorkspace: { FakeWorkspace() }, emit: { log.value += $0 })
        session.shouldStop = { polls += 1; return polls > 100 }
        session.open(lesson: 0)
        #expect(log.value.contains("Step 1's cell did not finish"))
        #expect(log.value.contains(":run runs it again"))
    }

    @Test func aStepLongerThanTheScreenIsPagedBeforeItsCellRuns() throws {
        let prose = (1...30).map { "Line \($0) of a long explanation." }.joined(separator: "\n\n")
        let lesson = try LessonParser.parse("# 1. Long\n\n\(prose)\n\n```julia\nx = 5\n```\n", id: "01-long", path: "01.md")
        let log = Box("")
        let session = Session(
            course: Course(lessons: [lesson], directory: "."), store: nil, style: TextStyle(width: 60, rows: 20),
            makeWorkspace: { FakeWorkspace() }, emit: { log.value += $0 })
        session.open(lesson: 0)
        #expect(log.value.contains("Line 1 of"))
        #expect(!log.value.contains("Line 30 of"), "the end waits")
        #expect((session.workspace as! FakeWorkspace).values["x"] == nil, "the cell waits for the last page")
        #expect(session.prompt.hasPrefix("-- more"))
        var pages = 0
        while case .paging = session.mode, pages < 10 {
            session.handle("")
            pages += 1
        }
        #expect(pages >= 2)
        #expect(log.value.contains("Line 30 of"))
        #expect((session.workspace as! FakeWorkspace).values["x"] == 5)
        // Each page fits: between two "more" prompts there are at most rows - 2 lines.
        #expect(session.stepIndex == 0 && session.mode.isNormal)
    }

    @Test func anExerciseWhoseProseAndTaskOverflowTheScreenIsPagedWithItsTask() throws {
        let prose = (1...8).map { "Line \($0) of the prose." }.joined(separator: "\n\n")
        let task = (1...6).map { "Task line \($0)." }.joined(separator: "\n\n")
        let source = "# 1. Long\n\n\(prose)\n\n::: exercise e\n\(task)\n\n```julia solution\n1\n```\n:::\n"
        let lesson = try LessonParser.parse(source, id: "01-long", path: "01.md")
        let log = Box("")
        let session = Session(
            course: Course(lessons: [lesson], directory: "."), store: nil, style: TextStyle(width: 60, rows: 20),
            makeWorkspace: { FakeWorkspace() }, emit: { log.value += $0 })
        session.open(lesson: 0)
        // Prose and task together are longer than the screen: the first page stops
        // before the task's end, which waits for Enter like the rest of a long step.
        #expect(log.value.contains("Line 1 of"))
        #expect(!log.value.contains("Task line 6."), "\(log.value)")
        #expect(session.prompt.hasPrefix("-- more"))
        session.handle("")
        #expect(log.value.contains("Task line 6."))
        #expect(log.value.components(separatedBy: "Exercise").count == 2, "the task is shown once")
        #expect(log.value.contains(":skip to move on"))
        #expect(session.mode.isNormal)
    }

    @Test(arguments: [40, 60, 80])
    func helpAndMessagesFitTheWidthAndNoWordIsCut(width: Int) throws {
        let log = Box("")
        let lesson = try LessonParser.parse(sampleLesson, id: "03-mlp-vs-rnn", path: "03.md")
        let session = Session(
            course: Course(lessons: [lesson], directory: "."), store: nil, style: TextStyle(width: width),
            makeWorkspace: { FakeWorkspace() }, emit: { log.value += $0 })
        session.open(lesson: 0)
        log.value = ""
        session.handle(":help")
        session.handle(":save")
        session.handle(":goto nowhere-at-all")
        session.handle(":edit")
        session.handle("?\\alpha")
        let lines = log.value.split(separator: "\n")
        #expect(lines.allSatisfy { visibleWidth(String($0)) <= width }, "\(lines.filter { $0.count > width })")
        let words = Set(log.value.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
        for word in ["previous", "workspace:", "$EDITOR,", "Tab", "notes.ipynb", "\\alpha"] {
            #expect(words.contains(word), "\(word) is whole at \(width) columns")
        }
    }
}
