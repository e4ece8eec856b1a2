import Foundation

/// Strings and characters: case (`uppercase`, `titlecase`, ...), padding, stripping,
/// splitting, joining, replacing, searching (`findfirst`, `findlast`, `findnext`,
/// `occursin`, `contains`, ...), character classes and code units.
///
/// Julia indexes strings by byte. Where a function answers with an index, a string
/// with characters beyond ASCII is refused until the language indexes strings by
/// byte too, because a character count would point at the wrong character.
extension Library {
    mutating func registerStringBuiltins() {
        registerCaseAndPaddingBuiltins()
        registerStringSearchBuiltins()
        registerCharacterBuiltins()
        registerParsingBuiltins()
    }

    private mutating func registerCaseAndPaddingBuiltins() {
        // Julia maps each code point by Unicode's simple case mapping (JuliaText.swift).
        for (name, mapping) in [("uppercase", CaseMapping.upper), ("lowercase", .lower)] {
            define(name, 1...1, help: "\(name)(s) — s (a string or a character) in \(name == "uppercase" ? "capital" : "small") letters") { _, args in
                if case .char(let c) = args[0] { return .char(simpleCaseMapped(c, mapping)) }
                return .string(simpleCaseMapped(try args.string(0), mapping))
            }
        }
        define("titlecase", 1...1, help: "titlecase(s) — every word's first letter in capitals and the rest in small letters") { _, args in
            if case .char(let c) = args[0] { return .char(simpleCaseMapped(c, .title)) }
            // Julia's titlecase (strict): a non-letter starts a new word, except a
            // combining mark, which stays in its grapheme (and its word).
            var scalars: [Unicode.Scalar] = []
            var startOfWord = true
            for u in try args.string(0).unicodeScalars {
                if !isLetterCategory(u) && !(isCombiningMark(u) && !scalars.isEmpty) {
                    scalars.append(u)
                    startOfWord = true
                } else {
                    scalars.append(simpleCaseMapping(u, startOfWord ? .title : .lower))
                    startOfWord = false
                }
            }
            return .string(stringOfScalars(scalars))
        }
        define("uppercasefirst", 1...1, help: "uppercasefirst(s) — s with its first character in capitals (title case, as Julia's)") { _, args in
            let s = try args.string(0).unicodeScalars
            return .string(stringOfScalars((s.first.map { [simpleCaseMapping($0, .title)] } ?? []) + s.dropFirst()))
        }
        define("lowercasefirst", 1...1, help: "lowercasefirst(s) — s with its first character in small letters") { _, args in
            let s = try args.string(0).unicodeScalars
            return .string(stringOfScalars((s.first.map { [simpleCaseMapping($0, .lower)] } ?? []) + s.dropFirst()))
        }
        for (name, left) in [("lpad", true), ("rpad", false)] {
            define(name, 2...3, help: "\(name)(s, n, [pad=' ']) — s printed and padded on the \(left ? "left" : "right") to n characters") { interp, args in
                let s = printString(args[0])
                let n = try args.integer(1, "width")
                let pad: String = args.count == 3 ? (args[2].charOrString ?? printString(args[2])) : " "
                guard !pad.isEmpty else { throw RuntimeError("\(name): the padding must not be empty (ArgumentError)", kind: .argument) }
                // Julia pads to a textwidth, and takes first(pad, r) code points for the rest.
                let missing = n - (try textWidth(s, name))
                if missing <= 0 { return .string(s) }
                try interp.checkBudget(n)
                let padWidth = try textWidth(pad, name)
                guard padWidth > 0 else { throw RuntimeError("\(name): the padding must have a width (DivideError)", kind: .divide) }
                let (whole, part) = missing.quotientAndRemainder(dividingBy: padWidth)
                let filling = String(repeating: pad, count: whole) + stringOfScalars(pad.unicodeScalars.prefix(part))
                return .string(left ? filling + s : s + filling)
            }
        }
        for (name, sides) in [("strip", (true, true)), ("lstrip", (true, false)), ("rstrip", (false, true))] {
            define(name, 1...2, help: "\(name)(s, [chars]) — s without whitespace (or the given characters) at the \(sides.0 && sides.1 ? "ends" : sides.0 ? "start" : "end")") { interp, args in
                let s = try args.string(0)
                let drop: (Unicode.Scalar) -> Bool
                if args.count == 2 {
                    let set = try interp.characterSet(args[1], name)
                    drop = { set.contains($0) }
                } else {
                    drop = juliaIsSpace
                }
                var view = Substring(s).unicodeScalars
                if sides.0 { while let first = view.first, drop(first) { view = view.dropFirst() } }
                if sides.1 { while let last = view.last, drop(last) { view = view.dropLast() } }
                return .string(String(view))
            }
        }
        define("chomp", 1...1, help: "chomp(s) — s without one trailing newline") { _, args in
            let s = try args.string(0)
            let bytes = Array(s.utf8)
            let cut = bytes.last == 0x0A ? (bytes.count >= 2 && bytes[bytes.count - 2] == 0x0D ? 2 : 1) : 0
            return .string(String(decoding: bytes.dropLast(cut), as: UTF8.self))
        }
        define("chop", 1...1, keywords: .named(["head", "tail"]), help: "chop(s; head=0, tail=1) — s without its first head and last tail characters") { _, args in
            let s = try args.string(0)
            let head = try args.keyword("head").map { try Arguments(function: "chop", values: [$0], keywords: [:]).integer(0, "head") } ?? 0
            let tail = try args.keyword("tail").map { try Arguments(function: "chop", values: [$0], keywords: [:]).integer(0, "tail") } ?? 1
            guard head >= 0, tail >= 0 else { throw RuntimeError("chop: head and tail must not be negative", kind: .argument) }
            return .string(stringOfScalars(s.unicodeScalars.dropFirst(head).dropLast(tail)))
        }
        define("split", 1...2, keywords: .named(["limit", "keepempty"]), help: "split(s, [sep]; limit=0, keepempty) — the pieces of s between separators (a string, a character or a predicate on characters; default: whitespace)") { interp, args in
            let s = try args.string(0)
            let limit = try args.keyword("limit").map { try Arguments(function: "split", values: [$0], keywords: [:]).integer(0, "limit") } ?? 0
            var keepEmpty = args.count == 2
            if let keep = args.keyword("keepempty") { keepEmpty = keep.isTrue }
            let bytes = Array(s.utf8)
            // Each separator found as (its first byte, the byte after it), 0-based.
            let find: (Int) throws -> (Int, Int)?
            if args.count == 2, let sep = args[1].charOrString {
                let needle = Array(sep.utf8)
                guard !needle.isEmpty else { throw RuntimeError("split: the separator must not be empty", kind: .notSupported) }
                find = { from in byteSearch(needle, in: bytes, from: from).map { ($0, $0 + needle.count) } }
            } else {
                let test: (Unicode.Scalar) throws -> Bool
                if args.count == 2 {
                    guard case .function = args[1] else {
                        throw RuntimeError("split: the separator is a string, a character or a function of a character, got \(describeType(args[1]))", kind: .method)
                    }
                    let predicate = args[1]
                    test = { try interp.truth(try interp.call(predicate, [.char(Character($0))], [:], at: interp.nowhere), "split") }
                } else {
                    test = juliaIsSpace
                }
                let text = ByteIndices(s)
                var cursor = 0   // the searches start ever further on
                find = { from in
                    while cursor < text.starts.count && text.starts[cursor] - 1 < from { cursor += 1 }
                    while cursor < text.starts.count {
                        let u = text.characters[cursor]
                        if try test(u) { return (text.starts[cursor] - 1, text.starts[cursor] - 1 + UTF8.width(u)) }
                        cursor += 1
                    }
                    return nil
                }
            }
            // Julia's `_split` (base/strings/util.jl), with byte offsets for indices.
            var pieces: [String] = []
            func piece(_ a: Int, _ b: Int) -> String { String(decoding: bytes[a..<b], as: UTF8.self) }
            var i = 0
            if var found = try find(0) {
                while pieces.count != limit - 1 {
                    let (j, k) = found
                    if i < k {
                        if keepEmpty || i < j { pieces.append(piece(i, j)) }
                        i = k
                    }
                    guard let next = try find(k <= j ? j + 1 : k) else { break }
                    found = next
                }
            }
            if keepEmpty || i < bytes.count { pieces.append(piece(i, bytes.count)) }
            return splitResult(pieces)
        }
        define("join", 1...3, help: "join(xs, [sep], [last]) — the values printed into one string, sep between them (last before the final one)") { interp, args in
            let items = try interp.collectElements(args[0]).map(printString)
            let sep = args.count >= 2 ? (args[1].charOrString ?? printString(args[1])) : ""
            let lastSep = args.count == 3 ? (args[2].charOrString ?? printString(args[2])) : sep
            guard items.count > 1 else { return .string(items.first ?? "") }
            // Measured before it is built: a long separator between many items is huge.
            let body = try interp.joinedText(Array(items.dropLast()), separator: sep)
            try interp.checkTextBudget(body.utf8.count.addingReportingOverflow(lastSep.utf8.count + items.last!.utf8.count))
            return .string(body + lastSep + items.last!)
        }
        define("replace", 2...Int.max, keywords: .named(["count"]), help: "replace(s, old => new, ...; count=n) — s with occurrences of old (a string or character) replaced; replace(A, old => new, ...), replace(f, A) of a numeric array") { interp, args in
            if let replaced = try interp.replacedInArray(&args) { return replaced }
            var text = try args.string(0)
            let count = try args.keyword("count").map { try Arguments(function: "replace", values: [$0], keywords: [:]).integer(0, "count") }
            let rules = try args.values.dropFirst().map { rule -> (String, Value) in
                if case .pair(let p) = rule, case .function = p.key {
                    throw RuntimeError("replace of a string with a predicate as the pattern is not supported; give characters or strings", kind: .notSupported)
                }
                guard case .pair(let p) = rule, let old = p.key.charOrString else {
                    throw RuntimeError("replace: give pairs like \"old\" => \"new\", got \(describeType(rule))", kind: .method)
                }
                guard !old.isEmpty else { throw RuntimeError("replace: the pattern must not be empty", kind: .argument) }
                return (old, p.value)
            }
            // Scan once, left to right, trying the rules in order at each place, as Julia does.
            // Byte by byte, since a Julia string is bytes: "\n" matches inside "\r\n".
            let bytes = Array(text.utf8)
            var result = ""
            var replaced = 0
            var index = 0
            var kept = 0
            while index < bytes.count {
                if count.map({ replaced < $0 }) ?? true,
                   let (old, new) = rules.first(where: { bytes[index...].starts(with: $0.0.utf8) }) {
                    let replacement: String
                    if case .function = new {
                        replacement = printString(try interp.call(new, [.string(old)], [:], at: interp.nowhere))
                    } else {
                        replacement = new.charOrString ?? printString(new)
                    }
                    result += String(decoding: bytes[kept..<index], as: UTF8.self) + replacement
                    try interp.checkTextBudget(result.utf8.count)
                    index += old.utf8.count
                    kept = index
                    replaced += 1
                } else {
                    // To the next character's first byte.
                    index += 1
                    while index < bytes.count && bytes[index] & 0xC0 == 0x80 { index += 1 }
                }
            }
            text = result + String(decoding: bytes[kept...], as: UTF8.self)
            return .string(text)
        }
    }

