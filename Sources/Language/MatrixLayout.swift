/// How Julia's REPL lays out a vector or matrix that may not fit the screen: the rules
/// of Base's `print_matrix` (base/arrayshow.jl), stated once so that `display` follows
/// them to the character.
///
/// - The screen gives `height - 4` rows and `width - 1` columns (one for the leading
///   space). A matrix with more rows shows the first `rows / 2` and the last
///   `(rows - 1) / 2`, with a line of `⋮` between; a 40-row matrix on a 24-row screen
///   shows rows 1–10, `⋮`, rows 32–40.
/// - Columns too many for the width: the right-hand block is chosen first, to fill
///   about half the width, then the left-hand block takes what is left; `…` stands
///   between them.
/// - The dots are not repeated on every line: `…` appears on every fifth row (rows 1,
///   6, 11, … of the matrix) and `⋮` under every fifth column of each block, counted
///   so that the right block's dots line up with the matrix's own column numbers.
/// - Each element is split where its fraction or exponent starts, so decimal points
///   line up down a column; elements are separated by two spaces.
struct MatrixLayout {
    let rows: Int
    let columns: Int
    /// The element at (row, column), counted from 0, as `show` writes it.
    let element: (Int, Int) -> String

    private static let separator = "  "
    private static let horizontalDots = "  …  "
    private static let verticalDots = "⋮"
    private static let diagonalDots = "  ⋱  "
    /// The dots repeat every this many rows or columns.
    private static let dotPeriod = 5

    /// The lines, without trailing spaces, for a screen `width` × `height`.
    func lines(width: Int, height: Int) -> [String] {
        guard rows > 0, columns > 0 else { return [] }
        var cache: [Int: String] = [:]
        func text(_ i: Int, _ j: Int) -> String {
            let key = i &* columns &+ j
            if let known = cache[key] { return known }
            let made = element(i, j)
            cache[key] = made
            return made
        }
        // Fewer than two rows would leave nothing to show either side of the dots.
        let screenHeight = max(height - 4, 2)
        let screenWidth = max(width - 1, 1)
        let half = screenHeight / 2
        let rowsShown = rows > screenHeight
            ? Array(0..<half) + Array((rows - (screenHeight - 1) / 2)..<rows)
            : Array(0..<rows)
        let possibleColumns = screenWidth / (1 + Self.separator.count)
        let columnsConsidered = columns > possibleColumns
            ? Array(0..<possibleColumns) + Array((columns - possibleColumns)..<columns)
            : Array(0..<columns)

        func alignment(_ columnOrder: [Int], limit: Int) -> [Alignment] {
            var result: [Alignment] = []
            for j in columnOrder {
                var column = Alignment(left: 0, right: 0)
                for i in rowsShown {
                    let part = Alignment(splitting: text(i, j))
                    column = Alignment(left: max(column.left, part.left), right: max(column.right, part.right))
                }
                result.append(column)
                if result.count > 1 && Alignment.span(result) >= limit {
                    result.removeLast()
                    break
                }
            }
            if 1 < result.count && result.count < columns {
                while result.count > 1 && Alignment.span(result) >= limit { result.removeLast() }
            }
            return result
        }

        func row(_ i: Int, _ align: [Alignment], firstColumn: Int) -> String {
            var out = ""
            for (k, a) in align.enumerated() {
                let j = firstColumn + k
                let element = text(i, j)
                let own = Alignment(splitting: element)
                out += String(repeating: " ", count: max(a.left - own.left, 0)) + element
                if j != columns - 1 { out += String(repeating: " ", count: max(a.right - own.right, 0)) }
                if k < align.count - 1 { out += Self.separator }
            }
            return out
        }

        /// `⋮` under the columns whose position k (from 1) is `phase` modulo 5.
        func dots(_ align: [Alignment], phase: Int) -> String {
            align.enumerated().map { index, a in
                let k = index + 1
                guard k % Self.dotPeriod == phase else { return String(repeating: " ", count: a.width) }
                let lead = max(a.left - 1, 0)
                return String(repeating: " ", count: lead) + Self.verticalDots
                    + String(repeating: " ", count: max(a.width - 1 - lead, 0))
            }.joined(separator: Self.separator)
        }

        let whole = alignment(columnsConsidered, limit: screenWidth)
        let fits = columns <= whole.count
        var blocks: (left: [Alignment], right: [Alignment]) = (whole, [])
        if !fits {
            let rightLimit = (screenWidth - Self.horizontalDots.count + 1) / 2 + 1
            let right = Array(alignment(Array(columnsConsidered.reversed()), limit: rightLimit).reversed())
            let leftLimit = screenWidth - Alignment.width(right) - (right.count - 1) * Self.separator.count
                - Self.horizontalDots.count
            blocks = (alignment(columnsConsidered, limit: leftLimit), right)
        }
        let rightPhase = ((blocks.right.count - columns + 1) % Self.dotPeriod + Self.dotPeriod) % Self.dotPeriod

        var lines: [String] = []
        for (position, i) in rowsShown.enumerated() {
            var line = " " + row(i, blocks.left, firstColumn: 0)
            if !fits {
                line += (i - rowsShown[0]) % Self.dotPeriod == 0
                    ? Self.horizontalDots : String(repeating: " ", count: Self.horizontalDots.count)
                line += row(i, blocks.right, firstColumn: columns - blocks.right.count)
            }
            lines.append(line)
            if rows > screenHeight && position == half - 1 {
                var dotted = " " + dots(blocks.left, phase: 1)
                if !fits { dotted += Self.diagonalDots + dots(blocks.right, phase: rightPhase) }
                lines.append(dotted)
            }
        }
        return lines.map { line in
            var trimmed = Substring(line)
            while trimmed.last == " " { trimmed.removeLast() }
            return String(trimmed)
        }
    }
}

/// How many characters of an element stand left of its decimal point (or exponent)
/// and how many from there on, the unit in which columns are aligned.
private struct Alignment {
    var left: Int
    var right: Int

    var width: Int { left + right }

    init(left: Int, right: Int) {
        self.left = left
        self.right = right
    }

    /// As Julia's `alignment(io, x::Real)`: the split is at the first `.`, `e`, `E`,
    /// `f` or `F` (for `1.0f0`), wherever it is (so `Inf` splits as `In`, `f`, as in
    /// Julia); integers have no right part.
    init(splitting text: String) {
        if let split = text.firstIndex(where: { ".eEfF".contains($0) }) {
            left = text.distance(from: text.startIndex, to: split)
            right = text.distance(from: split, to: text.endIndex)
        } else {
            left = text.count
            right = 0
        }
    }

    static func width(_ columns: [Alignment]) -> Int { columns.reduce(0) { $0 + $1.width } }
    /// Columns plus a separator each, as Julia's width test counts them.
    static func span(_ columns: [Alignment]) -> Int { width(columns) + 2 * columns.count }
}
