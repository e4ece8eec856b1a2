/// A small JSON reader for the fixtures.
///
/// Why not Foundation's JSONSerialization: on this platform it reads some decimals one
/// ulp off (0.30000000000000004 comes back as 0.3000000000000001; see
/// `fixtureDoublesReadBackBitForBit`), which would put a spurious error of 1e-16 in
/// every comparison. Numbers here go through Swift's `Double(_: String)`, which is
/// correctly rounded. Values come out as plain Swift types: `[String: Any]`, `[Any]`,
/// `String`, `Double`, `Bool`, and `Optional<Double>.none` for null.
struct JSONReader {
    struct Problem: Error, CustomStringConvertible {
        let description: String
    }

    private let bytes: [UInt8]
    private var position = 0

    static func parse(_ bytes: [UInt8]) throws -> Any {
        var reader = JSONReader(bytes: bytes)
        let value = try reader.value(depth: 0)
        reader.skipWhitespace()
        guard reader.position == bytes.count else { throw reader.problem("trailing characters") }
        return value
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private func problem(_ what: String) -> Problem { Problem(description: "JSON: \(what) at byte \(position)") }

    private mutating func skipWhitespace() {
        while position < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[position]) { position += 1 }
    }

    private mutating func expect(_ byte: UInt8) throws {
        skipWhitespace()
        guard position < bytes.count, bytes[position] == byte else {
            throw problem("expected \"\(Character(Unicode.Scalar(byte)))\"")
        }
        position += 1
    }

    private mutating func peek() throws -> UInt8 {
        skipWhitespace()
        guard position < bytes.count else { throw problem("unexpected end") }
        return bytes[position]
    }

    private mutating func value(depth: Int) throws -> Any {
        // Fixtures nest a few levels; a bound keeps a corrupt file from recursing deeply.
        guard depth < 64 else { throw problem("nesting too deep") }
        switch try peek() {
        case UInt8(ascii: "{"):
            position += 1
            var object = [String: Any]()
            if try peek() == UInt8(ascii: "}") { position += 1; return object }
            repeat {
                let key = try string()
                try expect(UInt8(ascii: ":"))
                object[key] = try value(depth: depth + 1)
            } while try separator(closing: UInt8(ascii: "}"))
            return object
        case UInt8(ascii: "["):
            position += 1
            var array = [Any]()
            if try peek() == UInt8(ascii: "]") { position += 1; return array }
            repeat { array.append(try value(depth: depth + 1)) } while try separator(closing: UInt8(ascii: "]"))
            return array
        case UInt8(ascii: "\""):
            return try string()
        case UInt8(ascii: "t"): return try literal("true", true)
        case UInt8(ascii: "f"): return try literal("false", false)
        case UInt8(ascii: "n"): return try literal("null", Optional<Double>.none as Any)
        default: return try number()
        }
    }

    /// After an element: `true` on a comma, `false` on the closing bracket.
    private mutating func separator(closing: UInt8) throws -> Bool {
        let next = try peek()
        position += 1
        if next == UInt8(ascii: ",") { return true }
        if next == closing { return false }
        position -= 1
        throw problem("expected \",\" or closing bracket")
    }

    private mutating func literal(_ word: String, _ value: Any) throws -> Any {
        let text = Array(word.utf8)
        guard position + text.count <= bytes.count, Array(bytes[position..<(position + text.count)]) == text else {
            throw problem("bad literal")
        }
        position += text.count
        return value
    }

    private mutating func number() throws -> Double {
        let start = position
        let allowed = Set("+-0123456789.eE".utf8)
        while position < bytes.count, allowed.contains(bytes[position]) { position += 1 }
        guard let value = Double(String(decoding: bytes[start..<position], as: UTF8.self)) else {
            throw problem("bad number")
        }
        return value
    }

    private mutating func string() throws -> String {
        try expect(UInt8(ascii: "\""))
        var out = [UInt8]()
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\""): return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                // The fixtures only hold plain keys; escapes other than \" \\ \/ are refused.
                guard position < bytes.count, [UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/")]
                    .contains(bytes[position]) else { throw problem("unsupported escape") }
                out.append(bytes[position])
                position += 1
            default: out.append(byte)
            }
        }
        throw problem("unterminated string")
    }
}
