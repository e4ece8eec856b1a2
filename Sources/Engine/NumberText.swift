// Numbers written as Julia writes them, for display and for every message that shows a
// number: `1.0`, `1.0e-5`, `NaN`, `Inf`, never Swift's `1e-05`, `nan` or `inf`. In the
// engine so that its own errors and the linear algebra's spell numbers the same way.

/// Julia's shortest round-trip form: `1.0`, `0.1`, `1.0e-5`, `1.234567e6`, `Inf`, `NaN`.
public func formatFloat(_ x: Double) -> String {
    if x.isNaN { return "NaN" }
    if x.isInfinite { return x < 0 ? "-Inf" : "Inf" }
    if x == 0 { return x.sign == .minus ? "-0.0" : "0.0" }
    // Swift's description is also shortest round-trip; only the layout differs.
    let (negative, digits, exponent) = decimalDigits(x.description)
    return (negative ? "-" : "") + layout(digits: digits, exponent: exponent)
}

/// The compact form Julia uses inside matrices: at most six significant digits.
public func formatCompact(_ x: Double) -> String {
    guard x.isFinite, x != 0 else { return formatFloat(x) }
    let rounded = Double(String(format6(x))) ?? x
    return formatFloat(rounded)
}

private func format6(_ x: Double) -> String {
    // Round to 6 significant digits through the decimal digits, avoiding Foundation's String(format:).
    let (negative, digits, exponent) = decimalDigits(x.description)
    guard digits.count > 6 else { return x.description }
    var kept = Array(digits.prefix(6)).map { Int(String($0))! }
    var e = exponent
    if let next = digits.dropFirst(6).first, Int(String(next))! >= 5 {
        var i = 5
        while i >= 0 {
            kept[i] += 1
            if kept[i] < 10 { break }
            kept[i] = 0
            i -= 1
        }
        if i < 0 {
            kept.insert(1, at: 0)
            kept.removeLast()
            e += 1
        }
    }
    return (negative ? "-" : "") + "0." + kept.map(String.init).joined() + "e\(e + 1)"
}

/// Significant digits (no leading zeros) and the decimal exponent of the first digit.
private func decimalDigits(_ text: String) -> (negative: Bool, digits: String, exponent: Int) {
    var s = Substring(text)
    let negative = s.hasPrefix("-")
    if negative { s = s.dropFirst() }
    var exponent = 0
    if let e = s.firstIndex(where: { $0 == "e" || $0 == "E" }) {
        exponent = Int(s[s.index(after: e)...]) ?? 0
        s = s[..<e]
    }
    let parts = s.split(separator: ".", omittingEmptySubsequences: false)
    let integerPart = String(parts[0])
    let fraction = parts.count > 1 ? String(parts[1]) : ""
    var digits = integerPart + fraction
    var pointPosition = integerPart.count + exponent
    while digits.hasPrefix("0") && digits.count > 1 {
        digits.removeFirst()
        pointPosition -= 1
    }
    while digits.hasSuffix("0") && digits.count > 1 { digits.removeLast() }
    return (negative, digits, pointPosition - 1)
}

/// Plain notation for exponents -5 < e < 6 (as Julia prints 100000.0 but 1.0e6), else `d.ddde±n`.
private func layout(digits: String, exponent: Int) -> String {
    if exponent > -5 && exponent < 6 {
        if exponent >= 0 {
            let whole = digits.count > exponent + 1
                ? String(digits.prefix(exponent + 1))
                : digits + String(repeating: "0", count: exponent + 1 - digits.count)
            let fraction = digits.count > exponent + 1 ? String(digits.dropFirst(exponent + 1)) : "0"
            return whole + "." + fraction
        }
        return "0." + String(repeating: "0", count: -exponent - 1) + digits
    }
    let first = digits.prefix(1)
    let rest = digits.dropFirst()
    return first + "." + (rest.isEmpty ? "0" : rest) + "e\(exponent)"
}
