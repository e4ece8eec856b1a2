/// Turns the little TeX that lessons use inside `$…$` into Unicode for the terminal:
/// `x_t` → xₜ, `h_{t-1}` → hₜ₋₁, `W^{-1}` → W⁻¹, `\lambda` → λ, `\sigma` → σ.
/// Characters without a Unicode sub/superscript keep a plain `_`/`^` form, so the
/// meaning is never lost.
public enum MathText {
    /// The symbols Tab completion types (one table, `LaTeXSymbols`), and a few that
    /// only prose needs: `\hat` alone, `\|` for a norm, `\dots`.
    static let greek: [String: String] = LaTeXSymbols.named.merging(["hat": "", "|": "‖", "dots": "…"]) { own, _ in own }
    static let accents = [("hat", "\u{0302}"), ("tilde", "\u{0303}"), ("bar", "\u{0304}")]
    static let subscripts = LaTeXSymbols.subscripts
    static let superscripts = LaTeXSymbols.superscripts

    /// Deepest nesting of `{…}` groups rendered; deeper groups are shown as their TeX
    /// source. Lessons nest two or three deep; a crafted one nesting `x^{x^{…}}`
    /// 30,000 deep took quadratic time and 24 GB (issue 12).
    static let deepestGroup = 16

    /// Renders TeX-ish math as Unicode (or as readable ASCII when `unicode` is false).
    public static func render(_ tex: String, unicode: Bool = true) -> String {
        render(tex, unicode: unicode, depth: 0)
    }

    private static func render(_ tex: String, unicode: Bool, depth: Int) -> String {
        guard depth < deepestGroup else { return tex }
        var out = ""
        var chars = Array(tex)
        var i = 0
        func group() -> String {
            // The argument of _ or ^: {…} or one character (or a \command).
            guard i < chars.count else { return "" }
            if chars[i] == "{" {
                var open = 0
                var body = ""
                while i < chars.count {
                    let c = chars[i]
                    i += 1
                    if c == "{" { open += 1; if open == 1 { continue } }
                    if c == "}" { open -= 1; if open == 0 { break } }
                    body.append(c)
                }
                return render(body, unicode: unicode, depth: depth + 1)
            }
            if chars[i] == "\\" {
                let start = i
                i += 1
                while i < chars.count, chars[i].isLetter { i += 1 }
                return render(String(chars[start..<i]), unicode: unicode, depth: depth + 1)
            }
            defer { i += 1 }
            return String(chars[i])
        }
        func accent(at k: Int) -> (String, String)? {
            for (name, mark) in accents where String(chars[k...].prefix(name.count + 2)) == "\\" + name + "{" {
                return (name, mark)
            }
            return nil
        }
        func script(_ body: String, table: [Character: Character], marker: String) -> String {
            if unicode, body.allSatisfy({ table[$0] != nil }) { return String(body.map { table[$0]! }) }
            return body.count == 1 ? marker + body : marker + "{" + body + "}"
        }
        while i < chars.count {
            let c = chars[i]
            switch c {
            case "\\" where accent(at: i) != nil:
                // \hat{y}, \tilde{c}, \bar{x}: a combining accent over the argument (ŷ, c̃,
                // x̄), which takes no column of its own.
                let (name, mark) = accent(at: i)!
                i += name.count + 1
                let body = group()
                out += unicode && body.count == 1 ? body + mark : name + "(" + body + ")"
            case "\\":
                var j = i + 1
                while j < chars.count, chars[j].isLetter { j += 1 }
                if j == i + 1, j < chars.count { j += 1 }  // \| and other one-symbol commands
                let name = String(chars[(i + 1)..<j])
                i = j
                if unicode, let symbol = greek[name] { out += symbol } else { out += name }
            case "_":
                i += 1
                out += script(group(), table: subscripts, marker: "_")
            case "^":
                i += 1
                out += script(group(), table: superscripts, marker: "^")
            case "{", "}":
                i += 1
            default:
                out.append(c)
                i += 1
            }
        }
        chars.removeAll()
        return out
    }
}
