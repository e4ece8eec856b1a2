import Foundation

/// Turns a cell's source into tokens.
///
/// Julia's grammar leans on context the scanner can see locally: whether a `'` is a
/// transpose or opens a character depends on the token before it, and so does whether
/// `:name` is a symbol or a range. Whitespace is recorded on each token because array
/// literals (`[1 -2]`) and juxtaposition (`2x`) depend on it.
public struct Scanner {
    private let chars: [Character]
    private let lines: SourceLines
    private var index = 0
    private var line = 1
    private var column = 1
    /// Where this text sits in a larger source (for `$(...)` inside strings).
    private let origin: SourcePosition
    private var tokens: [Token] = []
    private var sawSpace = false
    private let fullSourceGiven: Bool
    /// How many `$( )` of strings the scanner is inside.
    private var stringNesting = 0

    public init(_ source: String, origin: SourcePosition = SourcePosition(line: 1, column: 1), fullSource: String? = nil) {
        chars = Array(source.replacingOccurrences(of: "\r\n", with: "\n"))
        lines = SourceLines(fullSource ?? source)
        fullSourceGiven = fullSource != nil
        self.origin = origin
        line = origin.line
        column = origin.column
    }

    /// Every token of the source, ending with `.endOfInput`.
    public static func tokens(of source: String) throws(SyntaxError) -> [Token] {
        var scanner = Scanner(source)
        return try scanner.scanAll()
    }

    public mutating func scanAll() throws(SyntaxError) -> [Token] {
        while true {
            try skipSpaceAndComments()
            guard peek() != nil else { break }
            try scanToken()
        }
        let end = SourcePosition(line: line, column: column)
        tokens.append(Token(kind: .endOfInput, lexeme: "", position: end, spaceBefore: sawSpace))
        return tokens
    }

    /// Reads the token that starts here (after space and comments).
    private mutating func scanToken() throws(SyntaxError) {
        guard let c = peek() else { return }
        let start = SourcePosition(line: line, column: column)
        let startIndex = index
        if c == "\n" || c == "\r" {
            while let d = peek(), d == "\n" || d == "\r" || d == " " || d == "\t" { advance() }
            if tokens.last?.kind != .newline { add(.newline, from: startIndex, at: start) }
            sawSpace = true
            return
        }
        if c.isNumber && c.isASCII || (c == "." && peek(1).map(isDigit) == true) {
            try number(from: startIndex, at: start)
        } else if isIdentifierStart(c) {
            try identifier(from: startIndex, at: start)
        } else if c == "\"" {
            try string(from: startIndex, at: start)
        } else if c == "'" {
            if let last = tokens.last, last.endsValue, !sawSpace {
                advance()
                add(.punctuation(.prime), from: startIndex, at: start)
            } else {
                try character(from: startIndex, at: start)
            }
        } else if c == ":" && peek(1).map(isIdentifierStart) == true && !(tokens.last?.endsValue ?? false)
            && peek(1) != ":"
        {
            advance()
            var name = ""
            while let d = peek(), isIdentifierPart(d) {
                name.append(d)
                advance()
            }
            add(.symbol(IdentifierCharacters.canonical(name)), from: startIndex, at: start)
        } else {
            try op(from: startIndex, at: start)
        }
    }

    /// Deeper nesting of strings inside `$( )` inside strings than this is refused, so
    /// reading them cannot exhaust the stack.
    static let maximumStringNesting = 100

    /// The code of `$( ... )`, read from just after the `(` to its closing `)` by the
    /// scanner's own rules, so that strings, characters and comments inside it (which
    /// may hold parentheses and quotes) are read as Julia reads them; the parser reads
    /// the code again from its text.
    private mutating func interpolatedCode(openedAt dollar: SourcePosition) throws(SyntaxError) -> (String, SourcePosition) {
        guard stringNesting < Scanner.maximumStringNesting else {
            throw error("strings nested inside `$( )` more than \(Scanner.maximumStringNesting) deep", at: dollar)
        }
        let codeStart = here
        let startIndex = index
        let outerTokens = tokens
        let outerSpace = sawSpace
        tokens = []
        sawSpace = false
        stringNesting += 1
        defer {
            tokens = outerTokens
            sawSpace = outerSpace
            stringNesting -= 1
        }
        var depth = 0
        while true {
            try skipSpaceAndComments()
            guard let c = peek() else {
                throw error("expected `)` to close `$(`", at: dollar, atEnd: true)
            }
            if c == ")" && depth == 0 { break }
            try scanToken()
            if tokens.last?.is(.leftParen) == true { depth += 1 }
            if tokens.last?.is(.rightParen) == true { depth -= 1 }
        }
        let code = String(chars[startIndex..<index])
        advance()  // `)`
        return (code, codeStart)
    }