    private mutating func registerStringSearchBuiltins() {
        define("occursin", 1...2, help: "occursin(needle, haystack) — whether the string contains the substring (or character); occursin(haystack) is that test as a one-argument function (Base.Fix2)") { interp, args in
            if args.count == 1 { return try interp.fixSecond(ofFunctionNamed: "occursin", args[0]) }
            let haystack = try args.string(1)
            let needle = try args[0].charOrString ?? args.string(0)
            return .bool(juliaContains(haystack, needle))
        }
        define("contains", 1...2, help: "contains(haystack, needle) — whether the string contains the substring (or character); contains(needle) is that test as a one-argument function (Base.Fix2)") { interp, args in
            if args.count == 1 { return try interp.fixSecond(ofFunctionNamed: "contains", args[0]) }
            let haystack = try args.string(0)
            let needle = try args[1].charOrString ?? args.string(1)
            return .bool(juliaContains(haystack, needle))
        }
        define("startswith", 1...2, help: "startswith(s, prefix) — whether s begins with prefix (a string or character); startswith(prefix) is that test as a one-argument function (Base.Fix2)") { interp, args in
            if args.count == 1 { return try interp.fixSecond(ofFunctionNamed: "startswith", args[0]) }
            let s = try args.string(0)
            let prefix = try args[1].charOrString ?? args.string(1)
            return .bool(s.utf8.starts(with: prefix.utf8))
        }
        define("endswith", 1...2, help: "endswith(s, suffix) — whether s ends with suffix (a string or character); endswith(suffix) is that test as a one-argument function (Base.Fix2)") { interp, args in
            if args.count == 1 { return try interp.fixSecond(ofFunctionNamed: "endswith", args[0]) }
            let s = try args.string(0)
            let suffix = try args[1].charOrString ?? args.string(1)
            return .bool(s.utf8.reversed().starts(with: suffix.utf8.reversed()))
        }
        define("count", 1...2, help: "count(xs), count(f, xs), count(sub, s) — how many elements are true, satisfy f, or copies of sub s holds") { interp, args in
            if args.count == 2, case .string(let s) = args[1], let needle = args[0].charOrString {
                // Non-overlapping occurrences, by bytes.
                let hay = Array(s.utf8), pattern = Array(needle.utf8)
                guard !pattern.isEmpty else { return .int(s.unicodeScalars.count + 1) }
                var n = 0
                var from = 0
                while let at = byteSearch(pattern, in: hay, from: from) { n += 1; from = at + pattern.count }
                return .int(n)
            }
            var n = 0
            try interp.eachElement(of: args[args.count - 1]) { item in
                let v = args.count == 2 ? try interp.call(args[0], [item], [:], at: interp.nowhere) : item
                if try interp.truth(v, "count") { n += 1 }
            }
            return .int(n)
        }
        define("firstindex", 1...1, help: "firstindex(x) — the first index of a string or array (1)") { interp, args in
            _ = try interp.collectionLength(args[0], "firstindex")
            return .int(1)
        }
        define("lastindex", 1...1, help: "lastindex(x) — the last index of a string (its last byte's) or array") { interp, args in
            if case .string(let s) = args[0] { return .int(ByteIndices(s).last) }
            return .int(try interp.collectionLength(args[0], "lastindex"))
        }
        define("nextind", 2...2, help: "nextind(s, i) — the index of the character after index i") { _, args in
            .int(try ByteIndices(try args.string(0)).next(after: try args.integer(1, "index"), "nextind"))
        }
        define("prevind", 2...2, help: "prevind(s, i) — the index of the character before index i") { _, args in
            .int(try ByteIndices(try args.string(0)).previous(before: try args.integer(1, "index"), "prevind"))
        }
        define("ncodeunits", 1...1, help: "ncodeunits(s) — the number of bytes in s's UTF-8 encoding (of a character too)") { _, args in
            if case .char(let c) = args[0] { return .int(String(c).utf8.count) }
            return .int(try args.string(0).utf8.count)
        }
        define("isascii", 1...1, help: "isascii(s) — whether every character of s (or the character) is ASCII") { _, args in
            if case .char(let c) = args[0] { return .bool(c.unicodeScalars.allSatisfy(\.isASCII)) }
            return .bool(try args.string(0).utf8.allSatisfy { $0 < 0x80 })
        }
    }

