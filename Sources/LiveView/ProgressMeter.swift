/// A progress bar that a loop drives: one `step()` per iteration, drawn in place on
/// a screen at most ten times a second, and one final line when the loop is done or
/// was stopped. Without a screen (a pipe, `rnnlab run`, `rnnlab check`) only the
/// final line is printed.
public final class ProgressMeter {
    public let bar: ProgressBar
    public private(set) var done = 0
    private let screen: LiveScreen?
    private let output: (String) -> Void
    private let now: () -> Double
    private let unicode: Bool
    private let start: Double
    private var throttle = RedrawThrottle(interval: 0.1)
    private var finished = false

    /// - Parameters:
    ///   - screen: where the bar is drawn while the loop runs; nil prints only the end.
    ///   - output: where the final line goes without a screen.
    ///   - now: seconds on a steady clock (tests pass their own).
    public init(total: Int, screen: LiveScreen?, unicode: Bool, output: @escaping (String) -> Void,
                now: @escaping () -> Double = steadySeconds) {
        bar = ProgressBar(total: total)
        self.screen = screen
        self.output = output
        self.now = now
        self.unicode = unicode
        start = now()
    }

    /// One more iteration is done.
    public func step() {
        done += 1
        guard let screen else { return }
        let t = now()
        if throttle.shouldDraw(at: t, start: start) {
            screen.show(bar.line(done: done, elapsed: t - start, width: screen.size.columns, unicode: unicode))
        }
    }

    /// The final line: finished, or stopped by Ctrl-C or an error part of the way.
    public func finish(_ ending: ProgressBar.Ending) {
        guard !finished else { return }
        finished = true
        let line = bar.line(done: done, elapsed: now() - start, width: screen?.size.columns ?? 80, unicode: unicode,
                            ending: ending)
        if let screen {
            screen.show(line)
            screen.close()
        } else {
            output(line + "\n")
        }
    }
}

/// Seconds on the system's steady clock.
public func steadySeconds() -> Double {
    let d = ContinuousClock.now - ContinuousClock.Instant.zeroReference
    return Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
}

extension ContinuousClock.Instant {
    /// A fixed instant to measure from (the clock's own epoch is not exposed).
    static let zeroReference = ContinuousClock.now
}