    // MARK: Characters

    private func peek(_ ahead: Int = 0) -> Character? {
        index + ahead < chars.count ? chars[index + ahead] : nil
    }

    private mutating func advance() {
        guard index < chars.count else { return }
        if chars[index] == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
        index += 1
    }

    private mutating func add(_ kind: Token.Kind, from start: Int, at position: SourcePosition) {
        let lexeme = String(chars[start..<index])
        tokens.append(Token(kind: kind, lexeme: lexeme, position: position, spaceBefore: sawSpace))
        sawSpace = false
    }

    /// `atEnd` marks errors that more input would fix (an unterminated string or comment).
    private func error(_ message: String, at position: SourcePosition, atEnd: Bool = false) -> SyntaxError {
        SyntaxError(message, at: position, sourceLine: lines[position.line], isIncomplete: atEnd && !isInterpolation)
    }

    /// The scanner of a string's `$(...)` code, whose end is the end of that code, not of the input.
    private var isInterpolation: Bool { fullSourceGiven }

    private var here: SourcePosition { SourcePosition(line: line, column: column) }

    // MARK: Space and comments

    private mutating func skipSpaceAndComments() throws(SyntaxError) {
        while let c = peek() {
            if c == " " || c == "\t" {
                sawSpace = true
                advance()
            } else if c == "#" && peek(1) == "=" {
                try blockComment()
                sawSpace = true
            } else if c == "#" {
                while let d = peek(), d != "\n" { advance() }
                sawSpace = true
            } else if c == "\\" && (peek(1) == "\n") {
                // Not Julia, but harmless: treat backslash-newline as a space.
                advance()
                advance()
                sawSpace = true
            } else {
                return
            }
        }
    }

    /// `#= ... =#`, which nests in Julia.
    private mutating func blockComment() throws(SyntaxError) {
        let start = here
        var depth = 0
        while let c = peek() {
            if c == "#" && peek(1) == "=" {
                depth += 1
                advance()
                advance()
            } else if c == "=" && peek(1) == "#" {
                depth -= 1
                advance()
                advance()
                if depth == 0 { return }
            } else {
                advance()
            }
        }
        throw error("unterminated `#=` comment; expected `=#`", at: start, atEnd: true)
    }

    // MARK: Numbers

