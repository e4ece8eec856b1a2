/// What pressing Tab should do, worked out from the text before the cursor and the
/// candidates the REPL offered. Pure, so it is tested without a terminal.
///
/// The REPL's completion callback returns whole words. The word being typed is the
/// longest tail of the line that every candidate starts with (its common prefix), so
/// the reader needs no idea of where words begin: `"x = lstmc"` with candidate
/// `"lstmcell"` inserts `"ell"`, and `":ne"` with `":next"` inserts `"xt"`.
public enum CompletionPlan: Equatable, Sendable {
    /// Insert this text at the cursor.
    case insert(String)
    /// Nothing more is shared: show these candidates (sorted, without repeats).
    case list([String])
    /// No candidates, or the word is already complete.
    case nothing
    /// Delete this many characters before the cursor and insert the text there
    /// (`\alpha` becomes `α`).
    case replace(characters: Int, with: String)

    /// A symbol for the end of the line wins over word candidates.
    public init(lineBeforeCursor: String, candidates: [String], symbol: (typed: String, symbol: String)?) {
        if let symbol, lineBeforeCursor.hasSuffix(symbol.typed) {
            self = .replace(characters: symbol.typed.count, with: symbol.symbol)
        } else {
            self.init(lineBeforeCursor: lineBeforeCursor, candidates: candidates)
        }
    }

    public init(lineBeforeCursor: String, candidates: [String]) {
        let unique = Array(Set(candidates)).sorted()
        guard let first = unique.first else {
            self = .nothing
            return
        }
        let shared = unique.dropFirst().reduce(Array(first)) { prefix, word in
            Array(zip(prefix, word).prefix { $0 == $1 }.map(\.0))
        }
        let typed = Self.overlap(line: Array(lineBeforeCursor), prefix: shared)
        if typed < shared.count {
            self = .insert(String(shared[typed...]))
        } else if unique.count > 1 {
            self = .list(unique)
        } else {
            self = .nothing
        }
    }

    /// The length of the longest tail of `line` that `prefix` starts with.
    private static func overlap(line: [Character], prefix: [Character]) -> Int {
        var length = min(line.count, prefix.count)
        while length > 0 {
            if line[(line.count - length)...].elementsEqual(prefix[..<length]) {
                return length
            }
            length -= 1
        }
        return 0
    }
}

/// Lays candidates out in columns, filled top to bottom like `ls`, for a terminal
/// `width` characters wide, one "\n" between lines (libedit leaves the terminal's
/// newline translation on while editing, as libedit's own listing relies on).
public func completionListing(_ candidates: [String], width: Int) -> String {
    guard !candidates.isEmpty else { return "" }
    let widest = candidates.map(\.count).max() ?? 0
    let columnWidth = widest + 2
    let columns = max(1, min(candidates.count, max(width, 1) / columnWidth))
    let rows = (candidates.count + columns - 1) / columns
    var lines: [String] = []
    for row in 0..<rows {
        var line = ""
        for column in 0..<columns {
            let index = column * rows + row
            guard index < candidates.count else { break }
            let word = candidates[index]
            let isLast = column == columns - 1 || index + rows >= candidates.count
            line += isLast ? word : word + String(repeating: " ", count: columnWidth - word.count)
        }
        lines.append(line)
    }
    return lines.joined(separator: "\n")
}
