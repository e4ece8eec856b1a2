import Foundation
import Testing
@testable import Lessons

/// `:save` in its three formats, replayed from scratch in a fresh workspace of the real
/// notebook language: the replay must print exactly what the session showed, after a
/// resume, after `:goto`, and with inputs that failed.
@Suite struct NotebookSavingTests {
    static let seeded = """
        # 1. Random weights

        Seeded, so every run draws the same numbers.

        ```julia
        seed!(7)
        W = randn(3, 3)
        ```

        Their spectral radius:

        ```julia
        r = round(spectral_radius(W); digits=6)
        ```

        ```julia hidden
        h = zeros(3)
        ```

        A step of the recurrence:

        ```julia
        h = tanh.(W * ones(3) .+ h)
        println("h = ", h)
        ```

        A plot, sized to the terminal, whose two lines are told apart by colour:

        ```julia
        lineplot(1:20, [cumsum(randn(20)), cumsum(randn(20))]; labels=["a", "b"])
        ```
        """
    static let second = """
        # 2. More draws

        ```julia
        seed!(11)
        v = rand(4)
        ```

        ```julia
        sum(v)
        ```
        """

    func makeSession(log: Box<String>, width: Int = 80) throws -> Session {
        let first = try LessonParser.parse(Self.seeded, id: "01-random", path: "01.md")
        let second = try LessonParser.parse(Self.second, id: "02-more", path: "02.md")
        return Session(
            course: Course(lessons: [first, second], directory: "."), store: nil,
            style: TextStyle(width: width, rows: 40, color: true, unicode: true),
            makeWorkspace: { LanguageWorkspace() }, emit: { log.value += $0 })
    }

    /// What the session showed for the code that made its workspace, in order.
    func recordedOutput(_ session: Session) -> String {
        session.record.entries.filter(\.runs).map(\.output).joined()
    }

    func replayed(_ path: String) throws -> (output: String, failures: Int, passed: Int) {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let lesson = path.hasSuffix(".jl")
            ? JuliaScriptNotebook.parse(text, id: "nb", path: path)
            : try LessonParser.parse(text, id: "nb", path: path)
        var output = ""
        // Drawn at the size the notebook was saved at, as `rnnlab run` does.
        let size = try #require(NotebookDisplaySize.read(from: text))
        #expect(size == NotebookDisplaySize(width: 80, rows: 40, color: true))
        let style = size.applied(to: TextStyle(unicode: true))
        let error = NotebookRunner(style: style).run(lesson, in: LanguageWorkspace()) { output += $0 }
        #expect(error == nil)
        let report = NotebookRunner(style: style).check(lesson, in: LanguageWorkspace())
        return (withoutColor(output), report.failures.count, report.passed)
    }

