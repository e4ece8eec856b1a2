// Braille patterns (U+2800…U+28FF) hold 2×4 dots per character.

enum BrailleCells: CellEncoding {
    static let dotsAcross = 2
    static let dotsDown = 4

    /// Unicode numbers braille dots down the left column first (1,2,3 then 7), so
    /// our row-major dot bits map to its bits through this table.
    private static let unicodeBit: [UInt32] = [0x01, 0x08, 0x02, 0x10, 0x04, 0x20, 0x40, 0x80]

    static func glyph(forMask mask: UInt8) -> Character {
        var bits: UInt32 = 0
        for i in 0..<8 where mask & (1 << i) != 0 { bits |= unicodeBit[i] }
        return Character(Unicode.Scalar(0x2800 + bits)!)
    }

    /// Dots filled bottom-up, so a cell's darkness follows its value.
    static let shadeRamp: [Character] = [" ", "⡀", "⣀", "⣄", "⣤", "⣦", "⣶", "⣷", "⣿"]
}
