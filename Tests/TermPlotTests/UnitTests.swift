// Checks of the small pieces: number labels, log axes, colour selection, glyph
// encodings, notes for bad data, and the scatter plot's outside-circle marks.

import Testing
@testable import TermPlot

@Suite struct NumberFormatTests {
    @Test(arguments: [
        (0.25, "0.25"), (120, "120"), (-0.001, "-0.001"), (1e-8, "1e-8"), (1.5e-8, "1.5e-8"),
        (12345, "1.235e4"), (9999.6, "1e4"), (0, "0"), (-2.5e12, "-2.5e12"), (0.30000000000000004, "0.3"),
        (1e308, "1e308"), (Double.leastNonzeroMagnitude, "4.941e-324"), (Double.nan, "NaN"), (-Double.infinity, "-Inf"),
    ])
    func compactLabels(_ value: Double, _ expected: String) {
        #expect(NumberFormat.compact(value) == expected)
    }

    @Test func decadeLabels() {
        #expect(NumberFormat.decade(-8, unicode: true) == "10⁻⁸")
        #expect(NumberFormat.decade(2, unicode: true) == "10²")
        #expect(NumberFormat.decade(-12, unicode: false) == "1e-12")
    }

    @Test func decadeFloorAnswersForZeroAndExtremes() {
        #expect(Numerics.decadeFloor(0) == 0)
        #expect(Numerics.decadeFloor(.greatestFiniteMagnitude) == 308)
        #expect(Numerics.decadeFloor(.leastNonzeroMagnitude) == -324)
    }

    @Test func decadeFloorIsExactAtPowersOfTen() {
        for k in -300...300 {
            #expect(Numerics.decadeFloor(Numerics.powerOfTen(k)) == k)
            #expect(Numerics.decadeFloor(Numerics.powerOfTen(k).nextDown) == k - 1)
        }
    }

    /// The series logarithm against values known exactly.
    @Test func logarithmMatchesKnownValues() {
        #expect(abs(Numerics.log10(1000) - 3) < 1e-14)
        #expect(abs(Numerics.log10(2) - 0.30102999566398120) < 1e-15)
        #expect(abs(Numerics.log(1e-300) - -690.77552789821370) < 1e-11)
        #expect(abs(Numerics.sin(1) - 0.84147098480789651) < 1e-15)
    }
}

@Suite struct AxisTests {
    @Test func logAxisRoundsToWholeDecades() {
        var notes: [String] = []
        let values = [2e-8, 50].map { Numerics.log10($0) }
        let axis = Axis.fitting(values, scale: .log10, given: nil, unicode: true, name: "y", notes: &notes)
        #expect(axis.lowerLabel == "10⁻⁸")
        #expect(axis.upperLabel == "10²")
        #expect(notes.isEmpty)
    }

    @Test func linearAxisRoundsOutwardsToShortLabels() {
        let (a, b) = Axis.niceBounds(-0.9987, 0.9991)
        #expect(a == -1 && b == 1)
        let (c, d) = Axis.niceBounds(0, 1.0000000000000002)
        #expect(c == 0 && d == 1)
    }

    @Test func givenLimitsAreUsedAndBadOnesIgnored() {
        var notes: [String] = []
        let axis = Axis.fitting([5], scale: .linear, given: (3, -2), unicode: true, name: "x", notes: &notes)
        #expect(axis.lower == -2 && axis.upper == 3)
        let log = Axis.fitting([1], scale: .log10, given: (0, 10), unicode: true, name: "y", notes: &notes)
        #expect(log.scale == .log10)
        #expect(notes == ["ylim must be > 0 on a log axis; ignored"])
    }
}

@Suite struct ColorModeTests {
    @Test func detectsFromEnvironment() {
        #expect(ColorMode.detect(environment: [:]) == .ansi256)
        #expect(ColorMode.detect(environment: ["COLORTERM": "truecolor"]) == .trueColor)
        #expect(ColorMode.detect(environment: ["COLORTERM": "24bit", "NO_COLOR": "1"]) == .none)
        #expect(ColorMode.detect(environment: ["NO_COLOR": ""]) == .ansi256)
        #expect(ColorMode.detect(environment: ["TERM": "dumb"]) == .none)
    }

    @Test func ansi256PicksCubeAndGrey() {
        #expect(RGB(255, 0, 0).ansi256Index == 196)
        #expect(RGB(0, 0, 0).ansi256Index == 16)
        #expect(RGB(128, 128, 128).ansi256Index == 244)
    }
}

@Suite struct CanvasTests {
    @Test func brailleDotsFollowUnicodeNumbering() {
        var canvas = Canvas(kind: .braille, columns: 1, rows: 1)
        canvas.setDot(0, 0, color: nil)
        #expect(canvas.lines()[0][0].glyph == "⠁")
        canvas.setDot(1, 3, color: nil)
        #expect(canvas.lines()[0][0].glyph == "⢁")
        for x in 0..<2 { for y in 0..<4 { canvas.setDot(x, y, color: nil) } }
        #expect(canvas.lines()[0][0].glyph == "⣿")
    }

