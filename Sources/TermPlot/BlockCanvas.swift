// Half blocks hold two dots per character, one above the other.

enum BlockCells: CellEncoding {
    static let dotsAcross = 1
    static let dotsDown = 2

    static func glyph(forMask mask: UInt8) -> Character {
        switch mask & 3 {
        case 1: "▀"
        case 2: "▄"
        case 3: "█"
        default: " "
        }
    }

    static let shadeRamp: [Character] = [" ", "░", "▒", "▓", "█"]
}
