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
    let rounded = Double(format6(x.description)) ?? x
    return formatFloat(rounded)
}

/// Julia's shortest round-trip form of a Float32 (base/ryu/shortest.jl, whose switch to
/// exponent notation is the Float64 one): `show` writes it `typed` (`1.5f0`, `Inf32`,
/// `NaN32`) and with `f` for its exponent (`1.0f-5`); inside a container whose element
/// type is Float32 it is untyped (`1.5`, `Inf`) but keeps the `f` exponent; `print` and
/// `string` write neither (exponent mark `e`: `1.0e-5`). `compact` (inside a matrix)
/// keeps six significant digits and is never typed.
public func formatFloat32(_ x: Float, typed: Bool, exponentMark: Character = "f", compact: Bool = false) -> String {
    let typed = typed && !compact
    if x.isNaN { return "NaN" + (typed ? "32" : "") }
    if x.isInfinite { return (x < 0 ? "-Inf" : "Inf") + (typed ? "32" : "") }
    if x == 0 { return (x.sign == .minus ? "-0.0" : "0.0") + (typed ? "f0" : "") }
    let value = compact ? Float(format6(x.description)) ?? x : x
    // Swift's description of a Float is its shortest round-trip digits too.
    let (negative, digits, exponent) = decimalDigits(value.description)
    let plain = exponent > -5 && exponent < 6
    return (negative ? "-" : "") + layout(digits: digits, exponent: exponent, mark: exponentMark) + (plain && typed ? "f0" : "")
}

/// `description` (a float's shortest digits) rounded to 6 significant digits, as text
/// that reads back as the rounded number; through the decimal digits, avoiding
/// Foundation's String(format:).
private func format6(_ description: String) -> String {
    let (negative, digits, exponent) = decimalDigits(description)
    guard digits.count > 6 else { return description }
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
private func layout(digits: String, exponent: Int, mark: Character = "e") -> String {
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
    return first + "." + (rest.isEmpty ? "0" : rest) + String(mark) + "\(exponent)"
}
