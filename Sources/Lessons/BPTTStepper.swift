import Engine
import LiveView
import TermPlot

/// The step-by-step BPTT view: first the forward pass, one time step per key press,
/// growing the heat map of hidden states a column at a time; then the backward pass
/// from the last step to the first, showing the gradient reaching each h_t, its norm
/// on a log scale growing right to left, and dL/dWh as it is summed up. A strip at the
/// top shows the unrolled network with the current step and the pass's direction.
///
/// Every scale is fixed for the whole trace (the heat maps' colours, the norm plot's
/// axes), so what grows on the screen is the data, never a rescaled picture.
public struct BPTTStepper: LiveView {
    public let trace: BPTTTrace
    /// 0..<T are forward steps (h_1 … h_T); T..<2T are backward steps (t = T … 1).
    public private(set) var position = 0
    /// dL/dWh summed over steps t…T, for each t (0-based).
    let runningGradients: [Tensor]
    /// The colour scale of the dL/dWh heat map in every frame: ± the largest entry
    /// any running sum reaches.
    public let recurrentGradientLimit: Double
    /// The norm plot's y range in every frame: the smallest and largest ‖dL/dh_t‖.
    let normLimits: (Double, Double)

    public init(trace: BPTTTrace) {
        self.trace = trace
        var sums: [Tensor] = []
        var sum = trace.recurrentWeightContributions.last?.zerosLike() ?? Tensor(vector: [])
        for share in trace.recurrentWeightContributions.reversed() {
            try? sum.add(share)
            sums.append(sum)
        }
        runningGradients = sums.reversed()
        let largest = runningGradients.map { $0.scalars.reduce(0) { max($0, abs($1)) } }.max() ?? 0
        recurrentGradientLimit = largest > 0 ? largest : 1
        let positive = trace.hiddenGradientNorms.filter { $0 > 0 && $0.isFinite }
        let (lo, hi) = (positive.min() ?? 1, positive.max() ?? 1)
        normLimits = lo < hi ? (lo, hi) : (lo / 2, hi * 2)
    }

    public var count: Int { 2 * trace.steps }

    /// What a key press or a typed line asks for.
    public enum Move: Equatable, Sendable { case next, previous, first, last, quit }

    /// Reads a typed line (when keys come as lines, from a pipe): Enter, `n`, → or `j`
    /// go on; `p`, `b`, ← or `k` go back; `home`/`end` jump; `q` (or Ctrl-D) leaves.
    public static func move(for input: String) -> Move? {
        switch input.trimmingSpaces().lowercased() {
        case "", "n", "next", ":next", "\u{1b}[c", "j", " ": return .next
        case "p", "b", "back", ":back", "\u{1b}[d", "k": return .previous
        case "home", "first", "g", "\u{1b}[h", "\u{1b}[1~": return .first
        case "end", "last", "\u{1b}[f", "\u{1b}[4~": return .last
        case "q", "quit", ":q", ":quit", "\u{04}", "\u{1b}": return .quit
        default: return nil
        }
    }

    /// Reads a key press.
    public static func move(for key: Key) -> Move? {
        switch key {
        case .right, .down, .enter, .character("n"), .character(" "), .character("j"): return .next
        case .left, .up, .backspace, .character("p"), .character("b"), .character("k"): return .previous
        case .home, .pageUp, .character("g"): return .first
        case .end, .pageDown, .character("G"): return .last
        case .escape, .character("q"), .control(4): return .quit
        default: return nil
        }
    }

    /// Moves; false when the move goes nowhere (past either end).
    @discardableResult
    public mutating func move(_ move: Move) -> Bool {
        let target: Int
        switch move {
        case .next: target = position + 1
        case .previous: target = position - 1
        case .first: target = 0
        case .last: target = count - 1
        case .quit: return false
        }
        guard target >= 0, target < count, target != position else { return false }
        position = target
        return true
    }

    public mutating func press(_ key: Key) -> KeyResponse {
        guard let move = Self.move(for: key) else { return .unchanged }
        if move == .quit { return .leave }
        return self.move(move) ? .redraw : .unchanged
    }

    public var isForward: Bool { position < trace.steps }
    /// The 0-based time step the view is at.
    public var timeStep: Int { isForward ? position : count - 1 - position }

    /// The frame for line-by-line use (a pipe): the notebook's width and rows.
    public func render(style: TextStyle) -> String {
        frame(ViewStyle(columns: style.width, rows: style.rows, color: style.color ? style.colorMode : .none, unicode: style.unicode))
    }

    // MARK: The frame

