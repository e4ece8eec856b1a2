import Engine
import Foundation
import LiveView
import Spectrum

/// What draws live during a cell, and on which screen.
public final class LiveState {
    var screen: LiveScreen?
    /// The plots `liveplot` made in this cell; the cell's end draws their last frames.
    var plots: [LivePlot] = []
    init() {}
}

/// A host object that `push!` can add values to.
protocol AcceptsPush: HostObject {
    func push(_ values: [Value], _ runtime: any Runtime) throws
}

/// What `liveplot` returns: a line plot that a loop pushes values into
/// (`push!(p, loss)`), redrawn in place on a terminal while the cell runs; the values
/// stay in it (`p.values`, `collect(p)`, `length(p)`) after the cell, stopped or not.
final class LivePlotObject: AcceptsPush {
    let plot: LivePlot

    init(_ plot: LivePlot) { self.plot = plot }

    var juliaTypeName: String { "LivePlot" }

    func show() -> String {
        let title = plot.options.title.isEmpty ? "" : "\"\(plot.options.title)\", "
        return "LivePlot(\(title)\(plot.values.count) value\(plot.values.count == 1 ? "" : "s"))"
    }

    func display(width: Int, height: Int) -> String { plot.frame(columns: width, rows: height) }

    func push(_ values: [Value], _ runtime: any Runtime) throws {
        for value in values {
            guard let x = runtime.scalarDouble(value) else {
                throw RuntimeError("push!: a LivePlot takes numbers, not \(describeType(value))", kind: .method)
            }
            plot.push(x)
        }
    }

    func forEachElement(_ runtime: any Runtime, _ body: (Value) throws -> Bool) throws {
        for x in plot.values where try !body(.float(x)) { return }
    }

    func property(_ name: String) -> Value? {
        name == "values" ? .floats(Tensor(vector: plot.values)) : nil
    }

    var propertyNames: [String] { ["values"] }
    var length: Int? { plot.values.count }
}

/// Builtins that draw live: the spectrum explorer and `sleep` (progress bars are
/// `@showprogress`, in Interpreter+Macros.swift). On a terminal the front end gives
/// the interpreter a screen (`liveScreen`): views open in place, moved by keys, and
/// bars redraw in place while a loop runs. Without one (a pipe, `rnnlab run`,
/// `rnnlab check`) a view prints its frame once and a bar its final line.
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
        for plot in plots { plot.finish() }
    }
}

extension Runtime {
    /// How live views draw: the display's size, the plots' colour and character set.
    var viewStyle: ViewStyle {
        ViewStyle(columns: settings.displaySize.width, rows: settings.displaySize.height, color: settings.plotOptions.color,
                  unicode: settings.plotOptions.canvas != .ascii)
    }
}

extension Library {
    mutating func registerLiveBuiltins() {
        define("liveplot", 0...0, keywords: .named(plotOptionKeywords), help: "liveplot(; title=, yscale=:log10, xlabel=, ...) — a line plot that redraws in place while the cell pushes values into it: push!(p, loss); p.values holds them") { interp, args in
            var options = try interp.plotOptions(&args)
            options.height = Swift.min(options.height, 12)
            let plot = LivePlot(options: options, screen: interp.live.screen, output: { interp.write($0) })
            interp.live.plots.append(plot)
            return .host(LivePlotObject(plot))
        }
        define("explore", 1...1, keywords: .named(["T"]), help: "explore(W; T=60) — the spectrum explorer: W's eigenvalues and ‖dh_t‖ for t steps back; ←/→ move ρ, ↑/↓ T, o orthogonal, r random, q leaves and returns W as scaled") { interp, args in
            let w = try interp.matrixArgument(args, 0)
            let horizon = try args.keyword("T").map { v -> Int in
                guard case .int(let n) = v, SpectrumExplorer.horizonRange.contains(n) else {
                    throw RuntimeError("explore: T must be an integer from \(SpectrumExplorer.horizonRange.lowerBound) to \(SpectrumExplorer.horizonRange.upperBound), got \(show(v))", kind: .argument)
                }
                return n
            } ?? 60
            var explorer: SpectrumExplorer
            do {
                explorer = try SpectrumExplorer(w, horizon: horizon, seed: interp.random.next())
            } catch {
                throw RuntimeError("\(error)", kind: .argument)
            }
            let style = interp.viewStyle
            guard let screen = interp.live.screen else {
                interp.write(explorer.frame(style) + "\n")
                return .floats(explorer.matrix)
            }
            // Ctrl-C leaves too; the matrix as it was then is still the result, and the
            // flag stays set, so a loop around this call stops at its next step.
            present(&explorer, on: screen, style: style)
            let rho = style.unicode ? "ρ" : "rho"
            // After o or r the result is the explorer's own matrix, not a multiple of W.
            let result = "\(explorer.origin.label) × \(rounded(explorer.scale, 4))"
            let named = explorer.origin == .given ? "" : ", where \(explorer.origin.label) is \(explorer.origin.meaning)"
            interp.write("Left the explorer at \(rho) = \(rounded(explorer.radius, 2)): the result is \(result)\(named).\n")
            return .floats(explorer.matrix)
        }
        define("sleep", 1...1, help: "sleep(seconds) — wait; Ctrl-C stops the wait") { interp, args in
            let seconds = try args.double(0, "number of seconds")
            guard seconds >= 0, seconds.isFinite else {
                throw RuntimeError("sleep: the number of seconds must be finite and ≥ 0, got \(show(args[0]))", kind: .argument)
            }
            let clock = ContinuousClock()
            let end = clock.now + .nanoseconds(Int64(min(seconds, 1e9) * 1e9))
            // Short naps, so that Ctrl-C is noticed within a few milliseconds.
            while clock.now < end {
                try interp.checkCancelled()
                let nap = min(end - clock.now, .milliseconds(10))
                Thread.sleep(forTimeInterval: Double(nap.components.seconds) + Double(nap.components.attoseconds) * 1e-18)
            }
            return .nothing
        }
    }
}

/// `x` rounded to `decimals` places, printed as Julia prints the rounded Float64.
private func rounded(_ x: Double, _ decimals: Int) -> String {
    var p = 1.0
    for _ in 0..<decimals { p *= 10 }
    return "\((x * p).rounded() / p)"
}
