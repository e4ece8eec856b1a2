/// A parsed cell: its statements, and whether a trailing `;` asked the REPL not to
/// show the result.
public struct Program: Sendable {
    public var statements: [Expr]
    public var suppressesResult: Bool
}

/// Builds a syntax tree from tokens by recursive descent, one function per
/// precedence level, lowest first (Julia's table, from assignment down to `^`).
///
/// Newlines end statements, except inside parentheses and after a binary operator;
/// inside `[ ]` they separate rows, and spaces separate elements.
public struct Parser {
    /// What a newline means where the parser currently is.
    private enum Context {
        case block
        case parens
        case brackets
    }

    /// Deeper nesting than this is refused, so the parser and the evaluator cannot
    /// exhaust the stack.
    public static let maximumNesting = 800

    private var tokens: [Token]
    private var current = 0
    private let lines: SourceLines
    private var contexts: [Context] = [.block]
    private var indexDepth = 0
    private var ternaryDepth = 0
    private var nesting = 0
    /// Whether this parser reads the code of a string's `$( )`.
    private var isInterpolation = false
    /// Keywords that close the innermost open block, for messages.
    private var openBlocks: [(keyword: Keyword, position: SourcePosition)] = []

    init(tokens: [Token], source: String) {
        self.tokens = tokens
        self.lines = SourceLines(source)
    }

    /// Parses a whole cell.
    public static func parse(_ source: String) throws(SyntaxError) -> Program {
        var parser = Parser(tokens: try Scanner.tokens(of: source), source: source)
        return try parser.program()
    }

    /// Parses the code inside a string's `$( )`, reporting positions in the full source.
    /// `nesting` is how deep the string is nested already, so that strings inside
    /// `$( )` inside strings share one limit.
    static func parseInterpolation(_ code: String, at origin: SourcePosition, fullSource: String, nesting: Int = 0) throws(SyntaxError)
        -> Expr
    {
        var scanner = Scanner(code, origin: origin, fullSource: fullSource)
        var parser = Parser(tokens: try scanner.scanAll(), source: fullSource)
        parser.contexts = [.parens]
        parser.isInterpolation = true
        parser.nesting = nesting
        let expr = try parser.assignment(allowTuple: false)
        guard case .endOfInput = parser.peek().kind else {
            throw parser.error("expected `)` to end the interpolated expression, found \(parser.peek())")
        }
        return expr
    }

    // MARK: Tokens

    private mutating func peek() -> Token {
        if contexts.last == .parens {
            while case .newline = tokens[current].kind { current += 1 }
        }
        return tokens[current]
    }

    /// The token after the next one, without skipping anything.
    private func peekAfter() -> Token {
        tokens[min(current + 1, tokens.count - 1)]
    }

    @discardableResult
    private mutating func advance() -> Token {
        let token = peek()
        if current < tokens.count - 1 { current += 1 }
        return token
    }

    private mutating func check(_ mark: Punctuation) -> Bool { peek().is(mark) }

    private mutating func check(_ word: Keyword) -> Bool { peek().is(word) }

    /// Whether `word` comes next once newlines are passed over; the newlines stay
    /// unread when it does not. Inside brackets a comprehension may continue on the
    /// next line with its `for` or `if`.
    private mutating func newlinesThenKeyword(_ word: Keyword) -> Bool {
        let start = current
        while case .newline = tokens[current].kind { current += 1 }
        if check(word) { return true }
        current = start
        return false
    }

    private mutating func match(_ mark: Punctuation) -> Bool {
        guard check(mark) else { return false }
        advance()
        return true
    }

    private mutating func expect(_ mark: Punctuation, _ context: @autoclosure () -> String) throws(SyntaxError) {
        guard match(mark) else {
            throw error("expected `\(mark.rawValue)` \(context()), found \(peek())")
        }
    }

    private mutating func skipNewlines() {
        while case .newline = tokens[current].kind { current += 1 }
    }

    private mutating func skipSeparators() {
        while true {
            let token = tokens[current]
            if case .newline = token.kind {
                current += 1
            } else if token.is(.semicolon) {
                current += 1
            } else {
                return
            }
        }
    }

    /// An error here; one met at the end of the input is incomplete (see `SyntaxError.isIncomplete`),
    /// except inside a string's `$( )`, whose code ends where its parenthesis closes.
    private mutating func error(_ message: String, at position: SourcePosition? = nil) -> SyntaxError {
        let where_ = position ?? peek().position
        let atEnd = !isInterpolation && tokens[current...].allSatisfy { $0.kind == .newline || $0.kind == .endOfInput }
        return SyntaxError(message, at: where_, sourceLine: lines[where_.line], isIncomplete: atEnd)
    }

    private mutating func withContext<T>(_ context: Context, _ body: (inout Parser) throws(SyntaxError) -> T)
        throws(SyntaxError) -> T
    {
        contexts.append(context)
        defer { contexts.removeLast() }
        return try body(&self)
    }

    private mutating func nest() throws(SyntaxError) {
        nesting += 1
        if nesting > Parser.maximumNesting {
            throw error("expression nested too deeply (the limit is \(Parser.maximumNesting) levels)")
        }
    }

    // MARK: Statements

    private mutating func program() throws(SyntaxError) -> Program {
        var statements: [Expr] = []
        var suppressed = false
        skipSeparators()
        while true {
            if case .endOfInput = peek().kind { break }
            statements.append(try statement())
            suppressed = false
            if case .endOfInput = peek().kind { break }
            guard peek().isLineEnd else {
                throw error(statementEndMessage(found: peek()))
            }
            if peek().is(.semicolon) { suppressed = true }
            skipSeparators()
            // A `;` followed only by newlines still suppresses, as in the REPL.
            if case .endOfInput = peek().kind { break }
        }
        return Program(statements: statements, suppressesResult: suppressed)
    }

    private mutating func statement() throws(SyntaxError) -> Expr {
        try assignment(allowTuple: true)
    }

    /// Statements up to (not including) one of `terminators`, as a block.
    private mutating func block(until terminators: Set<Keyword>) throws(SyntaxError) -> Expr {
        let start = peek().position
        let savedIndexDepth = indexDepth
        indexDepth = 0
        defer { indexDepth = savedIndexDepth }
        return try withContext(.block) { (p: inout Parser) throws(SyntaxError) -> Expr in
            var statements: [Expr] = []
            while true {
                p.skipSeparators()
                let token = p.peek()
                if case .keyword(let word) = token.kind, terminators.contains(word) { break }
                if case .endOfInput = token.kind {
                    let (keyword, opened) = p.openBlocks.last ?? (.begin, start)
                    throw p.error("expected `end` to close `\(keyword.rawValue)` from \(opened)")
                }
                statements.append(try p.statement())
                let next = p.peek()
                if next.isLineEnd { continue }
                if case .keyword(let word) = next.kind, terminators.contains(word) { continue }
                throw p.error(statementEndMessage(found: next))
            }
            return Expr(.block(statements), at: start)
        }
    }

    private mutating func expectEnd() throws(SyntaxError) {
        guard check(.end) else {
            let (keyword, opened) = openBlocks.last ?? (.begin, peek().position)
            throw error("expected `end` to close `\(keyword.rawValue)` from \(opened), found \(peek())")
        }
        advance()
    }

    private mutating func opening(_ keyword: Keyword, at position: SourcePosition) {
        openBlocks.append((keyword, position))
    }

    // MARK: Assignment, arrows, pairs

