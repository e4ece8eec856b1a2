// Plain-ASCII stand-ins for the characters that plot text (titles, labels, legends,
// notes) commonly holds, so that a plot drawn for an ASCII terminal is ASCII all
// through: `ρ` reads `rho`, `‖dh‖` reads `||dh||`, `hₜ₋₁` reads `h_t-1`.

public enum AsciiText {
    static let names: [Character: String] = [
        "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "eps", "η": "eta", "θ": "theta",
        "λ": "lambda", "μ": "mu", "π": "pi", "ρ": "rho", "σ": "sigma", "τ": "tau", "φ": "phi", "ω": "omega",
        "Δ": "Delta", "Λ": "Lambda", "Σ": "Sigma", "Ω": "Omega", "∂": "d", "∇": "grad",
        "‖": "||", "×": "x", "·": ".", "•": "*", "…": "...", "–": "-", "—": "-", "−": "-", "≈": "~",
        "≤": "<=", "≥": ">=", "≠": "!=", "→": "->", "←": "<-", "∞": "Inf", "√": "sqrt", "∈": "in",
        "ϵ": "eps", "ϕ": "phi", "⋅": ".", "∑": "sum", "∏": "prod", "±": "+-", "∘": "o", "≡": "==",
        "⊙": ".*", "′": "'", "‘": "'", "’": "'", "“": "\"", "”": "\"", "°": "deg", "│": "|", "─": "-",
    ]
    /// Unicode sub- and superscript characters and the plain ones they raise or lower;
    /// the lessons' math rendering uses the same tables the other way round.
    public static let subscripts: [Character: Character] = [
        "₀": "0", "₁": "1", "₂": "2", "₃": "3", "₄": "4", "₅": "5", "₆": "6", "₇": "7", "₈": "8", "₉": "9",
        "₊": "+", "₋": "-", "₌": "=", "₍": "(", "₎": ")", "ₐ": "a", "ₑ": "e", "ₕ": "h", "ᵢ": "i", "ⱼ": "j",
        "ₖ": "k", "ₗ": "l", "ₘ": "m", "ₙ": "n", "ₒ": "o", "ₚ": "p", "ᵣ": "r", "ₛ": "s", "ₜ": "t", "ᵤ": "u",
        "ᵥ": "v", "ₓ": "x",
    ]
    public static let superscripts: [Character: Character] = [
        "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9",
        "⁺": "+", "⁻": "-", "⁼": "=", "⁽": "(", "⁾": ")", "ⁿ": "n", "ⁱ": "i", "ᵀ": "T", "ᵗ": "t",
    ]

    /// `text` with every character outside ASCII replaced: by a name or a symbol it
    /// stands for, sub- and superscripts by `_` and `^` before the run; a combining
    /// accent is dropped, and anything else becomes `?`.
    static func fallback(_ text: String) -> String {
        guard !text.allSatisfy(\.isASCII) else { return text }
        var out = ""
        var run: Character?  // "_" or "^" while inside a run of sub- or superscripts
        for c in text {
            if let base = subscripts[c] {
                if run != "_" { out.append("_") }
                out.append(base)
                run = "_"
                continue
            }
            if let base = superscripts[c] {
                if run != "^" { out.append("^") }
                out.append(base)
                run = "^"
                continue
            }
            run = nil
            if c.isASCII {
                out.append(c)
            } else if let name = names[c] {
                out += name
            } else if let ascii = c.unicodeScalars.first, ascii.isASCII {
                out.unicodeScalars.append(ascii)  // a letter with a combining accent: ŷ → y
            } else {
                out.append("?")
            }
        }
        return out
    }

    /// The same for styled cells: each replacement keeps the style of the cell it replaces.
    static func fallback(_ line: StyledLine) -> StyledLine {
        guard !line.allSatisfy({ $0.glyph.isASCII }) else { return line }
        return line.flatMap { cell in
            cell.glyph.isASCII ? [cell] : fallback(String(cell.glyph)).map { Cell(glyph: $0, style: cell.style) }
        }
    }
}
