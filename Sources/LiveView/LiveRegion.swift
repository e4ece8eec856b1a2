/// A frame redrawn in place below what has been printed, as the bytes to write to a
/// terminal; pure, so the redraw arithmetic is tested without one.
///
/// Redrawing moves the cursor up over the region's own rows and rewrites them line
/// by line (`ESC [ 2 K` clears a row, `ESC [ J` what is left below), so the text
/// above stays and the screen is never cleared. Text printed while the region is
/// open (a training loop's `println`) goes under the frame; when frame and text no
/// longer fit on the screen, the oldest lines are written above the frame instead,
/// where they stay like any printed text, so nothing printed is lost.
///
/// Printed text is passed on as it is: a terminal's output processing (which
/// ``TerminalScreen`` leaves on) turns each line feed into a carriage return and a
/// line feed. The region's own redraws write both.
///
/// The region never grows taller than the screen less one row: the cursor must be
/// able to reach its first row again. Long lines are assumed to wrap, and a resize
/// to rewrap what is already on the screen, as xterm-compatible terminals and tmux do.
public struct LiveRegion: Sendable {
    public private(set) var columns: Int
    public private(set) var rows: Int
    public private(set) var isOpen = false
    /// The frame's lines as drawn (after clipping to the screen).
    private var frame: [String] = []
    /// Whole lines printed under the frame.
    private var tail: [String] = []
    /// An unfinished printed line after the tail; the cursor sits at its end.
    private var pending = ""
    /// Rows from the region's first row down to the cursor's row.
    private var cursorRow = 0
    /// Whether text printed while no region was open ended mid-line.
    private var midLine = false

    public init(columns: Int, rows: Int) {
        self.columns = max(columns, 1)
        self.rows = max(rows, 2)
    }

    /// The most rows the region may take.
    private var room: Int { rows - 1 }

    /// Draws `frame` in place of the open one, or opens the region below the text so far.
    public mutating func show(_ text: String) -> String {
        var out = ""
        if !isOpen {
            isOpen = true
            if midLine { out += "\r\n" }
            midLine = false
            cursorRow = 0
            tail = []
            pending = ""
        }
        frame = clipped(terminalLines(text))
        var committed: [String] = []
        while rowCount(frame) + rowCount(tail) + pendingRows > room, !tail.isEmpty {
            committed.append(tail.removeFirst())
        }
        return out + redraw(committing: committed)
    }

    /// Text printed by the program: written straight through when no region is open
    /// or it fits under the frame; otherwise the region is redrawn with the oldest
    /// printed lines moved above it.
    public mutating func print(_ text: String) -> String {
        guard isOpen else {
            if let last = text.unicodeScalars.last { midLine = last != "\n" }
            return text
        }
        var lines = terminalLines(text)
        pending += lines.removeFirst()
        for line in lines {
            tail.append(pending)
            pending = line
        }
        let frameRows = rowCount(frame)
        if frameRows + pendingRows > room {
            // Not even the unfinished line fits under the frame: leave the frame where
            // it is, as printed text, and carry on below it; the next frame opens anew.
            let out = redraw(committing: [])
            isOpen = false
            midLine = !pending.isEmpty
            return out
        }
        var committed: [String] = []
        while frameRows + rowCount(tail) + pendingRows > room, !tail.isEmpty {
            committed.append(tail.removeFirst())
        }
        if committed.isEmpty {
            cursorRow = frameRows + rowCount(tail) + max(pendingRows - 1, 0)
            return text
        }
        return redraw(committing: committed)
    }

    /// Leaves the region on the screen as it is; what is printed next goes below it.
    public mutating func close() {
        guard isOpen else { return }
        isOpen = false
        midLine = !pending.isEmpty
        frame = []
        tail = []
        pending = ""
    }

    /// The terminal is now `columns` × `rows` and has rewrapped what it shows; the next
    /// ``show(_:)`` (with a frame drawn for the new size) redraws over the same rows.
    public mutating func resize(columns: Int, rows: Int) {
        self.columns = max(columns, 1)
        self.rows = max(rows, 2)
        if isOpen { cursorRow = rowCount(frame) + rowCount(tail) + max(pendingRows - 1, 0) }
    }

    // MARK: Drawing

    private var pendingRows: Int { pending.isEmpty ? 0 : terminalRows(pending, columns: columns) }

    private func rowCount(_ lines: [String]) -> Int {
        lines.reduce(0) { $0 + terminalRows($1, columns: columns) }
    }

    /// The frame's first lines and its last (where views say their keys), as many
    /// as fit on the screen.
    private func clipped(_ lines: [String]) -> [String] {
        guard rowCount(lines) > room, let last = lines.last else { return lines }
        var kept: [String] = []
        var used = terminalRows(last, columns: columns)
        for line in lines.dropLast() {
            let height = terminalRows(line, columns: columns)
            guard used + height <= room else { break }
            kept.append(line)
            used += height
        }
        // A single line taller than the screen is cut to what fits.
        if used > room { return [String(stripEscapes(last).prefix(room * columns))] }
        return kept + [last]
    }

    /// Back to the region's first row, then `committed` (which stays above), the
    /// frame, the tail, a clear of whatever the old region left below, and the
    /// unfinished line.
    private mutating func redraw(committing committed: [String]) -> String {
        var out = "\r"
        if cursorRow > 0 { out += "\u{1b}[\(cursorRow)A" }
        for line in committed + frame + tail {
            out += "\u{1b}[2K" + line
            // Only the first row of a wrapped line was cleared; clear the rest of its last.
            let width = visibleWidth(line)
            if width > columns && width % columns != 0 { out += "\u{1b}[K" }
            out += "\r\n"
        }
        out += "\u{1b}[J" + pending
        cursorRow = rowCount(frame) + rowCount(tail) + max(pendingRows - 1, 0)
        return out
    }

}

/// The lines of `text`, split at every line feed (a carriage return before one is
/// dropped); always at least one, the last possibly empty.
public func terminalLines(_ text: String) -> [String] {
    text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
        var s = String(String.UnicodeScalarView(line))
        if s.unicodeScalars.last == "\r" { s.unicodeScalars.removeLast() }
        return s
    }
}
