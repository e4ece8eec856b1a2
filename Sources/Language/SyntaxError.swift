/// A cell that cannot be read: where, what was found, and what was expected.
///
/// The description shows the offending line with a caret under the spot, e.g.
///
///     syntax error at line 2, column 9: expected `)` to close `(` from line 2, column 4
///       y = (1 + 2
///               ^
public struct SyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public var position: SourcePosition
    /// The text of the line the error is on, for the caret display.
    public var sourceLine: String
    /// Whether the input ended where more was needed (an open block, bracket, string or
    /// comment, or an operator with its right side still to come), as Julia's
    /// `Meta.parse` reports `:incomplete`: the REPL then asks for another line.
    public var isIncomplete: Bool

    public init(_ message: String, at position: SourcePosition, sourceLine: String, isIncomplete: Bool = false) {
        self.message = message
        self.position = position
        self.sourceLine = sourceLine
        self.isIncomplete = isIncomplete
    }

    public var description: String {
        // Long lines are shown as a window around the spot, so the caret stays on screen.
        var line = sourceLine
        var column = position.column
        if line.count > 100 {
            let start = max(0, column - 60)
            let window = line.dropFirst(start).prefix(100)
            line = (start > 0 ? "…" : "") + window + (start + 100 < line.count ? "…" : "")
            column = column - start + (start > 0 ? 1 : 0)
        }
        let caretPad = String(repeating: " ", count: max(0, column - 1))
        return "syntax error at \(position): \(message)\n  \(line)\n  \(caretPad)^"
    }
}

/// The lines of a source text, for quoting one in an error.
struct SourceLines: Sendable {
    private let lines: [Substring]
    /// The whole source, for parsing interpolated code against the same lines.
    let text: String

    init(_ source: String) {
        text = source
        lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    }

    subscript(line: Int) -> String {
        guard line >= 1 && line <= lines.count else { return "" }
        return String(lines[line - 1]).replacingTabs()
    }
}

extension String {
    /// Tabs become single spaces so the caret under a quoted line stays in its column.
    fileprivate func replacingTabs() -> String {
        String(map { $0 == "\t" ? " " : $0 })
    }
}
