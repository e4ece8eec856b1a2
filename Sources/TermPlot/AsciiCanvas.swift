// Plain ASCII holds 2×3 dots per character. No ASCII glyph shows an arbitrary set
// of dots, so each set is drawn by the glyph whose shape is closest: a mark high,
// middle or low in the cell, a vertical bar, or a slash following the dots' slope.

enum AsciiCells: CellEncoding {
    static let dotsAcross = 2
    static let dotsDown = 3

    private static let table: [Character] = (0..<64).map { classify(UInt8($0)) }

    static func glyph(forMask mask: UInt8) -> Character { table[Int(mask & 63)] }

    static let shadeRamp: [Character] = [" ", ".", ":", "-", "=", "+", "*", "#", "%", "@"]

    private static func classify(_ mask: UInt8) -> Character {
        var dots: [(column: Int, row: Int)] = []
        for row in 0..<3 { for column in 0..<2 where mask & (1 << (row * 2 + column)) != 0 { dots.append((column, row)) } }
        if dots.isEmpty { return " " }
        let rows = Set(dots.map(\.row)), columns = Set(dots.map(\.column))
        if rows.count == 1 {
            switch rows.first! {
            case 0: return "'"
            case 1: return "-"
            default: return dots.count == 1 ? "." : "_"
            }
        }
        if columns.count == 1 { return rows == [0, 2] ? ":" : "|" }
        if dots.count >= 5 { return "#" }
        let n = Double(dots.count)
        let meanColumn = dots.reduce(0.0) { $0 + Double($1.column) } / n
        let meanRow = dots.reduce(0.0) { $0 + Double($1.row) } / n
        let covariance = dots.reduce(0.0) { $0 + (Double($1.column) - meanColumn) * (Double($1.row) - meanRow) }
        if covariance > 0 { return "\\" }
        if covariance < 0 { return "/" }
        return "+"
    }
}
