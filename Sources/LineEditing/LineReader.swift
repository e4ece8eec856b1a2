/// What one attempt to read a line produced.
public enum LineResult: Equatable, Sendable {
    /// A complete line, without its line terminator.
    case line(String)
    /// Ctrl-C at the prompt: the half-typed line was thrown away.
    case interrupted
    /// Ctrl-D on an empty line, or the input ended or failed.
    case endOfInput
}

/// Reads the learner's input one line at a time.
///
/// The REPL asks for a line with the prompt it wants (a continuation prompt is just
/// another prompt string) and hands back the entries worth remembering.
public protocol LineReader: AnyObject {
    /// Shows `prompt` (if the reader shows prompts at all) and waits for a line.
    func readLine(prompt: String) -> LineResult
    /// Remembers `entry` for recall with the arrow keys, and persists it if the
    /// reader keeps a history file. Blank entries are ignored.
    func addHistory(_ entry: String)
    /// Turns single-key answers on or off (see `EditLineReader.setSingleKeyMode`).
    func setSingleKeyMode(_ on: Bool)
    /// A warning to show once before the first prompt (a history file set aside).
    var startupWarning: String? { get }
}

extension LineReader {
    public var startupWarning: String? { nil }
}

/// Given the text before the cursor, the words that could complete the word being
/// typed there. Each candidate must start with that word (see ``CompletionPlan``).
public typealias CompletionProvider = (_ lineBeforeCursor: String) -> [String]

/// Given the text before the cursor, a symbol that Tab should put in place of its end
/// (`\alpha` → `α`): the text typed and the symbol; nil when the line ends in none.
public typealias SymbolProvider = (_ lineBeforeCursor: String) -> (typed: String, symbol: String)?

extension LineReader {
    /// Readers without key bindings (plain reads from a pipe) read whole lines anyway.
    public func setSingleKeyMode(_ on: Bool) {}
}

/// The keys of single-key mode and what each answers. Only the arrows: letters keep
/// needing Enter, so a learner's habit of typing `q` and Enter does not leave the
/// stepper and then also take the Enter as "next step".
enum SingleKeys {
    /// The arrows' escape sequences (in libedit's notation; terminals send either form)
    /// and the editing function each has normally. libedit's `bind -k right` would
    /// only change its arrow table, which it does not re-read once running.
    static let arrows: [(String, String)] = [
        ("\\e[C", "ed-next-char"), ("\\eOC", "ed-next-char"), ("\\e[D", "ed-prev-char"), ("\\eOD", "ed-prev-char"),
    ]

    /// libedit passes the last character of the sequence that was typed: `C` for →
    /// (ESC [ C or ESC O C), `D` for ←.
    static func answer(forKey key: Int32) -> String? {
        switch UnicodeScalar(UInt32(max(key, 0))).map(Character.init) {
        case "C": return "n"
        case "D": return "p"
        default: return nil
        }
    }
}
