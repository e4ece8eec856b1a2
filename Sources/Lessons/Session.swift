import Engine
import Foundation
import LiveView

/// The notebook session: which lesson and step the learner is at, the workspace
/// their code runs in, their answers and their saved progress.
///
/// Everything the REPL does goes through `handle(_:)`, and everything it shows goes
/// through `emit`, so the whole session can be driven and checked by tests without
/// a terminal. The front end only reads lines and prints.
public final class Session {
    public let course: Course
    public private(set) var progress: Progress
    public var style: TextStyle
    /// Polled by running cells; the front end connects it to Ctrl-C.
    public var shouldStop: () -> Bool = { false }
    /// The terminal, when there is one: views then open in place and move by key
    /// presses, and cells can draw live frames. Without it (a pipe, tests) a view
    /// moves by typed lines and prints a frame for each.
    public var screen: LiveScreen?

    public private(set) var lessonIndex = 0
    public private(set) var stepIndex = 0
    public private(set) var workspace: Workspace

    let store: ProgressStore?
    let makeWorkspace: () -> Workspace
    let emit: (String) -> Void
    /// The workspace as it was before each step's cell ran, for `:back`.
    var snapshots: [Int: WorkspaceSnapshot] = [:]
    var hintsShown = 0
    /// What the learner typed at the current exercise step, and its judge.
    var attempt: ExerciseAttempt?
    var warnedAboutSaving = false
    /// Where the next input goes: the lesson's prompt, a pending question, or an open view.
    public internal(set) var mode: SessionMode = .normal
    /// The BPTT stepper while it is open.
    public var stepper: BPTTStepper? {
        if case .stepping(let stepper) = mode { return stepper }
        return nil
    }
    /// Everything that made the current workspace, for `:save`.
    public internal(set) var record: NotebookRecord
    /// How long the record was when each step's snapshot was taken, so `:back` cuts
    /// it back to what made the restored workspace.
    var recordLengthAtStep: [Int: Int] = [:]
    /// Cells the learner changed with `:edit`, by lesson and step; `:run` runs these.
    var editedCells: [CellKey: String] = [:]
    /// Receives every cell that runs (the lesson's, an edited one, a solution), so the
    /// front end can put it in the line history for Up arrow to recall.
    public var addToHistory: (String) -> Void = { _ in }
    /// Whether a person answers questions (a terminal). Piped input is code, so there
    /// `:save` refuses to overwrite a file rather than take the next line as the answer.
    public var asksQuestions = true
    /// Starts the learner's editor on a file and waits for it (the front end's part of
    /// `:edit`): the command's words, and whether the editor ran and exited normally.
    /// Nil when no editor can be started (piped input).
    public var startEditor: (([String]) -> Bool)?
    /// The environment `:edit` reads `VISUAL` and `EDITOR` from.
    public var environment: [String: String] = ProcessInfo.processInfo.environment

    public init(
        course: Course, store: ProgressStore?, style: TextStyle,
        makeWorkspace: @escaping () -> Workspace, emit: @escaping (String) -> Void
    ) {
        self.course = course
        self.store = store
        self.style = style
        self.makeWorkspace = makeWorkspace
        self.emit = emit
        self.workspace = makeWorkspace()
        self.progress = Progress()
        self.record = NotebookRecord(title: course.lessons.first?.title ?? "RNNLab")
        if let store {
            let (loaded, warning) = store.load()
            progress = loaded
            if let warning { say(warning) }
        }
    }

    public var lesson: Lesson { course.lessons[lessonIndex] }
    public var step: Step { lesson.steps[stepIndex] }

    /// Where a saved session would resume, if there is one worth offering.
    public var resumePoint: (lesson: Int, step: Int)? {
        guard let id = progress.currentLesson, let index = course.lessons.firstIndex(where: { $0.id == id }) else {
            return nil
        }
        // The file may hold any number (a hand edit, an older course): keep it in range.
        let step = min(max(progress.stepByLesson[id] ?? 0, 0), course.lessons[index].steps.count - 1)
        return index == 0 && step == 0 ? nil : (index, step)
    }

    /// `[3 BPTT 4/12] rnnlab> `, or the stepper's own prompt while it is open.
    public var prompt: String {
        if let stepper { return "[bptt \(stepper.position + 1)/\(stepper.count)] n/p/q> " }
        if case .paging = mode { return "-- more: Enter for the next page; q and Enter for the rest -- " }
        let number = lesson.number.map(String.init) ?? lesson.id
        return "[\(number) \(lesson.promptTitle) \(stepIndex + 1)/\(lesson.steps.count)] rnnlab> "
    }

