/// Runs a lesson or saved notebook from top to bottom without a learner:
/// `rnnlab run` prints as it goes, `rnnlab check` compares what each cell printed
/// with its expected output, types each exercise's non-answers (which its check must
/// refuse) and then its solution (which the check must accept).
public struct NotebookRunner {
    public let style: TextStyle
    public var shouldStop: () -> Bool = { false }
    /// Seconds one cell (or an exercise's solution or check) may run under `check`
    /// before it fails and the check goes on with the next; nil for no limit. A course
    /// is untrusted: `while true end` in one used to keep `rnnlab check` running for ever.
    public var cellTimeLimit: Double?
    /// Where relative paths point, when not the lesson's own folder: a saved notebook
    /// names the folder its cells read from (``NotebookDataFolder``).
    public var dataFolder: String?

    public init(style: TextStyle, cellTimeLimit: Double? = nil) {
        self.style = style
        self.cellTimeLimit = cellTimeLimit
    }

    /// One failed expectation.
    public struct Failure: Equatable, Sendable {
        public let line: Int
        public let message: String
    }

    /// What checking one lesson found.
    public struct Report: Sendable {
        public let lesson: Lesson
        public var passed = 0
        public var failures: [Failure] = []
        /// Non-answers typed at the exercises, and how many of them the checks refused.
        public var nonAnswersTried = 0
        public var nonAnswersRefused = 0
    }

    /// Runs every cell, and every exercise's solution, printing output through `emit`.
    /// Returns the first error, if any, so `rnnlab run` can exit non-zero.
    public func run(_ lesson: Lesson, in workspace: Workspace, emit: @escaping (String) -> Void) -> String? {
        if let dataFolder { workspace.setDirectory(dataFolder) } else { workspace.setDirectory(for: lesson) }
        for step in lesson.steps {
            guard let code = step.cell?.code ?? step.exercise?.solution else { continue }
            let result = workspace.run(code, context: RunContext(style: style, shouldStop: shouldStop, emit: emit))
            if let display = result.display { emit(display + "\n") }
            if let error = result.error { return "\(lesson.path): \(error)" }
        }
        return nil
    }

    /// Runs `code` under the cell time limit; the error says so when the limit stopped it.
    private func timed(_ code: String, in workspace: Workspace, emit: @escaping (String) -> Void) -> RunResult {
        let (context, deadline) = limited(emit: emit)
        var result = workspace.run(code, context: context)
        if result.error != nil, let stopped = overLimit(deadline) { result.error = stopped }
        return result
    }

    /// A context under a fresh cell time limit, and the deadline it polls.
    private func limited(emit: @escaping (String) -> Void = { _ in }) -> (RunContext, CellDeadline?) {
        let deadline = cellTimeLimit.map { CellDeadline(seconds: $0) }
        let stop = shouldStop
        var context = RunContext(style: style, shouldStop: { stop() || deadline?.hasPassed == true }, emit: emit)
        // A course checked is untrusted: its code reads only inside its folder. (`run`
        // is the learner's own file and reads what they can.)
        context.isCourseCode = true
        return (context, deadline)
    }

    /// What to say when the limit stopped a run; nil when it did not.
    private func overLimit(_ deadline: CellDeadline?) -> String? {
        guard let deadline, let limit = cellTimeLimit, deadline.hasPassed else { return nil }
        return "it ran longer than the \(formatSeconds(limit)) limit and was stopped "
            + "(rnnlab check --cell-time-limit SECONDS changes it)"
    }

    /// Runs the lesson and checks cells with expected output and every exercise.
    public func check(_ lesson: Lesson, in workspace: Workspace) -> Report {
        if let dataFolder { workspace.setDirectory(dataFolder) } else { workspace.setDirectory(for: lesson) }
        var report = Report(lesson: lesson)
        for step in lesson.steps {
            if let cell = step.cell {
                var printed = ""
                let result = timed(cell.code, in: workspace) { printed += $0 }
                if let error = result.error {
                    report.failures.append(Failure(line: cell.line, message: "the cell failed: \(error)"))
                    continue
                }
                guard let expected = cell.expected else { continue }
                let actual = printed + (result.display.map { $0 + "\n" } ?? "")
                if let difference = OutputComparison.difference(
                    actual: actual, expected: expected.text, tolerance: expected.tolerance) {
                    report.failures.append(Failure(line: expected.line, message: "output differs: \(difference)"))
                } else {
                    report.passed += 1
                }
            }
            if let exercise = step.exercise { check(exercise, in: workspace, into: &report) }
        }
        return report
    }

