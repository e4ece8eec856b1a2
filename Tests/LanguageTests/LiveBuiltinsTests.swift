import LiveView
import Testing
@testable import Language

/// `@showprogress`, `explore` and `sleep`, with and without a screen.
struct LiveBuiltinsTests {
    final class Printed { var text = "" }

    func interpreter(_ printed: Printed, stopAfter polls: Int? = nil) -> Interpreter {
        var count = 0
        return Interpreter(output: { printed.text += $0 }, isCancelled: {
            count += 1
            return polls.map { count > $0 } ?? false
        })
    }

    @Test func showprogressRunsTheLoopAndPrintsOneFinalLineWithoutAScreen() throws {
        let printed = Printed()
        let interp = interpreter(printed)
        try interp.run(source: "s = 0\n@showprogress for i in 1:40\n    global s += i\nend")
        #expect(interp.global("s").map(show) == "820")
        let lines = printed.text.split(separator: "\n")
        #expect(lines.count == 1 && lines[0].hasPrefix("Progress: 100%|") && lines[0].contains("40/40  Time: 0:00:00"), "\(printed.text)")
        #expect(!printed.text.contains("\u{1b}"))
    }

    @Test func onAScreenTheBarShowsPercentAndETAWhileTheLoopRuns() throws {
        let printed = Printed()
        let interp = interpreter(printed)
        let screen = RecordingScreen(columns: 80, rows: 24)
        interp.liveScreen = screen
        try interp.run(source: "@showprogress for i in 1:12\n    sleep(0.03)\nend")
        let running = screen.frames.dropLast()
        #expect(!running.isEmpty && running.allSatisfy { $0.contains("%|") && $0.contains("ETA: ") }, "\(screen.frames)")
        #expect(screen.frames.last!.contains("100%") && screen.frames.last!.contains("Time:"))
        #expect(screen.closes == 1 && printed.text.isEmpty)
    }

    @Test func ctrlCStopsTheLoopDrawsTheFinalLineAndKeepsWhatWasDone() throws {
        let printed = Printed()
        let interp = interpreter(printed, stopAfter: 30)
        #expect(throws: RuntimeError.self) {
            try interp.run(source: "done = 0\n@showprogress for i in 1:1000\n    global done = i\nend")
        }
        let done = try #require(interp.global("done").flatMap { if case .int(let n) = $0 { n } else { nil } })
        #expect(done > 0 && done < 1000, "the iterations before Ctrl-C stay done: \(done)")
        #expect(printed.text.contains("stopped after") && printed.text.contains("(Ctrl-C)"), "\(printed.text)")
        #expect(printed.text.contains("\(done)/1000"), "\(printed.text)")
    }

    @Test func anErrorInTheLoopEndsTheBarAndGoesOn() throws {
        let printed = Printed()
        let interp = interpreter(printed)
        #expect(throws: RuntimeError.self) { try interp.run(source: "@showprogress for i in 1:10\n    i == 4 && error(\"boom\")\nend") }
        #expect(printed.text.contains("3/10  stopped after") && printed.text.contains("by an error"), "\(printed.text)")
        printed.text = ""
        try interp.run(source: "@showprogress for i in 1:10\n    i == 5 && break\nend")
        #expect(printed.text.contains(" 40%|") && printed.text.contains("4/10  Time:"), "\(printed.text)")
    }

    @Test func otherMacrosAndMisplacedOnesAreRefusedClearly() {
        let interp = interpreter(Printed())
        for (source, words) in [("@show x", "not supported"), ("@showprogress 1 + 1", "before a `for` loop")] {
            do {
                try interp.run(source: source)
                Issue.record("\(source) should fail")
            } catch {
                #expect("\(error)".contains(words), "\(error)")
            }
        }
    }

    @Test func exploreWithoutAScreenPrintsItsFrameAndReturnsTheMatrix() throws {
        let printed = Printed()
        let interp = interpreter(printed)
        let result = try interp.run(source: "explore([0.5 0.0; 0.0 0.25]; T=20)")
        #expect(show(result) == "[0.5 0.0; 0.0 0.25]")
        #expect(printed.text.contains("Spectrum explorer: 2×2 matrix, ρ = 0.50"), "\(printed.text)")
        #expect(throws: RuntimeError.self) { try interp.run(source: "explore(zeros(2, 2))") }
        #expect(throws: RuntimeError.self) { try interp.run(source: "explore(ones(2, 3))") }
    }

    @Test func sleepWaitsAndCtrlCEndsTheWait() throws {
        let printed = Printed()
        let clock = ContinuousClock()
        let started = clock.now
        try interpreter(printed).run(source: "sleep(0.05)")
        #expect(clock.now - started >= .milliseconds(50))
        let stopping = interpreter(printed, stopAfter: 2)
        let before = clock.now
        #expect(throws: RuntimeError.self) { try stopping.run(source: "sleep(60)") }
        #expect(clock.now - before < .seconds(5), "Ctrl-C ends a long sleep at once")
        #expect(throws: RuntimeError.self) { try interpreter(printed).run(source: "sleep(-1)") }
    }
}
