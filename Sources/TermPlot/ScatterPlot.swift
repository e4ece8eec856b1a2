// Scatter plots, with the guides an eigenvalue plot needs: the unit circle, the
// real and imaginary axes, and a distinct mark for points outside the circle.

/// Draws each series as unconnected points and returns the plot as text.
///
/// - Parameters:
///   - unitCircle: draw the unit circle, keep one unit the same length across and
///     down, and mark points with |z| > 1 with `×` (`x` in ASCII), in red when
///     colour is on — for eigenvalues of a recurrent weight matrix.
///   - axes: draw the lines x = 0 and y = 0 when they are in view.
/// Series after the first are marked `+ o * #` when colour is off; with colour on,
/// every series is drawn in dots of its own colour. With the unit circle and no
/// colour, the first series is marked `•` (`o` in ASCII): a dot on the circle's own
/// dots would not show.
public func scatterPlot(
    _ series: [Series], unitCircle: Bool = false, axes: Bool = false, options: PlotOptions = PlotOptions()
) -> String {
    let linear = options.xscale == .linear && options.yscale == .linear
    let circle = unitCircle && linear
    var plot = XYPlot(series, options: options, alsoShow: circle ? [(-1, -1), (1, 1)] : [])
    if unitCircle && !linear { plot.notes.append("unit circle needs linear axes; not drawn") }
    let colorOn = options.color != .none
    let unicode = options.canvas.unicode
    let markers: [Character] = ["+", "o", "*", "#"]
    func marker(_ i: Int) -> Character? {
        if colorOn { return nil }
        if i == 0 { return circle ? (unicode ? "•" : "o") : nil }
        return markers[(i - 1) % markers.count]
    }
    func color(_ i: Int) -> RGB? { colorOn ? Palette.seriesColor(i) : nil }
    let outsideGlyph: Character = unicode ? "×" : "x"
    let outsideColor: RGB? = colorOn ? Palette.warning : nil

    // Counted from the raw series so the legend can say how many lie outside.
    var outsideCount = 0
    if circle {
        for s in plot.series { for p in s.points { if let p, isOutsideUnitCircle(p.x, p.y) { outsideCount += 1 } } }
    }
    var legend: [StyledLine] = plot.series.enumerated().compactMap { i, s in
        guard !s.name.isEmpty else { return nil }
        let sample = marker(i).map { [Cell(glyph: $0, style: CellStyle(foreground: color(i)))] }
            ?? dotSample(kind: options.canvas, color: color(i))
        return XYPlot.legendEntry(sample, s.name, color: color(i))
    }
    if outsideCount > 0 {
        legend.append(XYPlot.legendEntry([Cell(glyph: outsideGlyph, style: CellStyle(foreground: outsideColor))],
                                         "|z|>1 (\(outsideCount))", color: outsideColor))
    }
    var finalFrame = plot.frame(legend: legend)
    var layout = finalFrame.layout(width: options.safeWidth)
    if circle {
        // Widening an axis changes its labels and so the room left for the canvas,
        // which changes the widening: settle it in a couple of rounds.
        let original = plot
        for _ in 0..<3 {
            plot = original
            plot.equalizeAspect(columns: layout.canvasWidth)
            finalFrame = plot.frame(legend: legend)
            let next = finalFrame.layout(width: options.safeWidth)
            if next.canvasWidth == layout.canvasWidth { break }
            layout = next
        }
    }
    var canvas = Canvas(kind: options.canvas, columns: layout.canvasWidth, rows: plot.rows)

    let guide: RGB? = colorOn ? Palette.guide : nil
    if axes || circle { plot.drawAxes(on: &canvas, color: guide) }
    if circle { drawUnitCircle(plot, on: &canvas, color: guide) }

    for (i, s) in plot.series.enumerated() {
        for point in s.points {
            guard let point else { continue }
            let d = plot.dot(point, on: canvas)
            let outside = circle && isOutsideUnitCircle(point.x, point.y)
            if let glyph = outside ? outsideGlyph : marker(i) {
                guard let column = Numerics.index((d.x / Double(canvas.dotWidth) * Double(canvas.columns)), count: canvas.columns),
                      let row = Numerics.index((d.y / Double(canvas.dotHeight) * Double(canvas.rows)), count: canvas.rows)
                else { continue }
                canvas.setCell(column: column, row: row, Cell(glyph: glyph, style: CellStyle(foreground: outside ? outsideColor : color(i))))
            } else {
                canvas.setDot(d.x, d.y, color: color(i))
            }
        }
    }
    return finalFrame.render(canvas: canvas.lines(), layout: layout, width: options.safeWidth, color: options.color)
}

/// Scatter plot of one series given as separate x and y arrays.
public func scatterPlot(
    x: [Double], y: [Double], name: String = "", unitCircle: Bool = false, axes: Bool = false,
    options: PlotOptions = PlotOptions()
) -> String {
    scatterPlot([Series(y, x: x, name: name)], unitCircle: unitCircle, axes: axes, options: options)
}

private func dotSample(kind: CanvasKind, color: RGB?) -> StyledLine {
    var sample = Canvas(kind: kind, columns: 1, rows: 1)
    sample.setDot(0, sample.dotHeight - 1, color: color)
    return sample.lines()[0]
}

/// The unit circle, found column by column and row by row from x² + y² = 1 so it
/// has no gaps at any slope (and needs no trigonometry).
private func drawUnitCircle(_ plot: XYPlot, on canvas: inout Canvas, color: RGB?) {
    for px in 0..<canvas.dotWidth {
        let x = plot.xAxis.lower + (plot.xAxis.upper - plot.xAxis.lower) * Double(px) / Double(max(1, canvas.dotWidth - 1))
        guard abs(x) <= 1 else { continue }
        let y = (1 - x * x).squareRoot()
        for sy in [y, -y] { let d = plot.dot((x, sy), on: canvas); canvas.setDot(Double(px), d.y, color: color) }
    }
    for py in 0..<canvas.dotHeight {
        let y = plot.yAxis.upper - (plot.yAxis.upper - plot.yAxis.lower) * Double(py) / Double(max(1, canvas.dotHeight - 1))
        guard abs(y) <= 1 else { continue }
        let x = (1 - y * y).squareRoot()
        for sx in [x, -x] { let d = plot.dot((sx, y), on: canvas); canvas.setDot(d.x, Double(py), color: color) }
    }
}

/// Outside the unit circle by more than rounding: eigenvalues of an orthogonal
/// matrix come out with |z| = 1 ± a few ulps and must count as on the circle.
func isOutsideUnitCircle(_ x: Double, _ y: Double) -> Bool {
    (x * x + y * y).squareRoot() > 1 + 1e-9
}
