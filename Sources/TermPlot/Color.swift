// Colour: what the caller asked for, the palette, and the ANSI escape codes.

/// How a plot may colour its output. `none` produces plain text with no escape codes.
public enum ColorMode: String, Sendable, CaseIterable {
    case none
    /// The 256-colour palette (`ESC[38;5;Nm`), understood by nearly every terminal.
    case ansi256
    /// 24-bit colour (`ESC[38;2;R;G;Bm`).
    case trueColor

    /// The richest mode the environment advertises, for a caller that wants colour:
    /// `none` when `NO_COLOR` is set to anything non-empty or `TERM` is `dumb`,
    /// `trueColor` when `COLORTERM` says `truecolor` or `24bit`, `ansi256` otherwise.
    /// Takes the environment as a dictionary so that it stays testable.
    public static func detect(environment: [String: String]) -> ColorMode {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .none }
        if environment["TERM"] == "dumb" { return .none }
        let colorTerm = (environment["COLORTERM"] ?? "").lowercased()
        if colorTerm == "truecolor" || colorTerm == "24bit" { return .trueColor }
        return .ansi256
    }
}

/// A colour as 8-bit red, green and blue.
public struct RGB: Hashable, Sendable {
    public var red: UInt8
    public var green: UInt8
    public var blue: UInt8

    public init(_ red: UInt8, _ green: UInt8, _ blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// The nearest entry of xterm's 256-colour palette (6×6×6 cube or grey ramp).
    var ansi256Index: Int {
        let levels = [0, 95, 135, 175, 215, 255]
        func nearestLevel(_ v: UInt8) -> Int {
            var best = 0
            for i in 1..<levels.count where abs(levels[i] - Int(v)) < abs(levels[best] - Int(v)) { best = i }
            return best
        }
        let (r, g, b) = (nearestLevel(red), nearestLevel(green), nearestLevel(blue))
        let cube = (levels[r], levels[g], levels[b])
        let average = (Int(red) + Int(green) + Int(blue)) / 3
        let greyStep = max(0, min(23, (average - 8 + 5) / 10))
        let grey = 8 + 10 * greyStep
        func distance(_ c: (Int, Int, Int)) -> Int {
            let dr = c.0 - Int(red), dg = c.1 - Int(green), db = c.2 - Int(blue)
            return dr * dr + dg * dg + db * db
        }
        if distance((grey, grey, grey)) < distance(cube) { return 232 + greyStep }
        return 16 + 36 * r + 6 * g + b
    }
}

/// Colours a plot uses: one per series, a few for marks, and the heat-map scale.
enum Palette {
    static let series: [RGB] = [
        RGB(86, 156, 214), RGB(230, 145, 56), RGB(106, 190, 69),
        RGB(220, 80, 80), RGB(170, 120, 220), RGB(80, 200, 200),
    ]
    static func seriesColor(_ index: Int) -> RGB { series[index % series.count] }
    static let guide = RGB(128, 128, 128)
    static let warning = RGB(220, 80, 80)

    /// Stops of the viridis colour map, which stays readable in grey and for
    /// colour-blind readers; values between stops are interpolated.
    private static let viridis: [RGB] = [
        RGB(68, 1, 84), RGB(65, 68, 135), RGB(42, 120, 142),
        RGB(34, 168, 132), RGB(122, 209, 81), RGB(253, 231, 37),
    ]

    static func heat(_ t: Double) -> RGB {
        let t = t.isNaN ? 0 : max(0, min(1, t))
        let position = t * Double(viridis.count - 1)
        let i = min(viridis.count - 2, Int(position))
        let f = position - Double(i)
        func mix(_ a: UInt8, _ b: UInt8) -> UInt8 {
            UInt8(max(0, min(255, (Double(a) + (Double(b) - Double(a)) * f).rounded())))
        }
        let a = viridis[i], b = viridis[i + 1]
        return RGB(mix(a.red, b.red), mix(a.green, b.green), mix(a.blue, b.blue))
    }
}

/// Foreground and background colour of one character cell.
struct CellStyle: Equatable {
    var foreground: RGB?
    var background: RGB?
    static let plain = CellStyle()
    var isPlain: Bool { foreground == nil && background == nil }

    /// The SGR sequence that switches to this style from the default one.
    func escape(_ mode: ColorMode) -> String {
        var codes: [String] = []
        if let fg = foreground { codes.append(code(fg, mode, layer: 38)) }
        if let bg = background { codes.append(code(bg, mode, layer: 48)) }
        return codes.isEmpty ? "" : "\u{1B}[" + codes.joined(separator: ";") + "m"
    }

    private func code(_ c: RGB, _ mode: ColorMode, layer: Int) -> String {
        switch mode {
        case .trueColor: return "\(layer);2;\(c.red);\(c.green);\(c.blue)"
        case .ansi256, .none: return "\(layer);5;\(c.ansi256Index)"
        }
    }

    static let reset = "\u{1B}[0m"
}