    /// Types each non-answer on the exercise's start, as a learner would, and requires
    /// the check to refuse it; then runs the solution, which the check must accept.
    /// The workspace is left holding what the solution made, for the later steps.
    func check(_ exercise: Exercise, in workspace: Workspace, into report: inout Report) {
        let start = workspace.snapshot()
        var judge = ExerciseJudge(exercise: exercise, start: start)
        let (listing, _) = limited()
        for nonAnswer in nonAnswers(of: exercise, judge: &judge, in: workspace, context: listing) {
            workspace.restore(start)
            report.nonAnswersTried += 1
            let (quiet, _) = limited()
            let typed = workspace.run(nonAnswer.code, context: quiet)
            // An input that fails is refused by the session before any check runs.
            if typed.error != nil || judge.judge(inputs: [nonAnswer.code], in: workspace, context: quiet) != .solved {
                report.nonAnswersRefused += 1
            } else {
                report.failures.append(Failure(
                    line: nonAnswer.line ?? exercise.line,
                    message: "exercise \(exercise.id): the non-answer `\(nonAnswer.code)` is accepted"))
            }
        }
        workspace.restore(start)
        let (solving, solvingDeadline) = limited()
        let solved = workspace.run(exercise.solution, context: solving)
        if let error = solved.error {
            let why = overLimit(solvingDeadline) ?? error
            report.failures.append(Failure(line: exercise.line, message: "exercise \(exercise.id): the solution failed: \(why)"))
            return
        }
        let (judging, judgingDeadline) = limited()
        let verdict = judge.judge(inputs: [exercise.solution], in: workspace, context: judging)
        for error in Set(judge.authoringErrors).sorted() {
            report.failures.append(Failure(line: exercise.line, message: "exercise \(exercise.id): \(error)"))
        }
        switch verdict {
        case .solved: report.passed += 1
        case .notYet(let feedback):
            let why = overLimit(judgingDeadline) ?? feedback.message
            report.failures.append(Failure(
                line: exercise.line, message: "exercise \(exercise.id): the check rejects the solution: \(why)"))
        }
    }

    /// The exercise's own non-answers, and two that every exercise gets: `0` (unless the
    /// solution's answer is 0 and nothing varies), and, for an exercise with variations,
    /// the solution's answer typed as a literal.
    func nonAnswers(
        of exercise: Exercise, judge: inout ExerciseJudge, in workspace: Workspace, context: RunContext
    ) -> [NonAnswer] {
        var all = exercise.nonAnswers
        let reference = judge.solutionAnswer(in: workspace, context: context)
        var automatic: [String] = []
        if !exercise.variations.isEmpty, let literal = reference?.literal { automatic.append(literal) }
        if !exercise.variations.isEmpty || reference != .number(0) { automatic.append("0") }
        for code in automatic where !all.contains(where: { $0.code == code }) {
            all.append(NonAnswer(code: code, line: nil))
        }
        return all
    }
}

/// A point some seconds from now, asked about on every poll of a running cell; the
/// clock is read once per 256 polls, which keeps a tight loop's cost negligible.
final class CellDeadline: @unchecked Sendable {
    private let end: ContinuousClock.Instant
    private var polls = 0
    private(set) var passed = false

    init(seconds: Double) { end = ContinuousClock.now + .milliseconds(Int(seconds * 1000)) }

    var hasPassed: Bool {
        if !passed {
            polls &+= 1
            if polls & 255 == 0 || polls == 1 { passed = ContinuousClock.now >= end }
        }
        return passed
    }
}

/// "60 s", "2.5 s".
private func formatSeconds(_ seconds: Double) -> String {
    (seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)) + " s"
}
