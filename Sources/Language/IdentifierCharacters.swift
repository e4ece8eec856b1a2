/// Which characters Julia 1.10 takes into a name, code point by code point, as its
/// parser's `jl_id_start_char` and `jl_id_char` decide (src/flisp/julia_extensions.c,
/// which JuliaSyntax calls too): letters, currency symbols, most other symbols (emoji
/// among them, arrows not), a short list of mathematical symbols (`∇`, `∂`, `∑`, `∞`,
/// ...), and after the first character also digits, marks, connector punctuation,
/// modifier symbols and primes. Anything else is not part of a name.
enum IdentifierCharacters {
    /// Whether `c` can begin a name: its first code point can, and the rest of the
    /// character's code points (combining marks, variation selectors) can follow.
    static func canStart(_ c: Character) -> Bool {
        var scalars = c.unicodeScalars.makeIterator()
        guard let first = scalars.next(), startsName(first) else { return false }
        while let next = scalars.next() {
            if !continuesName(next) { return false }
        }
        return true
    }

    /// Whether every code point of `c` can follow the start of a name.
    static func canContinue(_ c: Character) -> Bool {
        c.unicodeScalars.allSatisfy(continuesName)
    }

    /// The name Julia makes of what was written: characters that are easily confused
    /// and typed by accident are replaced by one spelling (src/flisp/julia_charmap.h),
    /// so `µ` (micro sign) and `μ` (Greek mu) are one name.
    static func canonical(_ name: String) -> String {
        guard name.unicodeScalars.contains(where: { replacements[$0.value] != nil }) else { return name }
        var scalars = String.UnicodeScalarView()
        for scalar in name.unicodeScalars {
            scalars.append(replacements[scalar.value].flatMap(Unicode.Scalar.init) ?? scalar)
        }
        return String(scalars)
    }

    /// julia_charmap.h's entries for letters (its others map operators).
    private static let replacements: [UInt32: UInt32] = [
        0x025B: 0x03B5,  // ɛ (Latin open e) -> ε
        0x00B5: 0x03BC,  // µ (micro sign) -> μ
        0x210F: 0x0127,  // ℏ (Planck's h-bar) -> ħ
    ]

    /// `jl_id_start_char`.
    static func startsName(_ scalar: Unicode.Scalar) -> Bool {
        let wc = scalar.value
        if (wc >= 0x41 && wc <= 0x5A) || (wc >= 0x61 && wc <= 0x7A) || wc == 0x5F { return true }
        if wc < 0xA1 { return false }
        return startsNameByCategory(wc, scalar.properties.generalCategory)
    }

    /// `jl_id_char`.
    static func continuesName(_ scalar: Unicode.Scalar) -> Bool {
        let wc = scalar.value
        if (wc >= 0x41 && wc <= 0x5A) || (wc >= 0x61 && wc <= 0x7A) || wc == 0x5F || (wc >= 0x30 && wc <= 0x39) || wc == 0x21 {
            return true
        }
        if wc < 0xA1 { return false }
        let category = scalar.properties.generalCategory
        if startsNameByCategory(wc, category) { return true }
        switch category {
        case .nonspacingMark, .spacingMark, .decimalNumber, .connectorPunctuation, .modifierSymbol, .enclosingMark, .otherNumber:
            return true
        default:
            // Primes: ′ ″ ‴ ‵ ‶ ‷ and ⁗.
            return (wc >= 0x2032 && wc <= 0x2037) || wc == 0x2057
        }
    }

    /// `is_wc_cat_id_start`, for code points from U+00A1 on.
    private static func startsNameByCategory(_ wc: UInt32, _ category: Unicode.GeneralCategory) -> Bool {
        switch category {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .letterNumber, .currencySymbol:
            return true
        case .otherSymbol:
            // Not arrows, the replacement characters, ⌿ (APL slash) or ¦ (broken bar).
            if !(wc >= 0x2190 && wc <= 0x21FF) && wc != 0xFFFC && wc != 0xFFFD && wc != 0x233F && wc != 0x00A6 { return true }
        default:
            break
        }
        return isAllowedMathSymbol(wc)
            // Variants of ∇ and ∂ among the mathematical alphanumerics.
            || [0x1D6C1, 0x1D6DB, 0x1D6FB, 0x1D715, 0x1D735, 0x1D74F, 0x1D76F, 0x1D789, 0x1D7A9, 0x1D7C3].contains(wc)
            // Superscript and subscript + - = ( ).
            || (wc >= 0x207A && wc <= 0x207E) || (wc >= 0x208A && wc <= 0x208E)
            // Angles: ∠ ∡ ∢ and ⦛ through ⦯.
            || (wc >= 0x2220 && wc <= 0x2222) || (wc >= 0x299B && wc <= 0x29AF)
            // Other_ID_Start: ℘ ℮ and the kana sound marks.
            || wc == 0x2118 || wc == 0x212E || (wc >= 0x309B && wc <= 0x309C)
            // Bold and double-struck digits 𝟎 through 𝟡.
            || (wc >= 0x1D7CE && wc <= 0x1D7E1)
    }

    /// The mathematical symbols (category Sm) Julia allows in names.
    private static func isAllowedMathSymbol(_ wc: UInt32) -> Bool {
        guard wc >= 0x2140 && wc <= 0x2A1C else { return false }
        if wc <= 0x2144 { return true }  // ⅀ ⅁ ⅂ ⅃ ⅄
        if [0x223F, 0x22BE, 0x22BF, 0x22A4, 0x22A5].contains(wc) { return true }  // ∿ ⊾ ⊿ ⊤ ⊥
        if wc >= 0x2200 && wc <= 0x2233 {
            // ∀ ∂ ∃ ∄ ∅ ∆ ∇ ∎ ∏ ∐ ∑ ∞ ∟ and the integrals ∫ through ∳.
            return [0x2200, 0x2202, 0x2203, 0x2204, 0x2205, 0x2206, 0x2207, 0x220E, 0x220F, 0x2210, 0x2211, 0x221E, 0x221F].contains(wc)
                || wc >= 0x222B
        }
        if wc >= 0x22C0 && wc <= 0x22C3 { return true }  // ⋀ ⋁ ⋂ ⋃
        if wc >= 0x25F8 && wc <= 0x25FF { return true }  // ◸ through ◿
        return wc == 0x266F || wc == 0x27D8 || wc == 0x27D9  // ♯ ⟘ ⟙
            || (wc >= 0x27C0 && wc <= 0x27C1)  // ⟀ ⟁
            || (wc >= 0x29B0 && wc <= 0x29B4)  // ⦰ through ⦴
            || (wc >= 0x2A00 && wc <= 0x2A06)  // ⨀ through ⨆
            || (wc >= 0x2A09 && wc <= 0x2A16)  // ⨉ through ⨖
            || wc == 0x2A1B || wc == 0x2A1C  // ⨛ ⨜
    }
}
