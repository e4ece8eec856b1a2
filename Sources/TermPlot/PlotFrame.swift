// The frame around a drawing: title, border, tick labels on the left edge and
// under the corners, a legend or colour bar on the right, the x label and notes.
// Every plot goes through here, so width limits are enforced in one place.

struct FrameLayout {
    let leftWidth: Int
    let canvasWidth: Int
    let rightWidth: Int

    /// Splits `total` columns between the left labels, the canvas (between two
    /// border columns) and the right-hand legend. When space is short the legend
    /// shrinks first, then the labels, so the drawing keeps at least half the width.
    init(total: Int, left: Int, right: Int) {
        let inner = max(1, total - 2)
        let minimumCanvas = max(1, min(inner, max(8, total / 2)))
        var left = max(0, left), right = max(0, right)
        if left + right + minimumCanvas > inner { right = max(0, inner - left - minimumCanvas) }
        if left + right + minimumCanvas > inner { left = max(0, inner - right - minimumCanvas) }
        leftWidth = left
        rightWidth = right
        canvasWidth = max(1, inner - left - right)
    }
}

struct Frame {
    var title = ""
    var unicode = true
    /// Text at the left of each canvas row (tick labels, y label, row labels).
    var leftLabels: [Int: String] = [:]
    /// Cells at the right of each canvas row (legend, colour bar).
    var rightCells: [Int: StyledLine] = [:]
    var bottomLeft = ""
    var bottomRight = ""
    var xlabel = ""
    var notes: [String] = []

    /// Left labels for an x–y plot: upper tick on the top row, lower on the
    /// bottom row, and the y label on the middle row (beside a tick if they meet).
    mutating func setYAxis(upper: String, lower: String, ylabel: String, rows: Int) {
        leftLabels[0] = upper
        let last = max(0, rows - 1)
        leftLabels[last] = last == 0 ? upper : lower
        guard !ylabel.isEmpty else { return }
        let middle = rows / 2
        if let tick = leftLabels[middle] { leftLabels[middle] = ylabel + " " + tick } else { leftLabels[middle] = ylabel }
    }

    /// Text as it is drawn: in an ASCII frame, with ASCII stand-ins for the rest.
    func shown(_ text: String) -> String { unicode ? text : AsciiText.fallback(text) }
    func shown(_ line: StyledLine) -> StyledLine { unicode ? line : AsciiText.fallback(line) }

    /// Columns the left labels want, including the space before the border.
    var wantedLeftWidth: Int {
        let widest = leftLabels.values.map { shown($0).count }.max() ?? 0
        return widest == 0 ? 0 : widest + 1
    }

    var wantedRightWidth: Int { rightCells.values.map { shown($0).count }.max() ?? 0 }

    func layout(width: Int) -> FrameLayout {
        FrameLayout(total: width, left: wantedLeftWidth, right: wantedRightWidth)
    }

    /// The finished plot text for a canvas drawn at `layout.canvasWidth`.
    func render(canvas: [StyledLine], layout: FrameLayout, width: Int, color: ColorMode) -> String {
        let border = unicode
            ? (h: Character("─"), v: Character("│"), tl: Character("┌"), tr: Character("┐"), bl: Character("└"), br: Character("┘"))
            : (h: Character("-"), v: Character("|"), tl: Character("+"), tr: Character("+"), bl: Character("+"), br: Character("+"))
        let guide = CellStyle(foreground: Palette.guide)
        let cw = canvas.first?.count ?? layout.canvasWidth
        let lw = layout.leftWidth
        var lines: [StyledLine] = []
        let title = shown(self.title), xlabel = shown(self.xlabel)
        let bottomLeft = shown(self.bottomLeft), bottomRight = shown(self.bottomRight)

        if !title.isEmpty {
            let indent = max(0, lw + 1 + (cw - title.count) / 2)
            lines.append(StyledText.spaces(min(indent, max(0, width - title.count))) + StyledText.plain(title))
        }
        func rule(_ l: Character, _ r: Character) -> StyledLine {
            StyledText.spaces(lw) + [Cell(glyph: l, style: guide)]
                + Array(repeating: Cell(glyph: border.h, style: guide), count: cw) + [Cell(glyph: r, style: guide)]
        }
        lines.append(rule(border.tl, border.tr))
        for (row, body) in canvas.enumerated() {
            var line: StyledLine = []
            if lw > 0 {
                // Labels keep their right end (the digits of a tick) when cut.
                let label = String(shown(leftLabels[row] ?? "").suffix(lw - 1))
                line += StyledText.plain(StyledText.padLeft(label, to: lw - 1)) + [Cell.blank]
            }
            line += [Cell(glyph: border.v, style: guide)] + body + [Cell(glyph: border.v, style: guide)]
            if let right = rightCells[row] { line += shown(right).prefix(layout.rightWidth) }
            lines.append(line)
        }
        lines.append(rule(border.bl, border.br))

        // Always present, even blank (an empty heat map has no column labels), so
        // every framed plot has the same number of lines around its canvas.
        let gap = max(1, cw - bottomLeft.count - bottomRight.count)
        lines.append(StyledText.spaces(lw + 1) + StyledText.plain(bottomLeft + String(repeating: " ", count: gap) + bottomRight))
        if !xlabel.isEmpty {
            let indent = max(0, lw + 1 + (cw - xlabel.count) / 2)
            lines.append(StyledText.spaces(min(indent, max(0, width - xlabel.count))) + StyledText.plain(xlabel))
        }
        lines += Frame.noteLines(notes.map(shown), width: width)
        return StyledText.render(lines, width: width, color: color)
    }

    /// Every note starts with this, so a reader (or a test) can tell notes apart;
    /// a note too long for the width continues on lines indented to match.
    static let notePrefix = "note: "

    static func noteLines(_ notes: [String], width: Int) -> [StyledLine] {
        let room = max(1, width - notePrefix.count)
        var lines: [StyledLine] = []
        for note in notes {
            var rows: [String] = [""]
            for word in note.split(separator: " ") {
                var word = Substring(word)
                let last = rows[rows.count - 1]
                if !last.isEmpty && last.count + 1 + word.count <= room {
                    rows[rows.count - 1] += " " + word
                    continue
                }
                if !last.isEmpty { rows.append("") }
                // A word longer than the room is cut across lines.
                while word.count > room {
                    rows[rows.count - 1] = String(word.prefix(room))
                    word = word.dropFirst(room)
                    rows.append("")
                }
                rows[rows.count - 1] = String(word)
            }
            for (i, row) in rows.enumerated() {
                let lead = i == 0 ? notePrefix : String(repeating: " ", count: notePrefix.count)
                lines.append(StyledText.plain(lead + row))
            }
        }
        return lines
    }

    static func skippedNote(_ count: Int, _ what: String = "NaN/Inf") -> String? {
        count == 0 ? nil : "\(count) \(what) value\(count == 1 ? "" : "s") skipped"
    }
}