    @Test func asciiGlyphsFollowTheDots() {
        #expect(AsciiCells.glyph(forMask: 0b000011) == "'")
        #expect(AsciiCells.glyph(forMask: 0b001100) == "-")
        #expect(AsciiCells.glyph(forMask: 0b110000) == "_")
        #expect(AsciiCells.glyph(forMask: 0b010101) == "|")
        #expect(AsciiCells.glyph(forMask: 0b100001) == "\\")
        #expect(AsciiCells.glyph(forMask: 0b010010) == "/")
    }

    @Test func linesFarOutsideTheCanvasAreClippedNotTrapped() {
        var canvas = Canvas(kind: .braille, columns: 4, rows: 2)
        var step = 0
        canvas.line(from: (-1e300, 3), to: (1e300, 3), color: nil, step: &step)
        canvas.line(from: (.nan, 0), to: (3, 3), color: nil, step: &step)
        // Dot row 3 is the bottom row of the first line of cells; the NaN segment draws nothing.
        #expect(canvas.lines().map { String($0.map(\.glyph)) } == ["⣀⣀⣀⣀", "⠀⠀⠀⠀"])
    }
}

@Suite struct PlotBehaviourTests {
    @Test func nanAndInfinityAreCountedInANote() {
        let text = linePlot([1, .nan, 3, .infinity, 2], options: PlotOptions(width: 40, height: 5))
        #expect(text.contains("note: 2 NaN/Inf values skipped"))
    }

