import ArgumentParser
import BuiltinCourse
import Foundation
import Lessons
import LineEditing
import TermPlot

/// The `rnnlab` command line: the notebook by default, and `run`, `check` and
/// `plot-demo` for use without a learner at the keyboard.
@main
struct RNNLabCommand: ParsableCommand {
    /// Options may come before the subcommand (`rnnlab --lessons DIR open 5`) as well
    /// as after it: the subcommand's name is moved to the front before parsing.
    static func main() {
        main(SubcommandFirst.arguments(Array(CommandLine.arguments.dropFirst())))
    }

    static let configuration = CommandConfiguration(
        commandName: "rnnlab",
        abstract: "A terminal notebook that teaches recurrent neural networks by running them.",
        version: RNNLabVersion.current,
        subcommands: [OpenNotebook.self, RunFile.self, CheckLessons.self, ExportLessons.self, PlotDemo.self, LineProbe.self],
        defaultSubcommand: OpenNotebook.self
    )
}

enum RNNLabVersion {
    static let current = "0.1.0"
}

/// Options shared by the commands that show lessons or plots.
struct DisplayOptions: ParsableArguments {
    @Flag(help: "Plain ASCII for prose and plots (no Unicode, no colour).")
    var ascii = false

    @Option(help: "Read lessons from this folder instead of the ones that ship with rnnlab.")
    var lessons: String?

    /// Width from the terminal, else $COLUMNS, else 80; colour only on a terminal
    /// without NO_COLOR.
    func style(forTerminal: Bool = standardStreamsAreTerminals()) -> TextStyle {
        let environment = ProcessInfo.processInfo.environment
        let size = TerminalSize.current()
        let width = size?.columns ?? Int(environment["COLUMNS"] ?? "") ?? 80
        let rows = size?.rows ?? Int(environment["LINES"] ?? "") ?? 24
        let mode = ColorMode.detect(environment: environment)
        let color = forTerminal && !ascii && mode != .none
        return TextStyle(width: width, rows: rows, color: color, unicode: !ascii, colorMode: mode)
    }

    /// The course to open: `--lessons`, else `$RNNLAB_LESSONS`, else the built-in one.
    func course() throws -> Course {
        try Course.load(from: Self.lessonsDirectory(lessons))
    }

    /// `override` when given, else `$RNNLAB_LESSONS`, else the course compiled into
    /// rnnlab, unpacked into the cache folder (lessons read their data files by path).
    static func lessonsDirectory(_ override: String?) throws -> String {
        let environment = ProcessInfo.processInfo.environment
        if let override { return override }
        if let fromEnvironment = environment["RNNLAB_LESSONS"], !fromEnvironment.isEmpty { return fromEnvironment }
        let folder = Course.unpackDirectory(version: BuiltinCourse.version, environment: environment)
        do {
            return try Course.unpack(BuiltinCourse.files, into: folder)
        } catch {
            throw ValidationError("cannot unpack the built-in lessons (\(error)); pass --lessons DIR or set RNNLAB_LESSONS")
        }
    }
}

struct OpenNotebook: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open", abstract: "Open the notebook (the default): step through the lessons.",
        // A learner trying things out, or a teacher testing a course, needs to know
        // where their place is kept, to keep it or to start afresh elsewhere.
        discussion: """
            Progress and line history are kept in $XDG_STATE_HOME/rnnlab (by default \
            ~/.local/state/rnnlab); set XDG_STATE_HOME to another folder to keep them apart.
            """)

    @OptionGroup var display: DisplayOptions

    @Argument(help: "A lesson to open, by number or name (default: resume where you left off).")
    var lesson: String?

    func run() throws {
        let code = try NotebookREPL(display: display, lesson: lesson).run()
        if code != 0 { throw ExitCode(code) }
    }
}

struct RunFile: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Run a .jl program, or every cell of a lesson or of a notebook saved as .md or .jl.")

    @Argument(help: "The file to run.")
    var file: String

    @OptionGroup var display: DisplayOptions

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ValidationError("cannot read \(file)")
        }
        let text: String
        switch InvalidUTF8.decode(Array(data)) {
        case .success(let decoded): text = decoded
        case .failure(let problem): throw ValidationError("\(file): \(problem)")
        }
        InterruptFlag.install()
        var style = display.style()
        // A saved notebook is drawn as it was saved (size, colour), so it prints the same;
        // the colour codes themselves reach only a terminal that wants colour.
        var keepsColor = style.color
        if let saved = NotebookDisplaySize.read(from: text) {
            keepsColor = style.color && saved.color
            style = saved.applied(to: style)
        }
        let failure = try run(text, style: style, keepsColor: keepsColor)
        // For the memory tests: what outlived the program, once its workspace is gone.
        if ProcessInfo.processInfo.environment["RNNLAB_REPORT_LIVE_OBJECTS"] != nil {
            FileHandle.standardError.write(Data((LanguageWorkspace.liveObjects + "\n").utf8))
        }
        if let failure {
            let shown = isatty(STDERR_FILENO) == 1 ? neutralizingControls(failure, keepingColour: false) : failure
            FileHandle.standardError.write(Data((shown + "\n").utf8))
            throw ExitCode(1)
        }
    }

    /// Runs the file in a workspace of its own, which is gone when this returns; the
    /// error to report, if any.
    private func run(_ text: String, style: TextStyle, keepsColor: Bool) throws -> String? {
        let workspace = LanguageWorkspace()
        // On a terminal what the program printed is made safe to show (no title,
        // clipboard or screen-clearing sequences; colours stay); to a pipe or file its
        // bytes go as it printed them.
        let toTerminal = isatty(STDOUT_FILENO) == 1
        let emit: (String) -> Void = { [keepsColor] text in
            let shown = keepsColor ? text : withoutColor(text)
            FileHandle.standardOutput.write(Data((toTerminal ? neutralizingControls(shown) : shown).utf8))
        }
        if file.hasSuffix(".md") || JuliaScriptNotebook.hasCells(text) {
            // A lesson, or a notebook saved as .md or as a .jl script of `# %%` cells:
            // cell by cell, each showing its value as the notebook did.
            let name = (file as NSString).lastPathComponent
            let lesson = file.hasSuffix(".md")
                ? try LessonParser.parse(text, id: name, path: file) : JuliaScriptNotebook.parse(text, id: name, path: file)
            var runner = NotebookRunner(style: style)
            runner.shouldStop = { InterruptFlag.isSet }
            runner.dataFolder = NotebookDataFolder.read(from: text)
            return runner.run(lesson, in: workspace, emit: emit)
        } else {
            let context = RunContext(style: style, shouldStop: { InterruptFlag.isSet }, emit: emit)
            let result = workspace.run(text, context: context)
            return result.error.map { "\(file): \($0)" }
        }
    }
}