    private mutating func registerParsingBuiltins() {
        define("parse", 2...2, keywords: .named(["base"]), help: "parse(T, s; base=10) — the number of type T (Int, Float64, Bool) written in the string s") { _, args in
            let base = try args.keyword("base").map { try Arguments(function: "parse", values: [$0], keywords: [:]).integer(0, "base") }
            if let value = try parsedNumber(args, base: base) { return value }
            let type = if case .function(let f) = args[0] { f.name } else { describeType(args[0]) }
            throw RuntimeError("parse: \(show(args[1])) is not a valid \(type == "Int" ? "Int64" : type) (ArgumentError)", kind: .argument)
        }
        define("tryparse", 2...2, keywords: .named(["base"]), help: "tryparse(T, s; base=10) — like parse, but nothing when s is not a number of type T") { _, args in
            let base = try args.keyword("base").map { try Arguments(function: "tryparse", values: [$0], keywords: [:]).integer(0, "base") }
            return try parsedNumber(args, base: base) ?? .nothing
        }
        define("Symbol", 1...Int.max, help: "Symbol(xs...) — the symbol named by the values printed together") { _, args in
            .symbol(args.values.map(printString).joined())
        }
        define("codeunit", 2...2, help: "codeunit(s, i) — the i-th byte of s's UTF-8 encoding, as a UInt8") { _, args in
            let bytes = Array(try args.string(0).utf8)
            let i = try args.integer(1, "index")
            guard i >= 1 && i <= bytes.count else { throw RuntimeError("codeunit: index \(i) is out of range for \(bytes.count) bytes (BoundsError)", kind: .bounds) }
            throw RuntimeError("codeunit: the byte is a UInt8, which the language does not have yet (it is \(bytes[i - 1]))", kind: .notSupported)
        }
    }

