// Heat maps of a matrix (say hidden units × time steps): row 1 at the top, one
// colour or shade per entry, a colour bar with the value range on the right.

/// A matrix given as rows; shorter rows are padded with NaN.
public func heatMap(
    _ rows: [[Double]], rowLabels: [String]? = nil, columnLabels: [String]? = nil,
    zlim: (Double, Double)? = nil, options: PlotOptions = PlotOptions()
) -> String {
    let columns = rows.map(\.count).max() ?? 0
    var notes: [String] = []
    if rows.contains(where: { $0.count != columns }) { notes.append("rows differ in length; padded with NaN") }
    let grid = HeatGrid(rows: rows.count, columns: columns) { r, c in
        c < rows[r].count ? rows[r][c] : .nan
    }
    return grid.render(rowLabels: rowLabels, columnLabels: columnLabels, zlim: zlim, notes: notes, options: options)
}

/// A matrix stored column by column (as the engine's tensors are): entry (r, c)
/// is `values[c * rows + r]`. When `values.count` is not `rows * columns` the
/// frame is drawn empty, with a note saying so.
///
/// `missingMeans` says what NaN entries stand for when they are not a mistake (a
/// time step not reached yet): the note under the plot then names the glyph they
/// are drawn with and that meaning, instead of counting them as skipped.
public func heatMap(
    columnMajor values: [Double], rows: Int, columns: Int, rowLabels: [String]? = nil,
    columnLabels: [String]? = nil, zlim: (Double, Double)? = nil, missingMeans: String? = nil,
    options: PlotOptions = PlotOptions()
) -> String {
    let rows = max(0, rows), columns = max(0, columns)
    var notes: [String] = []
    let (size, overflow) = rows.multipliedReportingOverflow(by: columns)
    // A shape that does not match the data is drawn as an empty frame: guessing
    // which entries were meant would mislead, and a huge claimed shape would be slow.
    let matches = !overflow && size == values.count
    if !matches { notes.append("\(values.count) values for a \(rows)x\(columns) matrix") }
    let grid = HeatGrid(rows: matches ? rows : 0, columns: matches ? columns : 0) { r, c in
        let i = c * rows + r
        return i < values.count ? values[i] : .nan
    }
    return grid.render(
        rowLabels: rowLabels, columnLabels: columnLabels, zlim: zlim, notes: notes, missingMeans: missingMeans,
        options: options)
}

struct HeatGrid {
    let rows: Int
    let columns: Int
    let entry: (Int, Int) -> Double

    init(rows: Int, columns: Int, entry: @escaping (Int, Int) -> Double) {
        self.rows = rows
        self.columns = columns
        self.entry = entry
    }

    /// The source indices that sample `s` of `samples` covers: a block when the
    /// matrix is larger than the picture, a single repeated index when smaller.
    static func span(_ s: Int, samples: Int, sources: Int) -> Range<Int> {
        let lo = s * sources / samples
        return lo..<max(lo + 1, (s + 1) * sources / samples)
    }

    /// Mean of the finite entries a sample covers, NaN when it covers none.
    func sample(rows rr: Range<Int>, columns cc: Range<Int>) -> Double {
        var sum = 0.0, count = 0.0
        for r in rr { for c in cc { let v = entry(r, c); if v.isFinite { sum += v; count += 1 } } }
        return count > 0 ? sum / count : .nan
    }

