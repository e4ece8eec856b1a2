/// Just enough JSON for the benchmark's one-line results, read by bench/run.
enum JSONValue {
    case number(Double)
    case string(String)
    case numbers([Double])

    var text: String {
        switch self {
        case .number(let x): return x.isFinite ? "\(x)" : "null"
        case .string(let s): return "\"" + s.unicodeScalars.map(escaped).joined() + "\""
        case .numbers(let xs): return "[" + xs.map { JSONValue.number($0).text }.joined(separator: ", ") + "]"
        }
    }

    private func escaped(_ s: Unicode.Scalar) -> String {
        switch s {
        case "\"": return "\\\""
        case "\\": return "\\\\"
        case "\n": return "\\n"
        default: return s.value < 0x20 ? "\\u" + String(repeatElement("0", count: 4 - String(s.value, radix: 16).count)) + String(s.value, radix: 16) : String(s)
        }
    }
}

/// One result line: the fields sorted by name, so the output is stable.
func jsonLine(_ fields: [String: JSONValue]) -> String {
    "{" + fields.sorted { $0.key < $1.key }.map { "\"\($0.key)\": \($0.value.text)" }.joined(separator: ", ") + "}"
}
