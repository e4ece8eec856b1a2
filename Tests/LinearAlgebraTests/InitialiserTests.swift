import ComplexModule
import Engine
import Foundation
import Testing
@testable import LinearAlgebra

@Suite struct InitialiserTests {
    @Test func orthogonalIsOrthogonalWithPositiveRDiagonal() throws {
        var rng = RandomSource(seed: 7)
        for n in [1, 2, 5, 40] {
            var draws: [Double] = []
            let q = try orthogonal(n) {
                let x = rng.normal()
                draws.append(x)
                return x
            }
            #expect(draws.count == n * n)
            let gram = try q.transposed().matmul(q)
            let deviation = maxAbs(zip(gram.scalars, try Tensor.identity(n).scalars).map { $0 - $1 })
            #expect(deviation <= 1e-13)
            // Q is the QR factor of the Gaussian matrix with R's diagonal positive:
            // R = Q'G must be upper triangular with diagonal > 0.
            let g = try Tensor(shape: [n, n], scalars: draws)
            let r = try q.transposed().matmul(g)
            for j in 0..<n {
                #expect(try r.element(at: [j, j]) > 0)
                for i in (j + 1)..<max(n, j + 1) { #expect(abs(try r.element(at: [i, j])) <= 1e-12) }
            }
        }
    }

    /// Under the uniform (Haar) distribution every entry has mean 0 and variance 1/n.
    /// Without the sign correction, Householder QR's sign convention would make
    /// Q[0,0] always negative (mean ≈ −0.4 for n = 4), which this test would catch.
    @Test func orthogonalEntriesHaveHaarMoments() throws {
        var rng = RandomSource(seed: 2026)
        let n = 4, samples = 4000
        var sum = [Double](repeating: 0, count: n * n)
        var sumSquares = sum
        for _ in 0..<samples {
            let q = try orthogonal(n, rng: &rng)
            for k in 0..<(n * n) {
                sum[k] += q.scalars[k]
                sumSquares[k] += q.scalars[k] * q.scalars[k]
            }
        }
        // Standard error of a mean: sqrt(1/n / samples) ≈ 0.0079; allow 5 of them.
        for k in 0..<(n * n) {
            #expect(abs(sum[k] / Double(samples)) <= 0.04, "entry \(k) mean \(sum[k] / Double(samples))")
            #expect(abs(sumSquares[k] / Double(samples) - 1 / Double(n)) <= 0.03)
        }
    }

    @Test func scaledToRadiusHitsTheRadius() throws {
        let reference = try #require(ReferenceFile.shared.eigen.first { $0.name == "gaussian 50" })
        let w = try square(50, reference.matrix)
        for radius in [0.5, 1.0, 1.5] {
            let scaled = try scaledToRadius(w, radius)
            #expect(abs(try spectralRadius(scaled) - radius) <= 1e-12 * radius)
        }
        #expect(throws: LinearAlgebraError.self) { try scaledToRadius(try Tensor.zeros(3, 3), 1) }
        #expect(throws: LinearAlgebraError.self) { try scaledToRadius(w, -1) }
        #expect(throws: LinearAlgebraError.self) { try orthogonal(-1) { 0 } }
        #expect(throws: (any Error).self) { try orthogonal(Int.max / 2) { 0 } }
    }
}
