import Testing
@testable import Language

/// The scanner's context-dependent decisions, checked token by token.
struct ScannerTests {
    private func kinds(_ source: String) throws -> [Token.Kind] {
        try Scanner.tokens(of: source).map(\.kind).dropLast()
    }

    @Test func numbersKeepTheirJuliaType() throws {
        #expect(try kinds("42 4.0 1e-3 .5 0x1f 1_000") == [
            .integer(42), .float(4.0), .float(0.001), .float(0.5), .integer(31), .integer(1000),
        ])
    }

    @Test func aQuoteAfterAValueIsATranspose() throws {
        #expect(try kinds("W'") == [.identifier("W"), .op("'")])
        #expect(try kinds("(a)'") == [.op("("), .identifier("a"), .op(")"), .op("'")])
        #expect(try kinds("f('a')") == [.identifier("f"), .op("("), .char("a"), .op(")")])
        #expect(try kinds("x = 'b'") == [.identifier("x"), .op("="), .char("b")])
    }

    @Test func aColonBeforeANameIsASymbolUnlessItIsARange() throws {
        #expect(try kinds(":lstm") == [.symbol("lstm")])
        #expect(try kinds("1:n") == [.integer(1), .op(":"), .identifier("n")])
        #expect(try kinds("a:b") == [.identifier("a"), .op(":"), .identifier("b")])
        #expect(try kinds("f(:a)") == [.identifier("f"), .op("("), .symbol("a"), .op(")")])
        #expect(try kinds("x::Int") == [.identifier("x"), .op("::"), .identifier("Int")])
    }

    @Test func dottedOperatorsAreOneToken() throws {
        #expect(try kinds("a .+ b .^ 2 ./ c .== d") == [
            .identifier("a"), .op(".+"), .identifier("b"), .op(".^"), .integer(2), .op("./"), .identifier("c"),
            .op(".=="), .identifier("d"),
        ])
        #expect(try kinds("2.^x") == [.integer(2), .op(".^"), .identifier("x")])
        #expect(try kinds("f.(x)") == [.identifier("f"), .op("."), .op("("), .identifier("x"), .op(")")])
    }

    @Test func bangEndsANameButNotAComparison() throws {
        #expect(try kinds("push!(v)") == [.identifier("push!"), .op("("), .identifier("v"), .op(")")])
        #expect(try kinds("a!=b") == [.identifier("a"), .op("!="), .identifier("b")])
    }

    @Test func unicodeOperatorsAndNames() throws {
        #expect(try kinds("α ≤ β ≠ γ ÷ 2") == [
            .identifier("α"), .op("<="), .identifier("β"), .op("!="), .identifier("γ"), .op("÷"), .integer(2),
        ])
        #expect(try kinds("x ∈ xs") == [.identifier("x"), .keyword("in"), .identifier("xs")])
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

    @Test func everyTokenKnowsItsLineAndColumn() throws {
        let tokens = try Scanner.tokens(of: "x = 1\n  y += 2")
        let y = try #require(tokens.first { $0.kind == .identifier("y") })
        #expect(y.position == SourcePosition(line: 2, column: 3))
        #expect(y.spaceBefore)
        let plus = try #require(tokens.first { $0.kind == .op("+=") })
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
