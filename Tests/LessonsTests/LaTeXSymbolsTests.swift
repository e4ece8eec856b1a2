import Testing
@testable import Lessons

/// The `\name<Tab>` table, as the Julia REPL has it for these symbols.
struct LaTeXSymbolsTests {
    @Test(arguments: [
        ("\\alpha", "α"), ("\\lambda", "λ"), ("\\sigma", "σ"), ("\\rho", "ρ"), ("\\odot", "⊙"), ("\\nabla", "∇"),
        ("\\partial", "∂"), ("\\in", "∈"), ("\\approx", "≈"), ("\\le", "≤"), ("\\Lambda", "Λ"), ("\\epsilon", "ϵ"),
        ("\\varepsilon", "ε"), ("\\cdot", "⋅"), ("\\sum", "∑"), ("h\\_t", "ₜ"), ("x\\^2", "²"), ("W\\^T", "ᵀ"),
    ])
    func aNameAtTheEndOfTheLineBecomesItsSymbol(typed: String, symbol: String) {
        let found = LaTeXSymbols.substitution(endOf: "y = " + typed)
        #expect(found?.symbol == symbol)
        #expect(typed.hasSuffix(found?.typed ?? "?"))
    }

    @Test func onlyACompleteNameIsReplacedAndPrefixesListTheNames() {
        #expect(LaTeXSymbols.substitution(endOf: "\\alp") == nil)
        #expect(LaTeXSymbols.substitution(endOf: "alpha") == nil)
        #expect(LaTeXSymbols.candidates(endOf: "x = \\la") == ["\\lambda"])
        #expect(LaTeXSymbols.candidates(endOf: "\\var").contains("\\varepsilon"))
    }

    @Test func helpTellsHowToTypeASymbolEitherWay() {
        #expect(LaTeXSymbols.help(for: "\\alpha") == "\\alpha then Tab types α, as in the Julia REPL.")
        #expect(LaTeXSymbols.help(for: "λ") == "λ is typed as \\lambda then Tab, as in the Julia REPL.")
        #expect(LaTeXSymbols.help(for: "≤") == "≤ is typed as \\le then Tab, as in the Julia REPL.")
        #expect(LaTeXSymbols.help(for: "lstm") == nil)
    }

    @Test func lessonMathShowsWhatTabTypes() {
        #expect(MathText.render("\\lambda \\odot h_t") == "λ ⊙ hₜ")
    }
}
