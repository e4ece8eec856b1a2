import Testing
@testable import Language

/// The scanner's context-dependent decisions, checked token by token.
struct ScannerTests {
    private func kinds(_ source: String) throws -> [Token.Kind] {
        try Scanner.tokens(of: source).map(\.kind).dropLast()
    }

    @Test func numbersKeepTheirJuliaType() throws {
        #expect(try kinds("42 4.0 1e-3 .5 1_000") == [
            .integer(42), .float(4.0), .float(0.001), .float(0.5), .integer(1000),
        ])
    }

    /// Julia's 0x1f is a UInt8 (repr 0x1f); without unsigned types the literal is refused.
    @Test func unsignedLiteralsAreRefused() {
        for source in ["0x1f", "0b101", "0o17", "x = 0xdead_beef"] {
            #expect(throws: SyntaxError.self) { try Scanner.tokens(of: source) }
        }
    }

    @Test func aQuoteAfterAValueIsATranspose() throws {
        #expect(try kinds("W'") == [.identifier("W"), .punctuation(.prime)])
        #expect(try kinds("(a)'") == [.punctuation(.leftParen), .identifier("a"), .punctuation(.rightParen), .punctuation(.prime)])
        #expect(try kinds("f('a')") == [.identifier("f"), .punctuation(.leftParen), .char("a"), .punctuation(.rightParen)])
        #expect(try kinds("x = 'b'") == [.identifier("x"), .assignment(nil, dotted: false), .char("b")])
    }

    @Test func aColonBeforeANameIsASymbolUnlessItIsARange() throws {
        #expect(try kinds(":lstm") == [.symbol("lstm")])
        #expect(try kinds("1:n") == [.integer(1), .punctuation(.colon), .identifier("n")])
        #expect(try kinds("a:b") == [.identifier("a"), .punctuation(.colon), .identifier("b")])
        #expect(try kinds("f(:a)") == [.identifier("f"), .punctuation(.leftParen), .symbol("a"), .punctuation(.rightParen)])
        #expect(try kinds("x::Int") == [.identifier("x"), .punctuation(.doubleColon), .identifier("Int")])
    }

    @Test func dottedOperatorsAreOneToken() throws {
        #expect(try kinds("a .+ b .^ 2 ./ c .== d") == [
            .identifier("a"), .operator(.plus, dotted: true), .identifier("b"), .operator(.power, dotted: true), .integer(2), .operator(.divide, dotted: true), .identifier("c"),
            .operator(.equal, dotted: true), .identifier("d"),
        ])
        #expect(try kinds("2.^x") == [.integer(2), .operator(.power, dotted: true), .identifier("x")])
        #expect(try kinds("f.(x)") == [.identifier("f"), .punctuation(.dot), .punctuation(.leftParen), .identifier("x"), .punctuation(.rightParen)])
    }

    @Test func bangEndsANameButNotAComparison() throws {
        #expect(try kinds("push!(v)") == [.identifier("push!"), .punctuation(.leftParen), .identifier("v"), .punctuation(.rightParen)])
        #expect(try kinds("a!=b") == [.identifier("a"), .operator(.notEqual, dotted: false), .identifier("b")])
    }

    @Test func unicodeOperatorsAndNames() throws {
        #expect(try kinds("α ≤ β ≠ γ ÷ 2") == [
            .identifier("α"), .operator(.lessEqual, dotted: false), .identifier("β"), .operator(.notEqual, dotted: false), .identifier("γ"), .operator(.integerDivide, dotted: false), .integer(2),
        ])
        #expect(try kinds("x ∈ xs") == [.identifier("x"), .keyword(.in), .identifier("xs")])
    }

    @Test func stringsSplitIntoTextAndCode() throws {
        let tokens = try Scanner.tokens(of: #""a $x b $(y + 1)""#)
        guard case .string(let parts) = tokens[0].kind else {
            Issue.record("expected a string token")
            return
        }
        #expect(parts.count == 4)
        #expect(parts[0] == .text("a "))
        if case .code(let code, let position) = parts[1] {
            #expect(code == "x")
            #expect(position == SourcePosition(line: 1, column: 5))
        } else {
            Issue.record("expected code for $x")
        }
        if case .code(let code, _) = parts[3] { #expect(code == "y + 1") } else { Issue.record("expected code") }
    }

    @Test func commentsNestAndNewlinesCollapse() throws {
        // Blank lines and comment-only lines between statements make a single newline token.
        #expect(try kinds("a #= x #= y =# z =# b\n\n\n# note\nc") == [
            .identifier("a"), .identifier("b"), .newline, .identifier("c"),
        ])
    }

    @Test func operatorsReadAsTheirCaseWithEveryForm() throws {
        #expect(try kinds("a ⊻= b << 2 >>> 1 // 3") == [
            .identifier("a"), .assignment(.xor, dotted: false), .identifier("b"), .operator(.shiftLeft, dotted: false),
            .integer(2), .operator(.unsignedShiftRight, dotted: false), .integer(1), .operator(.rational, dotted: false),
            .integer(3),
        ])
        #expect(try kinds("x .÷= 2; f ∘ g; v .|> h; ~n") == [
            .identifier("x"), .assignment(.integerDivide, dotted: true), .integer(2), .punctuation(.semicolon),
            .identifier("f"), .operator(.compose, dotted: false), .identifier("g"), .punctuation(.semicolon),
            .identifier("v"), .operator(.pipe, dotted: true), .identifier("h"), .punctuation(.semicolon),
            .operator(.bitNot, dotted: false), .identifier("n"),
        ])
        #expect(try kinds("a .= b ≥ c => d") == [
            .identifier("a"), .assignment(nil, dotted: true), .identifier("b"), .operator(.greaterEqual, dotted: false),
            .identifier("c"), .operator(.pair, dotted: false), .identifier("d"),
        ])
    }

    @Test func everyTokenKnowsItsLineAndColumn() throws {
        let tokens = try Scanner.tokens(of: "x = 1\n  y += 2")
        let y = try #require(tokens.first { $0.kind == .identifier("y") })
        #expect(y.position == SourcePosition(line: 2, column: 3))
        #expect(y.spaceBefore)
        let plus = try #require(tokens.first { $0.kind == .assignment(.plus, dotted: false) })
        #expect(plus.position == SourcePosition(line: 2, column: 5))
    }

    @Test func scannerErrorsPointAtTheProblem() {
        #expect(throws: SyntaxError.self) { try Scanner.tokens(of: "\"open") }
        do {
            _ = try Scanner.tokens(of: "x = 1\ny = 99999999999999999999")
            Issue.record("expected an error")
        } catch {
            #expect(error.position == SourcePosition(line: 2, column: 5))
            #expect(error.message.contains("too large"))
        }
    }
}
