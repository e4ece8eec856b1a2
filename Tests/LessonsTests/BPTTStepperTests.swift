import Engine
import Foundation
import LiveView
import Testing
@testable import Lessons

/// The stepper as frames for key presses, without a terminal.
///
/// Golden frames live in Golden/ beside this file; after an intended change run
///     RNNLAB_UPDATE_GOLDEN=1 swift test --filter BPTTStepperTests
/// and read the diff before committing it.
@Suite struct BPTTStepperTests {
    static let updating = ProcessInfo.processInfo.environment["RNNLAB_UPDATE_GOLDEN"] == "1"
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    let stepper = BPTTStepper(trace: try! BPTTStepper.demoTrace())
    static let keys: [Key] = [.right, .character("n"), .end, .left, .home, .character("x")]

    func transcript(_ style: ViewStyle) -> String {
        let frames = framesPlayed(stepper, keys: Self.keys, style: style)
        let names = ["start"] + Self.keys.map { "\($0)" }
        return zip(names, frames).map { "=== \($0) ===\n\($1)\n" }.joined()
    }

    @Test(arguments: [
        ("stepper-80x24-plain.txt", ViewStyle(columns: 80, rows: 24)),
        ("stepper-80x24-ansi256.txt", ViewStyle(columns: 80, rows: 24, color: .ansi256)),
        ("stepper-60x20-ascii.txt", ViewStyle(columns: 60, rows: 20, unicode: false)),
    ])
    func framesForAKeySequenceMatchTheGoldenText(file: String, style: ViewStyle) throws {
        let text = transcript(style)
        let url = Self.golden.appendingPathComponent(file)
        if Self.updating {
            try FileManager.default.createDirectory(at: Self.golden, withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try #require(try? String(contentsOf: url, encoding: .utf8), "missing \(file); run with RNNLAB_UPDATE_GOLDEN=1")
        #expect(text == expected, "\(file) differs")
        #expect(text.contains("\u{1b}[") == (style.color != .none), "escape codes exactly when colour is on")
    }

    @Test func everyFrameFitsTheScreen() {
        for style in [ViewStyle(columns: 80, rows: 24), ViewStyle(columns: 120, rows: 40), ViewStyle(columns: 50, rows: 16),
                      ViewStyle(columns: 80, rows: 24, color: .ansi256)] {
            let frames = framesPlayed(stepper, keys: Array(repeating: .right, count: 19), style: style)
            #expect(frames.count == 20)
            for (k, frame) in frames.enumerated() {
                let lines = frame.split(separator: "\n", omittingEmptySubsequences: false)
                #expect(lines.count <= style.rows - 1, "frame \(k + 1) at \(style.columns)×\(style.rows): \(lines.count) lines")
                for line in lines { #expect(visibleWidth(String(line)) <= style.columns, "frame \(k + 1): \(line)") }
            }
        }
    }

    /// The colour bar's top label of the dL/dWh heat map and the norm plot's top
    /// label, read off each backward frame: one value each for the whole pass.
    @Test func theBackwardPassKeepsOneScaleInEveryFrame() throws {
        let style = ViewStyle(columns: 80, rows: 24)
        let frames = framesPlayed(stepper, keys: Array(repeating: .right, count: 19), style: style).suffix(10)
        var heatLabels = Set<String>(), normLabels = Set<String>()
        for frame in frames {
            let lines = frame.split(separator: "\n").map(String.init)
            let title = try #require(lines.firstIndex { $0.contains("dL/dWh, steps") })
            let firstRow = lines[title + 2]
            heatLabels.insert(String(firstRow.split(separator: " ").last ?? ""))
            normLabels.insert(String(firstRow.split(separator: " ").first ?? ""))
        }
        #expect(heatLabels.count == 1, "\(heatLabels)")
        #expect(normLabels.count == 1, "\(normLabels)")
        // One scale for all is the largest entry any running sum reaches, which the
        // first backward frame alone does not show.
        let first = try stepper.trace.runningRecurrentGradient(from: 9).abs().maximum()
        #expect(stepper.recurrentGradientLimit > first * 1.5)
        let largest = try (0..<10).map { try stepper.trace.runningRecurrentGradient(from: $0).abs().maximum() }.max()!
        #expect(abs(stepper.recurrentGradientLimit - largest) <= 1e-12 * largest)
    }

    @Test func keysMoveAsTheFrameSays() {
        var s = stepper
        #expect(s.press(.left) == .unchanged, "nothing before the first step")
        #expect(s.press(.right) == .redraw && s.position == 1)
        #expect(s.press(.enter) == .redraw && s.position == 2)
        #expect(s.press(.end) == .redraw && s.position == 19)
        #expect(s.press(.right) == .unchanged)
        #expect(s.press(.character("p")) == .redraw && s.position == 18)
        #expect(s.press(.home) == .redraw && s.position == 0)
        #expect(s.press(.character("z")) == .unchanged)
        #expect(s.press(.escape) == .leave)
        #expect(s.press(.character("q")) == .leave)
        #expect(s.frame(ViewStyle()).contains("Home/End first/last"))
    }

    @Test func aBatchTraceShowsItsFirstSequenceAndItsUnscoredSteps() throws {
        var rng = RandomSource(seed: 3)
        let model = try ElmanRNN(inputs: 3, hidden: 4, outputs: 3, rng: &rng)
        let inputs = try (0..<4).map { t in try Tensor(shape: [3, 2], scalars: [1, 0, 0, 0, 1, 0].map { $0 + 0 * Double(t) }) }
        let trace = try model.trace(inputs: inputs, batchTargets: [nil, [0, 1], [2, 2], [1, 0]])
        let frames = framesPlayed(BPTTStepper(trace: trace), keys: [.right, .end], style: ViewStyle())
        #expect(frames[0].contains("sequence 1 of 2: x_1 = token 1; this step has no target"), "\(frames[0])")
        #expect(frames[1].contains("target y_2 = 1") && frames[1].contains("(mean of 2)"), "\(frames[1])")
        #expect(frames[2].contains("no loss at this step"), "\(frames[2])")
    }
}
