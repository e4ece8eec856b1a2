/// Julia's view of text, where Swift's differs. A Julia `String` is a sequence of UTF-8
/// bytes whose `Char`s are code points; Swift's `String` compares by canonical
/// equivalence ("e\u{301}" == "é") and walks extended grapheme clusters ("\r\n" is one
/// `Character`). So equality and order here are by bytes (the order of code points),
/// searching is by bytes (UTF-8 cannot match in the middle of a character), iterating
/// is by code point, and case mapping is Unicode's simple, one-code-point mapping, as
/// Julia's utf8proc does it (`uppercase("ß")` is "ß", not "SS").

/// A string as Julia compares it: byte by byte, which orders as the code points do.
struct JuliaString: Comparable {
    let text: String
    init(_ text: String) { self.text = text }
    static func == (a: JuliaString, b: JuliaString) -> Bool { a.text.utf8.elementsEqual(b.text.utf8) }
    static func < (a: JuliaString, b: JuliaString) -> Bool { a.text.utf8.lexicographicallyPrecedes(b.text.utf8) }
}

/// A character as Julia compares it: by code point.
struct JuliaChar: Comparable {
    let character: Character
    init(_ character: Character) { self.character = character }
    static func == (a: JuliaChar, b: JuliaChar) -> Bool {
        a.character.unicodeScalars.elementsEqual(b.character.unicodeScalars)
    }
    static func < (a: JuliaChar, b: JuliaChar) -> Bool {
        a.character.unicodeScalars.lexicographicallyPrecedes(b.character.unicodeScalars)
    }
}

/// Julia's `==` on strings.
func juliaEqual(_ a: String, _ b: String) -> Bool { a.utf8.elementsEqual(b.utf8) }

/// Julia's `==` on characters.
func juliaEqual(_ a: Character, _ b: Character) -> Bool { a.unicodeScalars.elementsEqual(b.unicodeScalars) }

/// The string made of these code points, in order.
func stringOfScalars<S: Sequence>(_ scalars: S) -> String where S.Element == Unicode.Scalar {
    var s = ""
    s.unicodeScalars.append(contentsOf: scalars)
    return s
}

/// A string's code points as Julia's `Char`s: what `for c in s` and `collect(s)` give.
func juliaCharacters(_ s: String) -> [Character] { s.unicodeScalars.map(Character.init) }

/// Where `needle`'s bytes first occur in `haystack`'s at or after byte `from` (0-based).
func byteSearch(_ needle: [UInt8], in haystack: [UInt8], from: Int = 0) -> Int? {
    guard !needle.isEmpty else { return from <= haystack.count ? from : nil }
    guard haystack.count >= needle.count, from <= haystack.count - needle.count else { return nil }
    var i = Swift.max(0, from)
    let first = needle[0]
    while i <= haystack.count - needle.count {
        if haystack[i] == first && haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
        i += 1
    }
    return nil
}

/// Julia's `occursin(needle, haystack)` for strings: a byte search.
func juliaContains(_ haystack: String, _ needle: String) -> Bool {
    byteSearch(Array(needle.utf8), in: Array(haystack.utf8)) != nil
}

/// Julia's `isspace(c)`: ' ', '\t' through '\r', U+0085, and from U+00A0 on the
/// space separators (category Zs); not the line and paragraph separators U+2028/9.
func juliaIsSpace(_ u: Unicode.Scalar) -> Bool {
    let v = u.value
    if v == 0x20 || (0x09...0x0D).contains(v) || v == 0x85 { return true }
    return v >= 0xA0 && u.properties.generalCategory == .spaceSeparator
}

/// Julia's `isspace` of a `Char` value.
func juliaIsSpace(_ c: Character) -> Bool {
    c.unicodeScalars.count == 1 && juliaIsSpace(c.unicodeScalars.first!)
}

enum CaseMapping { case upper, lower, title }

/// Unicode's simple case mapping of one code point (utf8proc's `toupper`, `tolower`,
/// `totitle`, which Julia calls). Swift gives the full mapping; where that is one code
/// point it is also the simple one. Where the full mapping is several (ß → SS), the
/// simple one keeps the character, except the two kinds UnicodeData.txt maps: İ
/// lowercases to i, and Greek letters with ypogegrammeni (ᾳ) uppercase to their
/// titlecase form (ᾼ).
func simpleCaseMapping(_ u: Unicode.Scalar, _ mapping: CaseMapping) -> Unicode.Scalar {
    let p = u.properties
    let full: String
    switch mapping {
    case .upper: full = p.uppercaseMapping
    case .lower: full = p.lowercaseMapping
    case .title: full = p.titlecaseMapping
    }
    let scalars = full.unicodeScalars
    if scalars.count == 1 { return scalars.first! }
    if mapping == .lower && u.value == 0x130 { return "i" }
    if mapping == .upper {
        let title = p.titlecaseMapping.unicodeScalars
        if title.count == 1, let t = title.first, t != u { return t }
    }
    return u
}

/// A string with each code point mapped by `simpleCaseMapping`, as Julia's
/// `uppercase(s)`/`lowercase(s)` map each `Char`.
func simpleCaseMapped(_ s: String, _ mapping: CaseMapping) -> String {
    stringOfScalars(s.unicodeScalars.map { simpleCaseMapping($0, mapping) })
}

/// A character with `simpleCaseMapping`.
func simpleCaseMapped(_ c: Character, _ mapping: CaseMapping) -> Character {
    guard c.unicodeScalars.count == 1 else { return c }
    return Character(simpleCaseMapping(c.unicodeScalars.first!, mapping))
}

/// Julia's `isletter`: the general category is a letter (L*).
func isLetterCategory(_ u: Unicode.Scalar) -> Bool {
    switch u.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
    default: return false
    }
}

/// Whether a code point is a combining mark, which Julia's titlecase keeps inside the
/// word it follows (it never breaks a word inside a grapheme).
func isCombiningMark(_ u: Unicode.Scalar) -> Bool {
    switch u.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return true
    default: return false
    }
}

/// Julia's `textwidth(s)`, the columns a string takes, for what the notebook can
/// measure: below U+1100 (where the first wide characters begin) a control character
/// or a combining mark takes none and any other code point one. Past that, East Asian
/// widths and emoji (which utf8proc knows and Swift does not expose) are refused.
func textWidth(_ s: String, _ name: String) throws -> Int {
    var width = 0
    for u in s.unicodeScalars {
        guard u.value < 0x1100 else {
            throw RuntimeError("\(name) of text with the character U+\(String(u.value, radix: 16, uppercase: true)) is not supported: Julia pads by textwidth, and the notebook knows the width only of characters below U+1100", kind: .notSupported)
        }
        if u.value < 0x20 || (0x7F...0x9F).contains(u.value) || u.properties.generalCategory == .nonspacingMark
            || u.properties.generalCategory == .enclosingMark {
            continue
        }
        width += 1
    }
    return width
}
