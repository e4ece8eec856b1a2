import Engine
import Foundation
import Testing
@testable import LinearAlgebra

@Suite struct SymmetricEigenTests {
    /// Against numpy's eigvalsh: 1e-9 relative, except that eigenvalues which are
    /// exactly zero in exact arithmetic come out as rounding noise (~eps·‖A‖) in both
    /// libraries and are compared absolutely against 1e-12·‖A‖_F.
    @Test(arguments: ReferenceFile.shared.symmetric.map(\.name))
    func valuesMatchNumpyAndVectorsAreOrthonormal(name: String) throws {
        let reference = try #require(ReferenceFile.shared.symmetric.first { $0.name == name })
        let n = reference.n
        let a = try square(n, reference.matrix)
        let d = try symmetricEigen(a)
        #expect(d.values.count == n)
        let scale = norm2(reference.matrix)
        var worst = 0.0
        for (x, y) in zip(d.values, reference.values) {
            let error = abs(y) > 1e-12 * scale ? abs(x - y) / abs(y) : abs(x - y) / (1e-3 * scale)
            worst = max(worst, error)
        }
        #expect(worst <= 1e-9, "\(name): worst relative error \(worst)")
        report("symmetric eigenvalue relative error, \(name)", worst)

        let v = d.vectors
        let vtv = try v.transposed().matmul(v)
        let identity = try Tensor.identity(n)
        let orthogonality = maxAbs(zip(vtv.scalars, identity.scalars).map { $0 - $1 })
        #expect(orthogonality <= 1e-13, "\(name): ‖V'V − I‖max = \(orthogonality)")
        // A V = V diag(λ)
        let av = try a.matmul(v)
        var residual = 0.0
        for j in 0..<n { for i in 0..<n { residual = max(residual, abs(av.scalars[i + j * n] - v.scalars[i + j * n] * d.values[j])) } }
        #expect(residual <= 1e-12 * max(scale, 1), "\(name): ‖AV − VΛ‖max = \(residual)")
        report("symmetric ‖V'V − I‖max, \(name)", orthogonality)
    }

    /// Scaling A by c scales the eigenvalues by c, even where products of entries
    /// would leave Double's range.
    @Test(arguments: [1e250, 1e-250, 0x1p-1030, 1e300])
    func extremeScalesKeepTheirEigenvalues(scale: Double) throws {
        let reference = try #require(ReferenceFile.shared.symmetric.first { $0.n == 30 })
        let d = try symmetricEigen(try square(30, reference.matrix.map { $0 * scale }))
        for (x, y) in zip(d.values, reference.values) { #expect(abs(x - y * scale) <= 1e-9 * abs(y * scale)) }
    }

    @Test func refusesAnUnsymmetricMatrix() throws {
        let a = try Tensor(rows: [[1, 2], [3, 4]])
        #expect(throws: LinearAlgebraError.self) { try symmetricEigen(a) }
    }
}
