/// Text longer than the screen, shown a screenful at a time so its beginning does not
/// scroll away unseen (as `less` does, with Enter for the next page).
///
/// A page leaves two rows free: one for the prompt that asks for more, one for the
/// line the learner types it on.
public struct Pager: Sendable {
    private var lines: [String]
    private let pageLength: Int
    /// Set by `q`: the next page is everything that is left.
    private var showingAll = false

    /// `text` as it will be written (its last "\n" ends the last line).
    public init(text: String, rows: Int) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        self.lines = lines
        pageLength = max(rows - 2, 3)
    }

    /// Whether everything has been shown.
    public var isFinished: Bool { lines.isEmpty }

    /// The next page, each line ending in "\n": a screenful, or all that is left when
    /// that fits on one screen.
    public mutating func nextPage() -> String {
        let count = showingAll || lines.count <= pageLength ? lines.count : pageLength
        let page = lines.prefix(count)
        lines.removeFirst(count)
        return page.map { $0 + "\n" }.joined()
    }

    /// Shows the rest at once on the next page (`q`).
    public mutating func showAll() { showingAll = true }
}

/// A lesson step, as the key of what the learner changed in it.
struct CellKey: Hashable, Sendable {
    let lesson: String
    let step: Int
}