    private mutating func registerCharacterBuiltins() {
        let classes: [(String, String, (Character) -> Bool)] = [
            ("isdigit", "a decimal digit 0-9", { $0.isASCII && $0.isNumber }),
            ("isletter", "a letter", { $0.isLetter }),
            ("isspace", "white space", juliaIsSpace),
            ("isuppercase", "an upper-case letter", { $0.isUppercase }),
            ("islowercase", "a lower-case letter", { $0.isLowercase }),
            ("isnumeric", "numeric (a digit in any script, or a fraction like ½)", { $0.isNumber }),
            ("ispunct", "punctuation", { $0.isPunctuation }),
            ("isxdigit", "a hexadecimal digit", { $0.isHexDigit }),
        ]
        for (name, what, test) in classes {
            define(name, 1...1, help: "\(name)(c) — whether the character c is \(what)") { _, args in
                guard case .char(let c) = args[0] else {
                    throw RuntimeError("\(name): expected a Char, got \(describeType(args[0])) (MethodError)", kind: .method)
                }
                return .bool(test(c))
            }
        }
        define("Char", 1...1, help: "Char(n) — the character with code point n") { _, args in
            if case .char = args[0] { return args[0] }
            let n = try args.integer(0, "code point")
            guard let scalar = Unicode.Scalar(UInt32(clamping: Swift.max(0, n))), n >= 0 else {
                throw RuntimeError("Char(\(n)): not a valid code point that the language can hold", kind: .notSupported)
            }
            return .char(Character(scalar))
        }
        define("codepoint", 1...1, help: "codepoint(c) — the code point of the character c, as an integer") { _, args in
            guard case .char(let c) = args[0], let scalar = c.unicodeScalars.first else {
                throw RuntimeError("codepoint: expected a Char, got \(describeType(args[0]))", kind: .method)
            }
            return .int(Int(scalar.value))
        }
    }

}

