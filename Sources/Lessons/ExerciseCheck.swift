/// Decides whether the learner has solved an exercise, and says what is wrong when it
/// can. This is the one definition of an exercise's check: the session applies it to
/// what the learner types, and `rnnlab check` applies it to the solution (which must
/// pass) and to the non-answers (which must not).
///
/// An answer is judged in two places:
/// - **here**, on the workspace as the learner's input left it: the exercise's `check`
///   must return `true`, or, when it has none, the learner's `ans` must equal what the
///   solution leaves in `ans` when run from the step's start;
/// - on **every variation** the exercise declares: a copy of the step's start changed by
///   the variation's code (other seeds, inputs or weights). Everything the learner typed
///   at the step runs again there, and must pass the same test against the solution run
///   on the same copy.
///
/// A number typed in, a variable that already held the answer, or a value that matched
/// by chance passes here but not on a variation. Judging leaves the workspace (and its
/// random stream) as the learner's input left it, whatever the check code assigns.
public struct ExerciseJudge {
    public let exercise: Exercise
    /// The workspace as the learner found it at the exercise's step.
    let start: WorkspaceSnapshot
    /// The solution's answer on `start`, once computed (the solution is deterministic).
    private var reference: Result<AnswerValue, ReferenceFailure>?
    /// Each variation's changed start and the solution's answer there, once computed;
    /// nil for a variation whose code or solution failed (an authoring error).
    private var prepared: [Int: PreparedVariation?] = [:]
    /// Authoring errors met while judging (a variation or the solution failing), for
    /// `rnnlab check`; the session skips such a variation rather than blame the learner.
    public private(set) var authoringErrors: [String] = []

    struct PreparedVariation {
        let start: WorkspaceSnapshot
        /// The solution's answer there; nil when the exercise has a `check` instead.
        let reference: AnswerValue?
    }

    struct ReferenceFailure: Error, Equatable { let message: String }

    public init(exercise: Exercise, start: WorkspaceSnapshot) {
        self.exercise = exercise
        self.start = start
    }

    /// Judges the learner's work at this step: `inputs` is the code they typed there, in
    /// order (the last one just ran), and the workspace holds what it made.
    public mutating func judge(inputs: [String], in workspace: Workspace, context: RunContext) -> ExerciseVerdict {
        var quiet = context
        quiet.emit = { _ in }
        // The solution, variations and check are the course's code, confined to its
        // folder. The inputs replayed below are whoever's the caller says: the
        // learner's in a session (not confined), the course's own under `rnnlab check`.
        quiet.isCourseCode = true
        let current = workspace.snapshot()
        defer { workspace.restore(current) }

        if let feedback = judgeHere(workspace, quiet) { return .notYet(feedback) }
        for (k, variation) in exercise.variations.enumerated() {
            guard let prepared = prepare(k, workspace, quiet) else { continue }
            workspace.restore(prepared.start)
            var replay = quiet
            replay.recordsAnswer = true
            replay.isCourseCode = context.isCourseCode
            for input in inputs {
                if let error = workspace.run(input, context: replay).error {
                    return .notYet(.failedOnVariation(variation: variation.description, error: error))
                }
            }
            if !passes(workspace, reference: prepared.reference, quiet) {
                return .notYet(.notFromWorkspace(variation: variation.description))
            }
        }
        return .solved
    }

    /// The test on the workspace as it is: nil when it passes.
    private mutating func judgeHere(_ workspace: Workspace, _ quiet: RunContext) -> ExerciseFeedback? {
        if let check = exercise.check {
            let verdict = runCheck(check, workspace, quiet)
            if let error = verdict.error { return .checkFailed(error: error) }
            return verdict.isTrue ? nil : .wrong
        }
        let answer = workspace.answerValue() ?? .nothing
        switch referenceHere(workspace, quiet) {
        case .failure(let failure): return .referenceFailed(error: failure.message)
        case .success(let expected):
            return answer.mismatch(against: expected, tolerance: exercise.tolerance).map(ExerciseFeedback.answer)
        }
    }

    /// What the solution leaves in `ans` when run from the step's start (nil if it fails);
    /// the workspace is left as it was.
    public mutating func solutionAnswer(in workspace: Workspace, context: RunContext) -> AnswerValue? {
        var quiet = context
        quiet.emit = { _ in }
        quiet.isCourseCode = true
        let current = workspace.snapshot()
        defer { workspace.restore(current) }
        if case .success(let answer) = referenceHere(workspace, quiet) { return answer }
        return nil
    }

    private mutating func referenceHere(_ workspace: Workspace, _ quiet: RunContext) -> Result<AnswerValue, ReferenceFailure> {
        if let reference { return reference }
        workspace.restore(start)
        var solving = quiet
        solving.recordsAnswer = true
        let result = workspace.run(exercise.solution, context: solving)
        let found: Result<AnswerValue, ReferenceFailure> = result.error.map { .failure(ReferenceFailure(message: $0)) }
            ?? .success(workspace.answerValue() ?? .nothing)
        if case .failure(let failure) = found {
            authoringErrors.append("the solution fails: \(failure.message)")
        }
        reference = found
        return found
    }

    private mutating func prepare(_ k: Int, _ workspace: Workspace, _ quiet: RunContext) -> PreparedVariation? {
        if let done = prepared[k] { return done }
        let variation = exercise.variations[k]
        var result: PreparedVariation?
        workspace.restore(start)
        if let error = workspace.run(variation.code, context: quiet).error {
            authoringErrors.append("the variation at line \(variation.line) fails: \(error)")
        } else {
            let changed = workspace.snapshot()
            if exercise.check != nil {
                result = PreparedVariation(start: changed, reference: nil)
            } else {
                var solving = quiet
                solving.recordsAnswer = true
                if let error = workspace.run(exercise.solution, context: solving).error {
                    authoringErrors.append("the solution fails on the variation at line \(variation.line): \(error)")
                } else {
                    result = PreparedVariation(start: changed, reference: workspace.answerValue() ?? .nothing)
                }
            }
        }
        prepared[k] = .some(result)
        return result
    }

