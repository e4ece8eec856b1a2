// `rnnlab plot-demo`: one of each plot type on fixed, made-up data.

/// Every plot type drawn on fixed data, one after another, for `rnnlab plot-demo`
/// and for eyeballing a terminal. `unicode: false` draws everything in ASCII.
public func plotDemo(width: Int, height: Int, color: ColorMode, unicode: Bool) -> String {
    let data = DemoData()
    let lineCanvas: CanvasKind = unicode ? .braille : .ascii
    let blockCanvas: CanvasKind = unicode ? .blocks : .ascii
    func options(_ title: String, _ canvas: CanvasKind) -> PlotOptions {
        PlotOptions(width: width, height: height, title: title, canvas: canvas, color: color)
    }
    var parts: [String] = []

    var lines = options("Line plot: two series", lineCanvas)
    lines.xlabel = "t"
    parts.append(linePlot([Series(data.sine, x: data.time, name: "sin t"), Series(data.cosine, x: data.time, name: "cos t")], axes: true, options: lines))

    var loss = options("Line plot: training loss, log10 y", lineCanvas)
    loss.yscale = .log10
    loss.xlabel = "epoch"
    parts.append(linePlot(data.loss, name: "loss", options: loss))

    var eigen = options("Scatter: eigenvalues and the unit circle", lineCanvas)
    eigen.xlabel = "Re"
    eigen.ylabel = "Im"
    parts.append(scatterPlot(x: data.eigenReal, y: data.eigenImaginary, name: "lambda", unitCircle: true, axes: true, options: eigen))

    var heat = options("Heat map: hidden units x time steps", blockCanvas)
    heat.xlabel = "time step"
    heat.height = min(height, data.activations.count)
    parts.append(heatMap(data.activations, options: heat))

    var weights = options("Histogram: weights", blockCanvas)
    weights.xlabel = "weight"
    parts.append(histogram(data.weights, options: weights))

    parts.append(barChart(labels: ["RNN", "LSTM", "GRU"], values: [0.412, 0.187, 0.203],
                          options: options("Bar chart: validation loss", blockCanvas)))

    var spark = options("", blockCanvas)
    spark.yscale = .log10
    parts.append("Sparkline (log10):\n" + sparkline(data.loss, label: "loss", options: spark))
    return parts.joined(separator: "\n\n") + "\n"
}

/// Deterministic data: a small linear congruential generator rather than the
/// system's random source, so the demo and the golden tests never change.
struct DemoData {
    let time: [Double]
    let sine: [Double]
    let cosine: [Double]
    let loss: [Double]
    let eigenReal: [Double]
    let eigenImaginary: [Double]
    let activations: [[Double]]
    let weights: [Double]

    init() {
        var random = DemoRandom(seed: 42)
        time = (0..<80).map { Double($0) * 0.1 }
        sine = time.map { Numerics.sin($0) }
        cosine = time.map { Numerics.cos($0) }
        var decay = 2.5
        loss = (0..<60).map { _ in
            decay *= 0.8
            return decay * (1 + 0.3 * random.uniform()) + 1e-5
        }
        var re: [Double] = [], im: [Double] = []
        for k in 0..<24 {
            let radius = k < 3 ? 1.08 + 0.05 * Double(k) : 0.2 + 0.75 * random.uniform()
            let angle = 2 * Double.pi * random.uniform()
            re.append(radius * Numerics.cos(angle))
            im.append(radius * Numerics.sin(angle))
        }
        eigenReal = re
        eigenImaginary = im
        activations = (0..<12).map { unit in
            (0..<40).map { step in Numerics.sin(Double(step) * 0.25 + Double(unit) * 0.6) * (0.4 + 0.05 * Double(unit)) }
        }
        weights = (0..<600).map { _ in random.normal() * 0.5 }
    }
}

/// Knuth's MMIX constants; good enough for demo data, and the same on every machine.
struct DemoRandom {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func uniform() -> Double {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Double(state >> 11) / Double(UInt64(1) << 53)
    }

    /// Approximately normal: the sum of twelve uniforms less six (Irwin–Hall).
    mutating func normal() -> Double {
        var sum = 0.0
        for _ in 0..<12 { sum += uniform() }
        return sum - 6
    }
}
