import LiveView
/// Compares a cell's output with its expected output: word by word, with words that
/// read as numbers compared within a relative tolerance. Spacing and line breaks do
/// not matter, so column alignment or a wider terminal never fails a check.
public enum OutputComparison {
    /// nil when the texts agree, else a description of the first difference.
    public static func difference(actual: String, expected: String, tolerance: Double) -> String? {
        let a = words(stripEscapes(actual))
        let e = words(expected)
        for (k, (x, y)) in zip(a, e).enumerated() where !same(x, y, tolerance: tolerance) {
            return "word \(k + 1): expected `\(y)`, got `\(x)`"
        }
        if a.count != e.count {
            return a.count < e.count
                ? "output ended early: expected `\(e[a.count])` next"
                : "unexpected extra output: `\(a[e.count])`"
        }
        return nil
    }

    /// Splits on whitespace and peels brackets and commas off numbers, so `[1.0, 2.0]`
    /// compares as the numbers 1.0 and 2.0.
    static func words(_ s: String) -> [String] {
        var out: [String] = []
        for raw in s.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }) {
            var word = Substring(raw)
            while let c = word.first, "([{,;".contains(c), word.count > 1 { out.append(String(c)); word = word.dropFirst() }
            var trailing: [String] = []
            while let c = word.last, ")]},;".contains(c), word.count > 1 { trailing.insert(String(c), at: 0); word = word.dropLast() }
            out.append(String(word))
            out.append(contentsOf: trailing)
        }
        return out
    }

    static func same(_ x: String, _ y: String, tolerance: Double) -> Bool {
        if x == y { return true }
        guard let a = number(x), let b = number(y) else { return false }
        return numbersAgree(a, b, tolerance: tolerance)
    }

    /// The one rule for numbers in expected output and in exercise answers: a relative
    /// tolerance, with an absolute floor of the same size for values near zero.
    static func numbersAgree(_ a: Double, _ b: Double, tolerance: Double) -> Bool {
        if a.isNaN && b.isNaN { return true }
        if a == b { return true }
        let scale = max(abs(a), abs(b))
        return abs(a - b) <= tolerance * max(scale, 1)
    }

    static func number(_ s: String) -> Double? {
        switch s {
        case "NaN": return .nan
        case "Inf": return .infinity
        case "-Inf": return -.infinity
        default:
            // Julia prints Float32-free floats; also accept `1.0e-5` and `1e-5`.
            return Double(s)
        }
    }
}
