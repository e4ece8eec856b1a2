import Engine

/// The engine's own character-model trainer, once the engine has one.
func makeNativeTrainer(kind: ModelKind, data: [Int], vocabulary: Int, hidden: Int, weights: [Tensor]) throws -> CharTrainer {
    throw BenchError("this engine has no CharModelTrainer yet")
}
