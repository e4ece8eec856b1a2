@testable import LiveView
import TermPlot
import Testing

/// Progress bars and live plots, with a clock the test moves by hand.
@Suite struct ProgressTests {
    final class FakeClock {
        var seconds = 100.0
    }

    @Test func theBarShowsPercentCountRateAndETA() {
        let bar = ProgressBar(total: 1000)
        let line = bar.line(done: 450, elapsed: 3, width: 80, unicode: true)
        #expect(line.hasPrefix("Progress:  45%|"), "\(line)")
        #expect(line.hasSuffix("|  450/1000  ETA: 0:00:04 (150.0 it/s)"), "\(line)")
        #expect(visibleWidth(line) <= 80)
        let done = bar.line(done: 1000, elapsed: 7, width: 80, unicode: true, ending: .finished)
        #expect(done.hasPrefix("Progress: 100%|██") && done.hasSuffix("| 1000/1000  Time: 0:00:07 (142.9 it/s)"), "\(done)")
        let stopped = bar.line(done: 10, elapsed: 65, width: 60, unicode: false, ending: .interrupted)
        #expect(stopped.hasSuffix("|   10/1000  stopped after 0:01:05 (Ctrl-C)") && !stopped.contains("█"), "\(stopped)")
        #expect(visibleWidth(stopped) <= 60)
        #expect(bar.line(done: 1, elapsed: 4, width: 80, unicode: true).contains("(4.0 s/it)"))
    }

    @Test func theBarFillsInEighths() {
        // 3/16 of a bar of 8 cells is 1.5 cells: one full block and a half one.
        #expect(ProgressBar.bar(3.0 / 16, width: 8, unicode: true) == "█▌      ")
        #expect(ProgressBar.bar(1, width: 4, unicode: true) == "████")
        #expect(ProgressBar.bar(0.5, width: 4, unicode: false) == "##  ")
    }

    @Test func theMeterRedrawsAtMostTenTimesASecondAndEndsWithOneLine() {
        let clock = FakeClock()
        let screen = RecordingScreen()
        var printed = ""
        let meter = ProgressMeter(total: 100, screen: screen, unicode: true, output: { printed += $0 }, now: { clock.seconds })
        for _ in 0..<100 {
            clock.seconds += 0.01    // a second in all
            meter.step()
        }
        #expect(screen.frames.count >= 9 && screen.frames.count <= 11, "\(screen.frames.count) frames in one second")
        #expect(screen.frames[4].contains("ETA:"))
        meter.finish(.finished)
        #expect(screen.frames.last!.contains("100%") && screen.frames.last!.contains("Time: 0:00:01"))
        #expect(screen.closes == 1 && printed.isEmpty)
        meter.finish(.interrupted)
        #expect(screen.closes == 1, "finishing twice draws nothing more")
    }

    @Test func withoutAScreenOnlyTheFinalLineIsPrinted() {
        let clock = FakeClock()
        var printed = ""
        let meter = ProgressMeter(total: 50, screen: nil, unicode: false, output: { printed += $0 }, now: { clock.seconds })
        for _ in 0..<20 { clock.seconds += 0.1; meter.step() }
        meter.finish(.interrupted)
        #expect(printed == ProgressBar(total: 50).line(done: 20, elapsed: 2, width: 80, unicode: false, ending: .interrupted) + "\n")
        #expect(printed.contains(" 40%") && !printed.contains("\u{1b}"))
    }

    @Test func aLivePlotRedrawsAsValuesComeAndDrawsItsLastFrame() {
        let clock = FakeClock()
        let screen = RecordingScreen(columns: 60, rows: 24)
        var options = PlotOptions()
        options.title = "loss"
        options.yscale = .log10
        let plot = LivePlot(options: options, screen: screen, output: { _ in }, now: { clock.seconds })
        for k in 1...50 {
            clock.seconds += 0.02
            plot.push(1 / Double(k))
        }
        let live = screen.frames.count
        #expect((8...10).contains(live), "at most one frame per 0.1 s: \(live)")
        plot.finish()
        #expect(screen.frames.count == live + 1 && screen.closes == 1, "the last values are drawn at the end")
        #expect(screen.frames.last!.contains("loss (50 values, last 0.02)"), "\(screen.frames.last!)")
        for frame in screen.frames {
            #expect(frame.split(separator: "\n").count <= 12, "the plot leaves room under it")
            #expect(frame.split(separator: "\n").allSatisfy { visibleWidth(String($0)) <= 60 })
        }
    }

    @Test func withoutAScreenTheLivePlotPrintsOnceWhenFinished() {
        var printed = ""
        let plot = LivePlot(options: PlotOptions(width: 50, height: 8), screen: nil, output: { printed += $0 })
        for k in 1...30 { plot.push(Double(k)) }
        #expect(printed.isEmpty)
        plot.finish()
        plot.finish()
        #expect(printed.components(separatedBy: "30 values").count == 2, "\(printed)")
    }
}
