import Engine
import LiveView

/// What the session needs from the notebook language: somewhere to run code that
/// keeps its variables between cells. The language adapter implements it; tests use
/// small fakes, so the session model is tested without the interpreter.
public protocol Workspace: AnyObject {
    /// Runs `code`. Whatever it prints goes to `context.emit` as it happens (so a
    /// training loop's progress shows live); the result says how it ended.
    func run(_ code: String, context: RunContext) -> RunResult

    /// Whether `code` is a complete input or needs continuation lines.
    func isComplete(_ code: String) -> Bool

    /// Copies the variables so that `restore` can bring them back (for `:back`).
    func snapshot() -> WorkspaceSnapshot
    func restore(_ snapshot: WorkspaceSnapshot)

    /// The variables a learner made, with a short description of each (`3×4 Matrix`).
    func variables() -> [(name: String, summary: String)]

    /// Names to offer for Tab completion: builtins and variables.
    func completionNames() -> [String]

    /// The one-line help of a builtin (`?name`), or nil when there is none.
    func help(for name: String) -> String?

    /// The BPTT trace held by variable `name`, for the stepper (`:step name`).
    func bpttTrace(named name: String) -> BPTTTrace?

    /// `ans` as exercise checks compare it, or nil when there is none.
    func answerValue() -> AnswerValue?

    /// The names the last statement of `code` assigns or defines, when it is an
    /// assignment (`x = …`, `x[i] = …`, `x += …`) or a definition (`f(x) = …`,
    /// `function f … end`); nil when it ends in an expression, or does not parse.
    func namesAssigned(byLastStatementOf code: String) -> [String]?

    /// The variable and function names `code` mentions.
    func namesMentioned(in code: String) -> Set<String>

    /// The folder that relative file paths in code start from (a lesson's folder,
    /// so `read("data/x.txt", String)` finds the lesson's data); "" for the current one.
    func setDirectory(_ path: String)
}

extension Workspace {
    public func bpttTrace(named name: String) -> BPTTTrace? { nil }

    public func answerValue() -> AnswerValue? { nil }

    public func namesAssigned(byLastStatementOf code: String) -> [String]? { nil }

    public func namesMentioned(in code: String) -> Set<String> { [] }

    public func setDirectory(_ path: String) {}

    /// Points relative paths at the folder holding `lesson`'s file.
    public func setDirectory(for lesson: Lesson) {
        setDirectory(lesson.folder)
    }
}

/// What a run may use of its surroundings.
public struct RunContext {
    public var style: TextStyle
    /// Polled by long loops; true once the learner pressed Ctrl-C.
    public var shouldStop: () -> Bool
    /// Receives printed text as it is produced.
    public var emit: (String) -> Void
    /// Whether the result becomes `ans`. Exercise checks run with this off, so that
    /// checking an answer does not replace it.
    public var recordsAnswer: Bool
    /// The terminal, for code that draws live (a view, a progress bar); nil prints
    /// final frames instead.
    public var screen: LiveScreen?
    /// Whether the code is the course's own (a lesson's cell, shown, hidden or
    /// replayed; an exercise's check or solution): a course is untrusted content, so
    /// its code may read files only inside the lesson's folder. What the learner
    /// types runs with this off and reads what the user can.
    public var isCourseCode = false

    public init(
        style: TextStyle, shouldStop: @escaping () -> Bool = { false }, recordsAnswer: Bool = true,
        screen: LiveScreen? = nil, emit: @escaping (String) -> Void
    ) {
        self.style = style
        self.shouldStop = shouldStop
        self.recordsAnswer = recordsAnswer
        self.screen = screen
        self.emit = emit
    }
}

/// An opaque copy of a workspace's state.
public struct WorkspaceSnapshot: @unchecked Sendable {
    public let storage: Any
    public init(_ storage: Any) { self.storage = storage }
}

/// How a run ended.
public struct RunResult: Sendable, Equatable {
    /// The displayed value (Julia REPL style), or nil when there is none or it was
    /// suppressed with a trailing `;`.
    public var display: String?
    /// The error message, already formatted with the position, when the code failed.
    public var error: String?
    /// True when the value of the code was the boolean `true` (used by exercise checks).
    public var isTrue: Bool
    /// Whether the run stopped because the learner pressed Ctrl-C (then `error` says so).
    public var wasInterrupted: Bool

    public init(display: String? = nil, error: String? = nil, isTrue: Bool = false, wasInterrupted: Bool = false) {
        self.display = display
        self.error = error
        self.isTrue = isTrue
        self.wasInterrupted = wasInterrupted
    }
}
