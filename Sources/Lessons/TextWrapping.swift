import LiveView
/// The one rule by which RNNLab fits its own text to the terminal: lesson prose,
/// messages, `:help`, `?name` help, errors and the code gutter all wrap here.
///
/// Lines break at spaces, so at 40 columns and up no word is cut; only a single word
/// wider than the whole line is broken (there is nowhere else to break it). Widths
/// count visible columns, so colour escape codes take none. A continuation line hangs
/// under the text it continues: under the line's own indentation, or, for a
/// two-column listing such as `:help` (`:save FILE    save this session…`), under the
/// second column.
public enum TextWrapping {
    /// Wraps every line of `text` to `width` columns.
    public static func wrap(_ text: String, width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .flatMap { wrapLine(String($0), width: width) }
            .joined(separator: "\n")
    }

    /// One line as the lines it wraps into; a line that fits comes back as it is.
    public static func wrapLine(_ line: String, width: Int) -> [String] {
        guard visibleWidth(line) > width else { return [line] }
        let indent = String(line.prefix { $0 == " " })
        let body = String(line.dropFirst(indent.count))
        let column = secondColumn(of: body, width: width - indent.count)
        let hang = String(repeating: " ", count: indent.count + column)
        guard column > 0 else { return fill(body, width: width - indent.count, first: indent, rest: indent) }
        // The first column keeps its padding; the second wraps within its own width.
        let label = String(body.prefix(column))
        return fill(String(body.dropFirst(column)), width: width - hang.count, first: indent + label, rest: hang)
    }

    /// A line of code cut into pieces of at most `width` columns for the gutter: at the
    /// last space that fits when there is one (the space stays at the end of its piece,
    /// so joining the pieces gives the line back), else at the width.
    public static func codeLine(_ line: String, width: Int) -> [String] {
        let width = max(width, 8)
        var rest = line
        var pieces: [String] = []
        while visibleWidth(rest) > width {
            var (head, tail) = splitVisible(rest, at: width)
            if let space = head.lastIndex(of: " "), head[..<space].contains(where: { $0 != " " }) {
                tail = String(head[head.index(after: space)...]) + tail
                head = String(head[...space])
            }
            pieces.append(head)
            rest = tail
        }
        pieces.append(rest)
        return pieces
    }

    /// Greedy filling of `text`'s words into lines: the first starts with `first` and
    /// holds `width` columns of words, the others start with `rest` and hold `restWidth`
    /// (by default `width`). Runs of spaces between words become one space.
    public static func fill(_ text: String, width: Int, first: String, rest: String, restWidth: Int? = nil) -> [String] {
        let widths = (first: max(width, 1), rest: max(restWidth ?? width, 1))
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        func limit() -> Int { lines.isEmpty ? widths.first : widths.rest }
        func breakLine() {
            lines.append(current)
            current = ""
            currentWidth = 0
        }
        for word in text.split(separator: " ") {
            var word = String(word)
            var w = visibleWidth(word)
            if currentWidth > 0 && currentWidth + 1 + w > limit() { breakLine() }
            // A word wider than a whole line is cut, as a last resort.
            while w > limit() {
                let (head, tail) = splitVisible(word, at: limit())
                current += head
                breakLine()
                word = tail
                w = visibleWidth(word)
            }
            if currentWidth > 0 {
                current += " "
                currentWidth += 1
            }
            current += word
            currentWidth += w
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines.enumerated().map { ($0.offset == 0 ? first : rest) + $0.element }
    }

    /// Where the second column of a two-column line starts, or 0 when it has none: after
    /// the widest run of at least two spaces in the line's first half (the last of equal
    /// runs). A first column may hold its own short gaps (`:step  :step NAME`, padded
    /// to the second column), so the first gap found is not always the column.
    static func secondColumn(of body: String, width: Int) -> Int {
        let characters = Array(body)
        var best = (gap: 0, column: 0)
        var i = 0
        while i < characters.count {
            guard characters[i] == " " else {
                i += 1
                continue
            }
            var j = i
            while j < characters.count && characters[j] == " " { j += 1 }
            if j - i >= 2 && j < characters.count {
                let column = visibleWidth(String(characters[..<j]))
                if column > width / 2 { break }
                if j - i >= best.gap { best = (j - i, column) }
            }
            i = j
        }
        return best.column
    }

    /// `word` split after `columns` visible columns; an escape sequence is never cut.
    private static func splitVisible(_ word: String, at columns: Int) -> (String, String) {
        let scalars = Array(word.unicodeScalars)
        var seen = 0
        var i = 0
        while i < scalars.count {
            if scalars[i] == "\u{1b}" {
                var j = i + 1
                while j < scalars.count && !scalars[j].properties.isAlphabetic { j += 1 }
                i = min(j + 1, scalars.count)
                continue
            }
            let w = scalars[i].properties.generalCategory == .nonspacingMark ? 0 : 1
            if seen + w > max(columns, 1) { break }
            seen += w
            i += 1
        }
        var head = "", tail = ""
        head.unicodeScalars.append(contentsOf: scalars[..<i])
        tail.unicodeScalars.append(contentsOf: scalars[i...])
        return (head, tail)
    }
}
