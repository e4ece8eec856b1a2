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
        for (source, words) in [("@btime x", "not supported"), ("@showprogress 1 + 1", "before a `for` loop")] {
            do {
                try interp.run(source: source)
                Issue.record("\(source) should fail")
            } catch {
                #expect("\(error)".contains(words), "\(error)")
            }
        }
    }

    @Test func liveplotIsAPlotOfItsOwnTypeThatPrintsOnceWithoutAScreen() throws {
        let printed = Printed()
        let interp = interpreter(printed)
        try interp.run(source: "p = liveplot(title=\"loss\", yscale=:log10)\nfor k in 1:20\n    push!(p, 1 / k)\nend")
        #expect(printed.text.isEmpty, "nothing until the cell ends")
        interp.finishLiveOutput()
        #expect(printed.text.contains("loss (20 values, last 0.05)"), "\(printed.text)")
        #expect(show(try interp.run(source: "(typeof(p), length(p), p.values[end], collect(p)[1])")) == "(LivePlot, 20, 0.05, 1.0)")
        #expect(show(try interp.run(source: "p")) == "LivePlot(\"loss\", 20 values)")
        #expect(throws: RuntimeError.self) { try interp.run(source: "push!(p, \"text\")") }
        printed.text = ""
        try interp.run(source: "push!(p, 1.0)")
        interp.finishLiveOutput()
        #expect(printed.text.isEmpty, "a later cell's push! only adds the value")
        #expect(show(try interp.run(source: "length(p)")) == "21")
    }

    @Test func liveplotRedrawsOnAScreenWhilePrintedTextGoesThrough() throws {
        let printed = Printed()
        let interp = interpreter(printed)
        let screen = RecordingScreen(columns: 70, rows: 30)
        interp.liveScreen = screen
        try interp.run(source: "p = liveplot(title=\"loss\")\nfor k in 1:8\n    push!(p, 10 - k); sleep(0.03)\n    k % 4 == 0 && println(\"sample \", k)\nend")
        interp.finishLiveOutput()
        #expect(screen.frames.count >= 2 && screen.frames.last!.contains("8 values"), "\(screen.frames)")
        #expect(printed.text == "sample 4\nsample 8\n")
        #expect(screen.closes == 1)
    }

    @Test func ctrlCKeepsTheValuesPushedSoFar() throws {
        let interp = interpreter(Printed(), stopAfter: 40)
        #expect(throws: RuntimeError.self) { try interp.run(source: "p = liveplot()\nfor k in 1:10^6\n    push!(p, k)\nend") }
        interp.finishLiveOutput()
        let count = try interp.run(source: "length(p)")
        guard case .int(let n) = count else { Issue.record("length is \(show(count))"); return }
        #expect(n > 0 && n < 1_000_000)
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