    func render(
        rowLabels: [String]?, columnLabels: [String]?, zlim: (Double, Double)?, notes: [String],
        missingMeans: String? = nil, options: PlotOptions
    ) -> String {
        var notes = notes
        var nonFinite = 0
        var lo = Double.infinity, hi = -Double.infinity
        for r in 0..<rows {
            for c in 0..<columns {
                let v = entry(r, c)
                if v.isFinite { lo = min(lo, v); hi = max(hi, v) } else { nonFinite += 1 }
            }
        }
        if let missingMeans {
            // Coloured half blocks leave a missing entry blank; the other canvases mark it.
            let blank = options.canvas == .blocks && options.color != .none
            if nonFinite > 0 { notes.append((blank ? "blank" : "\(options.canvas.missingGlyph)") + " = \(missingMeans)") }
        } else if let note = Frame.skippedNote(nonFinite) {
            notes.append(note)
        }
        if lo > hi { notes.append("no finite data to plot"); (lo, hi) = (0, 1) }
        if let zlim, zlim.0.isFinite, zlim.1.isFinite, zlim.0 != zlim.1 { (lo, hi) = (min(zlim.0, zlim.1), max(zlim.0, zlim.1)) }

        let kind = options.canvas
        let colorOn = options.color != .none
        var height = options.safeHeight
        let ramp = kind.encoding.shadeRamp
        func level(_ t: Double) -> Character {
            let index = Numerics.clampedIndex(t * Double(ramp.count - 1), upper: ramp.count - 1)
            return ramp[colorOn ? max(1, index) : index]
        }
        func t(_ v: Double) -> Double { lo == hi ? 0.5 : max(0, min(1, Numerics.fraction(v, lo, hi))) }

        var frame = Frame()
        frame.title = options.title
        frame.unicode = kind.unicode
        frame.notes = notes
        // Half blocks with colour carry two matrix rows per line: foreground on top, background below.
        let halves = kind == .blocks && colorOn
        var samplesDown = halves ? 2 * height : height
        // A matrix smaller than the picture gets the same number of lines for every
        // row (12 units in 20 lines would draw some units twice as tall as others):
        // the picture shrinks to the largest whole multiple instead.
        if rows > 0 && rows < samplesDown {
            samplesDown = samplesDown / rows * rows
            height = halves ? (samplesDown + 1) / 2 : samplesDown
        }
        labelRows(&frame, labels: rowLabels, samplesDown: samplesDown, perLine: halves ? 2 : 1, height: height)
        if !options.ylabel.isEmpty {
            let middle = height / 2
            frame.leftLabels[middle] = options.ylabel + (frame.leftLabels[middle].map { " " + $0 } ?? "")
        }
        let columnNames = columnLabels ?? (columns > 0 ? ["1", String(columns)] : [])
        frame.bottomLeft = columnNames.first ?? ""
        frame.bottomRight = columnNames.count > 1 ? columnNames[columnNames.count - 1] : ""
        frame.xlabel = options.xlabel

        let hiLabel = NumberFormat.compact(hi), loLabel = NumberFormat.compact(lo)
        for row in 0..<height {
            let fraction = height == 1 ? 1 : 1 - Double(row) / Double(height - 1)
            let style = colorOn ? CellStyle(foreground: Palette.heat(fraction)) : .plain
            let glyph: Character = colorOn && kind.unicode ? "█" : level(fraction)
            var cells: StyledLine = [Cell.blank, Cell(glyph: glyph, style: style), Cell(glyph: glyph, style: style)]
            if row == 0 { cells += StyledText.plain(" " + hiLabel) }
            if row == height - 1 && height > 1 { cells += StyledText.plain(" " + loLabel) }
            frame.rightCells[row] = cells
        }

        let layout = frame.layout(width: options.safeWidth)
        // Likewise every column gets the same number of characters.
        let width = columns > 0 && columns < layout.canvasWidth
            ? layout.canvasWidth / columns * columns : layout.canvasWidth
        var lines: [StyledLine] = []
        for row in 0..<height {
            var line: StyledLine = []
            for column in 0..<width {
                let cc = HeatGrid.span(column, samples: width, sources: columns)
                if rows == 0 || columns == 0 { line.append(.blank); continue }
                if halves {
                    let top = sample(rows: HeatGrid.span(2 * row, samples: samplesDown, sources: rows), columns: cc)
                    // An odd number of half-lines leaves the last line's lower half empty.
                    let bottom = 2 * row + 1 < samplesDown
                        ? sample(rows: HeatGrid.span(2 * row + 1, samples: samplesDown, sources: rows), columns: cc) : .nan
                    switch (top.isNaN, bottom.isNaN) {
                    case (true, true): line.append(.blank)
                    case (false, true): line.append(Cell(glyph: "▀", style: CellStyle(foreground: Palette.heat(t(top)))))
                    case (true, false): line.append(Cell(glyph: "▄", style: CellStyle(foreground: Palette.heat(t(bottom)))))
                    case (false, false):
                        line.append(Cell(glyph: "▀", style: CellStyle(foreground: Palette.heat(t(top)), background: Palette.heat(t(bottom)))))
                    }
                } else {
                    let v = sample(rows: HeatGrid.span(row, samples: samplesDown, sources: rows), columns: cc)
                    if v.isNaN { line.append(Cell(glyph: kind.missingGlyph)); continue }
                    line.append(Cell(glyph: level(t(v)), style: colorOn ? CellStyle(foreground: Palette.heat(t(v))) : .plain))
                }
            }
            lines.append(line)
        }
        return frame.render(canvas: lines, layout: layout, width: options.safeWidth, color: options.color)
    }

    /// Row labels (1-based indices by default) beside the line where each matrix
    /// row starts, when every row has a line of its own; otherwise only the first
    /// and last rows are named.
    private func labelRows(_ frame: inout Frame, labels: [String]?, samplesDown: Int, perLine: Int, height: Int) {
        guard rows > 0 else { return }
        func name(_ r: Int) -> String { labels.map { r < $0.count ? $0[r] : "" } ?? String(r + 1) }
        var starts: [Int: [Int]] = [:]
        var previous = -1
        for s in 0..<samplesDown {
            let r = HeatGrid.span(s, samples: samplesDown, sources: rows).lowerBound
            if r != previous { starts[s / perLine, default: []].append(r); previous = r }
        }
        if starts.count == rows && starts.values.allSatisfy({ $0.count == 1 }) {
            for (line, r) in starts { frame.leftLabels[line] = name(r[0]) }
        } else {
            frame.leftLabels[0] = name(0)
            if height > 1 { frame.leftLabels[height - 1] = name(rows - 1) }
        }
    }
}