extension Runtime {
    /// The characters named by a character, a string or a vector of characters.
    fileprivate func characterSet(_ value: Value, _ name: String) throws -> Set<Unicode.Scalar> {
        switch value {
        case .char(let c): return Set(c.unicodeScalars)
        case .string(let s): return Set(s.unicodeScalars)
        default:
            return Set(try collectElements(value).flatMap { item -> [Unicode.Scalar] in
                guard case .char(let c) = item else { throw RuntimeError("\(name): expected characters, got \(describeType(item))", kind: .method) }
                return Array(c.unicodeScalars)
            })
        }
    }

    fileprivate func collectionLength(_ value: Value, _ name: String) throws -> Int {
        switch value {
        case .string(let s): return s.unicodeScalars.count
        case .array(let box): return box.tensor.count
        case .list(let l): return l.items.count
        case .tuple(let items): return items.count
        case .range(let r): return r.count
        default: throw RuntimeError("\(name): expected a string or an array, got \(describeType(value))", kind: .method)
        }
    }
}

/// A string's indices as Julia's are: the 1-based positions of UTF-8 bytes, of which
/// the valid ones are each character's (code point's) first byte, as `s[i]` reads them.
struct ByteIndices {
    /// The characters (code points) in order, and where each one's bytes begin.
    let characters: [Unicode.Scalar]
    let starts: [Int]
    let byteCount: Int

