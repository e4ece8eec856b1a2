/// Whether a REPL entry is complete, or the prompt should ask for another line.
///
/// An entry is incomplete while a block (`function`, `for`, `if`, `begin`, ...) lacks
/// its `end`, a bracket is open, a string or `#=` comment is unterminated, or the last
/// token is a binary operator or a comma. Anything else, including a syntax error, is
/// complete: running it shows the error instead of waiting forever.
public func isComplete(_ source: String) -> Bool {
    let tokens: [Token]
    do {
        tokens = try Scanner.tokens(of: source)
    } catch {
        return !(error.message.hasPrefix("unterminated"))
    }
    enum Frame {
        case bracket(String)
        case block
    }
    let openers: Set<String> = ["function", "if", "for", "while", "begin", "let", "do", "try", "struct", "module", "quote", "macro"]
    // Inside brackets, `for` and `if` belong to comprehensions and `begin`/`end` are indices.
    let blockOnlyOutsideBrackets: Set<String> = ["for", "if", "begin"]
    let closers: [String: String] = [")": "(", "]": "[", "}": "{"]
    var frames: [Frame] = []
    var last: Token?
    for token in tokens {
        switch token.kind {
        case .keyword(let keyword):
            let word = keyword.rawValue
            let inBracket: Bool
            if case .bracket = frames.last { inBracket = true } else { inBracket = false }
            if word == "end" {
                if case .block = frames.last { frames.removeLast() } else if !inBracket { return true }
            } else if openers.contains(word) && !(inBracket && blockOnlyOutsideBrackets.contains(word)) {
                frames.append(.block)
            }
        case .punctuation(let mark) where mark == .leftParen || mark == .leftBracket || mark == .leftBrace:
            frames.append(.bracket(mark.rawValue))
        case .punctuation(let mark) where closers[mark.rawValue] != nil:
            let op = mark.rawValue
            guard case .bracket(let open) = frames.last, open == closers[op] else { return true }
            frames.removeLast()
        case .newline, .endOfInput:
            continue
        default:
            break
        }
        if case .newline = token.kind {} else if case .endOfInput = token.kind {} else { last = token }
    }
    if !frames.isEmpty { return false }
    if let last {
        switch last.kind {
        case .operator, .assignment: return false
        case .punctuation(let mark) where continuesOnNextLine.contains(mark.rawValue): return false
        default: break
        }
    }
    return true
}

/// Operators that cannot end an expression, so a line ending with one continues.
private let continuesOnNextLine: Set<String> = [
    "+", "-", "*", "/", "\\", "^", "%", "÷", "=", "+=", "-=", "*=", "/=", "^=", ".=", ".+", ".-", ".*", "./",
    ".^", "==", "!=", "<", ">", "<=", ">=", "&&", "||", "->", "=>", "|>", ",", "?", ":",
]
