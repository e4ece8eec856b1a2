import Engine
import Foundation
import Testing
@testable import LinearAlgebra

@Suite struct GradientFlowTests {
    /// The linear case against powers: ‖dh_{T−t}‖ = ‖(W')^t dh_T‖.
    @Test func linearCaseMatchesMatrixPowers() throws {
        let reference = try #require(ReferenceFile.shared.eigen.first { $0.name == "rnn weights 64 scaled by 1.1/sqrt(n)" })
        let n = 64, steps = 30
        let w = try square(n, reference.matrix)
        let start = Tensor(vector: (0..<n).map { Double($0 % 7) - 3 })
        let norms = try gradientNorms(w, start: start, steps: steps)
        #expect(norms.count == steps + 1)
        let wt = try w.transposed()
        var worst = 0.0
        for t in 0...steps {
            let carried = try matrixPower(wt, t).matmul(start)
            let expected = norm2(carried.scalars)
            worst = max(worst, abs(norms[t] - expected) / expected)
        }
        #expect(worst <= 1e-12, "worst relative error \(worst)")
    }

    /// The tanh case against a direct transcription of the backward step.
    @Test func tanhCaseMatchesTheBackwardStep() throws {
        var rng = RandomSource(seed: 11)
        let n = 8, steps = 12
        let w = try Tensor(shape: [n, n], scalars: (0..<(n * n)).map { _ in rng.normal() / 2 })
        let states = try Tensor(shape: [n, steps], scalars: (0..<(n * steps)).map { _ in Double.random(in: -0.99...0.99, using: &rng) })
        let start = Tensor(vector: (0..<n).map { _ in rng.normal() })
        let norms = try gradientNorms(w, start: start, steps: steps, hiddenStates: states)
        // dh_t = W' * (dh_{t+1} .* (1 .- h_{t+1}.^2)), h_{t+1} = column t (0-based).
        var dh = start.scalars
        var expected = [norm2(dh)]
        for t in stride(from: steps - 1, through: 0, by: -1) {
            let gated = (0..<n).map { i in dh[i] * (1 - pow(try! states.element(at: [i, t]), 2)) }
            dh = (0..<n).map { j in (0..<n).reduce(0.0) { $0 + (try! w.element(at: [$1, j])) * gated[$1] } }
            expected.append(norm2(dh))
        }
        #expect(norms.count == expected.count)
        for (x, y) in zip(norms, expected) { #expect(abs(x - y) <= 1e-13 * y) }
    }

    @Test func vanishingAndExplodingScales() throws {
        let shrink = try Tensor(rows: [[0.5, 0], [0, 0.25]])
        let norms = try gradientNorms(shrink, start: Tensor(vector: [1, 0]), steps: 1000)
        #expect(norms[1000] == pow(0.5, 1000))
        let grow = try Tensor(rows: [[3]])
        let big = try gradientNorms(grow, start: Tensor(vector: [1]), steps: 600)
        // 3^600 ≈ 1e286 would still fit, but the unnormalised vector is never formed.
        #expect(abs(big[600] / pow(3, 600) - 1) <= 1e-12)
        let nilpotent = try Tensor(rows: [[0, 1], [0, 0]])
        #expect(try gradientNorms(nilpotent, start: Tensor(vector: [1, 0]), steps: 3) == [1, 1, 0, 0])
    }

    /// Weights and start vectors near Double's limits: no step may overflow on the
    /// way, and the norms are still exact powers where the true ones fit.
    @Test func extremeWeightsAndStarts() throws {
        let huge = try Tensor(rows: [[1e300, 0], [0, 0]])
        let norms = try gradientNorms(huge, start: Tensor(vector: [1, 1]), steps: 2)
        #expect(norms.count == 3)
        #expect(abs(norms[0] - 2.0.squareRoot()) <= 1e-15)
        #expect(abs(norms[1] / 1e300 - 1) <= 1e-15)
        #expect(norms[2] == .infinity)
        // W' (1, 1, 1) = (1.7e308·(1 + 1 − 1), 0, 0) fits, but on the way the sum
        // passes 2·1.7e308 (or, for the unit vector carried inside, 2·1.7e308/√3 =
        // 1.96e308) unless the weights are scaled first.
        let column = try Tensor(rows: [[1.7e308, 0, 0], [1.7e308, 0, 0], [-1.7e308, 0, 0]])
        let cancelling = try gradientNorms(column, start: Tensor(vector: [1, 1, 1]), steps: 1)
        #expect(abs(cancelling[1] / 1.7e308 - 1) <= 1e-15)
        let bigStart = try gradientNorms(try Tensor.identity(2), start: Tensor(vector: [1e308, 1e308]), steps: 1)
        // ‖(1e308, 1e308)‖ = 1.414e308 still fits, though the sum of squares does not.
        #expect(bigStart.allSatisfy { abs($0 / (1e308 * 2.0.squareRoot()) - 1) <= 1e-15 })
        let tiny = try gradientNorms(try Tensor(rows: [[1e-300]]), start: Tensor(vector: [1e-300]), steps: 1)
        #expect(tiny == [1e-300, 0])
    }

    @Test func rejectsMismatchedInput() throws {
        let w = try Tensor.identity(3)
        #expect(throws: LinearAlgebraError.self) { try gradientNorms(w, start: Tensor(vector: [1, 2]), steps: 2) }
        #expect(throws: LinearAlgebraError.self) { try gradientNorms(w, steps: -1) }
        #expect(throws: LinearAlgebraError.self) { try gradientNorms(w, steps: maximumGradientSteps + 1) }
        #expect(throws: LinearAlgebraError.self) { try gradientNorms(w, steps: 2, hiddenStates: try Tensor.zeros(3, 3)) }
    }
}
