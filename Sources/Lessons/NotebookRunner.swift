/// Runs a lesson or saved notebook from top to bottom without a learner:
/// `rnnlab run` prints as it goes, `rnnlab check` compares what each cell printed
/// with its expected output and runs each exercise's solution through its check.
public struct NotebookRunner {
    public let style: TextStyle
    public var shouldStop: () -> Bool = { false }
    /// Seconds one cell (or an exercise's solution or check) may run under `check`
    /// before it fails and the check goes on with the next; nil for no limit. A course
    /// is untrusted: `while true end` in one used to keep `rnnlab check` running for ever.
    public var cellTimeLimit: Double?

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

    /// Runs `code` under the cell time limit; the error says so when the limit stopped it.
    private func timed(
        _ code: String, in workspace: Workspace, recordsAnswer: Bool = true, emit: @escaping (String) -> Void
    ) -> RunResult {
        let deadline = cellTimeLimit.map { CellDeadline(seconds: $0) }
        let stop = shouldStop
        let context = RunContext(
            style: style, shouldStop: { stop() || deadline?.hasPassed == true }, recordsAnswer: recordsAnswer, emit: emit)
        var result = workspace.run(code, context: context)
        if let deadline, let limit = cellTimeLimit, deadline.hasPassed, result.error != nil {
            result.error = "it ran longer than the \(formatSeconds(limit)) limit and was stopped "
                + "(rnnlab check --cell-time-limit SECONDS changes it)"
        }
        return result
    }

    /// Runs the lesson and checks cells with expected output and every exercise.
    public func check(_ lesson: Lesson, in workspace: Workspace) -> Report {
        workspace.setDirectory(for: lesson)
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
            if let exercise = step.exercise {
                let solved = timed(exercise.solution, in: workspace) { _ in }
                if let error = solved.error {
                    report.failures.append(Failure(line: exercise.line, message: "exercise \(exercise.id): the solution failed: \(error)"))
                    continue
                }
                let verdict = timed(exercise.check, in: workspace, recordsAnswer: false) { _ in }
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