    /// The prompt for continuation lines, as wide as the main prompt.
    public var continuationPrompt: String {
        String(repeating: " ", count: max(visibleWidth(prompt) - 5, 0)) + "...> "
    }

    /// Whether the input so far can run, or needs more lines (an open `function`).
    public func isComplete(_ input: String) -> Bool {
        switch Command.parse(input) {
        case .code: return workspace.isComplete(input)
        default: return true
        }
    }

    /// Names for Tab completion of `prefix` (the word before the cursor).
    public func completions(for prefix: String) -> [String] {
        if prefix.hasPrefix(":") { return Command.names.filter { $0.hasPrefix(prefix) } }
        if prefix.contains("\\") { return LaTeXSymbols.candidates(endOf: prefix) }
        let names = Set(workspace.completionNames() + course.lessons.map(\.id))
        return names.filter { $0.hasPrefix(prefix) }.sorted()
    }

    /// `?name`: a builtin's help, or how to type a symbol (`?\\alpha`, `?α`).
    func help(for name: String) -> String {
        workspace.help(for: name) ?? LaTeXSymbols.help(for: name) ?? "No help for \(name)."
    }

    // MARK: Opening

    /// Opens lesson `index` at `step`, replaying the earlier cells silently so the
    /// workspace holds what those steps made.
    public func open(lesson index: Int, step: Int = 0) {
        guard course.lessons.indices.contains(index) else { return }
        lessonIndex = index
        workspace = makeWorkspace()
        workspace.setDirectory(for: lesson)
        snapshots = [:]
        recordLengthAtStep = [:]
        record = NotebookRecord(title: lesson.title)
        record.dataFolder = NotebookDataFolder.absolute(lesson.folder)
        mode = .normal
        let target = min(max(step, 0), lesson.steps.count - 1)
        var failures: [String] = []
        say(style.bold("\(lesson.title)"))
        if target > 0 {
            // Replaying can take a while (training cells); say what the wait is.
            say(style.dim("Replaying steps 1–\(target) so the workspace holds what they made…"))
        }
        for k in 0..<target {
            if shouldStop() {
                failures.append("stopped at step \(k + 1) (Ctrl-C); later cells may miss variables")
                break
            }
            snapshots[k] = workspace.snapshot()
            recordLengthAtStep[k] = record.entryCount
            let step = lesson.steps[k]
            if let cell = step.cell {
                let edited = editedCells[CellKey(lesson: lesson.id, step: k)]
                let result = execute(
                    edited ?? cell.code, origin: .lessonCell(step: k, edited: edited != nil), prose: step.prose,
                    hidden: cell.kind == .hidden, showValue: false, quiet: true)
                if let error = result.error { failures.append("step \(k + 1): \(error)") }
            } else if let exercise = step.exercise {
                // Later steps may use what the exercise made; run its solution.
                execute(exercise.solution, origin: .exerciseSolution(step: k), prose: step.prose, showValue: false, quiet: true)
            }
        }
        if !failures.isEmpty {
            say(style.failure("Replaying the earlier steps reported errors:\n" + failures.joined(separator: "\n")))
        }
        show(step: target)
    }

    /// A context that runs code without showing anything.
    func quietContext() -> RunContext {
        RunContext(style: style, shouldStop: shouldStop, emit: { _ in })
    }

    // MARK: Steps

    /// Shows step `k`: its prose, then its exercise's task or its cell (run). When the
    /// prose and code are longer than the screen they are paged first (see `Pager`),
    /// and the cell runs once the last page is shown.
    func show(step k: Int) {
        stepIndex = k
        hintsShown = 0
        let step = lesson.steps[k]
        let renderer = ProseRenderer(style: style)
        let start = workspace.snapshot()
        snapshots[k] = start
        attempt = step.exercise.map { ExerciseAttempt(exercise: $0, start: start) }
        recordLengthAtStep[k] = record.entryCount
        // A blank line sets each step apart from the prompt and output above it.
        var text = step.prose.isEmpty ? "" : "\n" + renderer.render(step.prose) + "\n"
        if let cell = step.cell, cell.kind != .hidden { text += codeBlock(currentCode(of: k) ?? cell.code) + "\n" }
        // An exercise's task is read before anything runs, so a long one is paged with
        // its prose: at 80×24 lesson 6's forget-bias exercise pushed its own first
        // lines off the screen.
        if let exercise = pagedExercise(of: step) { text += exerciseText(exercise) }
        var pager = Pager(text: text, rows: style.rows)
        emit(pager.nextPage())
        if pager.isFinished {
            finishShowing(step: k)
        } else {
            mode = .paging(pager, step: k)
        }
    }

