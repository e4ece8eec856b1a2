#if canImport(Glibc)
import Glibc
#endif
import EditLineShim

/// Why a line that fills its last row exactly leaves a blank row under it, and how the
/// reader tells when that happens.
///
/// A terminal that wraps at the right margin by itself (termcap "am") does not move to
/// the next row when a character lands in the last column: xterm, tmux and the Linux
/// console wait for the next character before they wrap (the deferred wrap of "xn").
/// libedit must know where its cursor is, so when its text reaches the margin it forces
/// the wrap by writing a space at the start of the row below and counts that row as the
/// end of the line. On Enter it moves to that row and writes a newline, so the row with
/// the space stays on the screen, blank, between the line and what follows it. The
/// reader moves the cursor back up onto that row once Enter has been read.
enum MarginWrap {
    /// Whether `prompt` followed by `line`, drawn from the first column of a terminal
    /// `columns` wide, ends exactly at the right margin of a row.
    ///
    /// Laid out as libedit's refresh lays them out: a printable character takes its
    /// `wcwidth` columns, and one too wide for what is left of a row starts the next
    /// row; a tab runs to the next multiple of 8; another control character shows as
    /// two columns (`^X`), any other unprintable one as `\U+XXXX`; prompt text between
    /// two "\u{01}" is sent as it is and takes no columns.
    static func endsAtRightMargin(prompt: String, line: String, columns: Int) -> Bool {
        guard columns > 0 else { return false }
        var layout = RowLayout(columns: columns)
        var literal = false
        for scalar in prompt.unicodeScalars {
            if scalar == "\u{01}" {
                literal.toggle()
            } else if !literal {
                layout.draw(scalar)
            }
        }
        for scalar in line.unicodeScalars { layout.draw(scalar) }
        return layout.column == 0 && layout.row > 0
    }
}

/// The cursor of a text drawn row by row into a fixed width, as libedit moves it.
private struct RowLayout {
    let columns: Int
    private(set) var row = 0
    private(set) var column = 0

    init(columns: Int) { self.columns = columns }

    mutating func draw(_ scalar: Unicode.Scalar) {
        if scalar == "\t" {
            repeat { put(width: 1) } while column % 8 != 0
        } else if scalar.value < 0x100 && iswcntrl(wint_t(scalar.value)) != 0 {
            put(width: 1)
            put(width: 1)
        } else if iswprint(wint_t(scalar.value)) != 0 {
            put(width: max(Int(rnn_char_width(scalar.value)), 0))
        } else {
            for _ in 0..<(scalar.value > 0xFFFF ? 8 : 7) { put(width: 1) }
        }
    }

    private mutating func put(width: Int) {
        if column + width > columns { nextRow() }
        column += width
        if column >= columns { nextRow() }
    }

    private mutating func nextRow() {
        row += 1
        column = 0
    }
}