    private func isDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }

    private mutating func number(from start: Int, at position: SourcePosition) throws(SyntaxError) {
        if peek() == "0", peek(1) == "x" || peek(1) == "b" || peek(1) == "o" {
            let radixChar = peek(1)!
            let radix = radixChar == "x" ? 16 : radixChar == "b" ? 2 : 8
            advance()
            advance()
            var digits = ""
            while let c = peek(), c.isHexDigit || c == "_" {
                if c != "_" { digits.append(c) }
                advance()
            }
            // Julia's 0x1f, 0b101 and 0o17 are unsigned integers (UInt8 to UInt128, sized by
            // their digits), which print as 0x1f; the notebook has no unsigned types.
            throw error(
                "unsigned integer literals like `\(String(chars[start..<index]))` are not supported (Julia's are UInt8…UInt128, which the notebook does not have); write the number in decimal",
                at: position)
        }
        var text = ""
        var isFloat = false
        func digits(_ s: inout Scanner) {
            while let c = s.peek(), s.isDigit(c) || (c == "_" && s.peek(1).map(s.isDigit) == true) {
                if c != "_" { text.append(c) }
                s.advance()
            }
        }
        digits(&self)
        if peek() == ".", decimalPointFollows() {
            isFloat = true
            text.append(".")
            advance()
            digits(&self)
        }
        var hasExponent = false
        if let e = peek(), e == "e" || e == "E" {
            let signed = peek(1) == "+" || peek(1) == "-"
            if let d = peek(signed ? 2 : 1), isDigit(d) {
                isFloat = true
                hasExponent = true
                text.append("e")
                advance()
                if signed {
                    text.append(peek()!)
                    advance()
                }
                digits(&self)
            }
        }
        // `1.5f0` and `2f-3` are Julia's Float32 literals: the decimal read straight to
        // the nearest Float32 (as Julia's parser does), not rounded twice through a Float64.
        if !hasExponent, peek() == "f" {
            let signed = peek(1) == "+" || peek(1) == "-"
            if let d = peek(signed ? 2 : 1), isDigit(d) {
                text.append("e")
                advance()
                if signed {
                    text.append(peek()!)
                    advance()
                }
                digits(&self)
                if text.hasPrefix(".") { text = "0" + text }
                text = text.replacingOccurrences(of: ".e", with: ".0e")
                let lexeme = String(chars[start..<index])
                guard let value = Float(text) else { throw error("invalid number `\(lexeme)`", at: position) }
                guard value.isFinite else { throw error(float32LiteralRefusal(lexeme), at: position) }
                add(.float32(value), from: start, at: position)
                return
            }
        }
        if isFloat {
            if text.hasPrefix(".") { text = "0" + text }
            if text.hasSuffix(".") { text += "0" }
            text = text.replacingOccurrences(of: ".e", with: ".0e")
            guard let value = Double(text) else {
                throw error("invalid number `\(String(chars[start..<index]))`", at: position)
            }
            add(.float(value), from: start, at: position)
        } else {
            guard let value = Int(text) else {
                throw error(
                    "integer literal `\(String(chars[start..<index]))` is too large (the limit is \(Int.max))",
                    at: position)
            }
            add(.integer(value), from: start, at: position)
        }
    }

    /// After digits, a `.` is a decimal point unless it starts a dotted operator
    /// (`2.^x`), a field access, or a second dot.
    private func decimalPointFollows() -> Bool {
        guard let next = peek(1) else { return true }
        if isDigit(next) { return true }
        if next == "." || isIdentifierStart(next) { return false }
        if "+-*/\\^<>=!%÷&|'".contains(next) { return false }
        if next == "(" { return false }
        return true
    }

    // MARK: Names

    private func isIdentifierStart(_ c: Character) -> Bool {
        IdentifierCharacters.canStart(c)
    }

    /// `!` ends a name when `=` follows: `x!=y` compares.
    private func isIdentifierPart(_ c: Character) -> Bool {
        c == "!" ? peek(1) != "=" : IdentifierCharacters.canContinue(c)
    }

    private mutating func identifier(from start: Int, at position: SourcePosition) throws(SyntaxError) {
        var name = ""
        while let c = peek() {
            if c == "!" {
                // `push!` is a name, but `x!=y` is a comparison.
                if peek(1) == "=" { break }
            } else if !isIdentifierPart(c) {
                break
            }
            name.append(c)
            advance()
        }
        // Julia reads a name written against a quote as a string macro (`r"\\d+"` is a
        // Regex, `raw"..."` skips escapes, `b"..."` is bytes); read as a name times a
        // string it would compute something else, so it is refused here.
        if peek() == "\"", Keyword(rawValue: name) == nil {
            throw error(prefixedStringRefusal(name), at: position)
        }
        add(Keyword(rawValue: name).map { .keyword($0) } ?? .identifier(IdentifierCharacters.canonical(name)), from: start, at: position)
    }

    // MARK: Strings and characters

    /// Bytes written with `\x` and octal escapes, held until the run of them ends: only
    /// together do they spell a character (`"\xe2\x88\x80"` is `"∀"`).
    struct PendingBytes {
        var bytes: [UInt8] = []
        var start = SourcePosition(line: 0, column: 0)
    }

    /// Reads one escape after a backslash, as Julia's string and character literals
    /// write them: C's `\a \b \e \f \n \r \t \v \\ \" \' \$`, octal `\ooo` (one to three
    /// digits, so `\0` is NUL), `\xHH` (one or two hex digits), `\uXXXX` (up to four),
    /// `\UXXXXXXXX` (up to eight) and `\u{...}`.
    private mutating func escape(into text: inout String, bytes: inout PendingBytes) throws(SyntaxError) {
        let position = here
        advance()  // the backslash
        guard let c = peek() else { throw error("unfinished escape at the end of the input", at: position, atEnd: true) }
        advance()
        func digits(_ limit: Int, _ isDigit: (Character) -> Bool) -> String {
            var found = ""
            while let d = peek(), isDigit(d), found.count < limit {
                found.append(d)
                advance()
            }
            return found
        }
        func isOctal(_ d: Character) -> Bool { ("0"..."7").contains(d) }
        switch c {
        case "x", "0"..."7":
            let value = c == "x" ? digits(2, \.isHexDigit) : String(c) + digits(2, isOctal)
            guard let byte = UInt8(value, radix: c == "x" ? 16 : 8) else {
                throw error(c == "x" ? "`\\x` needs one or two hex digits, as in \\x41"
                            : "the octal escape `\\\(value)` is above \\377", at: position)
            }
            if bytes.bytes.isEmpty { bytes.start = position }
            bytes.bytes.append(byte)
            return
        default:
            break
        }
        try flush(&bytes, into: &text)
        switch c {
        case "a": text.append("\u{07}")
        case "b": text.append("\u{08}")
        case "e": text.append("\u{1B}")
        case "f": text.append("\u{0C}")
        case "n": text.append("\n")
        case "r": text.append("\r")
        case "t": text.append("\t")
        case "v": text.append("\u{0B}")
        case "\\", "\"", "$", "'": text.append(c)
        case "\n":
            // A backslash before a newline joins the lines, dropping the next one's indent.
            while let d = peek(), d == " " || d == "\t" { advance() }
        case "u", "U":
            let braced = c == "u" && peek() == "{"
            if braced { advance() }
            let hex = digits(braced ? 6 : c == "u" ? 4 : 8, \.isHexDigit)
            if braced {
                guard peek() == "}" else { throw error("expected `}` to end the `\\u{...}` escape", at: here) }
                advance()
            }
            guard let code = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(code) else {
                throw error("invalid unicode escape `\\\(c)\(hex)`", at: position)
            }
            text.append(Character(scalar))
        default:
            throw error("unknown escape `\\\(c)` in a string", at: position)
        }
    }

    /// Adds the pending escaped bytes to `text` as the characters they encode.
    private func flush(_ bytes: inout PendingBytes, into text: inout String) throws(SyntaxError) {
        guard !bytes.bytes.isEmpty else { return }
        // Julia's strings may hold invalid UTF-8; RNNLab's hold text only, so say so.
        guard let decoded = String(validating: bytes.bytes, as: UTF8.self) else {
            let shown = bytes.bytes.map { "\\x" + String($0, radix: 16) }.joined()
            throw error("\(shown) is not UTF-8 text; RNNLab strings hold valid UTF-8 only", at: bytes.start)
        }
        text += decoded
        bytes.bytes = []
    }

    /// The indentation Julia removes from each line of the triple-quoted string starting
    /// here: the least leading whitespace of its source lines, not counting lines of only
    /// whitespace, except the one that ends with the closing quotes; the line of the
    /// opening quotes counts only when nothing follows them on it.
    private func tripleQuotedIndent(firstLineCounts: Bool) -> Int {
        var least = Int.max
        var k = index
        var lineStart = firstLineCounts
        while k < chars.count {
            if lineStart {
                var width = 0
                while k + width < chars.count, chars[k + width] == " " || chars[k + width] == "\t" { width += 1 }
                let next = k + width < chars.count ? chars[k + width] : "\n"
                let closes = next == "\"" && k + width + 2 < chars.count && chars[k + width + 1] == "\"" && chars[k + width + 2] == "\""
                if next != "\n" || closes { least = min(least, width) }
                if closes { break }
                k += width
                lineStart = false
                continue
            }
            let c = chars[k]
            if c == "\\" {
                k += 2
                continue
            }
            if c == "\"", k + 2 < chars.count, chars[k + 1] == "\"", chars[k + 2] == "\"" { break }
            if c == "\n" { lineStart = true }
            k += 1
        }
        return least == Int.max ? 0 : least
    }

    private mutating func string(from start: Int, at position: SourcePosition) throws(SyntaxError) {
        let triple = peek(1) == "\"" && peek(2) == "\""
        advance()
        var indent = 0
        var atLineStart = false
        if triple {
            advance()
            advance()
            // A newline right after the opening quotes is not part of the text, as in Julia.
            if peek() == "\n" {
                advance()
                atLineStart = true
            }
            indent = tripleQuotedIndent(firstLineCounts: atLineStart)
        }
        var parts: [StringPart] = []
        var text = ""
        var bytes = PendingBytes()
        while true {
            if atLineStart {
                // Julia dedents a triple-quoted string by its least-indented line.
                var removed = 0
                while removed < indent, let c = peek(), c == " " || c == "\t" {
                    advance()
                    removed += 1
                }
                atLineStart = false
            }
            if peek() != "\\" { try flush(&bytes, into: &text) }
            guard let c = peek() else {
                throw error("unterminated string; expected `\(triple ? "\"\"\"" : "\"")` to close it", at: position, atEnd: true)
            }
            if c == "\"" {
                if !triple {
                    advance()
                    break
                }
                if peek(1) == "\"" && peek(2) == "\"" {
                    advance()
                    advance()
                    advance()
                    break
                }
                text.append(c)
                advance()
            } else if c == "\\" {
                try escape(into: &text, bytes: &bytes)
            } else if c == "$" {
                let dollar = here
                advance()
                if !text.isEmpty {
                    parts.append(.text(text))
                    text = ""
                }
                if peek() == "(" {
                    advance()
                    let (code, codeStart) = try interpolatedCode(openedAt: dollar)
                    parts.append(.code(code, codeStart))
                } else if let d = peek(), isIdentifierStart(d) {
                    let nameStart = here
                    var name = ""
                    while let e = peek(), isIdentifierPart(e) && e != "!" {
                        name.append(e)
                        advance()
                    }
                    parts.append(.code(name, nameStart))
                } else {
                    throw error("expected a name or `(` after `$` in a string (write `\\$` for a dollar sign)", at: dollar)
                }
            } else {
                text.append(c)
                advance()
                if c == "\n" && triple { atLineStart = true }
            }
        }
        if !text.isEmpty || parts.isEmpty { parts.append(.text(text)) }
        add(.string(parts), from: start, at: position)
    }

    private mutating func character(from start: Int, at position: SourcePosition) throws(SyntaxError) {
        advance()
        var text = ""
        if peek() == "\\" {
            var bytes = PendingBytes()
            try escape(into: &text, bytes: &bytes)
            try flush(&bytes, into: &text)
        } else if let c = peek(), c != "'" && c != "\n" {
            text.append(c)
            advance()
        }
        // Julia's Char is one code point; the scanner reads grapheme clusters, so a
        // letter and a combining mark written out (`'é'` as e + U+0301) arrive as one
        // Character here and are refused as Julia refuses them.
        guard peek() == "'", let c = text.first, text.count == 1, c.unicodeScalars.count == 1 else {
            throw error("a character literal holds exactly one character, as in 'a'", at: position)
        }
        advance()
        add(.char(c), from: start, at: position)
    }

    // MARK: Operators

    /// Every spelling of an operator or punctuation mark, and what it reads as: each
    /// operator plain, dotted (`.+`) and updating (`+=`, `.+=`), the Unicode twins
    /// `≤ ≥ ≠` of `<= >= !=`, and the marks.
    private static let symbols: [String: Token.Kind] = {
        var table: [String: Token.Kind] = [:]
        for op in Operator.allCases where op != .in && op != .isa {
            table[op.spelling] = .operator(op, dotted: false)
            if op.dots { table["." + op.spelling] = .operator(op, dotted: true) }
            if op.updates {
                table[op.spelling + "="] = .assignment(op, dotted: false)
                table["." + op.spelling + "="] = .assignment(op, dotted: true)
            }
        }
        for (twin, op) in [("≤", Operator.lessEqual), ("≥", .greaterEqual), ("≠", .notEqual)] {
            table[twin] = .operator(op, dotted: false)
            table["." + twin] = .operator(op, dotted: true)
        }
        for mark in Punctuation.allCases { table[mark.rawValue] = .punctuation(mark) }
        table["="] = .assignment(nil, dotted: false)
        table[".="] = .assignment(nil, dotted: true)
        table["∈"] = .keyword(.in)
        return table
    }()
    private static let longestSymbol = symbols.keys.map(\.count).max() ?? 1

    /// The longest spelling in `symbols` that starts here.
    private mutating func op(from start: Int, at position: SourcePosition) throws(SyntaxError) {
        for length in stride(from: Swift.min(Scanner.longestSymbol, chars.count - index), through: 1, by: -1) {
            guard let kind = Scanner.symbols[String(chars[index..<(index + length)])] else { continue }
            for _ in 0..<length { advance() }
            add(kind, from: start, at: position)
            return
        }
        throw error(unexpectedCharacterMessage(chars[index]), at: position)
    }
}
