import ComplexModule
import Engine
import Foundation
import RealModule
import Testing
@testable import LinearAlgebra

/// Eigenvectors have no unique reference to compare with (any multiple is as good),
/// so they are judged by what defines them: ‖W v − λ v‖ small, and V Λ V⁻¹ = W.
@Suite struct EigenvectorTests {
    /// Residuals relative to ‖W‖_F, for every fixture matrix that is diagonalisable.
    /// A backward-stable method gives ‖W v − λ v‖ ≈ eps·‖W‖ for unit v; 1e-12 leaves
    /// room for n up to 200.
    @Test(arguments: ReferenceFile.shared.eigen.map(\.name))
    func residualsAreSmall(name: String) throws {
        let reference = try #require(ReferenceFile.shared.eigen.first { $0.name == name })
        let n = reference.n
        let w = try square(n, reference.matrix)
        let decomposition = try eigen(w)
        let scale = max(norm2(reference.matrix), Double.leastNormalMagnitude)
        let wv = try ComplexMatrix(real: w, imaginary: try Tensor.zeros(n, n)) * decomposition.vectors
        var worst = 0.0
        for k in 0..<n {
            let lambda = decomposition.values[k]
            var sum = 0.0, vectorNorm = 0.0
            for i in 0..<n {
                let v = decomposition.vectors[i, k]
                sum += (wv[i, k] - lambda * v).lengthSquared
                vectorNorm += v.lengthSquared
            }
            #expect(abs(vectorNorm - 1) <= 1e-12, "\(name): eigenvector \(k) has norm² \(vectorNorm)")
            worst = max(worst, sum.squareRoot() / scale)
        }
        #expect(worst <= 1e-12, "\(name): worst residual \(worst)")
        report("eigenvector residual ‖Wv−λv‖/‖W‖, \(name)", worst)
    }

    /// V Λ V⁻¹ rebuilds W to 1e-12 (relative to W's largest entry) — or, where V is
    /// ill-conditioned, to 1e-13·κ(V): inverting V loses accuracy in proportion to its
    /// condition number κ(V), which measures how close W is to defective. (For the
    /// random triangular matrices κ(V) is 3e4 and 2e9, numpy's V alike; for the
    /// normal ones it is 1.) κ(V) itself must stay below 1e11: every matrix here is
    /// diagonalisable, and a nearly singular V means two eigenvectors collapsed onto
    /// each other (which once happened for the repeated eigenvalues, κ(V) = 2e16).
    /// κ(V) is computed, only when needed, with our SVD on V's real 2n×2n form. The
    /// Jordan-block, nilpotent and zero matrices have no basis of eigenvectors and
    /// are left out.
    @Test(arguments: ReferenceFile.shared.eigen.map(\.name).filter {
        !$0.contains("jordan") && !$0.contains("nilpotent") && !$0.contains("zero")
    })
    func decompositionReconstructsTheMatrix(name: String) throws {
        let reference = try #require(ReferenceFile.shared.eigen.first { $0.name == name })
        let n = reference.n
        let decomposition = try eigen(try square(n, reference.matrix))
        var vLambda = decomposition.vectors
        for k in 0..<n { for i in 0..<n { vLambda[i, k] = decomposition.vectors[i, k] * decomposition.values[k] } }
        let rebuilt = try vLambda * decomposition.vectors.inverse()
        var worstImaginary = 0.0, worstDifference = 0.0
        for j in 0..<n {
            for i in 0..<n {
                worstDifference = max(worstDifference, abs(rebuilt[i, j].real - reference.matrix[i + j * n]))
                worstImaginary = max(worstImaginary, abs(rebuilt[i, j].imaginary))
            }
        }
        let scale = max(maxAbs(reference.matrix), Double.leastNormalMagnitude)
        let error = max(worstDifference, worstImaginary) / scale
        if error > 1e-12 {
            let conditionOfV = try cond(try realForm(decomposition.vectors))
            #expect(conditionOfV <= 1e11, "\(name): eigenvectors nearly dependent, κ(V) = \(conditionOfV)")
            #expect(error <= 1e-13 * conditionOfV, "\(name): ‖VΛV⁻¹ − W‖/‖W‖ = \(error), κ(V) = \(conditionOfV)")
            report("κ(V), \(name)", conditionOfV)
        }
        report("reconstruction ‖VΛV⁻¹ − W‖/‖W‖ (max entries), \(name)", error)
    }

    @Test func rotationHasConjugateEigenvectors() throws {
        let w = try Tensor(rows: [[0, -1], [1, 0]])
        let d = try eigen(w)
        #expect(d.values.map(\.imaginary) == [-1, 1])
        for i in 0..<2 { #expect(d.vectors[i, 0] == d.vectors[i, 1].conjugate) }
        // The largest entry is made real and positive.
        #expect(d.vectors[0, 0].imaginary == 0 && d.vectors[0, 0].real > 0)
        #expect(try d.vectors.element(1, 1) == d.vectors[1, 1])
        #expect(throws: LinearAlgebraError.self) { try d.vectors.element(2, 0) }
        #expect(throws: LinearAlgebraError.self) { try d.vectors.element(0, -1) }
    }
}

/// The real 2n×2n matrix [X −Y; Y X] of V = X + iY, which has V's singular values
/// (each twice).
func realForm(_ v: ComplexMatrix) throws -> Tensor {
    let n = v.rows
    var scalars = [Double](repeating: 0, count: 4 * n * n)
    for j in 0..<n {
        for i in 0..<n {
            let x = v[i, j]
            scalars[i + j * 2 * n] = x.real
            scalars[(i + n) + (j + n) * 2 * n] = x.real
            scalars[(i + n) + j * 2 * n] = x.imaginary
            scalars[i + (j + n) * 2 * n] = -x.imaginary
        }
    }
    return try Tensor(shape: [2 * n, 2 * n], scalars: scalars)
}
