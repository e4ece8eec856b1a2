// The LSTM pointwise kernels of each build against the formulas written out plainly.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Kernels
import KernelsAVX2
import KernelsAVX512
import KernelsPortable
import Testing

@Suite("Recurrent pointwise kernels")
struct RecurrentKernelTests {
    typealias Forward = (Int, UnsafePointer<Double>, UnsafePointer<Double>, UnsafeMutablePointer<Double>,
                         UnsafeMutablePointer<Double>, UnsafeMutablePointer<Double>) -> Void
    typealias Backward = (Int, UnsafePointer<Double>, UnsafePointer<Double>, UnsafePointer<Double>,
                          UnsafePointer<Double>, UnsafePointer<Double>, UnsafeMutablePointer<Double>,
                          UnsafeMutablePointer<Double>) -> Void

    static func builds() -> [(KernelPath, Forward, Backward)] {
        let all: [(KernelPath, Forward, Backward)] = [
            (.portable, { KernelsPortable.lstmPointwiseForward(n: $0, gates: $1, previousCell: $2, cell: $3, cellTanh: $4, hidden: $5) },
             { KernelsPortable.lstmPointwiseBackward(n: $0, gates: $1, previousCell: $2, cellTanh: $3, fromOutput: $4, fromNext: $5, cellGradient: $6, gateGradients: $7) }),
            (.avx2, { KernelsAVX2.lstmPointwiseForward(n: $0, gates: $1, previousCell: $2, cell: $3, cellTanh: $4, hidden: $5) },
             { KernelsAVX2.lstmPointwiseBackward(n: $0, gates: $1, previousCell: $2, cellTanh: $3, fromOutput: $4, fromNext: $5, cellGradient: $6, gateGradients: $7) }),
            (.avx512, { KernelsAVX512.lstmPointwiseForward(n: $0, gates: $1, previousCell: $2, cell: $3, cellTanh: $4, hidden: $5) },
             { KernelsAVX512.lstmPointwiseBackward(n: $0, gates: $1, previousCell: $2, cellTanh: $3, fromOutput: $4, fromNext: $5, cellGradient: $6, gateGradients: $7) }),
            (activePath, { Kernels.lstmPointwiseForward(n: $0, gates: $1, previousCell: $2, cell: $3, cellTanh: $4, hidden: $5) },
             { Kernels.lstmPointwiseBackward(n: $0, gates: $1, previousCell: $2, cellTanh: $3, fromOutput: $4, fromNext: $5, cellGradient: $6, gateGradients: $7) }),
        ]
        return all.filter { supportedPaths.contains($0.0) }
    }

    // 1e-14 relative, or 1e-15 absolute near zero: the kernels fuse some multiply-adds
    // and use the vectorised tanh (4 ulp), so they differ from the plain formulas in
    // the last bits; the data are of order 1.
    static func close(_ a: [Double], _ b: [Double]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= max(1e-14 * abs($1), 1e-15) }
    }

    @Test func matchTheFormulas() {
        for (path, forward, backward) in Self.builds() {
            for n in [1, 3, 4, 7, 8, 9, 33, 100] {
                var random = TestRandom(seed: UInt64(n))
                // Activated gates: sigmoids in (0, 1), the candidate in (-1, 1).
                let gates = random.values(3 * n).map { 0.5 + 0.49 * $0 } + random.values(n).map { 0.99 * $0 }
                let previous = random.values(n).map { 2 * $0 }
                var cell = [Double](repeating: .nan, count: n), cellTanh = cell, hidden = cell
                forward(n, gates, previous, &cell, &cellTanh, &hidden)
                var expectedCell = [Double](), expectedTanh = [Double](), expectedHidden = [Double]()
                for k in 0..<n {
                    let c = gates[k] * previous[k] + gates[n + k] * gates[3 * n + k]
                    expectedCell.append(c); expectedTanh.append(tanh(c)); expectedHidden.append(gates[2 * n + k] * tanh(c))
                }
                #expect(Self.close(cell, expectedCell) && Self.close(cellTanh, expectedTanh) && Self.close(hidden, expectedHidden),
                        "forward, \(path), n = \(n)")

                let fromOutput = random.values(n), fromNext = random.values(n)
                let cellStart = random.values(n)
                var cellGradient = cellStart
                var gateGradients = [Double](repeating: .nan, count: 4 * n)
                backward(n, gates, previous, cellTanh, fromOutput, fromNext, &cellGradient, &gateGradients)
                var expectedGates = [Double](repeating: 0, count: 4 * n), expectedCellGradient = [Double]()
                for k in 0..<n {
                    let f = gates[k], i = gates[n + k], o = gates[2 * n + k], g = gates[3 * n + k], t = cellTanh[k]
                    let dh = fromOutput[k] + fromNext[k]
                    let dc = dh * o * (1 - t * t) + cellStart[k]
                    expectedGates[k] = dc * previous[k] * f * (1 - f)
                    expectedGates[n + k] = dc * g * i * (1 - i)
                    expectedGates[2 * n + k] = dh * t * o * (1 - o)
                    expectedGates[3 * n + k] = dc * i * (1 - g * g)
                    expectedCellGradient.append(dc * f)
                }
                #expect(Self.close(gateGradients, expectedGates) && Self.close(cellGradient, expectedCellGradient),
                        "backward, \(path), n = \(n)")
            }
        }
    }
}
