import Engine

/// The 64-bit linear congruential generator the benchmark shares with its Python side
/// (bench/char_reference.py's `Lcg`): each draw is `(s >> 11)·2⁻⁵³ − 0.5`, uniform in
/// [−0.5, 0.5), so both sides build bit-identical matrices.
struct BenchLCG {
    var state: UInt64 = 20_261_127

    mutating func next() -> Double {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Double(state >> 11) * 0x1p-53 - 0.5
    }

    /// A rows × cols matrix filled in column-major order, each draw times `scale`.
    mutating func matrix(_ rows: Int, _ cols: Int, scale: Double) throws -> Tensor {
        try Tensor.generate(shape: [rows, cols]) { _ in next() * scale }
    }
}

/// The n×n matrix the matrix-multiply and eigenvalue cases use (bench/py_worker.py's
/// `benchmark_matrix`); random entries, as a formula in the index would give low rank.
func benchmarkMatrix(_ n: Int) throws -> Tensor {
    var lcg = BenchLCG()
    return try lcg.matrix(n, n, scale: 1)
}
