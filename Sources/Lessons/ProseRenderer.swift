import LiveView
import TermPlot

/// How text is drawn: width, colour (ANSI escapes) and whether Unicode is allowed.
public struct TextStyle: Sendable, Equatable {
    public var width: Int
    /// Terminal rows; plots are sized to leave room for the prompt and some prose.
    public var rows: Int
    public var color: Bool
    public var unicode: Bool
    /// The colour depth plots use when `color` is on (256 colours or 24-bit).
    public var colorMode: ColorMode

    public init(
        width: Int = 80, rows: Int = 24, color: Bool = false, unicode: Bool = true, colorMode: ColorMode = .ansi256
    ) {
        self.width = max(width, 20)
        self.rows = max(rows, 10)
        self.color = color
        self.unicode = unicode
        self.colorMode = colorMode
    }

    func wrap(_ s: String, _ code: String) -> String { color ? "\u{1b}[\(code)m\(s)\u{1b}[0m" : s }
    func bold(_ s: String) -> String { wrap(s, "1") }
    func dim(_ s: String) -> String { wrap(s, "2") }
    func italic(_ s: String) -> String { wrap(s, "3") }
    func code(_ s: String) -> String { color ? wrap(s, "36") : "`\(s)`" }
    func heading(_ s: String) -> String { wrap(s, "1;4") }
    func success(_ s: String) -> String { wrap(s, "32") }
    func failure(_ s: String) -> String { wrap(s, "31") }
}

/// Renders lesson Markdown for the terminal: paragraphs wrapped to the width,
/// headings and emphasis styled, inline code highlighted, `$math$` in Unicode,
/// lists with hanging indents, fenced text blocks (diagrams) kept verbatim.
public struct ProseRenderer: Sendable {
    public let style: TextStyle

    public init(style: TextStyle) { self.style = style }

    public func render(_ markdown: String) -> String {
        var out: [String] = []
        var paragraph: [String] = []
        var inFence = false
        func flush() {
            guard !paragraph.isEmpty else { return }
            out.append(contentsOf: block(paragraph))
            paragraph = []
        }
        for raw in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(raw)
            if line.trimmingSpaces().hasPrefix("```") {
                flush()
                inFence.toggle()
                continue
            }
            if inFence {
                out.append("  " + clip(line, to: style.width - 2))
                continue
            }
            if line.trimmingSpaces().isEmpty {
                flush()
                if out.last != "" { out.append("") }
                continue
            }
            // A list item or heading starts a new block.
            if isListItem(line) || line.hasPrefix("#") || line.hasPrefix("|") { flush() }
            paragraph.append(line)
            if line.hasPrefix("#") || line.hasPrefix("|") { flush() }
        }
        flush()
        while out.last == "" { out.removeLast() }
        return out.joined(separator: "\n")
    }

    func isListItem(_ line: String) -> Bool {
        let t = line.trimmingSpaces()
        if t.hasPrefix("- ") || t.hasPrefix("* ") { return true }
        let digits = t.prefix { $0.isNumber }
        return !digits.isEmpty && t.dropFirst(digits.count).hasPrefix(". ")
    }

    /// One paragraph, heading, table row or list item.
    func block(_ lines: [String]) -> [String] {
        let first = lines[0]
        if first.hasPrefix("#") {
            let level = first.prefix { $0 == "#" }.count
            let text = inline(String(first.dropFirst(level)).trimmingSpaces())
            let underline = level <= 2 ? [String(repeating: style.unicode ? "─" : "-", count: min(visibleWidth(text), style.width))] : []
            return [style.heading(text)] + underline
        }
        if first.hasPrefix("|") {
            return lines.map { clip($0, to: style.width) }
        }
        let joined = lines.map { $0.trimmingSpaces() }.joined(separator: " ")
        if isListItem(first) {
            let t = first.trimmingSpaces()
            let marker: String
            let rest: String
            if t.hasPrefix("- ") || t.hasPrefix("* ") {
                marker = style.unicode ? "• " : "- "
                rest = String(joined.dropFirst(2))
            } else {
                let digits = String(t.prefix { $0.isNumber })
                marker = digits + ". "
                rest = String(joined.dropFirst(digits.count + 2))
            }
            let indent = first.prefix { $0 == " " }.count
            let pad = String(repeating: " ", count: indent)
            return fill(inline(rest), width: style.width - indent - marker.count, first: pad + marker,
                        rest: pad + String(repeating: " ", count: marker.count))
        }
        return fill(inline(joined), width: style.width, first: "", rest: "")
    }

    /// Inline Markdown: `code`, **bold**, *italic* / _italic_, $math$.
    public func inline(_ text: String) -> String {
        var out = ""
        let chars = Array(text)
        var i = 0
        func readUntil(_ close: String) -> String? {
            let closeChars = Array(close)
            var j = i
            while j + closeChars.count <= chars.count {
                if Array(chars[j..<(j + closeChars.count)]) == closeChars {
                    let body = String(chars[i..<j])
                    i = j + closeChars.count
                    return body
                }
                j += 1
            }
            return nil
        }
        while i < chars.count {
            let c = chars[i]
            if c == "`" {
                i += 1
                if let body = readUntil("`") { out += style.code(body); continue }
                out.append(c)
                continue
            }
            if c == "$" {
                i += 1
                if let body = readUntil("$") { out += style.italic(MathText.render(body, unicode: style.unicode)); continue }
                out.append(c)
                continue
            }
            if c == "*", i + 1 < chars.count, chars[i + 1] == "*" {
                i += 2
                if let body = readUntil("**") { out += style.bold(inline(body)); continue }
                out += "**"
                continue
            }
            if (c == "*" || c == "_"), i + 1 < chars.count, chars[i + 1] != " ",
               i == 0 || !(chars[i - 1].isLetter || chars[i - 1].isNumber) {
                i += 1
                let save = i
                if let body = readUntil(String(c)), !body.isEmpty { out += style.italic(inline(body)); continue }
                i = save
                out.append(c)
                continue
            }
            out.append(c)
            i += 1
        }
        return out
    }

    /// Greedy word wrap by visible width (escape codes take no columns), by the
    /// session's one wrapping rule.
    func fill(_ text: String, width: Int, first: String, rest: String) -> [String] {
        TextWrapping.fill(text, width: max(width, 10), first: first, rest: rest)
    }

    func clip(_ line: String, to width: Int) -> String {
        visibleWidth(line) <= width ? line : String(line.prefix(max(width - 1, 0))) + (style.unicode ? "…" : ">")
    }
}
