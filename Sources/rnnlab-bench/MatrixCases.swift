import Engine
import LinearAlgebra

/// Matrix multiply (C = A·Aᵀ-shaped work: A times a transposed copy, both n×n) and
/// eigenvalues of the benchmark matrix, timed like bench/py_worker.py times numpy.
func timeMatrixCase(_ name: String, budget: Double) throws -> [String: JSONValue] {
    let parts = name.split(separator: "-")
    guard parts.count == 2, let n = Int(parts[1]), n > 0, n <= 4096 else {
        throw BenchError("no case \(name)")
    }
    let a = try benchmarkMatrix(n)
    switch parts[0] {
    case "matmul":
        let b = try a.transposed()
        let (seconds, samples) = try medianSeconds(budget: budget) { _ = try a.matmul(b) }
        return ["ms": .number(seconds * 1e3), "gflops": .number(2 * Double(n * n * n) / seconds / 1e9),
                "samples": .number(Double(samples))]
    case "eigvals":
        let (seconds, samples) = try medianSeconds(budget: budget) { _ = try eigvals(a) }
        return ["ms": .number(seconds * 1e3), "samples": .number(Double(samples))]
    default:
        throw BenchError("no case \(name)")
    }
}
