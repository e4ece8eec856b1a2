// Compact number labels for ticks and legends, without Foundation's formatters.

enum NumberFormat {
    /// A short label with at most `digits` significant digits: plain decimals for
    /// moderate magnitudes (`0.25`, `120`), scientific form otherwise (`1.5e-8`).
    static func compact(_ x: Double, digits: Int = 4) -> String {
        if x.isNaN { return "NaN" }
        if x.isInfinite { return x < 0 ? "-Inf" : "Inf" }
        if x == 0 { return "0" }
        let digits = max(1, min(digits, 15))
        let magnitude = abs(x)
        var exponent = Numerics.decadeFloor(magnitude)
        // Scale in two steps so that neither factor overflows for extreme exponents.
        let half = -exponent / 2
        var scaled = magnitude * Numerics.powerOfTen(half)
        scaled *= Numerics.powerOfTen(-exponent - half)
        scaled *= Numerics.powerOfTen(digits - 1)
        var mantissa = scaled.rounded()
        if mantissa >= Numerics.powerOfTen(digits) {
            mantissa = (mantissa / 10).rounded()
            exponent += 1
        }
        guard mantissa.isFinite, mantissa < 1e16 else { return x < 0 ? "-?" : "?" }
        let digitText = Array(String(Int(mantissa)))
        let sign = x < 0 ? "-" : ""
        if exponent >= -3 && exponent <= 3 {
            return sign + fixed(digitText, exponent: exponent)
        }
        var text = String(digitText[0])
        let rest = trimmingZeros(Array(digitText.dropFirst()))
        if !rest.isEmpty { text += "." + String(rest) }
        return sign + text + "e" + String(exponent)
    }

    /// A power of ten shown as `10⁻⁸` (Unicode) or `1e-8` (ASCII); other values
    /// fall back to `compact`.
    static func decade(_ k: Int, unicode: Bool) -> String {
        if !unicode { return "1e" + String(k) }
        if k == 0 { return "1" }
        if k == 1 { return "10" }
        return "10" + superscript(k)
    }

    static func superscript(_ k: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        var text = ""
        for ch in String(k) {
            if ch == "-" { text.append("⁻") } else if let d = ch.wholeNumberValue { text.append(digits[d]) }
        }
        return text
    }

    private static func fixed(_ digitText: [Character], exponent: Int) -> String {
        let count = digitText.count
        if exponent >= count - 1 {
            return String(digitText) + String(repeating: "0", count: exponent - count + 1)
        }
        if exponent >= 0 {
            let whole = String(digitText[0...exponent])
            let fraction = trimmingZeros(Array(digitText[(exponent + 1)...]))
            return fraction.isEmpty ? whole : whole + "." + String(fraction)
        }
        let fraction = trimmingZeros(Array(repeating: "0", count: -exponent - 1) + digitText)
        return "0." + String(fraction)
    }

    private static func trimmingZeros(_ chars: [Character]) -> [Character] {
        var chars = chars
        while chars.last == "0" { chars.removeLast() }
        return chars
    }
}
