/// Keys libedit's emacs map leaves unbound, which terminals send as escape sequences:
/// without a binding each inserts a stray `~` or letter. One table for the sequences
/// xterm, tmux and screen, rxvt and the Linux console send (the console's Ctrl-arrows
/// are plain arrows, so only the others have word moves).
public enum KeyBindings {
    /// What a key does, by libedit's name for the editing function.
    public enum Action: String, CaseIterable, Sendable {
        case moveToStart = "ed-move-to-beg"
        case moveToEnd = "ed-move-to-end"
        case deleteNextCharacter = "ed-delete-next-char"
        case previousWord = "ed-prev-word"
        case nextWord = "em-next-word"
        /// Page Up and Page Down search the history for entries that begin with what is
        /// typed, the nearest thing a one-line prompt has to paging.
        case searchHistoryBackward = "ed-search-prev-history"
        case searchHistoryForward = "ed-search-next-history"
    }

    /// Each sequence in libedit's notation (`\e` is Escape) and its action.
    public static let table: [(sequence: String, action: Action)] = [
        // Home: xterm (normal and application mode), tmux/screen/console, rxvt.
        ("\\e[H", .moveToStart), ("\\eOH", .moveToStart), ("\\e[1~", .moveToStart), ("\\e[7~", .moveToStart),
        // End, likewise.
        ("\\e[F", .moveToEnd), ("\\eOF", .moveToEnd), ("\\e[4~", .moveToEnd), ("\\e[8~", .moveToEnd),
        ("\\e[3~", .deleteNextCharacter),
        // Ctrl-Left/Right: xterm and tmux, rxvt, and old xterms without the modifier field.
        ("\\e[1;5D", .previousWord), ("\\eOd", .previousWord), ("\\e[5D", .previousWord),
        ("\\e[1;5C", .nextWord), ("\\eOc", .nextWord), ("\\e[5C", .nextWord),
        // Alt-Left/Right move by words too, as in many shells.
        ("\\e[1;3D", .previousWord), ("\\e[1;3C", .nextWord),
        ("\\e[5~", .searchHistoryBackward), ("\\e[6~", .searchHistoryForward),
    ]

    /// The bytes a terminal sends for `sequence` (libedit's notation undone).
    public static func bytes(of sequence: String) -> [UInt8] {
        Array(sequence.replacingEscape().utf8)
    }

    /// The action bound to the key whose bytes are `received`, if any.
    public static func action(forReceived received: [UInt8]) -> Action? {
        table.first { bytes(of: $0.sequence) == received }?.action
    }
}

extension String {
    /// libedit's `\e` as the Escape character it stands for.
    fileprivate func replacingEscape() -> String {
        var out = ""
        var characters = self[...]
        while let first = characters.first {
            if first == "\\", characters.dropFirst().first == "e" {
                out.append("\u{1b}")
                characters = characters.dropFirst(2)
            } else {
                out.append(first)
                characters = characters.dropFirst()
            }
        }
        return out
    }
}
