// Sparklines: a whole series in one line, for progress output while training.

/// One line: `label ▇▆▄▃▂▂▁ last`, at most `options.width` columns. Long series are
/// averaged into as many cells as fit; NaN/±Inf (and values ≤ 0 with a log10
/// `yscale`) leave a blank cell and are counted at the end as `(k skipped)`.
/// Uses `options.width`, `canvas` (glyph set), `color` and `yscale` only.
public func sparkline(_ values: [Double], label: String = "", options: PlotOptions = PlotOptions()) -> String {
    let width = options.safeWidth
    let ramp: [Character] = switch options.canvas {
    case .blocks: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    case .braille: ["⡀", "⣀", "⣄", "⣤", "⣦", "⣶", "⣷", "⣿"]
    case .ascii: [".", ",", "-", "~", "=", "+", "*", "#"]
    }
    let drawable = values.map { Axis.transform($0, options.yscale) }
    let skipped = drawable.filter { $0 == nil }.count
    let lastValue = drawable.lastIndex { $0 != nil }.map { values[$0] }

    var prefix = label.isEmpty ? "" : label + " "
    var suffix = (lastValue.map { " " + NumberFormat.compact($0) } ?? " (no data)")
        + (skipped > 0 ? " (\(skipped) skipped)" : "")
    if width - prefix.count - suffix.count < min(4, max(1, values.count)) { suffix = "" }
    if width - prefix.count - suffix.count < 1 { prefix = "" }
    let cells = max(0, min(values.count, width - prefix.count - suffix.count))

    var samples: [Double] = []
    for s in 0..<cells {
        var sum = 0.0, n = 0.0
        for i in HeatGrid.span(s, samples: cells, sources: values.count) { if let t = drawable[i] { sum += t; n += 1 } }
        samples.append(n > 0 ? sum / n : .nan)
    }
    let finite = samples.filter(\.isFinite)
    let lo = finite.min() ?? 0, hi = finite.max() ?? 0
    let style = options.color == .none ? CellStyle.plain : CellStyle(foreground: Palette.seriesColor(0))
    var line = StyledText.plain(prefix)
    for v in samples {
        guard v.isFinite else { line.append(.blank); continue }
        let t = lo == hi ? 0.5 : Numerics.fraction(v, lo, hi)
        line.append(Cell(glyph: ramp[Numerics.clampedIndex(t * Double(ramp.count - 1), upper: ramp.count - 1)], style: style))
    }
    line += StyledText.plain(suffix)
    return StyledText.render([line], width: width, color: options.color)
}