    public func frame(_ style: ViewStyle) -> String {
        let text = TextStyle(width: style.columns, rows: style.rows, color: style.color != .none, unicode: style.unicode, colorMode: style.color)
        let prose = ProseRenderer(style: text)
        /// Text lines wrap to the width like prose does.
        func say(_ s: String) -> [String] { prose.fill(s, width: style.columns, first: "", rest: "  ") }
        let u = style.unicode
        let (next, back) = u ? ("→/n/Enter next", "←/p back") : ("n/Enter next", "p back")
        let sep = u ? " · " : " - "
        let keys = say(text.dim("\(next)\(sep)\(back)\(sep)Home/End first/last\(sep)q leave (\(position + 1)/\(count))"))
        var lines = strip(style)
        let room = style.rows - 1 - lines.count - keys.count
        lines += isForward ? forwardLines(style, room: room, say: say) : backwardLines(style, room: room, say: say)
        return (lines + keys).joined(separator: "\n")
    }

    /// The unrolled network, one box per time step, the current one marked below;
    /// a window around it when the boxes do not all fit.
    func strip(_ style: ViewStyle) -> [String] {
        let u = style.unicode
        let T = trace.steps, t = timeStep
        let label = isForward ? (u ? "forward  ▶ " : "forward  > ") : (u ? "backward ◀ " : "backward < ")
        let link = u ? "─" : "-"
        /// Forward, steps up to the current one are done; backward, those from it on.
        func done(_ s: Int) -> Bool { isForward ? s <= t : s >= t }
        func box(_ s: Int) -> String { done(s) ? "[\(s + 1)]" : " \(s + 1) " }
        let room = style.columns - label.count
        let widths = (0..<T).map { box($0).count + 1 }
        var lower = t, upper = t + 1
        var used = widths[t] + 2
        // Widen the window one box at a time, alternately right and left, while it fits.
        while lower > 0 || upper < T {
            var grew = false
            if upper < T, used + widths[upper] <= room { used += widths[upper]; upper += 1; grew = true }
            if lower > 0, used + widths[lower - 1] <= room { used += widths[lower - 1]; lower -= 1; grew = true }
            if !grew { break }
        }
        var top = label, marker = String(repeating: " ", count: label.count)
        if lower > 0 { top += u ? "…" : "."; marker += " " }
        for s in lower..<upper {
            let b = box(s)
            let drawn = s == t ? text(style, b, "1;7") : done(s) ? b : style.dim(b)
            top += drawn + (s + 1 < upper ? link : "")
            let mark = s == t ? (u ? "▲" : "^") : " "
            marker += String(repeating: " ", count: b.count / 2) + mark + String(repeating: " ", count: b.count - b.count / 2 - 1)
            if s + 1 < upper { marker += " " }
        }
        if upper < T { top += u ? "…" : "." }
        top = top.trimmingTrailingSpaces()
        // The caption goes after the mark, or before it when the mark is near the right edge.
        let mark = marker.trimmingTrailingSpaces()
        let caption = "step \(t + 1)"
        if mark.count + 1 + caption.count <= style.columns { return [top, mark + " " + caption] }
        let before = String(repeating: " ", count: max(0, mark.count - 2 - caption.count))
        return [top, before + caption + " " + String(mark.last ?? " ")]
    }

    /// Bold-and-inverse (or another SGR code) when colour is on.
    private func text(_ style: ViewStyle, _ s: String, _ code: String) -> String {
        style.color == .none ? s : "\u{1b}[\(code)m\(s)\u{1b}[0m"
    }

    func plotOptions(_ style: ViewStyle, width: Int, height: Int) -> PlotOptions {
        var plot = PlotOptions(width: width, height: height)
        plot.canvas = style.unicode ? .blocks : .ascii
        plot.color = style.color
        return plot
    }

