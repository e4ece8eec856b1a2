import ComplexModule
import Engine
import JuliaMath
import LinearAlgebra
import TermPlot

/// Plots from TermPlot. Each returns a plot value that the REPL displays as the
/// drawing (as UnicodePlots.jl does); `println(p)` prints it too. Options are keyword
/// arguments: `title=`, `xlabel=`, `ylabel=`, `xlim=(a, b)`, `ylim=`, `xscale=:log10`,
/// `yscale=:log10`, `width=`, `height=`, `canvas=:braille|:blocks|:ascii`,
/// `color=:none|:ansi256|:trueColor`, and `labels=` for several series.

/// The keywords `options` reads, which every plot builtin declares (with its own).
let plotOptionKeywords: Set<String> = [
    "title", "xlabel", "ylabel", "xlim", "ylim", "xscale", "yscale", "canvas", "color", "width", "height",
]
extension Runtime {
    fileprivate func numbers(_ value: Value, _ function: String) throws -> [Double] {
        guard let (x, _) = try operand(value) else {
            throw RuntimeError("\(function): expected numbers (a vector or range), got \(describeType(value))", kind: .method)
        }
        return x.value.scalars
    }

    /// The plot options a builtin's keywords give (`title=`, `yscale=`, ...), for plots
    /// drawn outside this file (`liveplot`).
    func plotOptions(_ args: inout Arguments) throws -> PlotOptions { try options(&args) }

    /// Reads the keywords of `plotOptionKeywords`.
    fileprivate func options(_ args: inout Arguments) throws -> PlotOptions {
        var o = settings.plotOptions
        o.width = settings.displaySize.width
        o.height = Swift.max(4, Swift.min(settings.displaySize.height - 8, 20))
        func text(_ name: String) throws -> String? {
            try args.keyword(name).map { v in
                if case .string(let s) = v { return s }
                throw RuntimeError("\(args.function): \(name) must be a string", kind: .argument)
            }
        }
        func limits(_ name: String) throws -> (Double, Double)? {
            try args.keyword(name).map { v in
                guard case .tuple(let items) = v, items.count == 2, let a = scalarDouble(items[0]), let b = scalarDouble(items[1]) else {
                    throw RuntimeError("\(args.function): \(name) must be a pair of numbers like (0, 1)", kind: .argument)
                }
                return (a, b)
            }
        }
        func symbol(_ name: String) throws -> String? {
            try args.keyword(name).map { v in
                if case .symbol(let s) = v { return s }
                if case .string(let s) = v { return s }
                throw RuntimeError("\(args.function): \(name) must be a symbol such as :log10", kind: .argument)
            }
        }
        func integer(_ name: String) throws -> Int? {
            try args.keyword(name).map { v in
                guard case .int(let n) = v, n > 0 else { throw RuntimeError("\(args.function): \(name) must be a positive integer", kind: .argument) }
                return n
            }
        }
        if let t = try text("title") { o.title = t }
        if let t = try text("xlabel") { o.xlabel = t }
        if let t = try text("ylabel") { o.ylabel = t }
        if let l = try limits("xlim") { o.xlim = l }
        if let l = try limits("ylim") { o.ylim = l }
        for (name, set) in [("xscale", { (s: AxisScale) in o.xscale = s }), ("yscale", { (s: AxisScale) in o.yscale = s })] {
            if let s = try symbol(name) {
                guard let scale = AxisScale(rawValue: s) else { throw RuntimeError("\(args.function): \(name) is :linear or :log10, not :\(s)", kind: .argument) }
                set(scale)
            }
        }
        if let s = try symbol("canvas") {
            guard let kind = CanvasKind(rawValue: s) else { throw RuntimeError("\(args.function): canvas is :braille, :blocks or :ascii, not :\(s)", kind: .argument) }
            o.canvas = kind
        }
        if let s = try symbol("color") {
            guard let mode = ColorMode(rawValue: s) else { throw RuntimeError("\(args.function): color is :none, :ansi256 or :trueColor, not :\(s)", kind: .argument) }
            o.color = mode
        }
        if let w = try integer("width") { o.width = w }
        if let h = try integer("height") { o.height = h }
        return o
    }

    /// One series per vector: `lineplot(y)`, `lineplot([y1, y2]; labels=["a", "b"])`.
    fileprivate func series(_ ys: Value, x: Value?, _ args: inout Arguments) throws -> [Series] {
        let labels = try args.keyword("labels").map { try collectElements($0).map(printString) } ?? []
        let xs = try x.map { try numbers($0, args.function) }
        var columns: [[Double]] = []
        if case .list(let list) = ys {
            columns = try list.items.map { try numbers($0, args.function) }
        } else if case .array(let box) = ys, box.tensor.rank == 2 {
            let t = box.tensor
            columns = (0..<t.shape[1]).map { j in Array(t.scalars[(j * t.shape[0])..<((j + 1) * t.shape[0])]) }
        } else {
            columns = [try numbers(ys, args.function)]
        }
        if let name = try args.keyword("name"), labels.isEmpty { return [Series(columns[0], x: xs, name: printString(name))] }
        return columns.enumerated().map { k, y in Series(y, x: xs, name: k < labels.count ? labels[k] : "") }
    }

