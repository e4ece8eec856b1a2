import TermPlot

/// A line plot that a loop pushes values into (a training loss), redrawn in place
/// on a screen at most ten times a second; text the loop prints goes under it.
/// Without a screen the plot is printed once, when it is finished.
public final class LivePlot {
    public private(set) var values: [Double] = []
    /// Title, labels, axis scales, canvas and colour; width and height follow the screen.
    public var options: PlotOptions
    private let screen: LiveScreen?
    private let output: (String) -> Void
    private let now: () -> Double
    private let start: Double
    private var throttle = RedrawThrottle(interval: 0.1)
    /// Whether values came in since the last frame was drawn.
    private var pending = false
    public private(set) var isFinished = false

    public init(options: PlotOptions, screen: LiveScreen?, output: @escaping (String) -> Void,
                now: @escaping () -> Double = steadySeconds) {
        self.options = options
        self.screen = screen
        self.output = output
        self.now = now
        start = now()
    }

    /// Adds a value; draws when a tenth of a second has passed since the last frame.
    public func push(_ value: Double) {
        values.append(value)
        pending = true
        guard let screen, !isFinished else { return }
        if throttle.shouldDraw(at: now(), start: start) {
            screen.show(frame(columns: screen.size.columns, rows: screen.size.rows))
            pending = false
        }
    }

    /// The plot for a screen of `columns` × `rows`: a third of the rows or so, so
    /// that what the loop prints has room beneath it.
    public func frame(columns: Int, rows: Int) -> String {
        var o = options
        o.width = columns
        o.height = max(4, min(o.height, rows / 2 - 4))
        let count = values.count
        let note = count == 0 ? "no values yet" : "\(count) value\(count == 1 ? "" : "s"), last \(compact(values[count - 1]))"
        o.title = o.title.isEmpty ? note : "\(o.title) (\(note))"
        return linePlot(values, options: o)
    }

    /// Draws the last frame (if values came since) and leaves it; printed once here
    /// when there is no screen.
    public func finish() {
        guard !isFinished else { return }
        isFinished = true
        if let screen {
            if pending { screen.show(frame(columns: screen.size.columns, rows: screen.size.rows)) }
            screen.close()
        } else {
            output(frame(columns: options.width, rows: options.height * 2 + 8) + "\n")
        }
    }

    private func compact(_ x: Double) -> String {
        guard x.isFinite else { return "\(x)" }
        let magnitude = abs(x)
        if magnitude != 0 && (magnitude < 1e-3 || magnitude >= 1e5) { return "\(x)" }
        return "\((x * 1e4).rounded() / 1e4)"
    }
}
