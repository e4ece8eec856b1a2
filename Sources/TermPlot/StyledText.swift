// A plot is assembled as lines of styled cells and turned into a String only at
// the end, so that width limits are enforced on cells, never on escape codes.

struct Cell: Equatable {
    var glyph: Character
    var style: CellStyle = .plain

    static let blank = Cell(glyph: " ")
}

typealias StyledLine = [Cell]

enum StyledText {
    static func plain(_ text: String, style: CellStyle = .plain) -> StyledLine {
        text.map { Cell(glyph: $0, style: style) }
    }

    static func spaces(_ count: Int) -> StyledLine {
        Array(repeating: .blank, count: max(0, count))
    }

    /// `text` cut to at most `width` cells.
    static func truncated(_ text: String, to width: Int) -> String {
        String(text.prefix(max(0, width)))
    }

    static func padLeft(_ text: String, to width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }

    /// Joins lines into the final text: each line is cut to `width` cells, trailing
    /// unstyled blanks are dropped, and escape codes appear only when colour is on,
    /// each coloured run closed by a reset so nothing leaks past the line's end.
    static func render(_ lines: [StyledLine], width: Int, color: ColorMode) -> String {
        var out: [String] = []
        out.reserveCapacity(lines.count)
        for line in lines {
            var cells = Array(line.prefix(max(0, width)))
            while let last = cells.last, last.glyph == " ", last.style.isPlain { cells.removeLast() }
            var text = ""
            // Compared as escape text: nearby colours often share a 256-colour index.
            var current = ""
            for cell in cells {
                let escape = color == .none ? "" : cell.style.escape(color)
                if escape != current {
                    if !current.isEmpty { text += CellStyle.reset }
                    text += escape
                    current = escape
                }
                text.append(cell.glyph)
            }
            if !current.isEmpty { text += CellStyle.reset }
            out.append(text)
        }
        return out.joined(separator: "\n")
    }
}