    /// `target = value` and friends; `allowTuple` lets `a, b = b, a` form tuples without
    /// parentheses (at statement level only, since commas separate arguments elsewhere).
    private mutating func assignment(allowTuple: Bool) throws(SyntaxError) -> Expr {
        try nest()
        defer { nesting -= 1 }
        var lhs = try arrow()
        if allowTuple && check(.comma) {
            var items = [lhs]
            while match(.comma) {
                if peek().isLineEnd || peek().isAssignment { break }
                items.append(try arrow())
            }
            lhs = Expr(.tuple(items), at: lhs.position)
        }
        // `f(x::T) where T = ...`: the method's type variables, before its `=`.
        var typeVariables: [TypeParameter] = []
        if check(.where), case .call = lhs.kind {
            typeVariables = try whereClause()
            guard case .assignment(nil, false) = peek().kind else { throw error("expected `=` and the method's body after the `where` clause") }
        }
        let token = peek()
        guard case .assignment(let op, let dotted) = token.kind else { return lhs }
        if op == nil && !dotted {
            advance()
            skipNewlines()
            if case .call(let callee, let arguments, false) = lhs.kind, let name = try definedFunctionName(callee) {
                // `f(x) = x^2` defines a function; `(m::Dense)(x) = ...` a method of its values.
                let body = try assignment(allowTuple: allowTuple)
                let (parameters, keywords) = try functionParameters(from: name.isFunctor ? [Argument(name: nil, value: callee)] + arguments : arguments)
                let decl = FunctionDecl(
                    name: name.text, parameters: parameters, keywordParameters: keywords, body: body, position: lhs.position,
                    typeVariables: typeVariables, module: name.module)
                return Expr(name.isFunctor ? .functorMethod(decl) : .function(decl), at: lhs.position)
            }
            try checkAssignable(lhs)
            let value = try assignment(allowTuple: allowTuple)
            return Expr(.assign(target: lhs, value: value), at: lhs.position)
        }
        advance()
        skipNewlines()
        try checkAssignable(lhs)
        if case .tuple = lhs.kind { throw error("cannot use `\(token.lexeme)` with several targets", at: token.position) }
        let value = try assignment(allowTuple: allowTuple)
        return Expr(.updateAssign(op, dotted: dotted, target: lhs, value: value), at: lhs.position)
    }

    private mutating func checkAssignable(_ target: Expr) throws(SyntaxError) {
        switch target.kind {
        case .identifier, .index, .field: return
        case .typed(let inner, _): try checkAssignable(inner)
        case .tuple(let items): for item in items { try checkAssignable(item) }
        default:
            throw error("cannot assign to this expression; expected a name, an indexed element or a tuple", at: target.position)
        }
    }

    /// `x -> body` and `(a, b) -> body`.
    private mutating func arrow() throws(SyntaxError) -> Expr {
        let lhs = try pair()
        guard check(.arrow) else { return lhs }
        let arrowToken = advance()
        skipNewlines()
        let parameters: [Parameter]
        switch lhs.kind {
        case .identifier, .typed:
            parameters = [try parameter(from: lhs)]
        case .tuple(let items):
            parameters = try items.map { (item: Expr) throws(SyntaxError) -> Parameter in try parameter(from: item) }
        default:
            throw error("the left side of `->` must be a name or a tuple of names", at: arrowToken.position)
        }
        let body = try withContext(.block) { (p: inout Parser) throws(SyntaxError) in try p.assignment(allowTuple: false) }
        let decl = FunctionDecl(name: nil, parameters: parameters, keywordParameters: [], body: body, position: lhs.position)
        return Expr(.lambda(decl), at: lhs.position)
    }

    private mutating func pair() throws(SyntaxError) -> Expr {
        let lhs = try ternary()
        guard peek().is(Operator.pair) else { return lhs }
        advance()
        skipNewlines()
        let rhs = try pair()
        return Expr(.binary(.pair, dotted: false, lhs, rhs), at: lhs.position)
    }

    private mutating func ternary() throws(SyntaxError) -> Expr {
        let condition = try or()
        guard check(.question) else { return condition }
        advance()
        skipNewlines()
        ternaryDepth += 1
        let then = try ternary()
        ternaryDepth -= 1
        skipNewlines()
        try expect(.colon, "to separate the branches of `? :`")
        skipNewlines()
        let otherwise = try arrow()
        return Expr(.ternary(condition, then, otherwise), at: condition.position)
    }

    // MARK: Logic and comparison

    private mutating func or() throws(SyntaxError) -> Expr {
        try shortCircuit(.orOr, make: Expr.Kind.or) { (p: inout Parser) throws(SyntaxError) in try p.and() }
    }

    private mutating func and() throws(SyntaxError) -> Expr {
        try shortCircuit(.andAnd, make: Expr.Kind.and) { (p: inout Parser) throws(SyntaxError) in try p.comparison() }
    }

    /// `a || b` and `a && b`, which group to the right.
    private mutating func shortCircuit(
        _ mark: Punctuation, make: (Expr, Expr) -> Expr.Kind, operand: (inout Parser) throws(SyntaxError) -> Expr
    ) throws(SyntaxError) -> Expr {
        let lhs = try operand(&self)
        guard check(mark) else { return lhs }
        advance()
        skipNewlines()
        try nest()
        defer { nesting -= 1 }
        let rhs = try shortCircuit(mark, make: make, operand: operand)
        return Expr(make(lhs, rhs), at: lhs.position)
    }

    /// The comparison here, if any: `<`, `.<`, `===`, `in` (or `∈`), `isa`.
    private mutating func comparisonOperator() -> (op: Operator, dotted: Bool)? {
        switch peek().kind {
        case .operator(let op, let dotted) where op.isComparison: return (op, dotted)
        case .keyword(.in): return (.in, false)
        case .keyword(.isa): return (.isa, false)
        default: return nil
        }
    }

    /// `a < b <= c` chains; with dotted operators (`0 .<= x .< 1`) the links are
    /// combined elementwise with `.&`.
    private mutating func comparison() throws(SyntaxError) -> Expr {
        let first = try pipe()
        var operands = [first]
        var operators: [(op: Operator, dotted: Bool)] = []
        while let op = comparisonOperator() {
            advance()
            skipNewlines()
            operators.append(op)
            operands.append(try pipe())
        }
        if operators.isEmpty { return first }
        guard operators.contains(where: \.dotted) else {
            return Expr(.comparison(operands, operators.map(\.op)), at: first.position)
        }
        // Each middle operand stands in two links below; Julia evaluates it once, so a
        // computed one (a call could print or draw a random number) is refused.
        if let computed = operands.dropFirst().dropLast().first(where: { !$0.isNameOrLiteral }) {
            throw error("a chain of comparisons with a dotted one and a computed middle operand is not supported; assign the operand to a variable first", at: computed.position)
        }
        var result = Expr(.binary(operators[0].op, dotted: operators[0].dotted, operands[0], operands[1]), at: first.position)
        for k in 1..<operators.count {
            let link = Expr(.binary(operators[k].op, dotted: operators[k].dotted, operands[k], operands[k + 1]), at: operands[k].position)
            result = Expr(.binary(.bitAnd, dotted: true, result, link), at: first.position)
        }
        return result
    }

    private mutating func pipe() throws(SyntaxError) -> Expr {
        try leftAssociative(.pipe) { (p: inout Parser) throws(SyntaxError) in try p.range() }
    }

    private mutating func guardChain(_ length: Int) throws(SyntaxError) {
        if nesting + length > Parser.maximumNesting {
            throw error("expression nested too deeply (the limit is \(Parser.maximumNesting) levels)")
        }
    }

    // MARK: Ranges and arithmetic

    /// Whether a `:` here is the range operator (not a ternary's separator, and
    /// followed by something that can start an operand).
    private mutating func rangeColonFollows() -> Bool {
        let token = peek()
        guard token.is(.colon) else { return false }
        if ternaryDepth > 0 && token.spaceBefore { return false }
        let next = peekAfter()
        if next.isLineEnd || next.is(.comma) || next.is(.rightBracket) || next.is(.rightParen) { return false }
        return true
    }

    private mutating func range() throws(SyntaxError) -> Expr {
        let start = try additive()
        guard rangeColonFollows() else { return start }
        advance()
        let second = try additive()
        if rangeColonFollows() {
            advance()
            let stop = try additive()
            return Expr(.range(start: start, step: second, stop: stop), at: start.position)
        }
        return Expr(.range(start: start, step: nil, stop: second), at: start.position)
    }

    /// Inside `[ ]`, `[a -b]` is two elements: a `+`/`-` with a space before and none after
    /// starts a new element instead of continuing the expression.
    private mutating func isBinaryHere(_ token: Token) -> Bool {
        guard contexts.last == .brackets, token.spaceBefore, token.is(Operator.plus) || token.is(Operator.minus) else {
            return true
        }
        return peekAfter().spaceBefore
    }

    private mutating func additive() throws(SyntaxError) -> Expr {
        try leftAssociative(.plus) { (p: inout Parser) throws(SyntaxError) in try p.multiplicative() }
    }

    private mutating func multiplicative() throws(SyntaxError) -> Expr {
        try leftAssociative(.times) { (p: inout Parser) throws(SyntaxError) in try p.rational() }
    }

    private mutating func rational() throws(SyntaxError) -> Expr {
        try leftAssociative(.rational) { (p: inout Parser) throws(SyntaxError) in try p.bitshift() }
    }

    private mutating func bitshift() throws(SyntaxError) -> Expr {
        try leftAssociative(.bitshift) { (p: inout Parser) throws(SyntaxError) in try p.unary() }
    }

