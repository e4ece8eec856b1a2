/// Runs a lesson or saved notebook from top to bottom without a learner:
/// `rnnlab run` prints as it goes, `rnnlab check` compares what each cell printed
/// with its expected output and runs each exercise's solution through its check.
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
            if let exercise = step.exercise {
                let quiet = RunContext(style: style, shouldStop: shouldStop) { _ in }
                let solved = workspace.run(exercise.solution, context: quiet)
                if let error = solved.error {
                    report.failures.append(Failure(line: exercise.line, message: "exercise \(exercise.id): the solution failed: \(error)"))
                    continue
                }
                var checking = quiet
                checking.recordsAnswer = false
                let verdict = workspace.run(exercise.check, context: checking)
                if verdict.isTrue {
                    report.passed += 1
                } else {
                    let why = verdict.error.map { ": \($0)" } ?? " (it returned \(verdict.display ?? "nothing"))"
                    report.failures.append(Failure(line: exercise.line, message: "exercise \(exercise.id): the check rejects the solution\(why)"))
                }
            }
        }
        return report
    }
}
