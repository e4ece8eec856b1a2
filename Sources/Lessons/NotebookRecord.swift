/// Everything that made the session's current workspace, in the order it ran: the
/// lesson cells replayed to reach the step (after a resume or `:goto`), the cells and
/// exercise solutions run since, and the learner's own inputs, each with what it showed.
///
/// `:save` writes this record; replaying it in a fresh workspace gives the same
/// workspace and prints the same outputs. It starts afresh whenever the workspace does
/// (opening a lesson) and is cut back when `:back` restores an earlier workspace.
///
/// The entries live in a file, not in memory (`RecordLog`), so a session of any length
/// keeps them all at a fixed cost to the process; `entries` reads them back.
public struct NotebookRecord: Equatable, Sendable {
    /// The lesson the workspace belongs to, for the saved notebook's title.
    public var title: String
    /// Every entry, in order: read back from the record's file (for saving; to add one,
    /// `append` is cheaper than setting this).
    public var entries: [Entry] {
        get { log.readBack().entries }
        set { log = RecordLog(newValue) }
    }

    /// Why some entries could not be read back from the record's file (it was damaged
    /// under the session), or nil when `entries` holds them all; `:save` reports it.
    public var readProblem: String? { log.readBack().problem }

    /// The descriptor of the record's file, for tests that damage it under the session.
    var fileDescriptor: Int32 { log.descriptor }
    private var log = RecordLog()
    /// The terminal's columns and rows while the code ran: values and plots are drawn to
    /// fit them, so a replay must draw at the same size to print the same.
    public var width = 80
    public var rows = 24
    /// Whether plots were drawn in colour (which changes how their lines are drawn).
    public var color = false
    /// The absolute folder the cells' relative paths were read from (the lesson's own),
    /// so a replay of the saved notebook elsewhere reads the same files.
    public var dataFolder: String?

    public init(title: String) { self.title = title }

    /// How many entries the record holds.
    public var entryCount: Int { log.entryCount }

    public mutating func append(_ entry: Entry) { uniqueLog().append(entry) }

    /// Cuts the record back to its first `count` entries (`:back`).
    public mutating func removeEntries(from count: Int) { uniqueLog().removeEntries(from: count) }

    /// The log, copied first if another copy of this record shares it, so each copy
    /// changes on its own as a value should.
    private mutating func uniqueLog() -> RecordLog {
        if !isKnownUniquelyReferenced(&log) { log = log.copy() }
        return log
    }

    public static func == (a: NotebookRecord, b: NotebookRecord) -> Bool {
        a.title == b.title && a.width == b.width && a.rows == b.rows && a.color == b.color
            && a.dataFolder == b.dataFolder && a.entries == b.entries
    }

    /// One piece of code that ran.
    public struct Entry: Equatable, Sendable, Codable {
        public enum Origin: Equatable, Sendable, Codable {
            /// Step `step`'s cell (0-based), as the lesson has it or as the learner edited it.
            case lessonCell(step: Int, edited: Bool)
            /// The solution of the exercise at `step`, run by a replay or by `:skip`.
            case exerciseSolution(step: Int)
            /// Code the learner typed.
            case input
        }

        public var origin: Origin
        /// The lesson prose shown before this code, if any (Markdown).
        public var prose: String
        public var code: String
        /// What it printed and displayed, without colour codes, one "\n" after each line.
        public var output: String
        /// Why it failed, if it did; a failed input is saved as a comment, not as code.
        public var error: String?
        /// Whether the lesson runs it unseen (a set-up cell).
        public var hidden: Bool

        public init(origin: Origin, prose: String = "", code: String, output: String, error: String? = nil, hidden: Bool = false) {
            self.origin = origin
            self.prose = prose
            self.code = code
            self.output = output
            self.error = error
            self.hidden = hidden
        }

        /// Whether replaying this entry runs its code.
        public var runs: Bool { error == nil }

        /// A short label for the saved file: "lesson step 3", "your input".
        public var label: String {
            switch origin {
            case let .lessonCell(step, edited): return "step \(step + 1)" + (edited ? " (your edited cell)" : "")
            case .exerciseSolution(let step): return "step \(step + 1) (the exercise's solution)"
            case .input: return error == nil ? "your input" : "your input (it failed, so it is kept as a comment)"
            }
        }
    }
}
