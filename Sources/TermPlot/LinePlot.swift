// Line plots: each series joins its consecutive drawable points.

/// Draws one or more series as lines and returns the plot as text.
///
/// Series are told apart by colour when `options.color` is on, and by dash
/// pattern (solid, dashed, dotted, …) when it is off; named series get a legend.
/// Points that cannot be drawn (NaN, ±Inf, ≤ 0 on a log axis) leave a gap and
/// are counted in a note under the plot. `axes` draws the dotted lines x = 0
/// and y = 0 where they are in view.
public func linePlot(_ series: [Series], axes: Bool = false, options: PlotOptions = PlotOptions()) -> String {
    let plot = XYPlot(series, options: options)
    let colorOn = options.color != .none
    func style(_ i: Int) -> (RGB?, DashPattern) {
        colorOn ? (Palette.seriesColor(i), .solid)
            : (nil, DashPattern.byIndex[i % DashPattern.byIndex.count].fitted(to: options.canvas))
    }
    let legend: [StyledLine] = plot.series.enumerated().compactMap { i, s in
        guard !s.name.isEmpty else { return nil }
        let (color, pattern) = style(i)
        return XYPlot.legendEntry(XYPlot.lineSample(kind: options.canvas, color: color, pattern: pattern), s.name, color: color)
    }
    var frame = plot.frame(legend: legend)
    let patterns = DashPattern.byIndex.count
    if !colorOn && plot.series.count > patterns {
        frame.notes.append("\(plot.series.count) series but \(patterns) dash patterns: series \(patterns + 1) on repeat the first ones")
    }
    let layout = frame.layout(width: options.safeWidth)
    var canvas = Canvas(kind: options.canvas, columns: layout.canvasWidth, rows: plot.rows)
    if axes { plot.drawAxes(on: &canvas, color: colorOn ? Palette.guide : nil) }
    for (i, s) in plot.series.enumerated() {
        let (color, pattern) = style(i)
        var step = 0
        var previous: (x: Double, y: Double)?
        for point in s.points {
            guard let point else { previous = nil; continue }
            let here = plot.dot(point, on: canvas)
            if let previous {
                canvas.line(from: previous, to: here, color: color, pattern: pattern, step: &step)
            } else {
                // A lone point between gaps still shows as one dot.
                canvas.setDot(here.x, here.y, color: color)
            }
            previous = here
        }
    }
    return frame.render(canvas: canvas.lines(), layout: layout, width: options.safeWidth, color: options.color)
}

/// Draws a single series as a line; `x` defaults to 1, 2, 3, ….
public func linePlot(
    _ y: [Double], x: [Double]? = nil, name: String = "", axes: Bool = false, options: PlotOptions = PlotOptions()
) -> String {
    linePlot([Series(y, x: x, name: name)], axes: axes, options: options)
}
