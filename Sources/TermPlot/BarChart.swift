// Bar charts: one labelled horizontal bar per value, with the value printed at
// the bar's end; the bar's last cell is drawn in fractions where the glyphs allow.

/// Draws one bar per (label, value). `options.height` is not used: there is one
/// line per bar. Negative values and NaN get empty bars and a note.
public func barChart(labels: [String], values: [Double], options: PlotOptions = PlotOptions()) -> String {
    let count = min(labels.count, values.count)
    var notes: [String] = []
    if labels.count != values.count { notes.append("\(labels.count) labels for \(values.count) values; extra ignored") }
    let shown = Array(values.prefix(count))
    if let note = Frame.skippedNote(shown.filter { !$0.isFinite }.count) { notes.append(note) }
    if shown.contains(where: { $0 < 0 }) { notes.append("negative values drawn as empty bars") }
    if count == 0 { notes.append("no data to plot") }

    let width = options.safeWidth
    let unicode = options.canvas.unicode
    let valueTexts = shown.map { NumberFormat.compact($0) }
    let valueWidth = valueTexts.map(\.count).max() ?? 0
    let labelWidth = min(labels.prefix(count).map(\.count).max() ?? 0, max(0, width / 3))
    let barWidth = max(1, width - labelWidth - 2 - 1 - valueWidth)
    let top = shown.filter(\.isFinite).max() ?? 0

    // Glyphs for 1/n, 2/n, …, n/n of a cell.
    let steps: [Character] = switch options.canvas {
    case .blocks: ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]
    case .braille: ["⡇", "⣿"]
    case .ascii: ["#"]
    }
    let style = options.color == .none ? CellStyle.plain : CellStyle(foreground: Palette.seriesColor(0))
    let guide = CellStyle(foreground: Palette.guide)

    var lines: [StyledLine] = []
    if !options.title.isEmpty {
        let indent = max(0, labelWidth + 1 + (barWidth - options.title.count) / 2)
        lines.append(StyledText.spaces(indent) + StyledText.plain(options.title))
    }
    let span = barWidth + 1 + valueWidth
    lines.append(StyledText.spaces(labelWidth + 1) + [Cell(glyph: unicode ? "┌" : "+", style: guide)]
                 + StyledText.spaces(span - 1) + [Cell(glyph: unicode ? "┐" : "+", style: guide)])
    for i in 0..<count {
        let label = StyledText.padLeft(StyledText.truncated(labels[i], to: labelWidth), to: labelWidth)
        var line = StyledText.plain(label + " ") + [Cell(glyph: unicode ? "┤" : "|", style: guide)]
        let v = shown[i]
        var units = 0
        if v.isFinite, v > 0, top > 0 {
            units = Numerics.clampedIndex(v / top * Double(barWidth * steps.count), upper: barWidth * steps.count)
        }
        line += Array(repeating: Cell(glyph: steps[steps.count - 1], style: style), count: units / steps.count)
        if units % steps.count > 0 { line.append(Cell(glyph: steps[units % steps.count - 1], style: style)) }
        line += StyledText.plain(" " + valueTexts[i])
        lines.append(line)
    }
    lines.append(StyledText.spaces(labelWidth + 1) + [Cell(glyph: unicode ? "└" : "+", style: guide)]
                 + StyledText.spaces(span - 1) + [Cell(glyph: unicode ? "┘" : "+", style: guide)])
    if !options.xlabel.isEmpty {
        let indent = max(0, labelWidth + 2 + (barWidth - options.xlabel.count) / 2)
        lines.append(StyledText.spaces(indent) + StyledText.plain(options.xlabel))
    }
    lines += Frame.noteLines(notes, width: width)
    return StyledText.render(lines, width: width, color: options.color)
}