    /// The rest of showing step `k` once its prose and code are on the screen: run the
    /// cell, show the exercise, note the end of the lesson, record progress.
    func finishShowing(step k: Int) {
        let step = lesson.steps[k]
        if let cell = step.cell { runCell(cell, at: k, prose: step.prose, codeShown: true) }
        if let exercise = step.exercise, pagedExercise(of: step) == nil { emit(exerciseText(exercise)) }
        if k == lesson.steps.count - 1 {
            let next = lessonIndex + 1 < course.lessons.count ? " Press Enter for the next lesson." : " That was the last lesson."
            say(style.dim("(end of lesson \(lesson.number.map(String.init) ?? lesson.id).\(next))"))
        }
        progress.record(step: k, in: lesson.id)
        saveProgress()
        // One Enter must not seem to do nothing.
        if step.showsNothing && k + 1 < lesson.steps.count { show(step: k + 1) }
    }

    /// The exercise whose task `show(step:)` pages with the prose: one with no cell to
    /// run first (a cell's output must come before the task it sets up).
    func pagedExercise(of step: Step) -> Exercise? {
        step.cell == nil ? step.exercise : nil
    }

    /// An exercise's heading, task and the commands that help with it.
    func exerciseText(_ exercise: Exercise) -> String {
        let done = progress.isCompleted(exercise.id, in: lesson.id)
        var text = "\n" + style.bold("Exercise\(done ? " (done)" : "")") + "\n"
        if !exercise.task.isEmpty { text += ProseRenderer(style: style).render(exercise.task) + "\n" }
        let help = "Type your answer as code. :hint for a hint, :solution to see one, :skip to move on."
        return text + TextWrapping.wrap(style.dim(help), width: style.width) + "\n"
    }

    /// The code step `k`'s cell runs: the learner's edited version if there is one.
    func currentCode(of k: Int) -> String? {
        editedCells[CellKey(lesson: lesson.id, step: k)] ?? lesson.steps[k].cell?.code
    }

    /// Runs step `k`'s cell (the edited version, if any), showing its code first unless
    /// `codeShown` says it is on the screen already.
    func runCell(_ cell: Cell, at k: Int, prose: String = "", codeShown: Bool = false) {
        let edited = editedCells[CellKey(lesson: lesson.id, step: k)]
        let code = edited ?? cell.code
        if cell.kind != .hidden {
            if !codeShown { emit(codeBlock(code) + "\n") }
            if cell.kind == .long { emit(style.dim("running… (Ctrl-C stops it)") + "\n") }
        }
        let output = execute(
            code, origin: .lessonCell(step: k, edited: edited != nil), prose: prose, hidden: cell.kind == .hidden,
            showValue: cell.kind != .hidden)
        if cell.kind != .hidden { addToHistory(code) }
        if cell.kind == .hidden, let error = output.error {
            say(style.failure("A setup cell failed: \(error)"))
        }
        if output.wasInterrupted {
            say(style.dim("Step \(k + 1)'s cell did not finish, so the workspace holds only part of what it makes; :run runs it again."))
        }
    }