    /// One precedence level of left-associative binary operators over `operand`.
    private mutating func leftAssociative(
        _ level: Operator.Precedence, operand: (inout Parser) throws(SyntaxError) -> Expr
    ) throws(SyntaxError) -> Expr {
        var lhs = try operand(&self)
        var chain = 0
        while case .operator(let op, let dotted) = peek().kind, op.precedence == level, isBinaryHere(peek()) {
            advance()
            skipNewlines()
            chain += 1
            try guardChain(chain)
            lhs = Expr(.binary(op, dotted: dotted, lhs, try operand(&self)), at: lhs.position)
        }
        return lhs
    }

    /// Whether an operator stands alone as a function value here (`reduce(+, v)`,
    /// `f = -`, `(!)`), rather than before an operand.
    private func operatorStandsAlone() -> Bool {
        let next = peekAfter()
        if next.isLineEnd || next.isAssignment { return true }
        if case .punctuation(let mark) = next.kind {
            return mark == .comma || mark == .rightParen || mark == .rightBracket || mark == .rightBrace
        }
        return false
    }

    private mutating func unary() throws(SyntaxError) -> Expr {
        try nest()
        defer { nesting -= 1 }
        let token = peek()
        guard case .operator(let op, let dotted) = token.kind, op.isUnary, !operatorStandsAlone() else {
            return try juxtaposition()
        }
        advance()
        let opening = peek()
        let operand = try unary()
        if !dotted, opening.is(.leftParen), !opening.spaceBefore, case .tuple(let items) = operand.kind,
            operand.position == opening.position
        {
            // `+(1, 2, 3)` and `-(a, b)` call the operator with the arguments in parentheses.
            let arguments = items.map { Argument(name: nil, value: $0) }
            return Expr(.call(callee: Expr(.operatorFunction(op), at: token.position), arguments: arguments, broadcast: false), at: token.position)
        }
        // Fold `-3` into a literal; `-2^2` is safe because the operand already holds the power.
        if op == .minus && !dotted {
            switch operand.kind {
            case .integer(let n) where n != Int.min: return Expr(.integer(-n), at: token.position)
            case .float(let x): return Expr(.float(-x), at: token.position)
            case .float32(let x): return Expr(.float32(-x), at: token.position)
            default: break
            }
        }
        return Expr(.unary(op, dotted: dotted, operand), at: token.position)
    }

    /// `2x`, `3(a + b)`, `2h` in `A[1+2h:end]`: a number literal directly followed by a
    /// name or a parenthesis multiplies.
    private mutating func juxtaposition() throws(SyntaxError) -> Expr {
        let opening = peek()
        let base = try power()
        // `(x-1)x` multiplies too, as Julia reads a parenthesis followed by a name.
        if opening.is(.leftParen), current > 0, tokens[current - 1].is(.rightParen), !peek().spaceBefore,
           case .identifier = peek().kind, !isTuple(base) {
            let rhs = try power()
            return Expr(.binary(.times, dotted: false, base, rhs), at: base.position)
        }
        switch base.kind {
        case .integer, .float, .float32:
            let next = peek()
            guard !next.spaceBefore else { return base }
            switch next.kind {
            case .identifier, .punctuation(.leftParen):
                let rhs = try power()
                return Expr(.binary(.times, dotted: false, base, rhs), at: base.position)
            default:
                return base
            }
        default:
            return base
        }
    }

    private func isTuple(_ expr: Expr) -> Bool {
        if case .tuple = expr.kind { return true }
        return false
    }

    /// `^` binds tighter than unary minus (`-2^2 == -4`) and groups to the right.
    private mutating func power() throws(SyntaxError) -> Expr {
        let base = try postfix()
        guard case .operator(.power, let dotted) = peek().kind else { return base }
        advance()
        skipNewlines()
        try nest()
        defer { nesting -= 1 }
        let exponentToken = peek()
        let exponent: Expr
        if case .operator(let sign, false) = exponentToken.kind, sign == .minus || sign == .plus {
            advance()
            let operand = try power()
            if sign == .minus, case .integer(let n) = operand.kind {
                exponent = Expr(.integer(-n), at: exponentToken.position)
            } else if sign == .minus, case .float(let x) = operand.kind {
                exponent = Expr(.float(-x), at: exponentToken.position)
            } else if sign == .minus, case .float32(let x) = operand.kind {
                exponent = Expr(.float32(-x), at: exponentToken.position)
            } else {
                exponent = Expr(.unary(sign, dotted: false, operand), at: exponentToken.position)
            }
        } else {
            // Julia reads `2^2x` as 2^(2x): a literal coefficient binds inside the exponent.
            exponent = try juxtaposition()
        }
        return Expr(.binary(.power, dotted: dotted, base, exponent), at: base.position)
    }

    // MARK: Calls, indexing, fields

    private mutating func postfix() throws(SyntaxError) -> Expr {
        var expr = try primary()
        var isNumber: Bool {
            switch expr.kind {
            case .integer, .float: return true
            default: return false
            }
        }
        var chain = 0
        while true {
            // Each postfix operation nests the tree one level deeper (transposes, calls of calls).
            chain += 1
            try guardChain(chain)
            let token = peek()
            let spaced = token.spaceBefore
            if token.is(.leftParen), !spaced, !isNumber {
                advance()
                let arguments = try callArguments()
                expr = Expr(.call(callee: expr, arguments: arguments, broadcast: false), at: expr.position)
                if check(.do) { expr = try doBlock(expr) }
            } else if token.is(.dot), !spaced, peekAfter().is(.leftParen) {
                advance()
                advance()
                let arguments = try callArguments()
                expr = Expr(.call(callee: expr, arguments: arguments, broadcast: true), at: expr.position)
            } else if token.is(.dot), !spaced, peekAfter().is(.colon), let op = qualifiedOperatorAhead() {
                // `Base.:+` and `Base.:(==)`: the operator's function in a module, as a method's name.
                expr = Expr(.field(expr, op.spelling), at: expr.position)
            } else if token.is(.dot), !spaced, case .identifier(let name) = peekAfter().kind {
                advance()
                advance()
                expr = Expr(.field(expr, name), at: expr.position)
            } else if token.is(.leftBracket), !(spaced && contexts.last == .brackets), !isNumber {
                advance()
                let indices = try indexArguments()
                expr = Expr(.index(expr, indices), at: expr.position)
            } else if token.is(.prime) {
                advance()
                expr = Expr(.transpose(expr), at: expr.position)
            } else if token.is(.doubleColon) {
                advance()
                let type = try typeName()
                expr = Expr(.typed(expr, type), at: expr.position)
            } else if token.is(.leftBrace), !spaced, case .identifier(let name) = expr.kind {
                // `Vector{Int64}`: a type with its parameters, a value of its own.
                let text = name.text + (try typeParameters())
                guard let type = canonicalTypeName(text) else {
                    throw error("cannot read the type `\(text)`; write types as Vector{Float64} or Dict{String, Int64}", at: token.position)
                }
                expr = Expr(.curlyType(type), at: expr.position)
            } else if token.is(.leftBrace), !spaced {
                throw error("type parameters like `{Float64}` go after a type name, as in Vector{Float64}")
            } else {
                return expr
            }
        }
    }

    /// The operator in `.:+` or `.:(==)` starting at the `.` here, read when there is one.
    private mutating func qualifiedOperatorAhead() -> Operator? {
        func token(_ k: Int) -> Token { tokens[min(current + k, tokens.count - 1)] }
        if case .operator(let op, false) = token(2).kind {
            current += 3
            return op
        }
        if token(2).is(.leftParen), case .operator(let op, false) = token(3).kind, token(4).is(.rightParen) {
            current += 5
            return op
        }
        return nil
    }

    /// A type after `::`, such as `Int`, `Float64` or `Vector{Float64}`, as text.
    private mutating func typeName() throws(SyntaxError) -> String {
        guard case .identifier(let name) = peek().kind else { throw error("expected a type name after `::`") }
        advance()
        if check(.leftBrace) && !peek().spaceBefore { return name + (try typeParameters()) }
        return name
    }

    /// `{Float64}` or `{String, Vector{Int}}` after a type's name, read as text.
    private mutating func typeParameters() throws(SyntaxError) -> String {
        let open = advance().position
        var text = "{"
        var depth = 1
        while depth > 0 {
            let token = advance()
            if case .endOfInput = token.kind { throw error("expected `}` to close the type parameters from \(open)") }
            if token.is(.leftBrace) { depth += 1 }
            if token.is(.rightBrace) { depth -= 1 }
            text += token.lexeme
        }
        return text
    }

