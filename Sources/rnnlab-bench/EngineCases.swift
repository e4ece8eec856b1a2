import Engine

/// Engine benchmarks: matrix multiply and training steps of the character models.
func engineCases() throws -> [BenchCase] {
    let a = try Tensor.generate(shape: [256, 256]) { Double(($0 * 7919) % 1000) / 1000 - 0.5 }
    let b = try Tensor.generate(shape: [256, 256]) { Double(($0 * 104729) % 997) / 997 - 0.5 }
    let rnn = try CharRNNStep()
    let lstm = try CharLSTMStep()
    return [
        BenchCase(name: "matmul_256", flops: 2 * 256 * 256 * 256) { _ = try a.matmul(b) },
        BenchCase(name: "char_rnn_step", flops: nil, unit: ("steps/s", 1), run: rnn.step),
        BenchCase(name: "char_lstm_step", flops: nil, unit: ("steps/s", 1), run: lstm.step),
    ]
}
