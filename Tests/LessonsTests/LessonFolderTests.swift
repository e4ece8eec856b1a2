import Foundation
import Testing
import LiveView
@testable import Lessons

/// Lessons read their data relative to their own folder, whatever the current
/// directory, and `:step name` opens a trace the learner made with `bptt_trace`.
/// These run the real language, not the fake workspace.
struct LessonFolderTests {
    static let lessonText = """
        # 7. Data

        Read the corpus that sits beside the lesson.

        ```julia
        text = read("data/x.txt", String)
        println(length(text), " ", first(split(text)))
        ```

        ```output
        12 hello
        ```
        """

    /// A lesson file in a fresh folder with its `data/x.txt`.
    private func lessonInFolder() throws -> Lesson {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rnnlab-lesson-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("data"), withIntermediateDirectories: true)
        try "hello world\n".write(to: folder.appendingPathComponent("data/x.txt"), atomically: true, encoding: .utf8)
        let path = folder.appendingPathComponent("07-data.md").path
        try LessonFolderTests.lessonText.write(toFile: path, atomically: true, encoding: .utf8)
        return try #require(try Course.load(from: folder.path).lessons.first)
    }

    private let style = TextStyle(width: 60, color: false, unicode: true)

    @Test func checkReadsTheLessonsDataFromItsFolder() throws {
        let lesson = try lessonInFolder()
        let report = NotebookRunner(style: style).check(lesson, in: LanguageWorkspace())
        #expect(report.failures == [])
        #expect(report.passed == 1)
    }

    @Test func runReadsTheLessonsDataFromItsFolder() throws {
        let lesson = try lessonInFolder()
        var printed = ""
        let error = NotebookRunner(style: style).run(lesson, in: LanguageWorkspace()) { printed += $0 }
        #expect(error == nil)
        #expect(printed == "12 hello\n")
    }

    @Test func aWorkspaceWithoutTheFolderDoesNotFindTheData() throws {
        // The same cell in a workspace never told the lesson's folder fails, so the
        // tests above pass because of setDirectory.
        let lesson = try lessonInFolder()
        let code = try #require(lesson.steps.first?.cell?.code)
        let result = LanguageWorkspace().run(code, context: RunContext(style: style) { _ in })
        #expect(result.error?.contains(#"there is no file "data/x.txt""#) == true, "\(result.error ?? "no error")")
    }

    @Test func openingALessonInASessionPointsTheWorkspaceAtItsFolder() throws {
        let lesson = try lessonInFolder()
        let log = Box("")
        let session = Session(
            course: Course(lessons: [lesson], directory: "."), store: nil, style: style,
            makeWorkspace: { LanguageWorkspace() }, emit: { log.value += $0 })
        session.open(lesson: 0)
        #expect(log.value.contains("12 hello"), "\(log.value)")
    }

    @Test func stepOpensTheLearnersOwnTrace() throws {
        let log = Box("")
        let session = Session(
            course: Course(lessons: [try lessonInFolder()], directory: "."), store: nil, style: style,
            makeWorkspace: { LanguageWorkspace() }, emit: { log.value += $0 })
        session.open(lesson: 0)
        _ = session.handle("w = Any[ones(2, 1), zeros(2, 2), zeros(2), ones(3, 2), zeros(3)];")
        _ = session.handle("tr = bptt_trace(w, [[1.0], [2.0], [3.0]], [1, 3, 2]);")
        _ = session.handle(":step tr")
        // Three time steps: forward and backward through each.
        #expect(session.stepper?.count == 6, "\(log.value)")
    }

    func languageSession(_ log: Box<String>) throws -> Session {
        let session = Session(
            course: Course(lessons: [try lessonInFolder()], directory: "."), store: nil, style: style,
            makeWorkspace: { LanguageWorkspace() }, emit: { log.value += $0 })
        session.open(lesson: 0)
        return session
    }

    @Test func exploreMovesRhoByKeysAndLeavesTheScaledMatrixInAns() throws {
        let log = Box("")
        let session = try languageSession(log)
        _ = session.handle("W = [0.5 0.2 0.0; 0.1 0.4 0.3; 0.0 0.2 0.6];")
        _ = session.handle("r0 = spectral_radius(W);")
        let screen = RecordingScreen(script: [.key(.right), .key(.right), .key(.character(".")), .key(.character("q"))])
        session.screen = screen
        _ = session.handle(":explore W")
        #expect(screen.frames.count == 4 && screen.closes >= 1 && !screen.readsKeys)
        #expect(screen.frames[3].contains("ρ = "), "\(screen.frames[3])")
        log.value = ""
        _ = session.handle("round(spectral_radius(ans) - r0; digits=10)")
        #expect(log.value.contains("0.11"), "two steps of 0.05 and one of 0.01: \(log.value)")
        log.value = ""
        _ = session.handle("W[1, 1]")
        #expect(log.value.contains("0.5"), "W itself is unchanged: \(log.value)")
    }

    @Test func ctrlCInTheExplorerKeepsTheMatrixAsItWas() throws {
        let log = Box("")
        let session = try languageSession(log)
        _ = session.handle("W = [0.5 0.2; 0.1 0.4]; r0 = spectral_radius(W);")
        session.screen = RecordingScreen(script: [.key(.right), .interrupted])
        _ = session.handle("Wn = explore(W);")
        log.value = ""
        _ = session.handle("round(spectral_radius(Wn) - r0; digits=10)")
        #expect(log.value.contains("0.05"), "\(log.value)")
    }

    @Test func withoutAScreenExplorePrintsItsFrameOnce() throws {
        let workspace = LanguageWorkspace()
        var printed = ""
        let result = workspace.run("Wn = explore([0.5 0.2; 0.1 0.4]);", context: RunContext(style: style) { printed += $0 })
        #expect(result.error == nil)
        #expect(printed.components(separatedBy: "Spectrum explorer").count == 2, "\(printed)")
        #expect(!printed.contains("\u{1b}"))
    }

    @Test func theStepperRebuildsATraceTheLearnerMade() throws {
        let workspace = LanguageWorkspace()
        let code = """
            w = Any[[1.0 0.0; 0.0 1.0; 0.5 -0.5], 0.3 * ones(3, 3), zeros(3), [1.0 -1.0 0.0; 0.0 1.0 1.0], zeros(2)]
            tr = bptt_trace(w, [[1.0, 0.0], [0.0, 1.0], [1.0, 1.0], [0.0, 0.0]], [1, 2, 2, 1])
            notrace = (w = 1, xs = 2)
            """
        let result = workspace.run(code, context: RunContext(style: style) { _ in })
        #expect(result.error == nil, "\(result.error ?? "")")
        let trace = try #require(workspace.bpttTrace(named: "tr"))
        #expect(trace.steps == 4)
        #expect(trace.targets == [[0], [1], [1], [0]])
        let loss = workspace.run("tr.loss", context: RunContext(style: style) { _ in })
        #expect(loss.display == "\(trace.totalLoss)")
        #expect(workspace.bpttTrace(named: "notrace") == nil)
        #expect(workspace.bpttTrace(named: "w") == nil)
        #expect(workspace.bpttTrace(named: "missing") == nil)
    }
}