    init(_ s: String) {
        var starts: [Int] = []
        var i = 1
        for scalar in s.unicodeScalars {
            starts.append(i)
            i += UTF8.width(scalar)
        }
        characters = Array(s.unicodeScalars)
        self.starts = starts
        byteCount = i - 1
    }

    /// `lastindex(s)`: the last character's first byte, 0 for "".
    var last: Int { starts.last ?? 0 }

    /// `nextind(s, i)`: the first valid index after byte i (byteCount + 1 past the end).
    func next(after i: Int, _ name: String) throws -> Int {
        if i == 0 { return 1 }
        guard i >= 1 && i <= byteCount else { throw RuntimeError("BoundsError: \(name): index \(i) is out of range for a string of \(byteCount) bytes", kind: .bounds) }
        return starts.first { $0 > i } ?? byteCount + 1
    }

    /// `prevind(s, i)`: the last valid index before byte i (0 before the first).
    func previous(before i: Int, _ name: String) throws -> Int {
        guard i >= 1 && i <= byteCount + 1 else { throw RuntimeError("BoundsError: \(name): index \(i) is out of range for a string of \(byteCount) bytes", kind: .bounds) }
        return starts.last { $0 < i } ?? 0
    }

    /// The 1-based character position of the valid byte index i, for a search that
    /// starts there; nil when the search has nothing to look at (past either end).
    func position(ofByte i: Int, fromEnd: Bool, _ name: String) throws -> Int? {
        if let k = starts.firstIndex(of: i) { return k + 1 }
        if (!fromEnd && i == byteCount + 1) || (fromEnd && i == 0) { return nil }
        if i >= 1 && i <= byteCount {
            throw RuntimeError("StringIndexError: \(name): index \(i) is inside a character; the valid indices near it are \(try previous(before: i, name)) and \(try next(after: i, name))", kind: .stringIndex)
        }
        throw RuntimeError("BoundsError: \(name): index \(i) is out of range for a string of \(byteCount) bytes", kind: .bounds)
    }
}

/// The pieces `split` returns: strings, where Julia gives `SubString`s (which print
/// alike one by one, but a whole vector of them prints as `SubString{String}[...]`).
/// Julia's split gives a `Vector{SubString{String}}`; the pieces themselves are plain
/// strings here (the language has no SubString value), the vector says what Julia's is.
private func splitResult(_ pieces: [String]) -> Value {
    let list = ListBox(pieces.map { .string($0) })
    list.declaredElementType = "SubString{String}"
    return .list(list)
}

