import Engine
import Foundation

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
    public private(set) var mode: SessionMode = .normal
    /// The BPTT stepper while it is open.
    public var stepper: BPTTStepper? {
        if case .stepping(let stepper) = mode { return stepper }
        return nil
    }
    /// Every piece of code run and what it showed, for `:save`.
    public private(set) var transcript: [(code: String, output: String)] = []

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
        if let store {
            let (loaded, warning) = store.load()
            progress = loaded
            if let warning { emit(warning + "\n") }
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
        let names = Set(workspace.completionNames() + course.lessons.map(\.id))
        return names.filter { $0.hasPrefix(prefix) }.sorted()
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
        mode = .normal
        let target = min(max(step, 0), lesson.steps.count - 1)
        var failures: [String] = []
        emit(style.bold("\(lesson.title)") + "\n")
        if target > 0 {
            // Replaying can take a while (training cells); say what the wait is.
            emit(style.dim("Replaying steps 1–\(target) so the workspace holds what they made…") + "\n")
        }
        for k in 0..<target {
            if shouldStop() {
                failures.append("stopped at step \(k + 1) (Ctrl-C); later cells may miss variables")
                break
            }
            snapshots[k] = workspace.snapshot()
            if let cell = lesson.steps[k].cell {
                let result = workspace.run(cell.code, context: quietContext())
                if let error = result.error { failures.append("step \(k + 1): \(error)") }
            } else if let exercise = lesson.steps[k].exercise {
                // Later steps may use what the exercise made; run its solution.
                _ = workspace.run(exercise.solution, context: quietContext())
            }
        }
        if !failures.isEmpty {
            emit(style.failure("Replaying the earlier steps reported errors:\n" + failures.joined(separator: "\n")) + "\n")
        }
        show(step: target)
    }

    /// A context that runs code without showing anything.
    func quietContext() -> RunContext {
        RunContext(style: style, shouldStop: shouldStop, emit: { _ in })
    }

    // MARK: Steps

    /// Shows step `k`: its prose, then its exercise's task or its cell (run).
    func show(step k: Int) {
        stepIndex = k
        hintsShown = 0
        let step = lesson.steps[k]
        let renderer = ProseRenderer(style: style)
        // A blank line sets each step apart from the prompt and output above it.
        if !step.prose.isEmpty { emit("\n" + renderer.render(step.prose) + "\n") }
        let start = workspace.snapshot()
        snapshots[k] = start
        attempt = step.exercise.map { ExerciseAttempt(exercise: $0, start: start) }
        if let cell = step.cell { runCell(cell) }
        if let exercise = step.exercise {
            let done = progress.isCompleted(exercise.id, in: lesson.id)
            emit("\n" + style.bold("Exercise\(done ? " (done)" : "")") + "\n")
            if !exercise.task.isEmpty { emit(renderer.render(exercise.task) + "\n") }
            emit(style.dim("Type your answer as code. :hint for a hint, :solution to see one, :skip to move on.") + "\n")
        }
        if k == lesson.steps.count - 1 {
            let next = lessonIndex + 1 < course.lessons.count ? " Press Enter for the next lesson." : " That was the last lesson."
            emit(style.dim("(end of lesson \(lesson.number.map(String.init) ?? lesson.id).\(next))") + "\n")
        }
        progress.record(step: k, in: lesson.id)
        saveProgress()
    }

    func runCell(_ cell: Cell) {
        if cell.kind != .hidden {
            emit(codeBlock(cell.code) + "\n")
            if cell.kind == .long { emit(style.dim("running… (Ctrl-C stops it)") + "\n") }
        }
        let output = execute(cell.code, showValue: cell.kind != .hidden)
        if cell.kind == .hidden, let error = output.error {
            emit(style.failure("A setup cell failed: \(error)") + "\n")
        }
    }

    /// Code shown with a left bar so it stands apart from prose and output.
    func codeBlock(_ code: String) -> String {
        let bar = style.unicode ? "│ " : "| "
        return code.split(separator: "\n", omittingEmptySubsequences: false)
            .map { style.dim(bar) + style.wrap(String($0), "36") }.joined(separator: "\n")
    }

    /// Runs code in the workspace, streaming its output, and records it for `:save`.
    @discardableResult
    func execute(_ code: String, showValue: Bool = true) -> RunResult {
        var captured = ""
        let context = RunContext(style: style, shouldStop: shouldStop) { [emit] text in
            captured += text
            if showValue { emit(text) }
        }
        let result = workspace.run(code, context: context)
        var tail = ""
        if let display = result.display { tail += display + "\n" }
        if let error = result.error { tail += style.failure(error) + "\n" }
        if showValue || result.error != nil { emit(tail) }
        transcript.append((code, captured + (result.display.map { $0 + "\n" } ?? "") + (result.error.map { $0 + "\n" } ?? "")))
        return result
    }

    public func next() {
        if let exercise = step.exercise, !progress.isCompleted(exercise.id, in: lesson.id) {
            emit(style.dim("(Exercise left unfinished; :back returns to it.)") + "\n")
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
            emit("You have reached the end of the course. :lessons lists them all; :goto N reopens one.\n")
        }
    }

    public func back() {
        guard stepIndex > 0 else {
            emit("This is the first step of the lesson.\n")
            return
        }
        let target = stepIndex - 1
        if let snapshot = snapshots[target] { workspace.restore(snapshot) }
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
            if input.trimmingSpaces().lowercased().hasPrefix("y") { reset(all: all) } else { emit("Nothing was reset.\n") }
            return .continue
        case .normal: break
        }
        switch Command.parse(input) {
        case .next where input.trimmingSpaces().isEmpty && isAtUnsolvedExercise:
            // One stray Enter must not leave an exercise behind.
            emit(style.dim("This exercise is not solved yet: :skip moves on without solving it, and :hint helps.") + "\n")
        case .next: next()
        case .back: back()
        case .lessons: emit(lessonList() + "\n")
        case .run:
            if let cell = step.cell { runCell(cell) } else { emit("This step has no cell to run.\n") }
        case .hint: hint()
        case .solution: solution()
        case .skip: skip()
        case .vars: emit(variableList() + "\n")
        case .help: emit(Session.helpText + "\n")
        case .quit:
            saveProgress()
            return .quit
        case let .goto(query, step):
            guard let index = course.find(query) else {
                emit("No lesson matches \"\(query)\". :lessons lists them.\n")
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
            emit(all ? "Reset all progress in every lesson? (y/n)\n" : "Reset your progress in \"\(lesson.title)\"? (y/n)\n")
        case .save(let path): save(to: path)
        case .step(let name): openStepper(name)
        case .helpFor(let name):
            emit((workspace.help(for: name) ?? "No help for \(name).") + "\n")
        case .unknown(let message): emit(message + "\n")
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
                return emit("`\(name)` is not a BPTT trace; make one with bptt_trace(...), or type :step alone for an example.\n")
            }
            trace = own
        } else {
            guard let demo = try? BPTTStepper.demoTrace() else { return emit("Could not build the example trace.\n") }
            trace = demo
            emit("An example: a tanh RNN with 6 hidden units reading 10 tokens.\n")
        }
        let stepper = BPTTStepper(trace: trace)
        mode = .stepping(stepper)
        emit(stepper.render(style: style) + "\n")
    }

    func stepperInput(_ input: String, _ stepper: BPTTStepper) -> Reply {
        var stepper = stepper
        guard let key = BPTTStepper.key(for: input) else {
            emit("In the stepper: Enter or n for the next step, p for the previous, q to leave.\n")
            return .continue
        }
        if key == .quit {
            mode = .normal
            emit("Left the stepper.\n")
            return .continue
        }
        if !stepper.move(key) {
            emit(key == .next ? "That was the last backward step; q leaves.\n" : "This is the first step.\n")
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
            emit(style.success(style.unicode ? "✓ Correct!" : "Correct!") + (solvedBefore ? "" : " Press Enter to go on.") + "\n")
        case .notYet(let feedback):
            if solvedBefore || feedback == .answer(.noValue) { return }
            if feedback.isAboutTheValueHere && attempt.judge.isWorkingStep(code, in: workspace) { return }
            emit(style.dim(feedback.message) + "\n")
        }
    }

    func hint() {
        guard let exercise = step.exercise else { return emit("This step has no exercise.\n") }
        guard !exercise.hints.isEmpty else { return emit("This exercise has no hints; :solution shows one answer.\n") }
        let k = min(hintsShown, exercise.hints.count - 1)
        hintsShown += 1
        let label = exercise.hints.count > 1 ? "Hint \(k + 1)/\(exercise.hints.count): " : "Hint: "
        // The label is part of the first paragraph so the hint wraps as one text.
        emit(ProseRenderer(style: style).render("**\(label.trimmingSpaces())** " + exercise.hints[k]) + "\n")
    }

    func solution() {
        guard let exercise = step.exercise else { return emit("This step has no exercise.\n") }
        emit(codeBlock(exercise.solution) + "\n")
    }

    /// Shows and runs the solution (later steps may need what it makes), then moves on.
    func skip() {
        guard let exercise = step.exercise else { return next() }
        emit("One solution:\n")
        emit(codeBlock(exercise.solution) + "\n")
        execute(exercise.solution)
        next()
    }

    func reset(all: Bool) {
        if all {
            progress = Progress()
            saveProgress()
            emit("All progress was reset.\n")
            open(lesson: 0)
        } else {
            progress.completedExercises[lesson.id] = nil
            progress.stepByLesson[lesson.id] = nil
            progress.furthestStepByLesson[lesson.id] = nil
            progress.finishedLessons.removeAll { $0 == lesson.id }
            saveProgress()
            emit("Progress in this lesson was reset.\n")
            open(lesson: lessonIndex)
        }
    }

    func saveProgress() {
        guard let store, let warning = store.save(progress) else { return }
        // Once is enough: a read-only state folder must not repeat this every step.
        if !warnedAboutSaving { emit(warning + " (progress will not be kept this session)\n") }
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
        :run                     run the current cell again
        :hint  :solution  :skip  help with the current exercise
        :vars                    your variables and their shapes
        :save FILE               save this session as a notebook (rnnlab run FILE replays it)
        :reset  :reset all       reset this lesson's progress, or everything
        :help  :quit             this list / leave (Ctrl-D also leaves)
        ?name                    help for a builtin, e.g. ?lstmcell
        anything else            code, run in the lesson's workspace; `ans` is the last result
        """

    // MARK: Saving

    /// Writes the session so far as a Markdown notebook: each piece of code as a
    /// `julia` cell followed by its output, which `rnnlab run` replays.
    func save(to path: String) {
        var text = "# Notebook saved from \(lesson.title)\n\n"
        for entry in transcript {
            text += "```julia\n\(entry.code)\n```\n\n"
            let output = entry.output.trimmingBlankLines()
            if !output.isEmpty { text += "```output\n\(stripEscapes(output))\n```\n\n" }
        }
        do {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            emit("Saved \(transcript.count) cells to \(path).\n")
        } catch {
            emit("Could not save to \(path): \(error.localizedDescription)\n")
        }
    }
}
