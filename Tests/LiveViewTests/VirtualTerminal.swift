/// Just enough of a VT100 to judge what a stream of bytes leaves on a screen: text
/// with line wrap (and xterm's pending wrap at the last column), CR, LF with
/// scrolling into a scrollback, cursor up and forward, erase in line and in display.
/// Colour and cursor-visibility sequences are read and ignored.
struct VirtualTerminal {
    let columns: Int
    let rows: Int
    private(set) var screen: [[Character]]
    /// Lines that scrolled off the top, oldest first.
    private(set) var scrollback: [String] = []
    private(set) var row = 0
    private(set) var column = 0
    private var pendingWrap = false

    init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
        screen = Array(repeating: Array(repeating: " ", count: columns), count: rows)
    }

    /// The screen's lines without trailing blanks.
    var lines: [String] {
        screen.map { trimmed(String($0)) }
    }

    /// Scrollback and screen together, trailing empty lines dropped.
    var everything: [String] {
        var all = scrollback + lines
        while all.last == "" { all.removeLast() }
        return all
    }

    mutating func feed(_ text: String) {
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            switch scalar {
            case "\u{1b}":
                guard scalars.first == "[" else { scalars = scalars.dropFirst(); continue }
                scalars = scalars.dropFirst()
                var parameters = ""
                while let next = scalars.first, !(0x40...0x7E).contains(next.value) {
                    parameters.unicodeScalars.append(next)
                    scalars = scalars.dropFirst()
                }
                guard let final = scalars.popFirst() else { return }
                control(parameters, final)
            case "\r":
                column = 0
                pendingWrap = false
            case "\n":
                // A terminal's output processing (ONLCR) returns the carriage too.
                column = 0
                lineFeed()
                pendingWrap = false
            default:
                if pendingWrap {
                    column = 0
                    lineFeed()
                    pendingWrap = false
                }
                screen[row][column] = Character(scalar)
                if column == columns - 1 { pendingWrap = true } else { column += 1 }
            }
        }
    }

    private mutating func control(_ parameters: String, _ final: Unicode.Scalar) {
        if parameters.hasPrefix("?") { return }
        let n = Int(parameters) ?? 0
        switch final {
        case "A":
            row = max(0, row - max(n, 1))
            pendingWrap = false
        case "C":
            column = min(columns - 1, column + max(n, 1))
            pendingWrap = false
        case "K":
            let from = n == 2 ? 0 : column
            for c in from..<columns { screen[row][c] = " " }
        case "J":
            for c in column..<columns { screen[row][c] = " " }
            for r in (row + 1)..<rows { screen[r] = Array(repeating: " ", count: columns) }
        default:
            break
        }
    }

    private mutating func lineFeed() {
        if row == rows - 1 {
            scrollback.append(trimmed(String(screen.removeFirst())))
            screen.append(Array(repeating: " ", count: columns))
        } else {
            row += 1
        }
    }
}

private func trimmed(_ line: String) -> String {
    var s = line
    while s.last == " " { s.removeLast() }
    return s
}
