// How much room text takes on a terminal. Escape sequences (colour) take none, and
// the glyphs RNNLab prints (Latin letters, box drawing, braille, block elements,
// Greek) are one column each.

/// The Unicode scalars of `s` outside ANSI escape sequences (`ESC [ … letter`).
public func visibleScalars(_ s: String) -> [Unicode.Scalar] {
    var out: [Unicode.Scalar] = []
    var inEscape = false
    for scalar in s.unicodeScalars {
        if inEscape {
            if scalar.properties.isAlphabetic { inEscape = false }
            continue
        }
        if scalar == "\u{1b}" { inEscape = true; continue }
        out.append(scalar)
    }
    return out
}

/// Columns a string takes on a terminal: visible scalars, less combining marks.
public func visibleWidth(_ s: String) -> Int {
    visibleScalars(s).filter { $0.properties.generalCategory != .nonspacingMark }.count
}

/// Removes ANSI escape sequences, for files, pipes and comparisons.
public func stripEscapes(_ s: String) -> String {
    var out = ""
    out.unicodeScalars.append(contentsOf: visibleScalars(s))
    return out
}

/// Rows a line takes on a terminal `columns` wide that wraps long lines: at least
/// one, even when empty.
public func terminalRows(_ line: String, columns: Int) -> Int {
    let width = visibleWidth(line)
    let columns = max(columns, 1)
    return max(1, (width + columns - 1) / columns)
}

/// `line` padded with spaces to `width` columns (escape codes not counted); a
/// longer line is returned as it is.
public func padded(_ line: String, to width: Int) -> String {
    line + String(repeating: " ", count: max(0, width - visibleWidth(line)))
}

/// Two blocks of lines side by side: `left`'s lines padded to `leftWidth`, a gap,
/// then `right`'s; the shorter block is continued with blank lines.
public func sideBySide(_ left: String, _ right: String, leftWidth: Int, gap: Int = 2) -> String {
    let a = left.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let b = right.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let spacer = String(repeating: " ", count: gap)
    return (0..<max(a.count, b.count)).map { i in
        let l = i < a.count ? a[i] : ""
        guard i < b.count, !b[i].isEmpty else { return l }
        return padded(l, to: leftWidth) + spacer + b[i]
    }.joined(separator: "\n")
}
