import Testing
@testable import Language

/// Names as Julia 1.10 reads them (src/flisp/julia_extensions.c, `jl_id_start_char`
/// and `jl_id_char`; src/flisp/julia_charmap.h).
struct IdentifierCharactersTests {
    @Test(arguments: ["😺", "🐱", "❤️", "€", "°", "∇", "∂", "∑", "∞", "⊤", "π", "ℯ", "_", "𝟘", "℘", "∠", "⁺", "ʰ"])
    func theseStartAName(_ c: String) {
        #expect(IdentifierCharacters.canStart(Character(c)), "\(c)")
    }

    @Test(arguments: ["→", "√", "÷", "≤", "∈", "×", "¦", "�", "1", "!", "′", "¬", "·", "👨‍👩‍👧", "∘", "⋅"])
    func theseDoNot(_ c: String) {
        #expect(!IdentifierCharacters.canStart(Character(c)), "\(c)")
    }

    @Test(arguments: ["1", "!", "′", "″", "⁗", "₁", "²", "\u{0302}", "🏽", "‿"])
    func theseContinueOne(_ c: String) {
        #expect(IdentifierCharacters.canContinue(Character(c)), "\(c)")
    }

    @Test(arguments: ["→", "√", "\u{200D}", "·", "-"])
    func theseEndOne(_ c: String) {
        #expect(!IdentifierCharacters.canContinue(Character(c)), "\(c)")
    }

    @Test func emojiAndSymbolNamesRunAsVariables() {
        let run = runProgram("😺 = 1\n😀 = 0\n😞 = -1\nprintln(😺 + 😞 == 😀)\n°C = 20\nx̂ = 2\nx₁′ = 3\nprintln(°C + x̂ + x₁′, \" $😺\")")
        #expect(run.error == nil, "\(run.error ?? "")")
        #expect(run.lines == ["true", "25 1"])
    }

    @Test func confusableLettersAreOneName() {
        let run = runProgram("µ = 1.5\nprintln(μ)\nɛ = 2\nprintln(ε)\nprintln(:µ === :μ)")
        #expect(run.lines == ["1.5", "2", "true"])
    }

    @Test(arguments: ["x = 1 → 2", "a = ¦", "`x` = 1"])
    func otherCharactersAreASyntaxError(_ source: String) {
        #expect(throws: SyntaxError.self) { try Parser.parse(source) }
        let run = runProgram(source)
        #expect(run.error?.contains("unexpected character") == true, "\(run.error ?? "no error")")
    }
}
