// Properties that must hold for any data and any size: no line wider than asked,
// the expected number of lines, no escape codes without colour, and no trap.

import PropertyBased
import Testing
@testable import TermPlot

/// Doubles biased towards trouble: NaN, ±Inf, huge, tiny, zero, negative, and
/// repeated constants, mixed with ordinary values.
let awkwardDouble = zip(Gen.int(in: 0...11), Gen.double(in: -1...1)).map { kind, u -> Double in
    switch kind {
    case 0: .nan
    case 1: .infinity
    case 2: -.infinity
    case 3: u * 1e300
    case 4: u * 1e-300
    case 5: 0
    case 6: 3.25
    case 7: .leastNonzeroMagnitude
    case 8: -.greatestFiniteMagnitude
    default: u * 10
    }
}

/// Series of the shapes that break plotting code: arbitrary, constant, a single
/// point, and empty.
let awkwardSeries = zip(Gen.int(in: 0...5), awkwardDouble.array(of: 0...40), awkwardDouble, Gen.int(in: 2...40))
    .map { shape, values, constant, count -> [Double] in
        switch shape {
        case 0: Array(repeating: constant, count: count)
        case 1: [constant]
        case 2: []
        default: values
        }
    }

/// One of `options`, chosen uniformly.
func choice<T: Sendable>(_ options: [T]) -> Generator<T, Shrink.Integer<Int>> {
    Gen.int(in: 0...(options.count - 1)).map { options[$0] }
}

let plotSetup = zip(
    choice(PlotKind.allCases), choice(CanvasKind.allCases),
    choice(ColorMode.allCases), Gen.int(in: 1...140), Gen.int(in: 1...30)
)

/// Draws `kind` from arbitrary data, with every optional decoration switched on.
func arbitraryPlot(_ kind: PlotKind, data: [Double], other: [Double], options: PlotOptions) -> String {
    var options = options
    options.title = "a title"
    options.xlabel = "x label"
    options.ylabel = "y"
    switch kind {
    case .line:
        return linePlot([Series(data, name: "first"), Series(other, x: data, name: "second")], axes: true, options: options)
    case .lineLog:
        options.yscale = .log10
        options.xscale = .log10
        return linePlot(data, x: other, name: "log", options: options)
    case .scatter:
        return scatterPlot([Series(data, x: other, name: "a"), Series(other, name: "b")], unitCircle: true, axes: true, options: options)
    case .heatMap:
        let columns = max(1, Int(Double(data.count).squareRoot()))
        let rows = data.count / columns
        return heatMap(columnMajor: Array(data.prefix(rows * columns)), rows: rows, columns: columns, options: options)
    case .histogram:
        return histogram(data, options: options)
    case .barChart:
        return barChart(labels: data.map { NumberFormat.compact($0) }, values: data, options: options)
    case .sparkline:
        return sparkline(data, label: "loss", options: options)
    }
}


@Suite struct PropertyTests {
    @Test func linesNeverExceedTheWidth() async {
        await propertyCheck(count: 300, input: plotSetup, awkwardSeries, awkwardSeries) { setup, data, other in
            let (kind, canvas, color, width, height) = setup
            let options = PlotOptions(width: width, height: height, canvas: canvas, color: color)
            let text = arbitraryPlot(kind, data: data, other: other, options: options)
            for line in outputLines(text) {
                #expect(displayWidth(line) <= width, "\(kind) \(canvas) width \(width): \(line)")
            }
        }
    }