    private mutating func callArguments() throws(SyntaxError) -> [Argument] {
        let open = tokens[current - 1].position
        return try withContext(.parens) { (p: inout Parser) throws(SyntaxError) -> [Argument] in
            var arguments: [Argument] = []
            var afterSemicolon = false
            while !p.check(.rightParen) {
                if case .endOfInput = p.peek().kind {
                    throw p.error("expected `)` to close the call from \(open)")
                }
                if p.match(.semicolon) {
                    afterSemicolon = true
                    continue
                }
                let start = p.peek()
                var value = try p.assignment(allowTuple: false)
                // A generator can be any positional argument, `sum(abs2, x for x in v)`,
                // as in Julia (its `for` clauses take the commas up to the `)`).
                if p.check(.for), !afterSemicolon {
                    value = try p.comprehension(body: value, generator: true)
                }
                if p.match(.splat) { value = Expr(.splat(value), at: value.position) }
                if case .assign(let target, let v) = value.kind, case .identifier(let symbol) = target.kind {
                    arguments.append(Argument(name: symbol.text, value: v, afterSemicolon: afterSemicolon))
                } else if afterSemicolon, case .identifier(let symbol) = value.kind {
                    // `f(x; lr)` passes the variable `lr` as the keyword `lr`.
                    arguments.append(Argument(name: symbol.text, value: value, afterSemicolon: true))
                } else if afterSemicolon, case .splat = value.kind {
                    // `f(; opts...)`: the pairs of a named tuple (or of `kw`) as keywords.
                    arguments.append(Argument(name: nil, value: value, afterSemicolon: true))
                } else if afterSemicolon, case .binary(.pair, false, _, _) = value.kind {
                    // `f(; :a => 1)`: a pair whose key names the keyword.
                    arguments.append(Argument(name: nil, value: value, afterSemicolon: true))
                } else if afterSemicolon {
                    throw p.error("expected `name=value` after `;` in a call", at: start.position)
                } else {
                    arguments.append(Argument(name: nil, value: value))
                }
                if !p.check(.rightParen) && !p.check(.semicolon) {
                    try p.expect(.comma, "or `)` in the argument list of the call from \(open)")
                }
            }
            p.advance()
            return arguments
        }
    }

    private mutating func indexArguments() throws(SyntaxError) -> [Expr] {
        let open = tokens[current - 1].position
        indexDepth += 1
        defer { indexDepth -= 1 }
        return try withContext(.parens) { (p: inout Parser) throws(SyntaxError) -> [Expr] in
            var indices: [Expr] = []
            while !p.check(.rightBracket) {
                if case .endOfInput = p.peek().kind { throw p.error("expected `]` to close the index from \(open)") }
                let token = p.peek()
                if token.is(.colon), p.peekAfter().is(.comma) || p.peekAfter().is(.rightBracket) {
                    p.advance()
                    indices.append(Expr(.colonAll, at: token.position))
                } else {
                    indices.append(try p.assignment(allowTuple: false))
                }
                if !p.check(.rightBracket) { try p.expect(.comma, "or `]` in the index from \(open)") }
            }
            p.advance()
            return indices
        }
    }

    // MARK: Macros

    /// `@name(a, b)` (no space before the parenthesis) or `@name a b`: Julia's two ways
    /// of passing expressions to a macro. Space-separated arguments are read as the
    /// elements of `[a b]` are, up to the end of the line or a closing bracket.
    private mutating func macroCall(at position: SourcePosition) throws(SyntaxError) -> Expr {
        let nameToken = peek()
        let name: String
        switch nameToken.kind {
        case .identifier(let text) where !nameToken.spaceBefore: name = text
        case .punctuation(.dot) where !nameToken.spaceBefore: name = "."
        default: throw error("expected a macro name after `@`, as in @show x")
        }
        guard let macro = Macro(rawValue: name) else {
            let known = Macro.allCases.map(\.spelling).joined(separator: " ")
            throw error("the macro @\(name) is not supported; the notebook knows \(known)", at: nameToken.position)
        }
        advance()
        var arguments: [Expr] = []
        if check(.leftParen) && !peek().spaceBefore {
            advance()
            for argument in try callArguments() {
                if argument.afterSemicolon { throw error("\(macro.spelling) takes no `;` arguments", at: argument.value.position) }
                if let keyword = argument.name {
                    // `@show(x = 1)`: the assignment itself is the macro's argument.
                    let target = Expr(.identifier(Name(keyword)), at: argument.value.position)
                    arguments.append(Expr(.assign(target: target, value: argument.value), at: argument.value.position))
                } else {
                    arguments.append(argument.value)
                }
            }
        } else {
            let savedTernary = ternaryDepth
            ternaryDepth = 0
            defer { ternaryDepth = savedTernary }
            arguments = try withContext(.brackets) { (p: inout Parser) throws(SyntaxError) -> [Expr] in
                var items: [Expr] = []
                while !p.macroArgumentsEnd() {
                    if !items.isEmpty && !p.peek().spaceBefore {
                        throw p.error("expected a space between the arguments of \(macro.spelling), found \(p.peek())")
                    }
                    items.append(try p.assignment(allowTuple: false))
                }
                return items
            }
        }
        guard macro.arity.contains(arguments.count) else {
            let count = macro.arity.lowerBound == macro.arity.upperBound ? "one expression"
                : macro.arity.upperBound == Int.max ? "at least \(macro.arity.lowerBound) expression" : "\(macro.arity.lowerBound) or \(macro.arity.upperBound) expressions"
            throw error("\(macro.spelling) takes \(count), found \(arguments.count)", at: position)
        }
        if macro == .showProgress || macro == .simd {
            guard case .forLoop = arguments[0].kind else {
                throw error("\(macro.spelling) goes before a `for` loop: \(macro.spelling) for i in 1:n ... end", at: arguments[0].position)
            }
        }
        if macro == .diff {
            // `@diff expr` is `differentiate(() -> expr)`: the closure is made once, here.
            let decl = FunctionDecl(name: nil, parameters: [], keywordParameters: [], body: arguments[0], position: arguments[0].position)
            arguments = [Expr(.lambda(decl), at: arguments[0].position)]
        }
        return Expr(.macroCall(macro, arguments: arguments), at: position)
    }

    /// Whether the space-separated arguments of a macro stop here.
    private mutating func macroArgumentsEnd() -> Bool {
        let token = peek()
        if token.isLineEnd { return true }
        switch token.kind {
        case .punctuation(.rightParen), .punctuation(.rightBracket), .punctuation(.rightBrace), .punctuation(.comma): return true
        case .keyword(let word): return [.end, .else, .elseif, .catch, .finally].contains(word)
        default: return false
        }
    }

    // MARK: Primary expressions

    private static let elementTypes: Set<String> = [
        "Any", "Float64", "Float32", "Int", "Int64", "String", "Symbol", "Bool", "Char", "Number", "Real", "Vector", "Matrix",
    ]

