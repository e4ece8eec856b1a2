import Engine
import Testing

/// The README's LSTM example, kept here verbatim (plus the loss bookkeeping) so the
/// documentation cannot drift from code that compiles and learns.
@Test func readmeLSTMExampleLearnsTheSawtooth() throws {
    var rng = RandomSource(seed: 1)
    let cell = try LSTMCell(inputSize: 1, hiddenSize: 8, rng: &rng)
    let head = try Dense(inputs: 8, outputs: 1, rng: &rng)
    var parameters = cell.parameters + head.parameters
    let xs = try (0..<20).map { t in try Tensor(shape: [1, 1], scalars: [Double(t % 4) / 4]) }  // a sawtooth
    var adam = Adam(learningRate: 0.02)
    var losses: [Double] = []
    for _ in 0..<200 {
        let (loss, grads) = try valueAndGradient(at: parameters) { p in
            var h = Var(try Tensor.zeros(1, 8)), c = h, total = Var(0)
            for t in 0..<(xs.count - 1) {   // predict x[t+1] from x[1...t]
                (h, c) = try lstmCell(Var(xs[t]), h, c, weight: p[0], bias: p[1])
                total = try total + dense(h, weight: p[2], bias: p[3]).mse(Var(xs[t + 1]))
            }
            return total / Double(xs.count - 1)
        }
        try adam.update(&parameters, with: grads)
        losses.append(loss)
    }
    // The sawtooth is fully predictable from the last value, so a working LSTM and
    // optimiser drive the loss far below where it starts.
    #expect(losses.last! < losses.first! / 20, "loss went from \(losses.first!) to \(losses.last!)")
}
