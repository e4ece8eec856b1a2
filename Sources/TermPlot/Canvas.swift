// A canvas is a grid of character cells, each holding a small block of dots.
// The kinds differ only in how many dots a cell holds and which glyph shows a
// given set of dots; everything that draws works in dot coordinates.

/// The drawing resolution of a plot.
public enum CanvasKind: String, Sendable, CaseIterable {
    /// Braille patterns: 2×4 dots per character, the finest resolution.
    case braille
    /// Half blocks (`▀ ▄ █`): 1×2 per character; heat maps get two rows per line.
    case blocks
    /// Plain ASCII (2×3 dots per character drawn as `' - . _ | / \`), with ASCII
    /// frames and labels, for terminals without Unicode.
    case ascii

    /// Whether frames, labels and ramps may use non-ASCII glyphs.
    var unicode: Bool { self != .ascii }

    var encoding: any CellEncoding.Type {
        switch self {
        case .braille: BrailleCells.self
        case .blocks: BlockCells.self
        case .ascii: AsciiCells.self
        }
    }
}

/// How one kind of canvas packs dots into a character. Dot (column c, row r) of a
/// cell is bit `r * dotsAcross + c` of the mask.
protocol CellEncoding {
    static var dotsAcross: Int { get }
    static var dotsDown: Int { get }
    static func glyph(forMask mask: UInt8) -> Character
    /// Glyphs from empty to full, for shading a value into a single cell.
    static var shadeRamp: [Character] { get }
}

extension CanvasKind {
    /// Marks a missing value (NaN) in a shaded cell, apart from the blank that
    /// shows the smallest value.
    var missingGlyph: Character { unicode ? "·" : "?" }
}

/// Dots drawn and dots skipped in turn, so that series stay apart when there is
/// no colour to tell them.
struct DashPattern: Equatable {
    var on: Int
    var off: Int
    static let solid = DashPattern(on: 1, off: 0)
    /// One per series. Every period fits in the four-character legend sample of every
    /// canvas (8 dots across in ASCII and braille), and at whole characters of 2 dots
    /// the samples differ: `----`, `- - `, `--  `, `--- `, `-   `.
    static let byIndex = [
        solid, DashPattern(on: 2, off: 2), DashPattern(on: 4, off: 4), DashPattern(on: 6, off: 2),
        DashPattern(on: 2, off: 6),
    ]
    func draws(_ step: Int) -> Bool { off == 0 || step % (on + off) < on }

    /// The pattern for a canvas of `kind`. Periods count two dots a character, so a
    /// canvas of one dot a character (half blocks) halves them: the same look per
    /// character, and the four-character legend sample still holds a whole period.
    func fitted(to kind: CanvasKind) -> DashPattern {
        let across = kind.encoding.dotsAcross
        return across == 2 ? self : DashPattern(on: max(1, on * across / 2), off: off * across / 2)
    }
}

struct Canvas {
    let kind: CanvasKind
    let columns: Int
    let rows: Int
    private let across: Int
    private let down: Int
    private var masks: [UInt8]
    private var colors: [RGB?]
    /// Whole-cell glyphs (markers, heat-map shades) that replace the dots beneath.
    private var overlays: [Cell?]

    init(kind: CanvasKind, columns: Int, rows: Int) {
        self.kind = kind
        self.columns = max(1, columns)
        self.rows = max(1, rows)
        across = kind.encoding.dotsAcross
        down = kind.encoding.dotsDown
        masks = Array(repeating: 0, count: self.columns * self.rows)
        colors = Array(repeating: nil, count: self.columns * self.rows)
        overlays = Array(repeating: nil, count: self.columns * self.rows)
    }

    var dotWidth: Int { columns * across }
    var dotHeight: Int { rows * down }

    /// Lights one dot; dots outside the canvas are ignored, so callers need not clip.
    mutating func setDot(_ x: Int, _ y: Int, color: RGB?) {
        guard x >= 0, y >= 0, x < dotWidth, y < dotHeight else { return }
        let cell = (y / down) * columns + x / across
        masks[cell] |= UInt8(1 << ((y % down) * across + x % across))
        if let color { colors[cell] = color }
    }

