// Histograms: counts of values in equal-width bins, drawn as vertical bars on
// any canvas (for the distribution of weights or gradients).

/// Counts `values` into `bins` equal bins (Sturges' rule when nil) over the data's
/// range, or over `options.xlim` when given, and draws the counts as bars.
/// NaN and ±Inf are skipped and counted in a note; so are values outside `xlim`.
public func histogram(_ values: [Double], bins: Int? = nil, options: PlotOptions = PlotOptions()) -> String {
    var notes: [String] = []
    let finite = values.filter(\.isFinite)
    if let note = Frame.skippedNote(values.count - finite.count) { notes.append(note) }
    if options.yscale != .linear || options.xscale != .linear { notes.append("histograms use linear axes") }

    var lo = finite.min() ?? 0, hi = finite.max() ?? 1
    if let xlim = options.xlim, xlim.0.isFinite, xlim.1.isFinite, xlim.0 != xlim.1 {
        (lo, hi) = (min(xlim.0, xlim.1), max(xlim.0, xlim.1))
    } else {
        // Rounded outwards so the range reads -1.8 … 2 rather than -1.766 … 1.958.
        (lo, hi) = Axis.niceBounds(lo, hi)
    }
    if lo == hi { (lo, hi) = Axis.expandedDegenerate(lo) }
    let inRange = finite.filter { $0 >= lo && $0 <= hi }
    if inRange.count < finite.count { notes.append("\(finite.count - inRange.count) values outside xlim skipped") }
    if inRange.isEmpty { notes.append("no finite data to plot") }

    let layoutProbe = histogramFrame(lo: lo, hi: hi, top: 0, probeCount: inRange.count, options: options, notes: notes)
    let layout = layoutProbe.layout(width: options.safeWidth)
    var canvas = Canvas(kind: options.canvas, columns: layout.canvasWidth, rows: options.safeHeight)
    let sturges = Int((Numerics.log(Double(max(1, inRange.count))) / Numerics.log(2)).rounded(.up)) + 1
    let binCount = max(1, min(bins ?? sturges, canvas.dotWidth, 1_000))
    if let bins, bins != binCount { notes.append("\(bins) bins asked for; drew \(binCount)") }

    var counts = Array(repeating: 0, count: binCount)
    for v in inRange {
        counts[Numerics.clampedIndex((Numerics.fraction(v, lo, hi) * Double(binCount)).rounded(.down), upper: binCount - 1)] += 1
    }
    let top = counts.max() ?? 0
    let color: RGB? = options.color == .none ? nil : Palette.seriesColor(0)
    // Bars start and end on whole cells when there is room, so no cell is half a
    // bar (which ASCII would draw as `|`); a blank cell keeps wide bars apart.
    let unit = binCount <= canvas.columns ? canvas.dotWidth / canvas.columns : 1
    let slots = canvas.dotWidth / unit
    // A gap only when every bar keeps at least two slots, so all bars look alike.
    let gap = slots / binCount >= 3 ? unit : 0
    for (b, count) in counts.enumerated() where count > 0 {
        let x0 = b * slots / binCount * unit
        let x1 = (b + 1) * slots / binCount * unit - gap
        let h = max(1, Int((Double(count) / Double(top) * Double(canvas.dotHeight)).rounded()))
        for x in x0..<x1 { for y in (canvas.dotHeight - h)..<canvas.dotHeight { canvas.setDot(x, y, color: color) } }
    }
    let frame = histogramFrame(lo: lo, hi: hi, top: top, options: options, notes: notes)
    return frame.render(canvas: canvas.lines(), layout: layout, width: options.safeWidth, color: options.color)
}

private func histogramFrame(lo: Double, hi: Double, top: Int, probeCount: Int = 0, options: PlotOptions, notes: [String]) -> Frame {
    var frame = Frame()
    frame.title = options.title
    frame.unicode = options.canvas.unicode
    // The probe frame is laid out with a count label as wide as the largest possible count.
    frame.setYAxis(upper: top == 0 ? String(repeating: "0", count: String(probeCount).count) : String(top), lower: "0", ylabel: options.ylabel, rows: options.safeHeight)
    frame.bottomLeft = NumberFormat.compact(lo)
    frame.bottomRight = NumberFormat.compact(hi)
    frame.xlabel = options.xlabel
    frame.notes = notes
    return frame
}
