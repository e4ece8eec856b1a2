import Engine

/// The two character models of the benchmark.
enum ModelKind: String, CaseIterable {
    case rnn, lstm
}

/// The specification's starting weights, drawn from one `BenchLCG` stream in
/// parameter order (biases take no draws). RNN (column convention): Wxh H×V, Whh H×H,
/// bh H, Why V×H, by V. LSTM (row convention): W (V+H)×4H, b 1×4H with the forget
/// block at 1, Wy H×V, by 1×V.
func startingWeights(kind: ModelKind, vocabulary v: Int, hidden h: Int) throws -> [Tensor] {
    var lcg = BenchLCG()
    switch kind {
    case .rnn:
        let wxh = try lcg.matrix(h, v, scale: 0.02)
        let whh = try lcg.matrix(h, h, scale: 0.02)
        let why = try lcg.matrix(v, h, scale: 0.02)
        return [wxh, whh, try Tensor.zeros(h), why, try Tensor.zeros(v)]
    case .lstm:
        let w = try lcg.matrix(v + h, 4 * h, scale: 2 * (6 / Double(v + h + 4 * h)).squareRoot())
        let wy = try lcg.matrix(h, v, scale: 2 * (6 / Double(h + v)).squareRoot())
        let b = try Tensor.generate(shape: [1, 4 * h]) { $0 < h ? 1 : 0 }
        return [w, b, wy, try Tensor.zeros(1, v)]
    }
}
