import Engine

/// The engine's own `CharModelTrainer`: hand-fused passes over preallocated buffers.
final class NativeCharTrainer: CharTrainer {
    let trainer: CharModelTrainer
    let data: [Int]

    init(kind: CharModelKind, data: [Int], vocabulary: Int, hidden: Int, weights: [Tensor]) throws {
        trainer = try CharModelTrainer(kind: kind, vocabulary: vocabulary, hidden: hidden, weights: weights)
        self.data = data
    }

    func train(iterations: Int) throws -> [Double] {
        try trainer.train(data, iterations: iterations)
    }
}
