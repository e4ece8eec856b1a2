/// Runs a lesson or saved notebook from top to bottom without a learner:
/// `rnnlab run` prints as it goes, `rnnlab check` compares what each cell printed
/// with its expected output, types each exercise's non-answers (which its check must
/// refuse) and then its solution (which the check must accept).
public struct NotebookRunner {
    public let style: TextStyle
    public var shouldStop: () -> Bool = { false }

    public init(style: TextStyle) { self.style = style }

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
        workspace.setDirectory(for: lesson)
        for step in lesson.steps {
            guard let code = step.cell?.code ?? step.exercise?.solution else { continue }
            let result = workspace.run(code, context: RunContext(style: style, shouldStop: shouldStop, emit: emit))
            if let display = result.display { emit(display + "\n") }
            if let error = result.error { return "\(lesson.path): \(error)" }
        }
        return nil
    }

    /// Runs the lesson and checks cells with expected output and every exercise.
    public func check(_ lesson: Lesson, in workspace: Workspace) -> Report {
        workspace.setDirectory(for: lesson)
        var report = Report(lesson: lesson)
        for step in lesson.steps {
            if let cell = step.cell {
                var printed = ""
                let result = workspace.run(cell.code, context: RunContext(style: style, shouldStop: shouldStop) { printed += $0 })
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
        let quiet = RunContext(style: style, shouldStop: shouldStop) { _ in }
        let start = workspace.snapshot()
        var judge = ExerciseJudge(exercise: exercise, start: start)
        for nonAnswer in nonAnswers(of: exercise, judge: &judge, in: workspace, context: quiet) {
            workspace.restore(start)
            report.nonAnswersTried += 1
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
        let solved = workspace.run(exercise.solution, context: quiet)
        if let error = solved.error {
            report.failures.append(Failure(line: exercise.line, message: "exercise \(exercise.id): the solution failed: \(error)"))
            return
        }
        let verdict = judge.judge(inputs: [exercise.solution], in: workspace, context: quiet)
        for error in Set(judge.authoringErrors).sorted() {
            report.failures.append(Failure(line: exercise.line, message: "exercise \(exercise.id): \(error)"))
        }
        switch verdict {
        case .solved: report.passed += 1
        case .notYet(let feedback):
            report.failures.append(Failure(
                line: exercise.line, message: "exercise \(exercise.id): the check rejects the solution: \(feedback.message)"))
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