    mutating func setDot(_ x: Double, _ y: Double, color: RGB?) {
        guard let xi = Numerics.index(x.rounded(), count: dotWidth),
              let yi = Numerics.index(y.rounded(), count: dotHeight) else { return }
        setDot(xi, yi, color: color)
    }

    mutating func setCell(column: Int, row: Int, _ cell: Cell) {
        guard column >= 0, row >= 0, column < columns, row < rows else { return }
        overlays[row * columns + column] = cell
    }

    /// Draws a segment between two points in dot coordinates (y down), clipped to
    /// the canvas first so that far-away or huge endpoints cost nothing and never
    /// overflow an integer. `step` carries a dash pattern's phase across segments.
    mutating func line(
        from a: (x: Double, y: Double), to b: (x: Double, y: Double),
        color: RGB?, pattern: DashPattern = .solid, step: inout Int
    ) {
        guard let (p, q) = clip(a, b) else { return }
        let x0 = Int(p.x.rounded()), y0 = Int(p.y.rounded())
        let x1 = Int(q.x.rounded()), y1 = Int(q.y.rounded())
        let dx = abs(x1 - x0), dy = -abs(y1 - y0)
        let sx = x0 < x1 ? 1 : -1, sy = y0 < y1 ? 1 : -1
        var error = dx + dy
        var (x, y) = (x0, y0)
        while true {
            if pattern.draws(step) { setDot(x, y, color: color) }
            step += 1
            if x == x1 && y == y1 { break }
            let e2 = 2 * error
            if e2 >= dy { error += dy; x += sx }
            if e2 <= dx { error += dx; y += sy }
        }
    }

    /// Liang–Barsky clipping to the canvas rectangle (in dot units, half a dot of
    /// slack on each side). Returns nil when nothing of the segment is visible or
    /// an endpoint is not a number.
    private func clip(_ a: (x: Double, y: Double), _ b: (x: Double, y: Double))
        -> ((x: Double, y: Double), (x: Double, y: Double))?
    {
        guard a.x.isFinite, a.y.isFinite, b.x.isFinite, b.y.isFinite else { return nil }
        let (xmin, xmax) = (-0.49, Double(dotWidth) - 0.51)
        let (ymin, ymax) = (-0.49, Double(dotHeight) - 0.51)
        let dx = b.x - a.x, dy = b.y - a.y
        guard dx.isFinite, dy.isFinite else { return nil }
        var t0 = 0.0, t1 = 1.0
        // Which edge cut each end; that coordinate is then set to the edge exactly,
        // since a + t·d loses all precision when the endpoints are huge.
        // Edges 0…3 are x = xmin, x = xmax, y = ymin, y = ymax. (No arrays here:
        // this runs once per segment, so it stays free of allocations.)
        var edge0 = -1, edge1 = -1
        func cut(_ p: Double, _ q: Double, _ edge: Int) -> Bool {
            if p == 0 { return q >= 0 }
            let r = q / p
            if p < 0 { if r > t1 { return false }; if r > t0 { t0 = r; edge0 = edge } }
            else { if r < t0 { return false }; if r < t1 { t1 = r; edge1 = edge } }
            return true
        }
        guard cut(-dx, a.x - xmin, 0), cut(dx, xmax - a.x, 1), cut(-dy, a.y - ymin, 2), cut(dy, ymax - a.y, 3)
        else { return nil }
        func point(_ t: Double, _ edge: Int) -> (x: Double, y: Double) {
            var p = (x: a.x + t * dx, y: a.y + t * dy)
            switch edge {
            case 0: p.x = xmin
            case 1: p.x = xmax
            case 2: p.y = ymin
            case 3: p.y = ymax
            default: break
            }
            return p
        }
        let p = point(t0, edge0), q = point(t1, edge1)
        guard p.x.isFinite, p.y.isFinite, q.x.isFinite, q.y.isFinite else { return nil }
        return (p, q)
    }

    /// The canvas as styled lines, exactly `columns` cells wide and `rows` lines tall.
    func lines() -> [StyledLine] {
        let encoding = kind.encoding
        return (0..<rows).map { row in
            (0..<columns).map { column in
                let i = row * columns + column
                if let overlay = overlays[i] { return overlay }
                return Cell(
                    glyph: encoding.glyph(forMask: masks[i]),
                    style: masks[i] == 0 ? .plain : CellStyle(foreground: colors[i])
                )
            }
        }
    }
}
