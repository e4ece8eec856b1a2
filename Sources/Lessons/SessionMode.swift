/// What the session is doing between inputs, which decides where the next input goes.
///
/// Each input is handled by exactly one mode: a new kind of interaction (a view that
/// reads keys, a question that waits for an answer) is a new case here and one branch
/// in `Session.handle(_:)`, never another optional on the session.
public enum SessionMode {
    /// The lesson's prompt: commands, `?name` and code.
    case normal
    /// `:reset` asked "(y/n)" and waits for the answer; `all` for `:reset all`.
    case confirmingReset(all: Bool)
    /// The BPTT stepper is open, and each input moves it.
    case stepping(BPTTStepper)
    /// `:save` found a file (or a symbolic link) at the path and asked "(y/n)"
    /// before replacing it.
    case confirmingOverwrite(path: String, format: NotebookFormat)
    /// Step `step`'s prose and code were longer than the screen: Enter shows the next
    /// page, and the cell runs after the last.
    case paging(Pager, step: Int)

    /// Whether the front end should hand over single key presses rather than lines.
    public var readsSingleKeys: Bool {
        switch self {
        case .stepping: return true
        case .normal, .confirmingReset, .confirmingOverwrite, .paging: return false
        }
    }
}