    /// Whether the learner's replayed work passes on a variation.
    private func passes(_ workspace: Workspace, reference: AnswerValue?, _ quiet: RunContext) -> Bool {
        if let check = exercise.check {
            let verdict = runCheck(check, workspace, quiet)
            return verdict.error == nil && verdict.isTrue
        }
        guard let reference else { return false }
        return (workspace.answerValue() ?? .nothing).mismatch(against: reference, tolerance: exercise.tolerance) == nil
    }

    /// Runs the check code without letting it replace `ans`.
    private func runCheck(_ check: String, _ workspace: Workspace, _ quiet: RunContext) -> RunResult {
        var checking = quiet
        checking.recordsAnswer = false
        return workspace.run(check, context: checking)
    }

    /// Whether `code` is a step on the way rather than an answer: its last statement
    /// assigns or defines only names the check does not read (`counts = zeros(6, 2)`,
    /// `function helper(x) … end`). Such an input that does not solve the exercise gets
    /// no "Not yet".
    public func isWorkingStep(_ code: String, in workspace: Workspace) -> Bool {
        guard let assigned = workspace.namesAssigned(byLastStatementOf: code) else { return false }
        let read = exercise.check.map(workspace.namesMentioned(in:)) ?? ["ans"]
        return assigned.allSatisfy { !read.contains($0) }
    }
}

/// Whether an exercise is solved, and if not, what the learner should hear.
public enum ExerciseVerdict: Sendable, Equatable {
    case solved
    case notYet(ExerciseFeedback)
}

/// What a check can tell about an answer that does not solve the exercise.
public enum ExerciseFeedback: Sendable, Equatable {
    /// The check returned false, or the values differ with nothing more to say.
    case wrong
    /// Compared with the solution's answer: the kind, shape or scale is off.
    case answer(AnswerMismatch)
    /// The check code stopped with an error (a function it calls is not defined yet).
    case checkFailed(error: String)
    /// Right here, but the learner's code gives another answer than the solution on a
    /// changed copy of the workspace: a typed-in number, a copied variable, or chance.
    case notFromWorkspace(variation: String)
    /// Right here, but the learner's code fails on a changed copy of the workspace.
    case failedOnVariation(variation: String, error: String)
    /// The exercise's own solution fails, so nothing can be compared (an authoring error).
    case referenceFailed(error: String)

    /// Whether the feedback is about the answer as typed, rather than about whether it
    /// follows from the workspace (the variations).
    public var isAboutTheValueHere: Bool {
        switch self {
        case .notFromWorkspace, .failedOnVariation: return false
        case .wrong, .answer, .checkFailed, .referenceFailed: return true
        }
    }

    public var message: String {
        switch self {
        case .wrong: return "Not yet. Try again, or :hint."
        case .answer(let mismatch):
            switch mismatch {
            case .noValue:
                return "Not yet: your input left no value in `ans`; end with the expression whose value is the answer."
            case .kind(let answer, let expected):
                return "Not yet: your answer is \(answer), but the answer is \(expected)."
            case .shape(let answer, let expected, let sameNumbers):
                return sameNumbers
                    ? "Nearly: the numbers are right, but your answer is \(answer) and the answer is \(expected)."
                    : "Not yet: your answer is \(answer), but the answer is \(expected)."
            case .factor(let c):
                let times = abs(c) >= 1 ? "is \(ExerciseFeedback.format(c)) times the right one"
                    : "is the right one divided by \(ExerciseFeedback.format(1 / c))"
                return "Not yet, but close: every number of your answer \(times). Is a factor missing, or one too many?"
            case .sign: return "Not yet, but close: your answer has the wrong sign."
            case .differentValue: return "Not yet. Try again, or :hint."
            }
        case .checkFailed(let error): return "Not yet: the check stopped with an error: \(error)"
        case .notFromWorkspace(let variation):
            return "That is the right value here, but it does not follow from the workspace: on a copy with "
                + "\(variation), your code gives another answer than the solution. Compute it from the variables, "
                + "rather than typing a number or copying a result."
        case .failedOnVariation(let variation, let error):
            return "That is the right value here, but your code fails on a copy of the workspace with \(variation): \(error)"
        case .referenceFailed(let error):
            return "This exercise's own solution fails here, so your answer cannot be compared (\(error)); :skip moves on."
        }
    }

    /// A factor as a person would say it: `32`, `0.5`, `2.75`.
    static func format(_ x: Double) -> String {
        if abs(x - x.rounded()) < 1e-9 * max(abs(x), 1) { return String(Int(x.rounded())) }
        let rounded = (x * 1000).rounded() / 1000
        return "\(rounded)"
    }
}

/// The learner's work at one exercise step: what they typed there, in order, and the
/// judge that remembers the solution's answers for the step.
struct ExerciseAttempt {
    var judge: ExerciseJudge
    var inputs: [String] = []

    init(exercise: Exercise, start: WorkspaceSnapshot) {
        judge = ExerciseJudge(exercise: exercise, start: start)
    }

    /// Records `code` (which just ran without error) and judges everything typed so far.
    mutating func answer(_ code: String, in workspace: Workspace, context: RunContext) -> ExerciseVerdict {
        inputs.append(code)
        return judge.judge(inputs: inputs, in: workspace, context: context)
    }
}
