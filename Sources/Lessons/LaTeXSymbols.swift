import TermPlot

/// The `\name` → symbol table, as the Julia REPL completes it (`\alpha<Tab>` → α,
/// `h\_t<Tab>` → hₜ, `x\^2<Tab>` → x²), for the symbols RNNLab's lessons and learners
/// use: the Greek alphabet, the operators the lessons write, and sub- and superscripts.
///
/// Lesson math (`MathText`) renders `$\lambda$` from the same table, so what the prose
/// shows is what Tab types.
public enum LaTeXSymbols {
    /// Names without the backslash. Where Julia's names differ from TeX's habits, Julia's
    /// win: `\epsilon` is ϵ and `\varepsilon` ε, `\phi` is ϕ and `\varphi` φ.
    public static let named: [String: String] = {
        var table: [String: String] = [
            "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ϵ", "varepsilon": "ε", "zeta": "ζ",
            "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ", "lambda": "λ", "mu": "μ", "nu": "ν",
            "xi": "ξ", "pi": "π", "rho": "ρ", "sigma": "σ", "tau": "τ", "upsilon": "υ", "phi": "ϕ", "varphi": "φ",
            "chi": "χ", "psi": "ψ", "omega": "ω",
            "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π", "Sigma": "Σ",
            "Upsilon": "Υ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
            "partial": "∂", "nabla": "∇", "infty": "∞", "cdot": "⋅", "times": "×", "odot": "⊙", "otimes": "⊗",
            "oplus": "⊕", "approx": "≈", "le": "≤", "leq": "≤", "ge": "≥", "geq": "≥", "ne": "≠", "equiv": "≡",
            "to": "→", "rightarrow": "→", "leftarrow": "←", "mapsto": "↦", "in": "∈", "notin": "∉", "sum": "∑",
            "prod": "∏", "sqrt": "√", "ldots": "…", "pm": "±", "circ": "∘", "prime": "′", "euler": "ℯ",
            "hbar": "ħ", "ell": "ℓ", "forall": "∀", "exists": "∃", "cup": "∪", "cap": "∩", "subseteq": "⊆",
        ]
        for (plain, small) in subscripts { table["_" + String(plain)] = String(small) }
        for (plain, small) in superscripts where plain != "'" { table["^" + String(plain)] = String(small) }
        return table
    }()

    /// Plain characters and their Unicode sub- and superscripts: TermPlot's tables (which
    /// turn them back into plain text for ASCII plots) read the other way.
    static let subscripts = Dictionary(uniqueKeysWithValues: AsciiText.subscripts.map { ($0.value, $0.key) })
    static let superscripts = Dictionary(uniqueKeysWithValues: AsciiText.superscripts.map { ($0.value, $0.key) })
        .merging(["'": "′"]) { first, _ in first }

    /// What Tab does at the end of `lineBeforeCursor`: when it ends in a complete
    /// `\name`, the text to delete and the symbol to put there; nil otherwise.
    public static func substitution(endOf lineBeforeCursor: String) -> (typed: String, symbol: String)? {
        guard let typed = trailingCommand(lineBeforeCursor), let symbol = named[String(typed.dropFirst())] else { return nil }
        return (typed, symbol)
    }

    /// `\name`s that begin with the `\…` at the end of the line, for listing on Tab.
    public static func candidates(endOf lineBeforeCursor: String) -> [String] {
        guard let typed = trailingCommand(lineBeforeCursor) else { return [] }
        let prefix = typed.dropFirst()
        return named.keys.filter { $0.hasPrefix(prefix) }.map { "\\" + $0 }.sorted()
    }

    /// The `\…` command at the end of `line`: a backslash and letters, or `\_x` / `\^x`.
    static func trailingCommand(_ line: String) -> String? {
        guard let slash = line.lastIndex(of: "\\") else { return nil }
        let body = line[line.index(after: slash)...]
        let isName = !body.isEmpty && body.allSatisfy(\.isLetter)
        let isScript = (body.first == "_" || body.first == "^") && body.count <= 2
        return isName || isScript ? String(line[slash...]) : nil
    }

    /// How to type `symbol` (`α` → `\alpha`), the shortest name when it has several.
    public static func name(of symbol: String) -> String? {
        named.filter { $0.value == symbol }.keys.sorted { ($0.count, $0) < ($1.count, $1) }.first.map { "\\" + $0 }
    }

    /// The answer to `?\alpha` or `?α`, or nil when `query` is no symbol of the table.
    public static func help(for query: String) -> String? {
        if query.hasPrefix("\\"), let symbol = named[String(query.dropFirst())] {
            return "\(query) then Tab types \(symbol), as in the Julia REPL."
        }
        if query.count == 1, let name = name(of: query) {
            return "\(query) is typed as \(name) then Tab, as in the Julia REPL."
        }
        return nil
    }
}