    private mutating func primary() throws(SyntaxError) -> Expr {
        let token = peek()
        let position = token.position
        switch token.kind {
        case .integer(let n):
            advance()
            return Expr(.integer(n), at: position)
        case .float(let x):
            advance()
            return Expr(.float(x), at: position)
        case .float32(let x):
            advance()
            return Expr(.float32(x), at: position)
        case .char(let c):
            advance()
            return Expr(.char(c), at: position)
        case .symbol(let name):
            advance()
            return Expr(.symbol(name), at: position)
        case .string(let parts):
            advance()
            return try stringLiteral(parts, at: position)
        case .identifier(let name):
            if name == "mutable", peekAfter().is(.struct) {
                advance()
                return try structDefinition(isMutable: true, at: position)
            }
            if name == "abstract", case .identifier("type") = peekAfter().kind {
                return try abstractTypeDefinition(at: position)
            }
            advance()
            if unsupportedNumberTypes.contains(name), check(.leftBracket), !peek().spaceBefore {
                throw error("the type \(name) is not supported: the notebook's numbers are \(supportedNumberTypes)", at: position)
            }
            if Parser.elementTypes.contains(name), check(.leftBracket), !peek().spaceBefore {
                advance()
                if let typed = try typedComprehension(of: name, openedAt: position) { return typed }
                let items = try withContext(.brackets) { (p: inout Parser) throws(SyntaxError) in
                    do throws(SyntaxError) { return try p.commaList(close: .rightBracket, openedAt: position) } catch {
                        // Only `T[a, b]` is read; say which other typed form this was.
                        if !p.check(.comma), !p.check(.rightBracket), p.peek().spaceBefore || p.check(.semicolon) {
                            throw p.error("typed matrix literals like `\(name)[1 2; 3 4]` are not supported yet; write \(name).([1 2; 3 4])")
                        }
                        throw error
                    }
                }
                return Expr(.typedVector(type: name, items), at: position)
            }
            return Expr(.identifier(Name(name)), at: position)
        case .keyword(let word):
            return try keywordExpression(word, token)
        case .punctuation(.leftParen):
            advance()
            return try parenthesized(at: position)
        case .punctuation(.leftBracket):
            advance()
            return try arrayLiteral(at: position)
        case .punctuation(.colon) where indexDepth > 0:
            advance()
            return Expr(.colonAll, at: position)
        case .punctuation(.at):
            advance()
            return try macroCall(at: position)
        case .newline, .endOfInput:
            throw error("expected an expression, found \(token)")
        case .operator(let op, false) where operatorStandsAlone() || (peekAfter().is(.leftParen) && !peekAfter().spaceBefore):
            // An operator alone, or called, is its function: `reduce(+, v)`, `f = *`, `*(2, 3)`.
            advance()
            return Expr(.operatorFunction(op), at: position)
        case .punctuation(.colon):
            throw error("a bare `:` (Julia's Colon, as in `view(A, :, 1)` or `dims = :`) is not supported outside an index A[:, j]")
        case .operator(let op, true) where operatorStandsAlone() || (peekAfter().is(.leftParen) && !peekAfter().spaceBefore):
            // `map(.*, a, b)`, `(.+)(a, b)`: the broadcast of the operator as a function.
            advance()
            return Expr(.broadcastFunction(op), at: position)
        case .operator(_, true):
            throw error("a dotted operator as a function value (`(\(token.lexeme))`) is not supported yet; write (a, b) -> a \(token.lexeme) b")
        case .operator, .assignment, .punctuation:
            throw error("expected an expression, found `\(token.lexeme)`")
        }
    }

    /// `T[body for x in xs]` after `T[`, read when a `for` follows the first element;
    /// otherwise nil with nothing read, for `T[a, b]`.
    private mutating func typedComprehension(of type: String, openedAt position: SourcePosition) throws(SyntaxError) -> Expr? {
        let start = current
        let savedTernary = ternaryDepth
        ternaryDepth = 0
        defer { ternaryDepth = savedTernary }
        return try withContext(.brackets) { (p: inout Parser) throws(SyntaxError) -> Expr? in
            p.skipNewlines()
            guard !p.check(.rightBracket) else {
                p.current = start
                return nil
            }
            let body: Expr
            do throws(SyntaxError) { body = try p.arrow() } catch {
                p.current = start
                return nil
            }
            guard p.newlinesThenKeyword(.for) else {
                p.current = start
                return nil
            }
            let comprehension = try p.comprehension(body: body, generator: false)
            p.skipNewlines()
            try p.expect(.rightBracket, "to close the comprehension from \(position)")
            return Expr(.typedComprehension(type: type, comprehension), at: position)
        }
    }

    private mutating func stringLiteral(_ parts: [StringPart], at position: SourcePosition) throws(SyntaxError) -> Expr {
        if parts.count == 1, case .text(let text) = parts[0] { return Expr(.string(text), at: position) }
        var pieces: [Expr] = []
        for part in parts {
            switch part {
            case .text(let text): pieces.append(Expr(.string(text), at: position))
            case .code(let code, let origin):
                pieces.append(try Parser.parseInterpolation(code, at: origin, fullSource: lines.text, nesting: nesting))
            }
        }
        return Expr(.interpolation(pieces), at: position)
    }

    private mutating func keywordExpression(_ word: Keyword, _ token: Token) throws(SyntaxError) -> Expr {
        let position = token.position
        switch word {
        case .true, .false:
            advance()
            return Expr(.bool(word == .true), at: position)
        case .end where indexDepth > 0:
            advance()
            return Expr(.endIndex, at: position)
        case .begin where indexDepth > 0:
            advance()
            return Expr(.integer(1), at: position)
        case .function: return try functionDefinition()
        case .struct: return try structDefinition(isMutable: false, at: position)
        case .if: return try ifExpression()
        case .for: return try forLoop()
        case .while:
            advance()
            opening(.while, at: position)
            defer { openBlocks.removeLast() }
            let condition = try withContext(.block) { (p: inout Parser) throws(SyntaxError) in try p.expressionInBlock() }
            let body = try block(until: [.end])
            try expectEnd()
            return Expr(.whileLoop(condition: condition, body: body), at: position)
        case .begin:
            advance()
            opening(.begin, at: position)
            defer { openBlocks.removeLast() }
            let body = try block(until: [.end])
            try expectEnd()
            return body
        case .let: return try letBlock()
        case .try: return try tryCatch()
        case .return:
            advance()
            let next = peek()
            if next.isLineEnd || next.is(.end) || next.is(.rightParen) || next.is(.else)
                || next.is(.elseif)
            {
                return Expr(.returnValue(nil), at: position)
            }
            return Expr(.returnValue(try assignment(allowTuple: true)), at: position)
        case .break:
            advance()
            return Expr(.breakLoop, at: position)
        case .continue:
            advance()
            return Expr(.continueLoop, at: position)
        case .global, .local:
            advance()
            var items = [try assignment(allowTuple: false)]
            while match(.comma) { items.append(try assignment(allowTuple: false)) }
            for item in items {
                switch item.kind {
                case .identifier, .assign, .updateAssign, .function: continue
                default: throw error("expected a name, `name = value` or a function definition after `\(word.rawValue)`", at: item.position)
                }
            }
            return Expr(.declaration(scope: word == .global ? .global : .local, items), at: position)
        case .const:
            advance()
            let item = try assignment(allowTuple: true)
            // In a struct, `const a` marks a field (StructDecl.swift reads it).
            guard case .assign = item.kind else {
                if openBlocks.last?.0 == .struct { return Expr(.declaration(scope: .const, [item]), at: position) }
                throw error("expected assignment after \"const\"", at: item.position)
            }
            return Expr(.declaration(scope: .const, [item]), at: position)
        case .using, .import:
            advance()
            // The modules, then after `:` the names taken from the last of them.
            var modules: [String] = []
            var names: [String] = []
            var inModules = true
            while !peek().isLineEnd {
                let t = advance()
                if inModules, t.is(.colon) {
                    inModules = false
                } else if inModules {
                    if case .identifier(let name) = t.kind { modules.append(name) }
                } else if !t.is(.comma) {
                    names.append(t.lexeme)
                }
            }
            return Expr(.using(modules, names: names, imports: word == .import), at: position)
        case .in, .isa:
            // `isa(x, T)` and `in(x, xs)` call the operator.
            // `in.(xs, Ref(s))`: the dot call of the operator's function.
            let isDotCall = peekAfter().is(.dot) && !peekAfter().spaceBefore && tokens[min(current + 2, tokens.count - 1)].is(.leftParen)
            guard isDotCall || peekAfter().is(.leftParen) && !peekAfter().spaceBefore else {
                throw error("expected an expression before `\(word.rawValue)`")
            }
            advance()
            return Expr(.operatorFunction(word == .in ? .in : .isa), at: position)
        case .end:
            throw error("unexpected `end` with no open block")
        case .else where openBlocks.last?.0 == .try:
            throw error("`else` in a `try` goes right after its `catch` block, before `finally`")
        case .else, .elseif:
            throw error("unexpected `\(word.rawValue)` outside an `if` block")
        default:
            throw error("`\(word.rawValue)` is not supported yet")
        }
    }

    /// A condition or iterable on a block's first line, where a newline ends it.
    private mutating func expressionInBlock() throws(SyntaxError) -> Expr {
        try assignment(allowTuple: false)
    }

