import Testing
@testable import TermPlot

/// The visible width of one output line: Unicode scalars, not counting ANSI SGR
/// escapes. Every glyph TermPlot draws is one column wide, so this is its width.
func displayWidth(_ line: Substring) -> Int {
    var width = 0
    var inEscape = false
    for scalar in line.unicodeScalars {
        if inEscape {
            if scalar == "m" { inEscape = false }
        } else if scalar == "\u{1B}" {
            inEscape = true
        } else {
            width += 1
        }
    }
    return width
}

func outputLines(_ text: String) -> [Substring] {
    text.split(separator: "\n", omittingEmptySubsequences: false)
}

/// A fixed pseudo-random source for test data (the same on every machine).
struct TestRandom {
    var state: UInt64
    mutating func uniform() -> Double {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Double(state >> 11) / Double(UInt64(1) << 53)
    }
}

/// The plot kinds the golden and property tests cover, each drawn from fixed or
/// given data with the given options.
enum PlotKind: String, CaseIterable, Sendable {
    case line, lineLog, scatter, heatMap, histogram, barChart, sparkline
}

func isPlainASCII(_ text: String) -> Bool {
    text.unicodeScalars.allSatisfy { $0.isASCII }
}

/// Lines taken by notes: they close a plot, each starting with "note: " and
/// continuing on lines indented by six spaces. Returns 0 for a plot whose tail
/// is not in that form, so a stray line is caught by the line-count checks.
func noteLineCount(_ lines: [Substring]) -> Int {
    guard let first = lines.firstIndex(where: { $0.hasPrefix("note: ") }) else { return 0 }
    let tail = lines[first...]
    guard tail.allSatisfy({ $0.hasPrefix("note: ") || $0.hasPrefix("      ") }) else { return 0 }
    return tail.count
}
