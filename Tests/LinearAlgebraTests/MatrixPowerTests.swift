import Engine
import Foundation
import Testing
@testable import LinearAlgebra

@Suite struct MatrixPowerTests {
    @Test func powersAgreeWithRepeatedProducts() throws {
        let w = try Tensor(rows: [[0.9, 0.3, 0], [-0.2, 0.5, 0.1], [0.4, 0, 1.1]])
        var product = try Tensor.identity(3)
        for k in 0...9 {
            let power = try matrixPower(w, k)
            let error = maxAbs(zip(power.scalars, product.scalars).map { $0 - $1 })
            #expect(error <= 1e-14 * max(1, maxAbs(product.scalars)), "k = \(k)")
            product = try product.matmul(w)
        }
        let inverseCubed = try matrixPower(w, -3)
        let identity = try inverseCubed.matmul(try matrixPower(w, 3))
        #expect(maxAbs(zip(identity.scalars, try Tensor.identity(3).scalars).map { $0 - $1 }) <= 1e-13)
        #expect(throws: LinearAlgebraError.self) { try matrixPower(try Tensor.zeros(2, 2), -1) }
    }
}