    private mutating func functionDefinition() throws(SyntaxError) -> Expr {
        let keyword = advance()
        opening(.function, at: keyword.position)
        defer { openBlocks.removeLast() }
        var name: String?
        var module: String?  // `Base` in `function Base.length(...)`
        if case .identifier(let n) = peek().kind {
            advance()
            name = n
            if check(.dot), !peek().spaceBefore {
                module = n
                // `function Base.length(b::Bag)`: a method of a function of a module we provide.
                let qualified = try definedFunctionName(try postfixName(Expr(.identifier(Name(n)), at: keyword.position)))
                name = qualified?.text
            }
        }
        guard check(.leftParen) else {
            if let name, check(.end) {
                if let module {
                    throw error("`function \(module).\(name) end` for a module's function is not supported; define a method of it")
                }
                advance()
                return Expr(.genericFunction(Name(name)), at: keyword.position)
            }
            throw error("expected `(` and the parameters after `function\(name.map { " " + $0 } ?? "")`")
        }
        advance()
        var arguments = try callArguments()
        var isFunctor = false
        if name == nil, check(.leftParen), !peek().spaceBefore, arguments.count == 1, arguments[0].name == nil,
           case .typed(_, let type) = arguments[0].value.kind {
            // `function (p::Polynomial)(x) ... end`: a method of the struct's values.
            advance()
            arguments += try callArguments()
            isFunctor = true
            name = type
        }
        let (parameters, keywords) = try functionParameters(from: arguments)
        var returnType: String?
        if check(.doubleColon) {
            advance()
            returnType = try typeName()
        }
        let typeVariables = check(.where) ? try whereClause() : []
        let body = try block(until: [.end])
        try expectEnd()
        let decl = FunctionDecl(
            name: name, parameters: parameters, keywordParameters: keywords, body: body, position: keyword.position,
            returnType: returnType, typeVariables: typeVariables, module: module)
        if isFunctor { return Expr(.functorMethod(decl), at: keyword.position) }
        return Expr(name == nil ? .lambda(decl) : .function(decl), at: keyword.position)
    }

    /// The modules whose functions a program may add methods to by their qualified
    /// name (`Base.length(b::Bag) = ...`); the functions are the notebook's builtins.
    private static let extensibleModules: Set<String> = ["Base", "Statistics", "LinearAlgebra", "Random", "Knet", "AutoGrad"]

    /// The name a definition `callee(args) = body` gives its method: `f`, `Base.f`
    /// (the builtin `f`), `Base.:+` (the operator), or the struct named in
    /// `(m::Dense)(x) = ...`; nil when `callee(args)` is a call being assigned to.
    private mutating func definedFunctionName(_ callee: Expr) throws(SyntaxError) -> (text: String, isFunctor: Bool, module: String?)? {
        switch callee.kind {
        case .identifier(let name): return (name.text, false, nil)
        case .operatorFunction(let op): return (op.spelling, false, nil)
        case .typed(let object, let type):
            switch object.kind {
            case .identifier: return (type, true, nil)
            default: return nil
            }
        case .field(let module, let name):
            guard case .identifier(let moduleName) = module.kind else { return nil }
            guard Parser.extensibleModules.contains(moduleName.text) else {
                throw error("defining methods of `\(moduleName.text).\(name)` is not supported; the modules whose functions can be extended are \(Parser.extensibleModules.sorted().joined(separator: ", "))", at: callee.position)
            }
            return (name, false, moduleName.text)
        default: return nil
        }
    }

    /// Reads `.name` (or `.:op`) after a module's name in `function Base.length(...)`.
    private mutating func postfixName(_ module: Expr) throws(SyntaxError) -> Expr {
        advance()  // `.`
        guard case .identifier(let name) = peek().kind else {
            throw error("expected a function's name after `.` in the function's name")
        }
        advance()
        return Expr(.field(module, name), at: module.position)
    }

    /// `struct Name{T} fields and inner constructors end`, after `mutable` when it is one.
    private mutating func structDefinition(isMutable: Bool, at position: SourcePosition) throws(SyntaxError) -> Expr {
        advance()  // `struct`
        opening(.struct, at: position)
        defer { openBlocks.removeLast() }
        guard case .identifier(let name) = peek().kind else { throw error("expected the struct's name after `struct`") }
        advance()
        var parameters: [TypeParameter] = []
        if check(.leftBrace), !peek().spaceBefore {
            advance()
            repeat {
                guard case .identifier(let parameter) = peek().kind else { throw error("expected a type parameter's name in `\(name){...}`") }
                advance()
                var bound: String?
                if subtypeMarkFollows() { bound = try typeName() }
                parameters.append(TypeParameter(name: parameter, bound: bound))
            } while match(.comma)
            try expect(.rightBrace, "to close the type parameters of `\(name)`")
        }
        var supertype: String?
        if subtypeMarkFollows() {
            supertype = try typeName()
            if supertype?.contains("{") == true {
                throw error("a parametric supertype (`struct \(name) <: \(supertype ?? "")`) is not supported yet", at: position)
            }
        }
        let body = try block(until: [.end])
        try expectEnd()
        guard case .block(let statements) = body.kind else { throw error("expected the fields of `\(name)`", at: position) }
        var fields: [FieldDecl] = []
        var constructors: [FunctionDecl] = []
        for var statement in statements {
            var isConst = false
            if case .declaration(.const, let items) = statement.kind, items.count == 1 {
                isConst = true
                statement = items[0]
            }
            switch statement.kind {
            case .identifier(let field): fields.append(FieldDecl(name: field.text, typeName: nil, isConst: isConst))
            case .typed(let inner, let type):
                guard case .identifier(let field) = inner.kind else {
                    throw error("expected a field's name before `::\(type)` in `\(name)`", at: statement.position)
                }
                fields.append(FieldDecl(name: field.text, typeName: type, isConst: isConst))
            case .function(let decl) where decl.name == name: constructors.append(decl)
            case .string: continue  // a docstring
            case .assign:
                throw error("field defaults (`x = 1` inside a struct) need Base.@kwdef, which is not supported", at: statement.position)
            default:
                throw error("expected a field (`x` or `x::Type`) or a constructor `\(name)(...) = new(...)` inside `struct \(name)`", at: statement.position)
            }
        }
        var seen = Set<String>()
        for field in fields where !seen.insert(field.name).inserted {
            throw error("duplicate field name: \"\(field.name)\" is not unique", at: position)
        }
        let decl = StructDecl(
            name: name, typeParameters: parameters, isMutable: isMutable, fields: fields, innerConstructors: constructors, position: position,
            supertype: supertype)
        return Expr(.structDefinition(decl), at: position)
    }

    /// `abstract type Name end` or `abstract type Name <: Parent end`, at `abstract`.
    private mutating func abstractTypeDefinition(at position: SourcePosition) throws(SyntaxError) -> Expr {
        advance()  // `abstract`
        advance()  // `type`
        guard case .identifier(let name) = peek().kind else { throw error("expected the type's name after `abstract type`") }
        advance()
        if check(.leftBrace), !peek().spaceBefore {
            throw error("parametric abstract types (`abstract type \(name){T} end`) are not supported yet", at: position)
        }
        var supertype: String?
        if subtypeMarkFollows() {
            supertype = try typeName()
            if supertype?.contains("{") == true {
                throw error("a parametric supertype (`abstract type \(name) <: \(supertype ?? "")`) is not supported yet", at: position)
            }
        }
        repeat { skipNewlines() } while match(.semicolon)
        guard check(.end) else { throw error("expected `end` after `abstract type \(name)`, found \(peek())") }
        advance()
        return Expr(.abstractTypeDefinition(name: name, supertype: supertype), at: position)
    }

    /// `where T`, `where T <: Real` or `where {T, S <: Number}` after a method's signature.
    private mutating func whereClause() throws(SyntaxError) -> [TypeParameter] {
        advance()  // `where`
        let braced = match(.leftBrace)
        var variables: [TypeParameter] = []
        repeat {
            guard case .identifier(let name) = peek().kind else { throw error("expected a type variable's name after `where`") }
            advance()
            var bound: String?
            if subtypeMarkFollows() {
                bound = try typeName()
            } else if case .operator(.supertype, false) = peek().kind {
                throw error("lower bounds in `where` clauses (`\(name) >: ...`) are not supported yet")
            }
            variables.append(TypeParameter(name: name, bound: bound))
        } while braced && match(.comma)
        if braced { try expect(.rightBrace, "to close the `where` clause") }
        if check(.where) { throw error("several `where` clauses are not supported yet; write one: where {T, S}") }
        return variables
    }

    /// Whether `<:` comes next; reads it when it does. (The scanner reads `<:` as `<`
    /// and the start of `:Real`, so both spellings are taken.)
    private mutating func subtypeMarkFollows() -> Bool {
        if case .operator(.subtype, false) = peek().kind {
            advance()
            return true
        }
        guard case .operator(.less, false) = peek().kind else { return false }
        switch peekAfter().kind {
        case .punctuation(.colon):
            advance()
            advance()
            return true
        case .symbol(let text):
            // `<:Real` scanned as `<` and the symbol `:Real`: put the name back as an identifier.
            advance()
            tokens[current] = Token(kind: .identifier(text), lexeme: text, position: tokens[current].position, spaceBefore: false)
            return true
        default:
            return false
        }
    }