    /// The forward frame's body for `room` rows.
    func forwardLines(_ style: ViewStyle, room: Int, say: (String) -> [String]) -> [String] {
            let T = trace.steps, t = timeStep, H = trace.hiddenStates[0].size(0)
            let batch = trace.batchSize
            let bold = style.bold("Forward, step \(t + 1) of \(T)")
            var lines = say(bold + ": h_t = tanh(Wx x_t + Wh h_{t-1} + b)")
            // On a small screen the formula goes first, then the running total.
            if room < lines.count + 10 { lines = [bold] }
            let who = batch > 1 ? "sequence 1 of \(batch): " : ""
            let input = "x_\(t + 1) = \(describeInput(t))"
            if let classes = trace.targets[t] {
                let target = classes[0]
                let p = trace.probabilities[t].scalars[target]
                let loss = batch > 1 ? "; loss_\(t + 1) = \(format(trace.stepLosses[t])) (mean of \(batch))" : ", loss_\(t + 1) = \(format(trace.stepLosses[t]))"
                lines += say("\(who)\(input), target y_\(t + 1) = \(target + 1), p(target) = \(format(p))\(loss)")
            } else {
                lines += say("\(who)\(input); this step has no target, so no loss of its own")
            }
            var footer = say(style.dim("loss so far: \(format(trace.stepLosses[0...t].reduce(0, +)))"))
            if room < lines.count + footer.count + 7 { footer = [] }
            // Heat map: its title, two border rows, the column labels and a note.
            let height = max(2, min(H, room - lines.count - footer.count - 5))
            var options = plotOptions(style, width: style.columns, height: height)
            let dots = style.unicode ? "…" : "..."
            options.title = "h_1 \(dots) h_\(t + 1)" + (batch > 1 ? " of sequence 1" : "") + " (rows: units, columns: t)"
            // Every column is drawn from the start, the steps not reached yet as missing,
            // so the picture grows a column per step instead of stretching.
            var values: [Double] = []
            for s in 0..<T {
                let column = trace.hiddenStates[s]
                values += s <= t ? (0..<H).map { column.scalars[$0] } : Array(repeating: .nan, count: H)
            }
            lines.append(heatMap(
                columnMajor: values, rows: H, columns: T, columnLabels: (1...T).map(String.init), zlim: (-1, 1),
                missingMeans: "not reached yet", options: options))
            return lines + footer
    }

    /// The backward frame's body for `room` rows.
    func backwardLines(_ style: ViewStyle, room: Int, say: (String) -> [String]) -> [String] {
            let T = trace.steps, t = timeStep
            let u = style.unicode
            let (bar, dots, transpose, delta) = u ? ("‖", "…", "ᵀ", "δ") : ("|", "...", "'", "delta")
            let norms = trace.hiddenGradientNorms
            let title = style.bold("Backward, step \(t + 1) (\(T - t) of \(T) done)")
            var lines = say(title + ": dL/dh_t = Wy\(transpose) dy_t + Wh\(transpose) \(delta)_{t+1}")
            if room < lines.count + 14 { lines = [title] }
            let running = runningGradients[t]
            lines += say("\(bar)dL/dh_\(t + 1)\(bar) = \(format(norms[t])), \(bar)dL/dWh so far\(bar) = \(format(running.norm()))"
                + (trace.targets[t] == nil ? " (no loss at this step: all of it came from later steps)" : ""))
            let rows = running.size(0), columns = running.size(1)
            let beside = style.columns >= 72
            let plotRoom = room - lines.count
            // Stacked, the two plots need room for both; without it the heat map stays.
            let showNorms = beside || plotRoom >= 16
            // Each plot has a title, two borders and the x labels around its drawing.
            let heatHeight = max(2, min(rows, (beside || !showNorms ? plotRoom : plotRoom / 2) - 5))
            let normHeight = max(3, min(10, (beside ? plotRoom : plotRoom - heatHeight - 5) - 5))
            let leftWidth = beside ? (style.columns - 2) / 2 : style.columns
            var normPlot = plotOptions(style, width: leftWidth, height: normHeight)
            normPlot.canvas = u ? .braille : .ascii
            normPlot.title = "\(bar)dL/dh_t\(bar), t = \(t + 1) \(dots) \(T) (log)"
            normPlot.yscale = .log10
            normPlot.xlim = (1, Double(max(T, 2)))
            normPlot.ylim = normLimits
            let xs = (t..<T).map { Double($0 + 1) }
            let normText = linePlot(Array(norms[t..<T]), x: xs, options: normPlot)
            var heat = plotOptions(style, width: beside ? style.columns - leftWidth - 2 : style.columns, height: heatHeight)
            heat.title = "dL/dWh, steps \(t + 1) \(dots) \(T)"
            let limit = recurrentGradientLimit
            let heatText = heatMap(
                columnMajor: running.scalars, rows: rows, columns: columns, zlim: (-limit, limit), options: heat)
            if beside {
                lines.append(sideBySide(normText, heatText, leftWidth: leftWidth))
            } else {
                lines += showNorms ? [normText, heatText] : [heatText]
            }
            return lines
    }

    /// "token k" for a one-hot input (the batch's first sequence), else its norm.
    func describeInput(_ t: Int) -> String {
        let x = trace.inputs[t]
        let n = x.size(0)
        let column = Array(x.scalars[0..<n])
        if let k = column.firstIndex(of: 1), column.allSatisfy({ $0 == 0 || $0 == 1 }), column.filter({ $0 == 1 }).count == 1 {
            return "token \(k + 1)"
        }
        let norm = column.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return "a vector with norm \(format(norm))"
    }

    func format(_ x: Double) -> String {
        if abs(x) >= 1e-3 && abs(x) < 1e5 {
            let rounded = (x * 1e4).rounded() / 1e4
            return String(rounded)
        }
        return String(x)
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

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