extension Value {
    /// A character or string as a string; nil for anything else.
    var charOrString: String? {
        switch self {
        case .char(let c): return String(c)
        case .string(let s): return s
        default: return nil
        }
    }
}

/// The value of `digits` in base `radix` (2...62), reading each character as Julia's
/// `__convert_digit` does (base/parse.jl): 0-9, then A-Z from 10, then a-z from 10 up to
/// base 36 and from 36 above it; nil for a character that is no digit of the base, or
/// when the value overflows an Int64. (Swift's `Int(_:radix:)` stops at base 36.)
private func integerDigits(_ digits: Substring, radix: Int) -> Int? {
    var value = 0
    for character in digits.unicodeScalars {
        let c = Int(character.value)
        let digit: Int
        switch character {
        case "0"..."9": digit = c - 48
        case "A"..."Z": digit = c - 65 + 10
        case "a"..."z": digit = c - 97 + (radix <= 36 ? 10 : 36)
        default: return nil
        }
        guard digit < radix else { return nil }
        let (shifted, overflowA) = value.multipliedReportingOverflow(by: radix)
        let (sum, overflowB) = shifted.addingReportingOverflow(digit)
        guard !overflowA, !overflowB else { return nil }
        value = sum
    }
    return value
}

/// The number `parse(T, s)` reads, or nil when s does not spell one of type T. Julia
/// allows surrounding whitespace, a sign, `_`-free digits, and for floats `Inf`/`NaN`.
private func parsedNumber(_ args: Arguments, base: Int?) throws -> Value? {
    guard case .function(let type) = args[0] else {
        throw RuntimeError("\(args.function): the first argument is a type such as Int or Float64, got \(describeType(args[0]))", kind: .method)
    }
    let text = try args.string(1).trimmingCharacters(in: .whitespacesAndNewlines)
    switch type.name {
    case "Int", "Int64":
        let radix = base ?? 10
        guard (2...62).contains(radix) else { throw RuntimeError("\(args.function): base must be between 2 and 62 (ArgumentError)", kind: .argument) }
        var digits = Substring(text)
        var negative = false
        if let sign = digits.first, sign == "+" || sign == "-" { negative = sign == "-"; digits = digits.dropFirst() }
        if base == nil, digits.hasPrefix("0x") || digits.hasPrefix("0b") || digits.hasPrefix("0o") {
            let prefixed: [Character: Int] = ["x": 16, "b": 2, "o": 8]
            // Digits only after the prefix: Swift's Int(_:radix:) would also take a sign (`0x-5`).
            let rest = digits.dropFirst(2)
            guard let r = prefixed[digits.dropFirst().first!], !rest.isEmpty, let n = integerDigits(rest, radix: r) else { return nil }
            return .int(negative ? -n : n)
        }
        guard !digits.isEmpty, let n = integerDigits(digits, radix: radix) else { return nil }
        return .int(negative ? -n : n)
    case "Float64":
        guard base == nil else { throw RuntimeError("\(args.function): base applies to integer types", kind: .method) }
        switch text.lowercased() {
        case "inf", "+inf", "infinity", "+infinity": return .float(.infinity)
        case "-inf", "-infinity": return .float(-.infinity)
        case "nan", "+nan", "-nan": return .float(.nan)
        default: break
        }
        guard !text.isEmpty, !text.contains(where: { $0.isWhitespace || $0 == "_" }),
              !text.lowercased().hasPrefix("0x"), let x = Double(text) else { return nil }
        return .float(x)
    case "Bool":
        switch text {
        case "true", "1": return .bool(true)
        case "false", "0": return .bool(false)
        default: return nil
        }
    default:
        throw RuntimeError("\(args.function): cannot parse a \(type.name); the language parses Int, Float64 and Bool", kind: .notSupported)
    }
}