    /// Reads a parameter list that was parsed as call arguments: `x`, `x::T`, `x=1`,
    /// `xs...`, and after `;` keyword parameters.
    private mutating func functionParameters(from arguments: [Argument]) throws(SyntaxError) -> ([Parameter], [Parameter]) {
        var positional: [Parameter] = []
        var keywords: [Parameter] = []
        for argument in arguments {
            var parameter: Parameter
            if let name = argument.name, argument.afterSemicolon, case .identifier(let symbol) = argument.value.kind, symbol.text == name {
                // `f(; lr) = ...` declares a keyword without a default.
                parameter = Parameter(name: name, pattern: nil, defaultValue: nil, isVarargs: false, typeName: nil)
            } else if let name = argument.name {
                var typeName: String?
                if case .typed(_, let t) = argument.value.kind { typeName = t }
                parameter = Parameter(
                    name: name, pattern: nil, defaultValue: argument.value, isVarargs: false, typeName: typeName)
            } else {
                parameter = try self.parameter(from: argument.value)
            }
            if argument.afterSemicolon {
                if keywords.last?.isVarargs == true {
                    throw error("`...` may only mark the last keyword parameter", at: argument.value.position)
                }
                keywords.append(parameter)
            } else {
                if positional.last?.isVarargs == true {
                    throw error("`...` may only mark the last parameter", at: argument.value.position)
                }
                positional.append(parameter)
            }
        }
        var seen = Set<String>()
        for p in positional + keywords where !seen.insert(p.name).inserted {
            throw error("parameter `\(p.name)` appears twice")
        }
        return (positional, keywords)
    }

    private mutating func parameter(from expr: Expr) throws(SyntaxError) -> Parameter {
        switch expr.kind {
        case .identifier(let name):
            return Parameter(name: name.text, pattern: nil, defaultValue: nil, isVarargs: false, typeName: nil)
        case .typed(let inner, let type):
            var p = try parameter(from: inner)
            p.typeName = type
            return p
        case .splat(let inner):
            var p = try parameter(from: inner)
            p.isVarargs = true
            return p
        case .assign(let target, let value):
            var p = try parameter(from: target)
            p.defaultValue = value
            return p
        case .tuple:
            return Parameter(name: "#tuple\(expr.position.line)_\(expr.position.column)", pattern: expr,
                defaultValue: nil, isVarargs: false, typeName: nil)
        default:
            throw error("expected a parameter name", at: expr.position)
        }
    }

    private mutating func ifExpression() throws(SyntaxError) -> Expr {
        let keyword = advance()
        opening(.if, at: keyword.position)
        defer { openBlocks.removeLast() }
        var branches: [(condition: Expr, body: Expr)] = []
        var otherwise: Expr?
        let condition = try withContext(.block) { (p: inout Parser) throws(SyntaxError) in try p.expressionInBlock() }
        branches.append((condition, try block(until: [.elseif, .else, .end])))
        while true {
            if check(.elseif) {
                advance()
                let c = try withContext(.block) { (p: inout Parser) throws(SyntaxError) in try p.expressionInBlock() }
                branches.append((c, try block(until: [.elseif, .else, .end])))
            } else if check(.else) {
                advance()
                otherwise = try block(until: [.end])
                try expectEnd()
                break
            } else {
                try expectEnd()
                break
            }
        }
        return Expr(.ifElse(branches: branches, otherwise: otherwise), at: keyword.position)
    }

    private mutating func forLoop() throws(SyntaxError) -> Expr {
        let keyword = advance()
        opening(.for, at: keyword.position)
        defer { openBlocks.removeLast() }
        var clauses = [try loopClause()]
        while match(.comma) { clauses.append(try loopClause()) }
        let body = try block(until: [.end])
        try expectEnd()
        return Expr(.forLoop(clauses: clauses, body: body), at: keyword.position)
    }

    /// `x in xs`, `x = xs`, `x ∈ xs`, `(i, x) in enumerate(v)`, `outer i in xs`.
    private mutating func loopClause() throws(SyntaxError) -> LoopClause {
        var target = try loopTarget()
        var outer = false
        if case .identifier(let word) = target.kind, word.text == "outer", !check(.in), !peek().isAssignment {
            // `outer` before the name marks it; `for outer = 1:3` is a variable named outer.
            outer = true
            if check(.leftParen) {
                throw error("`for outer` with a tuple of loop variables is not supported; write `for outer` before a single name")
            }
            target = try loopTarget()
        }
        guard check(.in) || peek().isAssignment else {
            throw error("expected `in` or `=` after the loop variable, found \(peek())")
        }
        advance()
        let iterable = try withContext(.block) { (p: inout Parser) throws(SyntaxError) in try p.pipe() }
        return LoopClause(target: target, iterable: iterable, outer: outer)
    }

    private mutating func loopTarget() throws(SyntaxError) -> Expr {
        let token = peek()
        switch token.kind {
        case .identifier(let name):
            advance()
            return Expr(.identifier(Name(name)), at: token.position)
        case .punctuation(.leftParen):
            advance()
            return try withContext(.parens) { (p: inout Parser) throws(SyntaxError) -> Expr in
                var items = [try p.loopTarget()]
                while p.match(.comma) {
                    if p.check(.rightParen) { break }
                    items.append(try p.loopTarget())
                }
                try p.expect(.rightParen, "to close the loop variables")
                return Expr(.tuple(items), at: token.position)
            }
        default:
            throw error("expected a loop variable name, found \(token)")
        }
    }

    /// `try body catch e handler else otherwise finally cleanup end`: `catch` and `finally`
    /// are each optional but one must be there, and `else` needs a `catch` before it and
    /// goes before `finally` (Julia's order).
    private mutating func tryCatch() throws(SyntaxError) -> Expr {
        let keyword = advance()
        opening(.try, at: keyword.position)
        defer { openBlocks.removeLast() }
        let body = try block(until: [.catch, .else, .finally, .end])
        var errorName: String?
        var handler: Expr?
        var otherwise: Expr?
        var cleanup: Expr?
        if check(.catch) {
            advance()
            // `catch e` names the error only on the same line; a newline starts the handler.
            if case .identifier(let name) = peek().kind {
                advance()
                errorName = name
            }
            handler = try block(until: [.else, .finally, .end])
        }
        if check(.else) {
            guard handler != nil else { throw error("`else` in a `try` needs a `catch` block before it") }
            advance()
            otherwise = try block(until: [.finally, .end])
        }
        if check(.finally) {
            advance()
            cleanup = try block(until: [.end])
        }
        if handler == nil && cleanup == nil && check(.end) {
            throw error("`try` without `catch` or `finally`")
        }
        try expectEnd()
        return Expr(.tryCatch(body: body, errorName: errorName, handler: handler, otherwise: otherwise, cleanup: cleanup), at: keyword.position)
    }

    /// `f(args) do x ... end` passes the block as a function, first: `f(x -> ..., args)`.
    private mutating func doBlock(_ call: Expr) throws(SyntaxError) -> Expr {
        guard case .call(let callee, let arguments, let broadcast) = call.kind else {
            throw error("`do` must follow a call such as map(v) do x ... end")
        }
        let keyword = advance()
        opening(.do, at: keyword.position)
        defer { openBlocks.removeLast() }
        var parameters: [Parameter] = []
        while case .identifier(let name) = peek().kind {
            advance()
            parameters.append(Parameter(name: name, pattern: nil, defaultValue: nil, isVarargs: false, typeName: nil))
            if !match(.comma) { break }
        }
        let body = try block(until: [.end])
        try expectEnd()
        let decl = FunctionDecl(name: nil, parameters: parameters, keywordParameters: [], body: body, position: keyword.position)
        let lambda = Argument(name: nil, value: Expr(.lambda(decl), at: keyword.position))
        return Expr(.call(callee: callee, arguments: [lambda] + arguments, broadcast: broadcast), at: call.position)
    }

    private mutating func letBlock() throws(SyntaxError) -> Expr {
        let keyword = advance()
        opening(.let, at: keyword.position)
        defer { openBlocks.removeLast() }
        var bindings: [Expr] = []
        if !peek().isLineEnd {
            bindings.append(try assignment(allowTuple: false))
            while match(.comma) { bindings.append(try assignment(allowTuple: false)) }
        }
        for binding in bindings {
            switch binding.kind {
            case .identifier, .assign: continue
            default: throw error("expected `name` or `name = value` in `let`", at: binding.position)
            }
        }
        let body = try block(until: [.end])
        try expectEnd()
        return Expr(.letBlock(bindings: bindings, body: body), at: keyword.position)
    }

