// Snapshot tests: every plot type on every canvas, colour off and on, at two
// sizes, compared with committed text files in Golden/.
//
// To regenerate the files after an intended change, run
//     RNNLAB_UPDATE_GOLDEN=1 swift test --filter GoldenTests
// then read the changed files (`git diff Tests/TermPlotTests/Golden`) before
// committing them: a plot that is wrong but stable is still wrong.

import Foundation
import Testing
@testable import TermPlot

/// Fixed data for every golden plot, with a NaN or two so the notes show.
enum GoldenData {
    static let time = (0..<48).map { Double($0) * 0.15 }
    static let sine: [Double] = time.enumerated().map { i, t in i == 20 ? .nan : Numerics.sin(t) }
    static let cosine: [Double] = time.map { 0.8 * Numerics.cos($0) }
    static let loss: [Double] = {
        var random = TestRandom(state: 7)
        var level = 3.0
        return (0..<50).map { i in
            level *= 0.75
            return i == 10 ? 0 : level * (1 + 0.5 * random.uniform())
        }
    }()
    static let eigenvalues: (re: [Double], im: [Double]) = {
        var random = TestRandom(state: 11)
        var re: [Double] = [], im: [Double] = []
        for k in 0..<20 {
            let radius = k < 2 ? 1.1 + 0.1 * Double(k) : 0.95 * random.uniform()
            let angle = 2 * Double.pi * random.uniform()
            re.append(radius * Numerics.cos(angle))
            im.append(radius * Numerics.sin(angle))
        }
        return (re, im)
    }()
    static let matrix: [[Double]] = (0..<8).map { r in
        (0..<24).map { c -> Double in
            if r == 3 && c == 5 { return .nan }
            let wave = Numerics.sin(Double(c) * 0.3 + Double(r))
            return wave * Double(r + 1) / 8
        }
    }
    static let weights: [Double] = {
        var random = TestRandom(state: 3)
        return (0..<400).map { _ in (0..<6).reduce(0.0) { s, _ in s + random.uniform() } - 3 }
    }()
}

func goldenPlot(_ kind: PlotKind, canvas: CanvasKind, color: ColorMode, width: Int, height: Int) -> String {
    var options = PlotOptions(width: width, height: height, canvas: canvas, color: color)
    switch kind {
    case .line:
        options.title = "sin and cos"
        options.xlabel = "t"
        options.ylabel = "y"
        return linePlot([Series(GoldenData.sine, x: GoldenData.time, name: "sin"),
                         Series(GoldenData.cosine, x: GoldenData.time, name: "0.8 cos")], axes: true, options: options)
    case .lineLog:
        options.title = "loss"
        options.xlabel = "epoch"
        options.yscale = .log10
        return linePlot(GoldenData.loss, name: "train", options: options)
    case .scatter:
        options.title = "eigenvalues"
        options.xlabel = "Re"
        options.ylabel = "Im"
        let (re, im) = GoldenData.eigenvalues
        return scatterPlot(x: re, y: im, name: canvas == .ascii ? "lambda" : "λ", unitCircle: true, axes: true, options: options)
    case .heatMap:
        options.title = "hidden state"
        options.xlabel = "time step"
        return heatMap(GoldenData.matrix, options: options)
    case .histogram:
        options.title = "weights"
        return histogram(GoldenData.weights, options: options)
    case .barChart:
        options.title = "final loss"
        return barChart(labels: ["RNN", "LSTM", "GRU", "linear"], values: [0.42, 0.19, 0.2, 0.9], options: options)
    case .sparkline:
        options.yscale = .log10
        return sparkline(GoldenData.loss, label: "loss", options: options)
    }
}

struct GoldenCase: CustomTestStringConvertible, Sendable {
    let kind: PlotKind
    let canvas: CanvasKind
    let color: ColorMode
    let width: Int
    let height: Int
    var fileName: String { "\(kind.rawValue)-\(canvas.rawValue)-\(color.rawValue)-\(width)x\(height).txt" }
    var testDescription: String { fileName }

    /// Two sizes, a roomy one and a narrow one; colour on uses 256 colours at the
    /// first size and 24-bit colour at the second, so both encodings are covered.
    static let all: [GoldenCase] = PlotKind.allCases.flatMap { kind in
        CanvasKind.allCases.flatMap { canvas in
            [(64, 12, ColorMode.ansi256), (30, 6, ColorMode.trueColor)].flatMap { width, height, colorOn in
                [ColorMode.none, colorOn].map { GoldenCase(kind: kind, canvas: canvas, color: $0, width: width, height: height) }
            }
        }
    }
}

@Suite struct GoldenTests {
    static let updating = ProcessInfo.processInfo.environment["RNNLAB_UPDATE_GOLDEN"] == "1"
    static let sourceFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    @Test(arguments: GoldenCase.all)
    func matchesGoldenFile(_ c: GoldenCase) throws {
        let output = goldenPlot(c.kind, canvas: c.canvas, color: c.color, width: c.width, height: c.height) + "\n"
        if Self.updating {
            try FileManager.default.createDirectory(at: Self.sourceFolder, withIntermediateDirectories: true)
            try output.write(to: Self.sourceFolder.appendingPathComponent(c.fileName), atomically: true, encoding: .utf8)
            return
        }
        let folder = try #require(Bundle.module.url(forResource: "Golden", withExtension: nil))
        let file = folder.appendingPathComponent(c.fileName)
        let expected = try #require(
            try? String(contentsOf: file, encoding: .utf8),
            "missing \(c.fileName); run with RNNLAB_UPDATE_GOLDEN=1 to create it"
        )
        #expect(output == expected, "\(c.fileName) differs from the golden file")
    }

    /// No golden file is left over from a case that no longer exists.
    @Test func goldenFolderHoldsExactlyTheCases() throws {
        if Self.updating { return }
        let folder = try #require(Bundle.module.url(forResource: "Golden", withExtension: nil))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }
        #expect(Set(files) == Set(GoldenCase.all.map(\.fileName)))
        #expect(GoldenCase.all.count == PlotKind.allCases.count * CanvasKind.allCases.count * 4)
    }
}
