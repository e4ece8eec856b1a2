import Engine
import Testing
@testable import LinearAlgebra

/// Empty matrices (a dimension of 0) are legal and must not trap anywhere.
@Suite struct EmptyMatrixTests {
    @Test func squareRoutinesOnZeroByZero() throws {
        let empty = try Tensor.zeros(0, 0)
        #expect(try eigvals(empty).isEmpty)
        let d = try eigen(empty)
        #expect(d.values.isEmpty && d.vectors.rows == 0)
        #expect(try symmetricEigen(empty).values.isEmpty)
        #expect(try det(empty) == 1)
        #expect(try inv(empty).shape == [0, 0])
        #expect(try solve(empty, Tensor(vector: [])).shape == [0])
        #expect(try spectralRadius(empty) == 0)
        #expect(try matrixPower(empty, 3).shape == [0, 0])
        #expect(try matrixPower(empty, -2).shape == [0, 0])
        #expect(try gradientNorms(empty, steps: 2) == [0, 0, 0])
        #expect(try orthogonal(0) { 1 }.shape == [0, 0])
        #expect(try d.vectors.inverse().rows == 0)
    }

    @Test(arguments: [[0, 0], [0, 3], [3, 0]])
    func rectangularRoutinesOnEmptyShapes(shape: [Int]) throws {
        let a = try Tensor.zeros(shape: shape)
        let k = shape.min() ?? 0
        let f = try svd(a)
        #expect(f.S.isEmpty && f.U.shape == [shape[0], k] && f.V.shape == [shape[1], k])
        #expect(try svdvals(a).isEmpty)
        #expect(try opnorm(a) == 0 && opnorm(a, 1) == 0 && opnorm(a, .infinity) == 0)
        #expect(try cond(a) == 0)
        let q = try qr(a)
        #expect(q.Q.shape == [shape[0], k] && q.R.shape == [k, shape[1]])
    }
}
