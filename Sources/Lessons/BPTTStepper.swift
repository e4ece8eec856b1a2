import Engine
import TermPlot

/// The step-by-step BPTT view: first the forward pass, one time step per key press,
/// growing the heat map of hidden states a column at a time; then the backward pass
/// from the last step to the first, showing the gradient reaching each h_t, its norm
/// on a log scale growing right to left, and dL/dWh as it is summed up.
public struct BPTTStepper {
    public let trace: BPTTTrace
    /// 0..<T are forward steps (h_1 … h_T); T..<2T are backward steps (t = T … 1).
    public private(set) var position = 0

    public init(trace: BPTTTrace) { self.trace = trace }

    public var count: Int { 2 * trace.steps }

    /// What a key press asks for.
    public enum Key: Equatable { case next, previous, quit }

    /// Reads a key or a typed line: Enter, `n`, → or `j` go on; `p`, `b`, ← or `k` go back;
    /// `q` (or Ctrl-D) leaves.
    public static func key(for input: String) -> Key? {
        switch input.trimmingSpaces().lowercased() {
        case "", "n", "next", ":next", "\u{1b}[c", "j", " ": return .next
        case "p", "b", "back", ":back", "\u{1b}[d", "k": return .previous
        case "q", "quit", ":q", ":quit", "\u{04}": return .quit
        default: return nil
        }
    }

    /// Moves one step; false at either end.
    @discardableResult
    public mutating func move(_ key: Key) -> Bool {
        switch key {
        case .next where position + 1 < count: position += 1
        case .previous where position > 0: position -= 1
        default: return false
        }
        return true
    }

    public var isForward: Bool { position < trace.steps }
    /// The 0-based time step the view is at.
    public var timeStep: Int { isForward ? position : count - 1 - position }

    /// The view at the current position, drawn to `style.width`.
    public func render(style: TextStyle) -> String {
        let T = trace.steps
        let t = timeStep
        let u = style.unicode
        let (bar, dots, sep, transpose) = u ? ("‖", "…", "·", "ᵀ") : ("|", "...", "-", "'")
        var plot = PlotOptions(width: style.width, height: min(12, max(4, trace.hiddenStates[0].count)))
        plot.canvas = u ? .blocks : .ascii
        plot.color = style.color ? .ansi256 : .none
        var lines: [String] = []
        let prose = ProseRenderer(style: style)
        /// Text lines wrap to the width like prose does.
        func say(_ text: String) { lines += prose.fill(text, width: style.width, first: "", rest: "  ") }
        if isForward {
            say(style.bold("Forward, step \(t + 1) of \(T)") + "   h_t = tanh(Wx x_t + Wh h_{t-1} + b)")
            let input = (try? trace.inputs[t].argmax()).map { "token \($0 + 1)" } ?? "?"
            let p = trace.probabilities[t].scalars[trace.targets[t]]
            say("x_\(t + 1) = \(input), target y_\(t + 1) = \(trace.targets[t] + 1), "
                + "p(target) = \(format(p)), loss_\(t + 1) = \(format(trace.stepLosses[t]))")
            let shown = Array(trace.hiddenStates[0...t])
            var options = plot
            options.title = "hidden states h_1 \(dots) h_\(t + 1) (rows: units, columns: time)"
            lines.append(heatMap(
                columnMajor: shown.flatMap(\.scalars), rows: shown[0].count, columns: shown.count,
                columnLabels: (1...shown.count).map(String.init), zlim: (-1, 1), options: options))
            say(style.dim("loss so far: \(format(trace.stepLosses[0...t].reduce(0, +)))"))
        } else {
            let norms = trace.hiddenGradientNorms
            say(style.bold("Backward, step \(t + 1) (\(T - t) of \(T) done)")
                + "   dL/dh_t = Wy\(transpose) dy_t + Wh\(transpose) delta_{t+1}")
            say("\(bar)dL/dh_\(t + 1)\(bar) = \(format(norms[t]))")
            var normPlot = plot
            normPlot.canvas = u ? .braille : .ascii
            normPlot.title = "\(bar)dL/dh_t\(bar) for t = \(t + 1) \(dots) \(T)"
            normPlot.yscale = .log10
            normPlot.xlim = (1, Double(max(T, 2)))
            normPlot.height = 8
            let xs = (t..<T).map { Double($0 + 1) }
            lines.append(linePlot(Array(norms[t..<T]), x: xs, name: "\(bar)dL/dh_t\(bar)", options: normPlot))
            if let running = try? trace.runningRecurrentGradient(from: t) {
                var options = plot
                let limit = max((try? running.abs().maximum()) ?? 1, 1e-12)
                options.title = "dL/dWh summed over steps \(t + 1) \(dots) \(T)"
                lines.append(heatMap(
                    columnMajor: running.scalars, rows: running.size(0), columns: running.size(1),
                    zlim: (-limit, limit), options: options))
            }
        }
        let (next, back) = u ? ("→/n/Enter", "←/p") : ("n/Enter", "p")
        say(style.dim("\(next) next \(sep) \(back) back \(sep) q leave   (\(position + 1)/\(count))"))
        return lines.joined(separator: "\n")
    }

    func format(_ x: Double) -> String {
        let s = String(x)
        if abs(x) >= 1e-3 && abs(x) < 1e5 {
            let rounded = (x * 1e4).rounded() / 1e4
            return String(rounded)
        }
        return s
    }

    /// A small, seeded example for `:step` when the learner has no trace of their own:
    /// 6 hidden units read a repeating pattern of 4 tokens over 10 steps.
    public static func demoTrace() throws -> BPTTTrace {
        var rng = RandomSource(seed: 4)
        let model = try ElmanRNN(inputs: 4, hidden: 6, outputs: 4, scale: 0.8, rng: &rng)
        let tokens = [0, 1, 2, 3, 1, 2, 0, 3, 2, 1, 0]
        let inputs = tokens.dropLast().map { k -> Tensor in
            var v = [Double](repeating: 0, count: 4)
            v[k] = 1
            return Tensor(vector: v)
        }
        return try model.trace(inputs: Array(inputs), targets: Array(tokens.dropFirst()))
    }
}
