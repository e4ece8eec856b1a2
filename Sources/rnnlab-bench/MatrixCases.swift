import Engine
import LinearAlgebra
import LiveView
import Spectrum

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
    case "explore":
        // The spectrum explorer's redraw after one key, frame included, at 120×40 in
        // colour: → and ← (a new ρ), o (an orthogonal matrix and its eigenvalues), r.
        var explorer = try SpectrumExplorer(a, horizon: 60)
        let style = ViewStyle(columns: 120, rows: 40, color: .ansi256)
        var k = 0
        func redraw(_ key: Key) -> Double {
            (try? medianSeconds(budget: budget / 3) {
                k += 1
                _ = explorer.press(key == .right && k % 2 == 0 ? .left : key)
                _ = explorer.frame(style)
            })?.seconds ?? .nan
        }
        let step = redraw(.right), orthogonal = redraw(.character("o")), random = redraw(.character("r"))
        return ["ms": .number(step * 1e3), "ms_orthogonal": .number(orthogonal * 1e3), "ms_random": .number(random * 1e3)]
    default:
        throw BenchError("no case \(name)")
    }
}
