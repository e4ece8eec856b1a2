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
}

/// Given the text before the cursor, the words that could complete the word being
/// typed there. Each candidate must start with that word (see ``CompletionPlan``).
public typealias CompletionProvider = (_ lineBeforeCursor: String) -> [String]
