/// A place in a cell's source, counted from 1 as editors count (columns are characters).
public struct SourcePosition: Sendable, Equatable, Hashable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "line \(line), column \(column)" }
}

/// One piece of a string literal: plain text, or code to evaluate and splice in
/// (`$name` or `$(expression)`), kept as source so the parser can read it.
public enum StringPart: Sendable, Equatable {
    case text(String)
    case code(String, SourcePosition)
}

/// The smallest meaningful unit of a cell, as the scanner hands it to the parser.
public struct Token: Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        case integer(Int)
        case float(Double)
        case string([StringPart])
        case char(Character)
        /// `:name`, a quoted symbol.
        case symbol(String)
        case identifier(String)
        case keyword(String)
        /// Operators and punctuation alike, by their spelling: `+`, `.*`, `(`, `,`.
        case op(String)
        /// A line break outside a comment; runs of them arrive as one token.
        case newline
        case endOfInput
    }

    public var kind: Kind
    /// The characters the token was read from.
    public var lexeme: String
    public var position: SourcePosition
    /// Whether whitespace came right before the token; inside `[ ]` it separates
    /// elements (`[1 -2]` has two), and `2x` (none) means multiplication.
    public var spaceBefore: Bool

    public var description: String {
        switch kind {
        case .newline: return "end of line"
        case .endOfInput: return "end of input"
        case .string: return "string literal"
        default: return "`\(lexeme)`"
        }
    }

    /// Whether this is the operator or punctuation spelled `text`.
    func isOp(_ text: String) -> Bool {
        if case .op(let spelling) = kind { return spelling == text }
        return false
    }

    func isKeyword(_ word: String) -> Bool {
        if case .keyword(let w) = kind { return w == word }
        return false
    }

    var isLineEnd: Bool {
        switch kind {
        case .newline, .endOfInput: return true
        case .op(";"): return true
        default: return false
        }
    }

    /// Whether a value can end with this token, so that a following `'` is a
    /// transpose and a following `:` is the range operator.
    var endsValue: Bool {
        switch kind {
        case .integer, .float, .string, .char, .symbol, .identifier: return true
        case .keyword(let w): return w == "end" || w == "true" || w == "false"
        case .op(let s): return s == ")" || s == "]" || s == "}" || s == "'"
        default: return false
        }
    }
}

/// Words the parser gives meaning to; they cannot name variables.
let reservedWords: Set<String> = [
    "baremodule", "begin", "break", "catch", "const", "continue", "do", "else", "elseif", "end",
    "export", "false", "finally", "for", "function", "global", "if", "import", "in", "isa", "let",
    "local", "macro", "module", "quote", "return", "struct", "true", "try", "using", "where", "while",
]
