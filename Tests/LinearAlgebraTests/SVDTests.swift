import Engine
import Foundation
import Testing
@testable import LinearAlgebra

@Suite struct SVDTests {
    /// Singular values against numpy's to 1e-10 relative. Values numpy itself only
    /// knows to its absolute accuracy (eps·σ_max: the zero singular values of a
    /// rank-deficient matrix are rounding noise there) are compared absolutely
    /// against 1e-12·σ_max.
    @Test(arguments: ReferenceFile.shared.svd.map(\.name))
    func singularValuesMatchNumpy(name: String) throws {
        let reference = try #require(ReferenceFile.shared.svd.first { $0.name == name })
        let a = try Tensor(shape: [reference.rows, reference.columns], scalars: reference.matrix)
        let f = try svd(a)
        let k = min(reference.rows, reference.columns)
        #expect(f.S.count == k)
        // svdvals skips the vectors but must do the same rotations on A.
        #expect(try svdvals(a) == f.S)
        let largest = reference.values.first ?? 0
        var worst = 0.0
        for (x, y) in zip(f.S, reference.values) {
            let error = y > 1e-10 * largest ? abs(x - y) / y : abs(x - y) / (1e-2 * largest)
            worst = max(worst, largest == 0 ? abs(x - y) : error)
        }
        #expect(worst <= 1e-10, "\(name): worst relative error \(worst)")
        report("singular value relative error, \(name)", worst)

        // U Σ V' rebuilds A; U and V have orthonormal columns.
        var us = f.U
        for j in 0..<k { for i in 0..<reference.rows { try us.setElement(try us.element(at: [i, j]) * f.S[j], at: [i, j]) } }
        let rebuilt = try us.matmul(try f.V.transposed())
        let scale = max(largest, Double.leastNormalMagnitude)
        let reconstruction = maxAbs(zip(rebuilt.scalars, reference.matrix).map { $0 - $1 }) / scale
        #expect(reconstruction <= 1e-13, "\(name): ‖UΣV' − A‖max/σ₁ = \(reconstruction)")
        for factor in [f.U, f.V] {
            let gram = try factor.transposed().matmul(factor)
            let deviation = maxAbs(zip(gram.scalars, try Tensor.identity(k).scalars).map { $0 - $1 })
            #expect(deviation <= 1e-13, "\(name): columns not orthonormal, ‖X'X − I‖max = \(deviation)")
        }
    }

    /// Scaling A by c scales the singular values by c, even where sums of squares of
    /// entries would leave Double's range.
    @Test(arguments: [1e250, 1e-250, 0x1p-1030, 1e300])
    func extremeScalesKeepTheirSingularValues(scale: Double) throws {
        let reference = try #require(ReferenceFile.shared.svd.first { $0.name == "gaussian 40x12" })
        let a = try Tensor(shape: [40, 12], scalars: reference.matrix.map { $0 * scale })
        let s = try svdvals(a)
        for (x, y) in zip(s, reference.values) { #expect(abs(x - y * scale) <= 1e-9 * y * scale) }
    }

    @Test func opnormAndCondition() throws {
        let a = try Tensor(rows: [[3, 0], [0, -0.5]])
        #expect(try opnorm(a) == 3)
        #expect(try opnorm(a, 1) == 3)
        #expect(try opnorm(a, .infinity) == 3)
        #expect(try cond(a) == 6)
        let b = try Tensor(rows: [[1, -2], [3, 4]])
        #expect(try opnorm(b, 1) == 6)
        #expect(try opnorm(b, .infinity) == 7)
        #expect(try cond(try Tensor(rows: [[1, 2], [2, 4]])) > 1e15)
        #expect(throws: LinearAlgebraError.self) { try opnorm(b, 3) }
    }

    /// The spectral norm bounds the spectral radius: ρ(W) ≤ ‖W‖₂, equality for normal W.
    @Test func spectralNormBoundsSpectralRadius() throws {
        let reference = try #require(ReferenceFile.shared.eigen.first { $0.name == "gaussian 50" })
        let w = try square(50, reference.matrix)
        #expect(try spectralRadius(w) <= (try opnorm(w)))
        let symmetric = try #require(ReferenceFile.shared.symmetric.first { $0.n == 30 })
        let s = try square(30, symmetric.matrix)
        #expect(abs(try spectralRadius(s) - (try opnorm(s))) <= 1e-12 * (try opnorm(s)))
    }
}