    // MARK: Parentheses and brackets

    private mutating func parenthesized(at position: SourcePosition) throws(SyntaxError) -> Expr {
        try withContext(.parens) { (p: inout Parser) throws(SyntaxError) -> Expr in
            if p.match(.rightParen) { return Expr(.tuple([]), at: position) }
            if p.check(.doubleColon) {
                // `(::Dense)(x) = ...`: a method of a struct's values that does not name the object.
                p.advance()
                let type = try p.typeName()
                try p.expect(.rightParen, "to close `(::\(type))`")
                return Expr(.typed(Expr(.identifier(Name("#self")), at: position), type), at: position)
            }
            if p.check(.semicolon) {
                // `(; a = 1)` named tuple: rare; refuse clearly.
                throw p.error("expected an expression after `(`")
            }
            let first = try p.assignment(allowTuple: false)
            if p.check(.for) {
                let generator = try p.comprehension(body: first, generator: true)
                try p.expect(.rightParen, "to close the generator from \(position)")
                return generator
            }
            if p.check(.semicolon) {
                // `(a; b)` evaluates both, like `begin a; b end`.
                var statements = [first]
                while p.match(.semicolon) {
                    if p.check(.rightParen) { break }
                    statements.append(try p.assignment(allowTuple: false))
                }
                try p.expect(.rightParen, "to close `(` from \(position)")
                return Expr(.block(statements), at: position)
            }
            if p.match(.rightParen) {
                if case .assign = first.kind { return first }
                // Parentheses only group; keep the inner node but mark grouping for `(a, b) -> ...`.
                return first
            }
            var items = [first]
            while p.match(.comma) {
                if p.check(.rightParen) { break }
                var item = try p.assignment(allowTuple: false)
                if p.match(.splat) { item = Expr(.splat(item), at: item.position) }
                items.append(item)
            }
            try p.expect(.rightParen, "to close `(` from \(position)")
            let named = items.compactMap { item -> (String, Expr)? in
                if case .assign(let target, let value) = item.kind, case .identifier(let symbol) = target.kind {
                    return (symbol.text, value)
                }
                return nil
            }
            if named.count == items.count { return Expr(.namedTuple(named), at: position) }
            if !named.isEmpty { throw p.error("a tuple cannot mix `name = value` and plain elements", at: position) }
            return Expr(.tuple(items), at: position)
        }
    }

    private mutating func comprehension(body: Expr, generator: Bool) throws(SyntaxError) -> Expr {
        advance()  // `for`
        var clauses = [try loopClause()]
        while true {
            if match(.comma) {
                clauses.append(try loopClause())
            } else if newlinesThenKeyword(.for) {
                advance()
                var clause = try loopClause()
                clause.nests = true
                clauses.append(clause)
            } else {
                break
            }
        }
        if let clause = clauses.first(where: \.outer) {
            throw error("`outer` in a comprehension's `for` is not supported; `for outer` is for loops", at: clause.target.position)
        }
        var condition: Expr?
        if newlinesThenKeyword(.if) {
            advance()
            condition = try withContext(.block) { (p: inout Parser) throws(SyntaxError) in try p.ternary() }
        }
        return Expr(.comprehension(body: body, clauses: clauses, condition: condition, generator: generator), at: body.position)
    }

    /// Elements separated by commas up to `close`, newlines allowed.
    private mutating func commaList(close: Punctuation, openedAt open: SourcePosition) throws(SyntaxError) -> [Expr] {
        var items: [Expr] = []
        skipNewlines()
        while !match(close) {
            if case .endOfInput = peek().kind { throw error("expected `\(close.rawValue)` to close `[` from \(open)") }
            var item = try arrow()
            if match(.splat) { item = Expr(.splat(item), at: item.position) }
            items.append(item)
            skipNewlines()
            if case .endOfInput = peek().kind { throw error("expected `\(close.rawValue)` to close `[` from \(open)") }
            if !check(close) {
                try expect(.comma, "or `\(close.rawValue)` between elements")
                skipNewlines()
            }
        }
        return items
    }

    private mutating func arrayLiteral(at position: SourcePosition) throws(SyntaxError) -> Expr {
        let savedTernary = ternaryDepth
        ternaryDepth = 0
        defer { ternaryDepth = savedTernary }
        return try withContext(.brackets) { (p: inout Parser) throws(SyntaxError) -> Expr in
            p.skipNewlines()
            if p.match(.rightBracket) { return Expr(.vector([]), at: position) }
            var first = try p.arrow()
            if p.match(.splat) { first = Expr(.splat(first), at: first.position) }
            if p.newlinesThenKeyword(.for) {
                let result = try p.comprehension(body: first, generator: false)
                p.skipNewlines()
                try p.expect(.rightBracket, "to close the comprehension from \(position)")
                return result
            }
            if p.check(.comma) {
                p.advance()
                p.skipNewlines()
                var items = [first]
                items.append(contentsOf: try p.commaList(close: .rightBracket, openedAt: position))
                return Expr(.vector(items), at: position)
            }
            var elements = [first]
            var separators: [Int] = []
            var trailing = 0
            while true {
                let token = p.peek()
                if token.is(.rightBracket) {
                    p.advance()
                    break
                }
                if case .endOfInput = token.kind { throw p.error("expected `]` to close `[` from \(position)") }
                let level: Int
                if token.is(.semicolon) || token.is(.doubleSemicolon) || token.kind == .newline {
                    let run = p.semicolonRun()
                    level = run.level
                    if p.check(.rightBracket) {
                        // A newline before `]` is layout; a `;` there is a concatenation.
                        if run.semicolons { trailing = Swift.max(trailing, level) }
                        continue
                    }
                } else if token.spaceBefore {
                    level = 0
                } else if token.is(.comma) {
                    throw p.error("cannot mix `,` with spaces or `;` in one array literal")
                } else {
                    throw p.error("expected `,`, `;`, a space or `]` in the array literal, found \(token)")
                }
                var item = try p.arrow()
                if p.match(.splat) { item = Expr(.splat(item), at: item.position) }
                elements.append(item)
                separators.append(level)
            }
            if separators.isEmpty && trailing == 0 { return Expr(.vector([first]), at: position) }
            var body = Parser.concatenation(elements[...], separators[...], at: position)
            if !separators.isEmpty { body.position = position }
            // A trailing `;` (`[1:15;]`) or `;;` (`[v;;]`) concatenates the whole along that dimension.
            if trailing > 0, case .concatenation(let d, _) = body.kind, d >= trailing { return body }
            return trailing > 0 ? Expr(.concatenation(dimension: trailing, [body]), at: position) : body
        }
    }

    /// Reads a run of `;`, `;;` and newlines between array elements: its level is the
    /// number of semicolons written together (a newline counts as one), as in `[a; b]`,
    /// `[a;; b]`, `[a;;; b]`.
    private mutating func semicolonRun() -> (level: Int, semicolons: Bool) {
        var level = 0
        var count = 0
        var semicolons = false
        while true {
            let token = tokens[current]
            if token.kind == .newline {
                level = Swift.max(level, 1)
                count = 0
            } else if token.is(.semicolon) || token.is(.doubleSemicolon) {
                if token.spaceBefore { count = 0 }
                count += token.is(.semicolon) ? 1 : 2
                level = Swift.max(level, count)
                semicolons = true
            } else {
                return (level, semicolons)
            }
            current += 1
        }
    }

    /// The tree of concatenations Julia reads from elements and the separators between
    /// them: spaces (level 0) join side by side, tighter than `;` (level 1, stacking
    /// down), which binds tighter than `;;` (level 2, side by side), `;;;` (level 3) and so on.
    private static func concatenation(_ elements: ArraySlice<Expr>, _ separators: ArraySlice<Int>, at position: SourcePosition) -> Expr {
        guard let level = separators.max() else { return elements.first! }
        var groups: [Expr] = []
        var start = elements.startIndex
        for (k, separator) in zip(separators.indices, separators) where separator == level {
            let end = elements.startIndex + (k - separators.startIndex) + 1
            groups.append(concatenation(elements[start..<end], separators[(separators.startIndex + (start - elements.startIndex))..<k], at: position))
            start = end
        }
        groups.append(concatenation(elements[start...], separators[(separators.startIndex + (start - elements.startIndex))...], at: position))
        return Expr(.concatenation(dimension: level == 0 ? 2 : level, groups), at: groups[0].position)
    }
}