    @Test(arguments: ["md", "jl"])
    func aSaveAfterAResumeAndAFailedInputReplaysExactly(format: String) throws {
        let log = Box("")
        let session = try makeSession(log: log)
        // A resume: steps 1–2 replay unseen; step 3 (a hidden cell that shows nothing)
        // runs and the session goes on to step 4.
        session.open(lesson: 0, step: 2)
        #expect(session.stepIndex == 3)
        session.handle("x = W[1, 2] * 10")
        session.handle("undefined_thing + 1")   // fails: kept as a comment
        session.handle("println(\"x is \", x)")
        session.handle("")                       // step 5: a plot 40 rows tall
        let path = temporaryPath("nb.\(format)")
        session.handle(":save \(path)")
        #expect(log.value.contains("Saved 8 cells to \(path)"))
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("# undefined_thing + 1"), "the failed input is a comment")
        #expect(text.contains("# error at line 1, column 1: undefined variable `undefined_thing`"), "with its error")
        let replay = try replayed(path)
        #expect(replay.output == recordedOutput(session))
        #expect(replay.output.contains("x is "))
        #expect(replay.failures == 0)
        #expect(replay.passed == 7, "every cell that showed something is checked, the hidden one too")
    }

    /// The record's file damaged under the session: `:save` writes the cells it can
    /// still read and says plainly that the rest are lost, not "Saved N cells".
    @Test func aSaveFromADamagedRecordSaysWhatIsMissing() throws {
        let log = Box("")
        let session = try makeSession(log: log)
        session.open(lesson: 0)
        session.handle("first_input = 1")
        let intact = Int(lseek(session.record.fileDescriptor, 0, SEEK_END))
        session.handle("second_input = 2")
        #expect(ftruncate(session.record.fileDescriptor, off_t(intact + 2)) == 0)
        let path = temporaryPath("damaged.jl")
        session.handle(":save \(path)")
        let count = session.record.entryCount
        // The message is wrapped to the width; read it as one line.
        let said = log.value.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(said.contains("Saved only part of this session to \(path): entry \(count) of this session's \(count) could not be read back"), "\(said)")
        #expect(!said.contains("Saved \(count) cells"))
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("first_input = 1") && !text.contains("second_input = 2"))
    }

    @Test func aSaveAfterGotoHoldsWhatMadeTheNewWorkspace() throws {
        let log = Box("")
        let session = try makeSession(log: log)
        session.open(lesson: 0)
        session.handle("y = 5")
        session.handle(":goto 2.2")
        session.handle("v[1] + 1")
        for format in ["md", "jl"] {
            let path = temporaryPath("after-goto.\(format)")
            session.handle(":save \(path)")
            let text = try String(contentsOfFile: path, encoding: .utf8)
            #expect(!text.contains("y = 5"), "the earlier lesson's workspace is gone, and so is its code")
            #expect(text.contains("seed!(11)"), "the replayed step is saved")
            let replay = try replayed(path)
            #expect(replay.output == recordedOutput(session))
            #expect(replay.failures == 0 && replay.passed == 3)
        }
    }

    /// A lesson that reads a data file beside it (as lesson 7 reads `data/…`), saved to
    /// a notebook in another folder: the replay reads the lesson's file, not one beside
    /// the notebook, because the notebook names the folder its cells read from.
    @Test(arguments: ["md", "jl"])
    func aSavedNotebookReadsItsLessonsDataWhereverItIs(format: String) throws {
        let lessonPath = temporaryPath("07-data.md")
        let folder = (lessonPath as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder + "/data", withIntermediateDirectories: true)
        try "sea and weather\n".write(toFile: folder + "/data/text.txt", atomically: true, encoding: .utf8)
        let lesson = try LessonParser.parse(
            "# 7. Data\n\n```julia\ntext = read(\"data/text.txt\", String)\nlength(text)\n```\n", id: "07-data", path: lessonPath)
        let log = Box("")
        let session = Session(
            course: Course(lessons: [lesson], directory: folder), store: nil, style: TextStyle(width: 80, rows: 24),
            makeWorkspace: { LanguageWorkspace() }, emit: { log.value += $0 })
        session.open(lesson: 0)
        #expect(recordedOutput(session) == "16\n")
        let path = temporaryPath("nb.\(format)")
        session.handle(":save \(path)")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let named = try #require(NotebookDataFolder.read(from: text))
        #expect(named == folder)
        let saved = path.hasSuffix(".jl")
            ? JuliaScriptNotebook.parse(text, id: "nb", path: path) : try LessonParser.parse(text, id: "nb", path: path)
        var runner = NotebookRunner(style: TextStyle(width: 80, rows: 24))
        var output = ""
        #expect(runner.run(saved, in: LanguageWorkspace()) { output += $0 } != nil, "beside the notebook there is no data/")
        runner.dataFolder = named
        output = ""
        #expect(runner.run(saved, in: LanguageWorkspace()) { output += $0 } == nil)
        #expect(output == recordedOutput(session))
        #expect(runner.check(saved, in: LanguageWorkspace()).failures.isEmpty)
    }

    @Test func aDataFolderThatIsNotHereIsNotUsed() {
        #expect(NotebookDataFolder.read(from: "# x\n# rnnlab data: /no/such/folder/anywhere\n") == nil)
        #expect(NotebookDataFolder.read(from: "# x\n<!-- rnnlab data: / -->\n") == "/")
    }

    /// Under `rnnlab check` the folder confines what the notebook's code may read, so a
    /// crafted notebook naming `/` must not get it: only a trusted course folder counts.
    @Test func aCheckedNotebookCannotChooseWhereItMayRead() {
        let crafted = "# x\n<!-- rnnlab data: / -->\n"
        #expect(NotebookDataFolder.read(from: crafted, trusting: []) == nil)
        #expect(NotebookDataFolder.read(from: crafted, trusting: ["/tmp"]) == nil)
        let folder = FileManager.default.temporaryDirectory.path
        let saved = "# x\n# rnnlab data: \(folder)\n"
        #expect(NotebookDataFolder.read(from: saved, trusting: [folder + "/"]) == folder)
    }

    @Test func backCutsTheRecordToWhatMadeTheRestoredWorkspace() throws {
        let session = try makeSession(log: Box(""))
        session.open(lesson: 0)
        session.handle("")
        session.handle("z = 1")
        session.handle(":back")
        #expect(session.record.entries.map(\.code) == ["seed!(7)\nW = randn(3, 3)"])
    }

    @Test func theJupyterNotebookValidatesWithNbformat() throws {
        let log = Box("")
        let session = try makeSession(log: log)
        session.open(lesson: 0, step: 3)
        session.handle("1 + \"a\"")
        session.handle("println(\"done\")")
        let path = temporaryPath("nb.ipynb")
        session.handle(":save \(path)")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any]
        let cells = json?["cells"] as? [[String: Any]] ?? []
        #expect(cells.contains { ($0["cell_type"] as? String) == "markdown" && (($0["source"] as? [String]) ?? []).joined().contains("Seeded") })
        let printed = cells.compactMap { ($0["outputs"] as? [[String: Any]])?.first?["text"] as? [String] }.map { $0.joined() }
        #expect(printed.contains("done\n"))
        let validation = try runPython("import nbformat, sys; nbformat.validate(nbformat.read(sys.argv[1], 4)); print('valid')", path)
        #expect(validation == "valid\n")
    }

    @Test func savingOverAFileOrALinkAsksFirstAndPipedInputNeverOverwrites() throws {
        let log = Box("")
        let session = try makeSession(log: log)
        session.open(lesson: 0)
        let path = temporaryPath("mine.md")
        try "my own notes".write(toFile: path, atomically: true, encoding: .utf8)
        session.handle(":save \(path)")
        #expect(log.value.replacingOccurrences(of: "\n", with: " ").contains("already exists (a file). Replace it"))
        session.handle("n")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "my own notes")
        session.handle(":save \(path)")
        session.handle("y")
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("# Notebook saved"))

        let target = temporaryPath("target.md")
        try "the link's target".write(toFile: target, atomically: true, encoding: .utf8)
        let link = temporaryPath("link.md")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        session.asksQuestions = false
        log.value = ""
        session.handle(":save \(link)")
        let message = log.value.replacingOccurrences(of: "\n", with: " ")
        #expect(message.contains("a symbolic link"))
        #expect(message.contains(":save! \(link) replaces it"))
        #expect(session.mode.isNormal, "piped input is never taken as the answer")
        session.handle(":save! \(link)")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "the link's target", "the target is untouched")
        #expect(try String(contentsOfFile: link, encoding: .utf8).hasPrefix("# Notebook saved"))
    }
}

/// Runs a Python snippet with `arguments`, returning what it printed (and its errors).
func runPython(_ code: String, _ arguments: String...) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", code] + arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
}

extension SessionMode {
    var isNormal: Bool {
        if case .normal = self { return true }
        return false
    }
}