    @Test func longNotesWrapAtWordsWithinTheWidth() {
        let lines = Frame.noteLines(["3 y values <= 0 not shown (log y)", "averyveryverylongword"], width: 20)
        #expect(lines.map { String($0.map(\.glyph)) } == [
            "note: 3 y values <=", "      0 not shown", "      (log y)",
            "note: averyveryveryl", "      ongword",
        ])
    }

    @Test func emptyAndAllNaNSeriesGiveANoteNotATrap() {
        for data in [[], [Double.nan, .nan]] {
            for plot in [linePlot(data), scatterPlot(x: data, y: data), histogram(data)] {
                #expect(plot.contains("note: no finite data to plot"))
            }
        }
        #expect(heatMap([[Double]]()).contains("note: no finite data to plot"))
    }

    @Test func nonPositiveValuesOnALogAxisAreDroppedWithANote() {
        let options = PlotOptions(width: 50, height: 6, yscale: .log10)
        let text = linePlot([1e-3, 0, -5, 10], options: options)
        #expect(text.contains("note: 2 y values <= 0 not shown (log y)"))
        #expect(text.contains("10⁻³"))
        #expect(text.contains("10 │") || text.contains("10 ┤") || text.contains(" 10 "))
    }

    @Test func pointsOutsideTheUnitCircleAreMarkedAndCounted() {
        let text = scatterPlot(x: [0.5, 1.5, 0, -2], y: [0, 0, 0.9, 0], name: "λ", unitCircle: true,
                               options: PlotOptions(width: 60, height: 12))
        #expect(text.filter { $0 == "×" }.count == 3)  // two marks and the legend's sample
        #expect(text.contains("|z|>1 (2)"))
        let ascii = scatterPlot(x: [1.5], y: [0], unitCircle: true, options: PlotOptions(width: 40, height: 8, canvas: .ascii))
        #expect(ascii.contains("x"))
    }

    @Test func columnMajorHeatMapMatchesRows() {
        let rows: [[Double]] = [[1, 2, 3], [4, 5, 6]]
        let options = PlotOptions(width: 40, height: 4, canvas: .blocks, color: .trueColor)
        #expect(heatMap(rows, options: options) == heatMap(columnMajor: [1, 4, 2, 5, 3, 6], rows: 2, columns: 3, options: options))
    }

    /// Shades follow the values: the smallest entry is blank and the largest full.
    /// Width 20 leaves 11 canvas columns (row label, borders and colour bar take
    /// the rest); the two entries get five each, and the eleventh is not drawn.
    @Test func heatMapShadesFollowValues() {
        let text = heatMap([[0, 1]], options: PlotOptions(width: 20, height: 1, canvas: .blocks))
        #expect(outputLines(text)[1] == "1 │     █████│ ██ 1")
    }

    /// Every matrix row gets the same number of lines and every column the same number
    /// of characters: 12 rows at height 20 draw one line each, 3 rows three lines each.
    @Test func heatMapRowsAndColumnsHaveEvenSizes() {
        let twelve = (0..<12).map { r in (0..<7).map { c in Double(r * 7 + c) } }
        let lines = outputLines(heatMap(twelve, options: PlotOptions(width: 60, height: 20, canvas: .ascii)))
        let canvas = lines.filter { $0.contains("|") && !$0.hasPrefix("  +") }
        #expect(canvas.count == 12, "\(lines.joined(separator: "\n"))")
        // Seven columns: each shade run is a whole number of characters long, the same for all.
        let first = canvas[11]
        let inside = first.split(separator: "|", omittingEmptySubsequences: false)[1]
        #expect(inside.count % 7 == 0, "\(first)")
        let three = [[0.0, 1.0], [2.0, 3.0], [4.0, 5.0]]
        let tall = outputLines(heatMap(three, options: PlotOptions(width: 40, height: 10, canvas: .ascii)))
        let rows = tall.filter { $0.contains("|") && !$0.hasPrefix("  +") }
        #expect(rows.count == 9, "\(tall.joined(separator: "\n"))")
        let drawn = rows.map { $0.split(separator: "|", omittingEmptySubsequences: false)[1] }
        #expect(Set(drawn[0..<3]).count == 1 && Set(drawn[3..<6]).count == 1 && Set(drawn[6..<9]).count == 1,
                "\(tall.joined(separator: "\n"))")
        #expect(Set(drawn).count == 3, "three rows, three looks: \(tall.joined(separator: "\n"))")
    }

    /// Plot text drawn for ASCII is ASCII: a title with ρ and a legend with ‖ and λ.
    @Test func asciiPlotsSpellOutUnicodeInTheirText() {
        let series = [Series([1, 2, 3], name: "‖dh‖ for λ₁"), Series([3, 2, 1], name: "τ = 0.5")]
        let text = linePlot(series, options: PlotOptions(width: 70, height: 5, title: "ρ = 1.5", canvas: .ascii))
        #expect(text.allSatisfy { $0.isASCII }, "\(text)")
        #expect(text.contains("rho = 1.5"), "\(text)")
        #expect(text.contains("||dh|| for lambda_1"), "\(text)")
        #expect(text.contains("tau = 0.5"), "\(text)")
        #expect(linePlot(series, options: PlotOptions(width: 50, height: 5, title: "ρ = 1.5", canvas: .braille)).contains("ρ = 1.5"))
    }

    /// Without colour, each of five series has a legend sample of its own.
    @Test func fiveSeriesHaveFiveDifferentLegendSamples() {
        for canvas in CanvasKind.allCases {
            let series = (0..<5).map { k in Series([Double(k), Double(k)], name: "s\(k)") }
            let lines = outputLines(linePlot(series, options: PlotOptions(width: 60, height: 8, canvas: canvas)))
            let samples = (0..<5).compactMap { k in
                lines.first { $0.hasSuffix(" s\(k)") }.map { String($0.suffix(7).prefix(4)) }
            }
            #expect(samples.count == 5 && Set(samples).count == 5, "\(canvas): \(samples)")
        }
    }

    @Test func sparklineAveragesLongSeriesAndShowsTheLastValue() {
        let text = sparkline([1, 2, 3, 4, 5, 6, 7, 8], label: "", options: PlotOptions(width: 12, canvas: .blocks))
        #expect(text == "▁▂▃▄▅▆▇█ 8")
        let steps = Array(repeating: 1.0, count: 100) + Array(repeating: 2.0, count: 100)
        #expect(sparkline(steps, options: PlotOptions(width: 6, canvas: .blocks)) == "▁▁██ 2")
        // Too narrow for the last value: three cells, the middle one averaging 34 ones and 33 twos.
        #expect(sparkline(steps, options: PlotOptions(width: 3, canvas: .blocks)) == "▁▄█")
    }

    @Test func barLengthsAreProportional() {
        let text = barChart(labels: ["a", "b"], values: [4, 2], options: PlotOptions(width: 20, canvas: .ascii))
        let lines = outputLines(text)
        // 20 columns less label, " |", " " and the value leave 15 cells for the longest bar.
        #expect(lines[1] == "a |############### 4")
        #expect(lines[2] == "b |######## 2")
    }

    @Test func demoShowsEveryPlotType() {
        let text = plotDemo(width: 70, height: 10, color: .none, unicode: true)
        for heading in ["Line plot", "Scatter", "Heat map", "Histogram", "Bar chart", "Sparkline"] {
            #expect(text.contains(heading))
        }
        let ascii = plotDemo(width: 30, height: 6, color: .none, unicode: false)
        #expect(isPlainASCII(ascii))
        let coloured = plotDemo(width: 40, height: 8, color: .trueColor, unicode: true)
        for line in outputLines(text) + outputLines(ascii) + outputLines(coloured) {
            #expect(displayWidth(line) <= 70)
        }
        #expect(outputLines(ascii).allSatisfy { displayWidth($0) <= 30 })
        #expect(outputLines(coloured).allSatisfy { displayWidth($0) <= 40 })
    }
}