    /// A keyword holding one label per row or column, each printed as text.
    fileprivate func labels(_ args: inout Arguments, _ name: String) throws -> [String]? {
        try args.keyword(name).map { v in
            switch v {
            case .list, .array, .range, .tuple: return try collectElements(v).map(printString)
            default: throw RuntimeError("\(args.function): \(name) must be a vector of labels like [\"a\", \"b\"]", kind: .argument)
            }
        }
    }

}

extension Library {
    mutating func registerPlotBuiltins() {
        define("lineplot", 1...2, keywords: .named(plotOptionKeywords.union(["labels", "name"])), help: "lineplot([x,] y; title=, labels=, yscale=:log10, ...) — a line plot (y may be a list of series)") { interp, args in
            let ys = args.count == 2 ? args[1] : args[0]
            let series = try interp.series(ys, x: args.count == 2 ? args[0] : nil, &args)
            return .plot(linePlot(series, options: try interp.options(&args)))
        }
        define("scatterplot", 2...2, keywords: .named(plotOptionKeywords.union(["labels", "name"])), help: "scatterplot(x, y; title=, ...) — points at (x[i], y[i])") { interp, args in
            let series = try interp.series(args[1], x: args[0], &args)
            return .plot(scatterPlot(series, options: try interp.options(&args)))
        }
        define("eigplot", 1...1, keywords: .named(plotOptionKeywords), help: "eigplot(W) — W's eigenvalues in the complex plane, with the unit circle") { interp, args in
            let values = try eigvals(try interp.matrixArgument(args, 0))
            var o = try interp.options(&args)
            if o.title.isEmpty { o.title = "eigenvalues (ρ = \(formatCompact(values.map { Julia.complexAbs($0.real, $0.imaginary) }.max() ?? 0)))" }
            let s = Series(values.map(\.imaginary), x: values.map(\.real), name: "")
            return .plot(scatterPlot([s], unitCircle: true, options: o))
        }
        define("heatmap", 1...1, keywords: .named(plotOptionKeywords.union(["zlim", "rowlabels", "collabels"])), help: "heatmap(A; zlim=(lo, hi), rowlabels=[...], collabels=[...], title=, ...) — a matrix drawn as colours (or shades)") { interp, args in
            let (x, _) = try interp.numeric(args, 0)
            let t = x.value
            guard t.rank <= 2 else { throw RuntimeError("heatmap: expected a matrix, got shape \(shapeText(t.shape))", kind: .method) }
            let zlim = try args.keyword("zlim").map { v -> (Double, Double) in
                guard case .tuple(let items) = v, items.count == 2, let lo = interp.scalarDouble(items[0]), let hi = interp.scalarDouble(items[1]) else {
                    throw RuntimeError("heatmap: zlim must be a pair of numbers like (-1, 1)", kind: .argument)
                }
                return (lo, hi)
            }
            let rowLabels = try interp.labels(&args, "rowlabels")
            let columnLabels = try interp.labels(&args, "collabels")
            return .plot(heatMap(
                columnMajor: t.scalars, rows: t.size(0), columns: t.size(1), rowLabels: rowLabels,
                columnLabels: columnLabels, zlim: zlim, options: try interp.options(&args)))
        }
        define("histogram", 1...1, keywords: .named(plotOptionKeywords.union(["bins"])), help: "histogram(v; bins=n, title=, ...) — counts of values in equal bins") { interp, args in
            let bins = try args.keyword("bins").map { v -> Int in
                guard case .int(let n) = v, n > 0 else { throw RuntimeError("histogram: bins must be a positive integer", kind: .argument) }
                return n
            }
            let values = try interp.numbers(args[0], "histogram")
            return .plot(histogram(values, bins: bins, options: try interp.options(&args)))
        }
        define("sparkline", 1...1, keywords: .named(plotOptionKeywords.union(["label"])), help: "sparkline(v; label=) — a one-line plot of a sequence") { interp, args in
            let label = try args.keyword("label").map(printString) ?? ""
            let values = try interp.numbers(args[0], "sparkline")
            return .plot(sparkline(values, label: label, options: try interp.options(&args)))
        }
        define("barplot", 2...2, keywords: .named(plotOptionKeywords), help: "barplot(labels, values; title=) — horizontal bars") { interp, args in
            let labels = try interp.collectElements(args[0]).map(printString)
            let values = try interp.numbers(args[1], "barplot")
            return .plot(barChart(labels: labels, values: values, options: try interp.options(&args)))
        }
    }
}
