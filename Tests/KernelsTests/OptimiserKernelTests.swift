// The clipped Adagrad kernel of each build against the scalar formula, including the
// clamp at both limits, NaN gradients and lengths that leave a scalar tail.

import Kernels
import KernelsAVX2
import KernelsAVX512
import KernelsPortable
import Testing

@Suite("Optimiser kernels")
struct OptimiserKernelTests {
    typealias Step = (Int, UnsafeMutablePointer<Double>, UnsafePointer<Double>, UnsafeMutablePointer<Double>) -> Void

    static func builds() -> [(KernelPath, Step)] {
        let all: [(KernelPath, Step)] = [
            (.portable, { KernelsPortable.clippedAdagrad(n: $0, parameter: $1, gradient: $2, memory: $3, limit: 5, learningRate: 0.1, epsilon: 1e-8) }),
            (.avx2, { KernelsAVX2.clippedAdagrad(n: $0, parameter: $1, gradient: $2, memory: $3, limit: 5, learningRate: 0.1, epsilon: 1e-8) }),
            (.avx512, { KernelsAVX512.clippedAdagrad(n: $0, parameter: $1, gradient: $2, memory: $3, limit: 5, learningRate: 0.1, epsilon: 1e-8) }),
            (activePath, { Kernels.clippedAdagrad(n: $0, parameter: $1, gradient: $2, memory: $3, limit: 5, learningRate: 0.1, epsilon: 1e-8) }),
        ]
        // Builds this CPU cannot run would trap on their first vector instruction.
        return all.filter { supportedPaths.contains($0.0) }
    }

    @Test func matchesTheScalarFormula() {
        for (path, step) in Self.builds() {
            for n in [0, 1, 3, 4, 7, 8, 9, 17, 100] {
                var random = TestRandom(seed: UInt64(n + 1))
                // Gradients up to ±8 so that both limits clamp; NaN in one place.
                var gradient = random.values(n).map { $0 * 8 }
                if n > 5 { gradient[5] = .nan }
                let start = random.values(n)
                let memoryStart = random.values(n).map { abs($0) }
                var parameter = start, memory = memoryStart
                step(n, &parameter, gradient, &memory)
                for i in 0..<n {
                    let g = min(max(gradient[i], -5), 5)
                    let m = memoryStart[i] + g * g
                    let p = start[i] - 0.1 * g / (m.squareRoot() + 1e-8)
                    if gradient[i].isNaN {
                        #expect(parameter[i].isNaN && memory[i].isNaN, "\(path) n=\(n): NaN gradient must stay NaN")
                        continue
                    }
                    // One rounding apart at most: the vector builds fuse m + g·g.
                    #expect(abs(memory[i] - m) <= m.ulp, "\(path) n=\(n) i=\(i): memory")
                    #expect(abs(parameter[i] - p) <= 1e-15 * max(abs(p), 0.1), "\(path) n=\(n) i=\(i): parameter")
                }
            }
        }
    }
}