struct CheckLessons: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Run lessons, compare cell outputs with their expected output and check every exercise's solution.")

    @Argument(help: "Lesson files or folders (default: the lessons that ship with rnnlab).")
    var paths: [String] = []

    @Option(help: "Seconds one cell may run before it fails and the check goes on (0: no limit).")
    var cellTimeLimit: Double = 60

    func validate() throws {
        guard cellTimeLimit >= 0, cellTimeLimit.isFinite else {
            throw ValidationError("--cell-time-limit takes a number of seconds ≥ 0, not \(cellTimeLimit)")
        }
    }

    func run() throws {
        var lessons: [Lesson] = []
        // Saved notebooks are checked at the display size they were saved at.
        var sizes: [String: NotebookDisplaySize] = [:]
        // and read their files from the folder they were saved from, when that is the
        // course rnnlab opens (a checked file must not choose where it may read).
        var dataFolders: [String: String] = [:]
        let trustedCourses = [try? DisplayOptions.lessonsDirectory(nil)].compactMap { $0 }
        // (A ParsableArguments value made outside parsing cannot be read, so the
        // default folder comes from the static lookup, not from DisplayOptions().)
        let targets = paths.isEmpty ? [try DisplayOptions.lessonsDirectory(nil)] : paths
        for path in targets {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw ValidationError("no such file or folder: \(path)")
            }
            if isDirectory.boolValue {
                lessons += try Course.load(from: path).lessons
            } else {
                let text = try String(contentsOfFile: path, encoding: .utf8)
                let id = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
                sizes[path] = NotebookDisplaySize.read(from: text)
                dataFolders[path] = NotebookDataFolder.read(from: text, trusting: trustedCourses)
                lessons.append(
                    path.hasSuffix(".jl")
                        ? JuliaScriptNotebook.parse(text, id: id, path: path) : try LessonParser.parse(text, id: id, path: path))
            }
        }
        // Checks compare plain text: a fixed width, no colour, Unicode as lessons show it.
        let standard = TextStyle(width: 80, color: false, unicode: true)
        var passed = 0, failed = 0, tried = 0, refused = 0
        let clock = ContinuousClock()
        for lesson in lessons {
            var report: NotebookRunner.Report!
            var runner = NotebookRunner(
                style: sizes[lesson.path].map { $0.applied(to: standard) } ?? standard,
                cellTimeLimit: cellTimeLimit > 0 ? cellTimeLimit : nil)
            runner.dataFolder = dataFolders[lesson.path]
            let elapsed = clock.measure { report = runner.check(lesson, in: LanguageWorkspace()) }
            passed += report.passed
            failed += report.failures.count
            tried += report.nonAnswersTried
            refused += report.nonAnswersRefused
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            let mark = report.failures.isEmpty ? "ok  " : "FAIL"
            let refusals = "\(report.nonAnswersRefused) of \(report.nonAnswersTried) non-answers refused"
            print("\(mark) \(lesson.id): \(report.passed) passed, \(report.failures.count) failed, \(refusals) (\(String(format: "%.1f", seconds)) s)")
            for failure in report.failures { print("     \(lesson.path):\(failure.line): \(failure.message)") }
        }
        print("\(passed) passed, \(failed) failed; \(tried) non-answer\(tried == 1 ? "" : "s") tried, \(refused) refused")
        if failed > 0 { throw ExitCode(1) }
    }
}

struct ExportLessons: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-lessons",
        abstract: "Write the built-in lessons (and their data files) into a folder, to adapt them; open them with --lessons.")

    @Argument(help: "The folder to write; files already in it are never overwritten.")
    var directory: String

    func run() throws {
        do {
            try Course.export(BuiltinCourse.files, to: directory)
        } catch {
            FileHandle.standardError.write(Data("rnnlab: \(error)\n".utf8))
            throw ExitCode.failure
        }
        print("Wrote \(BuiltinCourse.files.count) files to \(directory). Open them with: rnnlab --lessons \(directory)")
    }
}

struct PlotDemo: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plot-demo", abstract: "Show every kind of plot rnnlab draws.")

    @OptionGroup var display: DisplayOptions

    @Option(help: "Plot height in rows.")
    var height = 12

    func run() throws {
        let style = display.style()
        print(plotDemo(width: style.width, height: height, color: style.color ? style.colorMode : .none, unicode: style.unicode))
    }
}

/// Hidden: an echo loop over the line-editing layer, for its pseudo-terminal tests.
struct LineProbe: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "line-probe", shouldDisplay: false)

    func run() throws {
        let code = runLineEditingProbe()
        if code != 0 { throw ExitCode(code) }
    }
}