    /// Code shown with a left bar so it stands apart from prose and output. A line too
    /// long for the terminal continues on the next with `↪` in the bar.
    func codeBlock(_ code: String) -> String {
        let bar = style.unicode ? "│ " : "| "
        let continuation = style.unicode ? "↪ " : "+ "
        return code.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line -> [String] in
            let pieces = TextWrapping.codeLine(String(line), width: style.width - 2)
            return pieces.enumerated().map { index, piece in
                style.dim(index == 0 ? bar : continuation) + style.wrap(piece, "36")
            }
        }.joined(separator: "\n")
    }

    /// Shows one of RNNLab's own messages, wrapped to the terminal.
    func say(_ message: String) {
        emit(TextWrapping.wrap(message, width: style.width) + "\n")
    }

    /// Runs code in the workspace, streaming its output, and records it for `:save`.
    /// `quiet` shows nothing at all (a replay); otherwise errors always show.
    @discardableResult
    func execute(
        _ code: String, origin: NotebookRecord.Entry.Origin = .input, prose: String = "", hidden: Bool = false,
        showValue: Bool = true, quiet: Bool = false
    ) -> RunResult {
        var captured = ""
        var context = RunContext(style: style, shouldStop: shouldStop, screen: screen) { [emit] text in
            captured += text
            // What the code printed is made safe for the terminal; colours stay.
            if showValue && !quiet { emit(neutralizingControls(text)) }
        }
        if quiet { context = RunContext(style: style, shouldStop: shouldStop) { captured += $0 } }
        // Everything but what the learner typed is the course's code, confined to its folder.
        context.isCourseCode = origin != .input
        var result = workspace.run(code, context: context)
        // An error message may quote what the code made (error("…")): no escapes in it.
        result.error = result.error.map { neutralizingControls($0, keepingColour: false) }
        if !quiet {
            if showValue, let display = result.display { emit(neutralizingControls(display) + "\n") }
            if let error = result.error { say(style.failure(error)) }
        }
        let output = stripEscapes(captured + (result.display.map { $0 + "\n" } ?? ""))
        record.append(NotebookRecord.Entry(
            origin: origin, prose: prose, code: code, output: output, error: result.error.map(stripEscapes), hidden: hidden))
        return result
    }

    public func next() {
        if let exercise = step.exercise, !progress.isCompleted(exercise.id, in: lesson.id) {
            say(style.dim("(Exercise left unfinished; :back returns to it.)"))
        }
        if stepIndex + 1 < lesson.steps.count {
            show(step: stepIndex + 1)
            return
        }
        if !progress.finishedLessons.contains(lesson.id) { progress.finishedLessons.append(lesson.id) }
        saveProgress()
        if lessonIndex + 1 < course.lessons.count {
            emit("\n")
            open(lesson: lessonIndex + 1)
        } else {
            say("You have reached the end of the course. :lessons lists them all; :goto N reopens one.")
        }
    }

    public func back() {
        guard stepIndex > 0 else {
            say("This is the first step of the lesson.")
            return
        }
        var target = stepIndex - 1
        // Back over a step that shows nothing, or :back would seem to do nothing.
        while target > 0 && lesson.steps[target].showsNothing { target -= 1 }
        if let snapshot = snapshots[target] { workspace.restore(snapshot) }
        if let length = recordLengthAtStep[target], length <= record.entryCount {
            record.removeEntries(from: length)
        }
        show(step: target)
    }

    // MARK: Input

    /// What the front end should do after an input.
    public enum Reply: Equatable { case `continue`, quit }

    /// Handles one complete input: a command, `?name`, or code.
    @discardableResult
    public func handle(_ input: String) -> Reply {
        switch mode {
        case .stepping(let stepper): return stepperInput(input, stepper)
        case .confirmingReset(let all):
            mode = .normal
            if input.trimmingSpaces().lowercased().hasPrefix("y") { reset(all: all) } else { say("Nothing was reset.") }
            return .continue
        case let .confirmingOverwrite(path, format):
            mode = .normal
            if input.trimmingSpaces().lowercased().hasPrefix("y") {
                write(format, to: path)
            } else {
                say("Nothing was saved; \(path) is as it was.")
            }
            return .continue
        case .paging(var pager, let k):
            if input.trimmingSpaces().lowercased() == "q" { pager.showAll() }
            emit(pager.nextPage())
            if pager.isFinished {
                mode = .normal
                finishShowing(step: k)
            } else {
                mode = .paging(pager, step: k)
            }
            return .continue
        case .normal: break
        }
        switch Command.parse(input) {
        case .next where input.trimmingSpaces().isEmpty && isAtUnsolvedExercise:
            // One stray Enter must not leave an exercise behind.
            say(style.dim("This exercise is not solved yet: :skip moves on without solving it, and :hint helps."))
        case .next: next()
        case .back: back()
        case .lessons: say(lessonList())
        case .run(let original):
            guard let cell = step.cell else {
                say("This step has no cell to run.")
                break
            }
            if original {
                if editedCells.removeValue(forKey: CellKey(lesson: lesson.id, step: stepIndex)) != nil {
                    say("Back to the lesson's version of this cell.")
                }
            }
            runCell(cell, at: stepIndex)
        case .edit: edit()
        case .hint: hint()
        case .solution: solution()
        case .skip: skip()
        case .vars: say(variableList())
        case .help: say(Session.helpText)
        case .quit:
            saveProgress()
            return .quit
        case let .goto(query, step):
            guard let index = course.find(query) else {
                say("No lesson matches \"\(query)\". :lessons lists them.")
                break
            }
            let count = course.lessons[index].steps.count
            if let step {
                // Any integer may be typed here (`:goto 1.0`, `:goto 1.-9223372036854775808`).
                guard step >= 1 && step <= count else {
                    emit("\"\(course.lessons[index].title)\" has steps 1 to \(count); there is no step \(step).\n")
                    break
                }
                open(lesson: index, step: step - 1)
            } else {
                // Without a step, a lesson reopens where the learner last was in it.
                open(lesson: index, step: progress.stepByLesson[course.lessons[index].id] ?? 0)
            }
        case .reset(let all):
            mode = .confirmingReset(all: all)
            say(all ? "Reset all progress in every lesson? (y/n)" : "Reset your progress in \"\(lesson.title)\"? (y/n)")
        case let .save(path, force): save(to: path, force: force)
        case .step(let name): openStepper(name)
        case .explore(let code): execute("explore(\(code));")
        case .helpFor(let name):
            say(help(for: name))
        case .unknown(let message): say(message)
        case .code(let code):
            let result = execute(code)
            if result.error == nil { checkAnswer(code) }
        }
        return .continue
    }

    /// Opens the stepper on a trace the learner made (`:step tr`, a value from
    /// `bptt_trace`), or on a small built-in example.
    func openStepper(_ name: String?) {
        let trace: BPTTTrace
        if let name {
            guard let own = workspace.bpttTrace(named: name) else {
                return say("`\(name)` is not a BPTT trace; make one with bptt_trace(...), or type :step alone for an example.")
            }
            trace = own
        } else {
            guard let demo = try? BPTTStepper.demoTrace() else { return say("Could not build the example trace.") }
            trace = demo
            say("An example: a tanh RNN with 6 hidden units reading 10 tokens.")
        }
        var stepper = BPTTStepper(trace: trace)
        if let screen {
            present(&stepper, on: screen, style: viewStyle)
            return emit("Left the stepper.\n")
        }
        mode = .stepping(stepper)
        emit(stepper.render(style: style) + "\n")
    }

    /// Colour and Unicode for views on the screen (which gives the size).
    var viewStyle: ViewStyle {
        ViewStyle(columns: style.width, rows: style.rows, color: style.color ? style.colorMode : .none, unicode: style.unicode)
    }

    func stepperInput(_ input: String, _ stepper: BPTTStepper) -> Reply {
        var stepper = stepper
        guard let move = BPTTStepper.move(for: input) else {
            say("In the stepper: Enter or n for the next step, p for the previous, home/end for the first/last, q to leave.")
            return .continue
        }
        if move == .quit {
            mode = .normal
            say("Left the stepper.")
            return .continue
        }
        if !stepper.move(move) {
            say(move == .previous || move == .first ? "This is the first step." : "That was the last backward step; q leaves.")
            return .continue
        }
        mode = .stepping(stepper)
        emit(stepper.render(style: style) + "\n")
        return .continue
    }

    var isAtUnsolvedExercise: Bool {
        guard let exercise = step.exercise else { return false }
        return !progress.isCompleted(exercise.id, in: lesson.id)
    }

    /// Judges `code`, which just ran, as an answer to the step's exercise (see
    /// ExerciseCheck.swift). Once the exercise is solved, later inputs are experiments
    /// and hear nothing unless they solve it again; a step on the way (an assignment the
    /// check does not read, a helper function) hears nothing while the answer is wrong.
    func checkAnswer(_ code: String) {
        guard var attempt, let exercise = step.exercise else { return }
        let verdict = attempt.answer(code, in: workspace, context: quietContext())
        self.attempt = attempt
        let solvedBefore = progress.isCompleted(exercise.id, in: lesson.id)
        switch verdict {
        case .solved:
            progress.markCompleted(exercise.id, in: lesson.id)
            saveProgress()
            say(style.success(style.unicode ? "✓ Correct!" : "Correct!") + (solvedBefore ? "" : " Press Enter to go on."))
        case .notYet(let feedback):
            if solvedBefore || feedback == .answer(.noValue) { return }
            if feedback.isAboutTheValueHere && attempt.judge.isWorkingStep(code, in: workspace) { return }
            say(style.dim(feedback.message))
        }
    }

    func hint() {
        guard let exercise = step.exercise else { return say("This step has no exercise.") }
        guard !exercise.hints.isEmpty else { return say("This exercise has no hints; :solution shows one answer.") }
        let k = min(hintsShown, exercise.hints.count - 1)
        hintsShown += 1
        let label = exercise.hints.count > 1 ? "Hint \(k + 1)/\(exercise.hints.count): " : "Hint: "
        // The label is part of the first paragraph so the hint wraps as one text.
        emit(ProseRenderer(style: style).render("**\(label.trimmingSpaces())** " + exercise.hints[k]) + "\n")
    }

    func solution() {
        guard let exercise = step.exercise else { return say("This step has no exercise.") }
        emit(codeBlock(exercise.solution) + "\n")
    }

    /// Shows and runs the solution (later steps may need what it makes), then moves on.
    func skip() {
        guard let exercise = step.exercise else { return next() }
        say("One solution:")
        emit(codeBlock(exercise.solution) + "\n")
        execute(exercise.solution, origin: .exerciseSolution(step: stepIndex))
        next()
    }

    func reset(all: Bool) {
        if all {
            progress = Progress()
            saveProgress(after: .everything)
            say("All progress was reset.")
            open(lesson: 0)
        } else {
            progress.forget(lesson.id)
            saveProgress(after: .lesson(lesson.id))
            say("Progress in this lesson was reset.")
            open(lesson: lessonIndex)
        }
    }

    func saveProgress(after reset: ProgressStore.Reset? = nil) {
        guard let store else { return }
        // What another window saved meanwhile is merged in, and kept here too.
        let (saved, failure) = store.save(progress, after: reset)
        progress = saved
        guard let warning = failure else { return }
        // Once is enough: a read-only state folder must not repeat this every step.
        if !warnedAboutSaving { say(warning + " (progress will not be kept this session)") }
        warnedAboutSaving = true
    }

    // MARK: Listings

    /// Every lesson with a mark: ✓ finished, ◐ started, ○ not yet; ▶ the open one.
    public func lessonList() -> String {
        course.lessons.enumerated().map { index, lesson in
            let finished = progress.finishedLessons.contains(lesson.id)
            let started = progress.furthestStepByLesson[lesson.id] != nil
            let mark = style.unicode ? (finished ? "✓" : started ? "◐" : "○") : (finished ? "x" : started ? "~" : " ")
            let pointer = index == lessonIndex ? (style.unicode ? "▶" : ">") : " "
            let exercises = lesson.exercises
            let done = exercises.filter { progress.isCompleted($0.id, in: lesson.id) }.count
            let detail = exercises.isEmpty ? "" : "  exercises \(done)/\(exercises.count)"
            return "\(pointer) \(mark) \(lesson.title)" + style.dim(detail)
        }.joined(separator: "\n")
    }

    public func variableList() -> String {
        let vars = workspace.variables()
        if vars.isEmpty { return "No variables yet." }
        let width = vars.map(\.name.count).max() ?? 0
        return vars.map { $0.name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + $0.summary }
            .joined(separator: "\n")
    }

    static let helpText = """
        Enter on an empty line   next step
        :next  :back             next / previous step (back restores the workspace)
        :lessons                 all lessons with progress marks
        :goto N  :lesson NAME    open lesson N (:goto 4.2 opens its step 2)
        :run                     run the current cell again (your edited version, if any)
        :run original            run the lesson's own version of the cell again
        :edit                    edit the current cell (or your last input) in $EDITOR, then run it
        :hint  :solution  :skip  help with the current exercise
        :vars                    your variables and their shapes
        :step  :step NAME        step through BPTT (an example, or a trace from bptt_trace)
        :explore W               the spectrum explorer: W's eigenvalues and gradient norms as ρ moves
        :save FILE               save what made this workspace: FILE.md, .jl or .ipynb
                                 (rnnlab run FILE replays it; :save! FILE overwrites)
        :reset  :reset all       reset this lesson's progress, or everything
        :help  :quit             this list / leave (Ctrl-D also leaves)
        ?name                    help for a builtin, e.g. ?lstmcell; ?\\alpha how to type α
        \\alpha<Tab>              types α (Greek, \\odot ⊙, \\nabla ∇, h\\_t hₜ, x\\^2 x²)
        anything else            code, run in the lesson's workspace; `ans` is the last result
        """
}