    @Test func colourOffMeansNoEscapeCodesAndAsciiMeansAsciiOnly() async {
        await propertyCheck(count: 200, input: plotSetup, awkwardSeries, awkwardSeries) { setup, data, other in
            let (kind, canvas, _, width, height) = setup
            let options = PlotOptions(width: width, height: height, canvas: canvas, color: .none)
            let text = arbitraryPlot(kind, data: data, other: other, options: options)
            #expect(!text.contains("\u{1B}"))
            if canvas == .ascii { #expect(isPlainASCII(text), "\(kind): \(text)") }
        }
    }

    /// Coloured output closes every coloured run before the line ends, so a plot
    /// never tints the terminal text that follows it.
    @Test func colourNeverLeaksPastALine() async {
        await propertyCheck(count: 150, input: plotSetup, awkwardSeries, awkwardSeries) { setup, data, other in
            let (kind, canvas, _, width, height) = setup
            for color in [ColorMode.ansi256, .trueColor] {
                let text = arbitraryPlot(kind, data: data, other: other,
                                         options: PlotOptions(width: width, height: height, canvas: canvas, color: color))
                for line in outputLines(text) {
                    // The last escape on a line, if any, must be the reset.
                    let escapes = line.split(separator: "\u{1B}", omittingEmptySubsequences: false).dropFirst()
                    if let last = escapes.last { #expect(last.hasPrefix("[0m"), "\(line)") }
                }
            }
        }
    }

    /// Framed plots have exactly `height` canvas lines between their borders, and in
    /// all `height` + title + 2 borders + tick line + x label + one line per note. A heat
    /// map of fewer rows than that draws the largest whole multiple of its rows instead
    /// (in half-lines when colour blocks carry two rows a line), so rows are even.
    @Test func lineCountIsHeightPlusDecorations() async {
        let framed = zip(
            choice([PlotKind.line, .lineLog, .scatter, .heatMap, .histogram]),
            choice(CanvasKind.allCases), choice(ColorMode.allCases),
            Gen.int(in: 24...140), Gen.int(in: 1...30)
        )
        await propertyCheck(count: 250, input: framed, awkwardSeries, awkwardSeries) { setup, data, other in
            let (kind, canvas, color, width, height) = setup
            let options = PlotOptions(width: width, height: height, canvas: canvas, color: color)
            let lines = outputLines(arbitraryPlot(kind, data: data, other: other, options: options))
            let notes = noteLineCount(lines)
            var canvasLines = height
            if kind == .heatMap {
                let matrixRows = data.count / max(1, Int(Double(data.count).squareRoot()))
                let halves = canvas == .blocks && color != .none
                let slots = halves ? 2 * height : height
                if matrixRows > 0 && matrixRows < slots {
                    let even = slots - slots % matrixRows
                    canvasLines = halves ? (even + 1) / 2 : even
                }
            }
            #expect(lines.count == canvasLines + 1 + 2 + 1 + 1 + notes, "\(kind) \(canvas) \(width)x\(height)")
            let corners: (Character, Character) = canvas == .ascii ? ("+", "+") : ("┌", "└")
            let plain = lines.map { String($0.unicodeScalars.filter { $0 != "\u{1B}" }) }
            let top = plain.firstIndex { $0.contains(corners.0) }
            let bottom = plain.lastIndex { $0.contains(corners.1) }
            #expect(top == 1)
            #expect(bottom.map { $0 - (top ?? 0) - 1 } == canvasLines)
        }
    }

    @Test func barChartHasOneLinePerBar() async {
        await propertyCheck(count: 100, input: awkwardSeries, Gen.int(in: 20...120)) { data, width in
            let options = PlotOptions(width: width, title: "t", xlabel: "x")
            let lines = outputLines(barChart(labels: data.map { _ in "bar" }, values: data, options: options))
            let notes = noteLineCount(lines)
            #expect(lines.count == data.count + 1 + 2 + 1 + notes)
        }
    }

    @Test func sparklineIsOneLine() async {
        await propertyCheck(count: 150, input: awkwardSeries, Gen.int(in: 1...100)) { data, width in
            for canvas in CanvasKind.allCases {
                let text = sparkline(data, label: "loss", options: PlotOptions(width: width, canvas: canvas))
                #expect(!text.contains("\n"))
                #expect(displayWidth(Substring(text)) <= width)
            }
        }
    }

    /// Odd matrix shapes (empty, ragged, one entry, mismatched counts) draw without trapping.
    @Test func heatMapToleratesAnyShape() async {
        let shapes = zip(Gen.int(in: -2...30), Gen.int(in: -2...30), awkwardDouble.array(of: 0...60))
        await propertyCheck(count: 150, input: shapes, Gen.int(in: 1...100)) { shape, width in
            let (rows, columns, values) = shape
            let text = heatMap(columnMajor: values, rows: rows, columns: columns, options: PlotOptions(width: width, height: 5))
            for line in outputLines(text) { #expect(displayWidth(line) <= width) }
            let ragged = (0..<max(0, rows % 7)).map { r in Array(values.prefix(r * 3)) }
            _ = heatMap(ragged, rowLabels: ["only one"], options: PlotOptions(width: width, height: 4, canvas: .blocks, color: .ansi256))
        }
    }
}
