import Engine
import Foundation
import LiveView
import Spectrum

/// What draws live during a cell, and on which screen.
final class LiveState {
    var screen: LiveScreen?
    /// The vectors `liveplot` made in this cell, with the plots they draw.
    var plots: [(box: ArrayBox, plot: LivePlot)] = []
}

/// Builtins that draw live: the spectrum explorer, live plots, progress bars, and
/// `sleep`. On a terminal the front end gives the interpreter a screen
/// (`liveScreen`): views open in place, moved by keys, and plots and bars redraw in
/// place while a loop runs. Without one (a pipe, `rnnlab run`, `rnnlab check`) views
/// print their frame once, and plots and bars their final frame.
extension Interpreter {
    /// The terminal's live screen, when there is one.
    public var liveScreen: LiveScreen? {
        get { live.screen }
        set { live.screen = newValue }
    }

    /// Ends what the cell left drawing: each live plot draws (or, without a screen,
    /// prints) its last frame. The front end calls it when a cell ends, however it ended.
    public func finishLiveOutput() {
        let plots = live.plots
        live.plots = []
        for entry in plots { entry.plot.finish() }
    }

    /// Called after values were appended to `box`: a live plot's vector redraws.
    func noticeAppend(to box: ArrayBox, count: Int) {
        guard let entry = live.plots.first(where: { $0.box === box }) else { return }
        for x in box.tensor.scalars.suffix(count) { entry.plot.push(x) }
    }

    func registerLiveBuiltins() {
        define("liveplot", 0...0, help: "liveplot(; title=, yscale=:log10, ...) — an empty Vector{Float64} drawn as a line plot that redraws in place while the cell pushes values into it (push!(p, loss))") { interp, args in
            var options = try interp.options(&args)
            options.height = Swift.min(options.height, 12)
            let box = ArrayBox(Tensor(vector: []))
            let plot = LivePlot(options: options, screen: interp.live.screen, output: interp.output)
            interp.live.plots.append((box, plot))
            return .array(box)
        }
        define("explore", 1...1, help: "explore(W; T=60) — the spectrum explorer: W's eigenvalues and ‖dh_t‖ for t steps back; ←/→ move ρ, ↑/↓ T, o orthogonal, r random, q leaves and returns W as scaled") { interp, args in
            let w = try interp.matrixArgument(args, 0)
            let horizon = try args.keyword("T").map { v -> Int in
                guard case .int(let n) = v, SpectrumExplorer.horizonRange.contains(n) else {
                    throw RuntimeError("explore: T must be an integer from \(SpectrumExplorer.horizonRange.lowerBound) to \(SpectrumExplorer.horizonRange.upperBound), got \(show(v))")
                }
                return n
            } ?? 60
            var explorer = try SpectrumExplorer(w, horizon: horizon, seed: interp.random.next())
            let style = interp.viewStyle
            guard let screen = interp.liveScreen else {
                interp.output(explorer.frame(style) + "\n")
                return .floats(explorer.matrix)
            }
            // Ctrl-C leaves too; the matrix as it was then is still the result, and the
            // flag stays set, so a loop around this call stops at its next step.
            present(&explorer, on: screen, style: style)
            let rho = style.unicode ? "ρ" : "rho"
            interp.output("Left the explorer at \(rho) = \(explorer.radius.formatted(decimals: 2)): the result is W × \(explorer.scale.formatted(decimals: 4)).\n")
            return .floats(explorer.matrix)
        }
        define("sleep", 1...1, help: "sleep(seconds) — wait; Ctrl-C stops the wait") { interp, args in
            let seconds = try args.double(0, "number of seconds")
            guard seconds >= 0, seconds.isFinite else {
                throw RuntimeError("sleep: the number of seconds must be finite and ≥ 0, got \(show(args[0]))")
            }
            let clock = ContinuousClock()
            let end = clock.now + .nanoseconds(Int64(min(seconds, 1e9) * 1e9))
            // Short naps, so that Ctrl-C is noticed within a few milliseconds.
            while clock.now < end {
                if interp.isCancelled() { throw RuntimeError.interrupted() }
                let left = end - clock.now
                let nap = min(left, .milliseconds(10))
                Thread.sleep(forTimeInterval: Double(nap.components.seconds) + Double(nap.components.attoseconds) * 1e-18)
            }
            return .nothing
        }
    }

    /// How live views draw: the display's size, the plots' colour and character set.
    var viewStyle: ViewStyle {
        ViewStyle(columns: displaySize.width, rows: displaySize.height, color: plotSettings.color,
                  unicode: plotSettings.canvas != .ascii)
    }
}

extension Double {
    /// `x` rounded to `decimals` places, printed as Julia prints the rounded Float64.
    func formatted(decimals: Int) -> String {
        var p = 1.0
        for _ in 0..<decimals { p *= 10 }
        return "\((self * p).rounded() / p)"
    }
}
