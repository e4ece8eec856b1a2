import Engine
import Foundation
import Testing
@testable import LinearAlgebra

@Suite struct QRTests {
    /// Q R rebuilds A and Q has orthonormal columns, both to 1e-12, on fixture
    /// matrices of every shape (tall, wide, square, rank-deficient, zero).
    @Test(arguments: ReferenceFile.shared.svd.map(\.name))
    func reconstructsAndIsOrthogonal(name: String) throws {
        let reference = try #require(ReferenceFile.shared.svd.first { $0.name == name })
        let (m, n) = (reference.rows, reference.columns)
        let a = try Tensor(shape: [m, n], scalars: reference.matrix)
        let f = try qr(a)
        let k = min(m, n)
        #expect(f.Q.shape == [m, k] && f.R.shape == [k, n])
        let rebuilt = try f.Q.matmul(f.R)
        let scale = max(maxAbs(reference.matrix), Double.leastNormalMagnitude)
        let reconstruction = maxAbs(zip(rebuilt.scalars, reference.matrix).map { $0 - $1 }) / scale
        #expect(reconstruction <= 1e-12, "\(name): ‖QR − A‖max/‖A‖max = \(reconstruction)")
        let gram = try f.Q.transposed().matmul(f.Q)
        let orthogonality = maxAbs(zip(gram.scalars, try Tensor.identity(k).scalars).map { $0 - $1 })
        #expect(orthogonality <= 1e-12, "\(name): ‖Q'Q − I‖max = \(orthogonality)")
        for j in 0..<n { for i in (j + 1)..<max(k, j + 1) { #expect(try f.R.element(at: [i, j]) == 0) } }
        report("QR reconstruction, \(name)", reconstruction)
        report("QR orthogonality ‖Q'Q − I‖max, \(name)", orthogonality)
    }
}
