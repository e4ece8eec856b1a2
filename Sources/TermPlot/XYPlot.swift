// What line and scatter plots share: turning series into drawable points, fitting
// the axes, laying out the frame and mapping data onto canvas dots.

/// A series' points in drawing space; nil marks a point that cannot be drawn
/// (NaN, ±Inf, or ≤ 0 on a log axis), which also breaks a line.
struct PreparedSeries {
    var name: String
    var points: [(x: Double, y: Double)?]
}

struct XYPlot {
    let options: PlotOptions
    var series: [PreparedSeries] = []
    var notes: [String] = []
    var xAxis: Axis
    var yAxis: Axis

    /// `alsoShow` lists points (in data space) the automatic limits must include,
    /// such as the unit circle's extent.
    init(_ input: [Series], options: PlotOptions, alsoShow: [(x: Double, y: Double)] = []) {
        self.options = options
        var nonFinite = 0, nonPositiveX = 0, nonPositiveY = 0, mismatched = 0
        var prepared: [PreparedSeries] = []
        for s in input {
            if let x = s.x, x.count != s.y.count { mismatched += 1 }
            var points: [(x: Double, y: Double)?] = []
            points.reserveCapacity(s.count)
            for i in 0..<s.count {
                let (x, y) = s.point(i)
                if !x.isFinite || !y.isFinite { nonFinite += 1; points.append(nil); continue }
                let tx = Axis.transform(x, options.xscale), ty = Axis.transform(y, options.yscale)
                if tx == nil { nonPositiveX += 1 }
                if ty == nil { nonPositiveY += 1 }
                if let tx, let ty { points.append((tx, ty)) } else { points.append(nil) }
            }
            prepared.append(PreparedSeries(name: s.name, points: points))
        }
        var notes: [String] = []
        if mismatched > 0 { notes.append("x and y lengths differ; extra values ignored") }
        if let note = Frame.skippedNote(nonFinite) { notes.append(note) }
        if nonPositiveX > 0 { notes.append("\(nonPositiveX) x value\(nonPositiveX == 1 ? "" : "s") <= 0 not shown (log x)") }
        if nonPositiveY > 0 { notes.append("\(nonPositiveY) y value\(nonPositiveY == 1 ? "" : "s") <= 0 not shown (log y)") }
        let drawable = prepared.flatMap { $0.points.compactMap { $0 } }
        if drawable.isEmpty { notes.append("no finite data to plot") }
        let extent = drawable + alsoShow.compactMap { p in
            Axis.transform(p.x, options.xscale).flatMap { x in Axis.transform(p.y, options.yscale).map { (x, $0) } }
        }
        let unicode = options.canvas.unicode
        xAxis = Axis.fitting(extent.map(\.x), scale: options.xscale, given: options.xlim,
                             unicode: unicode, name: "x", notes: &notes)
        yAxis = Axis.fitting(extent.map(\.y), scale: options.yscale, given: options.ylim,
                             unicode: unicode, name: "y", notes: &notes)
        series = prepared
        self.notes = notes
    }

    var rows: Int { options.safeHeight }

    func frame(legend: [StyledLine]) -> Frame {
        var frame = Frame()
        frame.title = options.title
        frame.unicode = options.canvas.unicode
        frame.setYAxis(upper: yAxis.upperLabel, lower: yAxis.lowerLabel, ylabel: options.ylabel, rows: rows)
        for (i, entry) in legend.enumerated() where i < rows { frame.rightCells[i] = [Cell.blank] + entry }
        frame.bottomLeft = xAxis.lowerLabel
        frame.bottomRight = xAxis.upperLabel
        frame.xlabel = options.xlabel
        frame.notes = notes
        return frame
    }

    /// Grows the shorter linear axis so one unit spans the same distance across
    /// and down (a circle stays round), given that a terminal cell is about twice
    /// as tall as it is wide.
    mutating func equalizeAspect(columns: Int) {
        guard xAxis.scale == .linear, yAxis.scale == .linear else { return }
        let xPerCell = (xAxis.upper - xAxis.lower) / Double(columns)
        let yPerCell = (yAxis.upper - yAxis.lower) / Double(2 * rows)
        if xPerCell < yPerCell { xAxis = xAxis.widened(toSpan: yPerCell * Double(columns)) }
        else { yAxis = yAxis.widened(toSpan: xPerCell * Double(2 * rows)) }
    }

    /// Canvas dot coordinates (y down) of a point in drawing space.
    func dot(_ p: (x: Double, y: Double), on canvas: Canvas) -> (x: Double, y: Double) {
        (xAxis.fraction(p.x) * Double(canvas.dotWidth - 1), (1 - yAxis.fraction(p.y)) * Double(canvas.dotHeight - 1))
    }

    /// A short sample of a series' look for the legend: a line drawn on a tiny
    /// canvas of the same kind, so dashes and colour match the plot.
    static func lineSample(kind: CanvasKind, color: RGB?, pattern: DashPattern) -> StyledLine {
        var sample = Canvas(kind: kind, columns: 4, rows: 1)
        let y = Double((sample.dotHeight - 1) / 2)
        var step = 0
        sample.line(from: (0, y), to: (Double(sample.dotWidth - 1), y), color: color, pattern: pattern, step: &step)
        return sample.lines()[0]
    }

    static func legendEntry(_ sample: StyledLine, _ name: String, color: RGB?) -> StyledLine {
        sample + [Cell.blank] + StyledText.plain(name, style: CellStyle(foreground: color))
    }

    /// The lines x = 0 and y = 0 of linear axes, dotted so they read as guides
    /// rather than data.
    func drawAxes(on canvas: inout Canvas, color: RGB?) {
        let dotted = DashPattern(on: 1, off: 1)
        var step = 0
        if yAxis.scale == .linear && yAxis.lower <= 0 && yAxis.upper >= 0 {
            var a = dot((xAxis.lower, 0), on: canvas), b = dot((xAxis.upper, 0), on: canvas)
            if canvas.kind == .ascii {
                // Moved to the middle dot row of its cell, so it reads as `-` rather than `'` or `.`.
                let middle = (a.y / 3).rounded(.down) * 3 + 1
                a.y = middle
                b.y = middle
            }
            canvas.line(from: a, to: b, color: color, pattern: dotted, step: &step)
        }
        step = 0
        if xAxis.scale == .linear && xAxis.lower <= 0 && xAxis.upper >= 0 {
            let a = dot((0, yAxis.lower), on: canvas), b = dot((0, yAxis.upper), on: canvas)
            canvas.line(from: a, to: b, color: color, pattern: dotted, step: &step)
        }
    }
}
