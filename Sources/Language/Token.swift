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
        /// `1.5f0`, `2f-3`: Julia's Float32 literals.
        case float32(Float)
        case string([StringPart])
        case char(Character)
        /// `:name`, a quoted symbol.
        case symbol(String)
        case identifier(String)
        case keyword(Keyword)
        /// `+`, `.*` (dotted), `==`, `∘`, `in` after `∈`.
        case `operator`(Operator, dotted: Bool)
        /// `=` and `.=` (no operator), `+=` and `.+=` (updating with `+`).
        case assignment(Operator?, dotted: Bool)
        case punctuation(Punctuation)
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

    /// Whether this is the punctuation mark `mark`.
    func `is`(_ mark: Punctuation) -> Bool {
        if case .punctuation(let p) = kind { return p == mark }
        return false
    }

    /// Whether this is the undotted operator `op`.
    func `is`(_ op: Operator) -> Bool {
        if case .operator(let o, false) = kind { return o == op }
        return false
    }

    /// Whether this is a plain `=`.
    var isAssignment: Bool {
        if case .assignment(nil, false) = kind { return true }
        return false
    }

    func `is`(_ word: Keyword) -> Bool {
        if case .keyword(let w) = kind { return w == word }
        return false
    }

    var isLineEnd: Bool {
        switch kind {
        case .newline, .endOfInput: return true
        case .punctuation(.semicolon): return true
        default: return false
        }
    }

    /// Whether a value can end with this token, so that a following `'` is a
    /// transpose and a following `:` is the range operator.
    var endsValue: Bool {
        switch kind {
        case .integer, .float, .string, .char, .symbol, .identifier: return true
        case .keyword(let w): return w == .end || w == .true || w == .false
        case .punctuation(let p): return p == .rightParen || p == .rightBracket || p == .rightBrace || p == .prime
        default: return false
        }
    }
}

/// Words the parser gives meaning to; they cannot name variables.
public enum Keyword: String, Sendable, Hashable, CaseIterable {
    case baremodule, begin, `break`, `catch`, const, `continue`, `do`, `else`, elseif, end, export, `false`
    case finally, `for`, function, global, `if`, `import`, `in`, isa, `let`, local, macro, module
    case quote, `return`, `struct`, `true`, `try`, using, `where`, `while`
}
