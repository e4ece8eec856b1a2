import Testing
@testable import Engine

/// Matrix products against numpy, with Julia's rules for vectors.
@Suite struct MatMulTests {
    @Test func productsMatchNumpy() throws {
        for c in try Fixture.load("matmul")["cases"].array {
            let a = try c["a"].tensor, b = try c["b"].tensor
            // Dot products of up to 13 terms of size about 1: rounding is relative to
            // the terms, so elements near zero are compared with an absolute floor of 1.
            expectClose(try a.matmul(b), try c["out"].tensor, floor: 1,
                        "\(shapeText(a.shape)) * \(shapeText(b.shape))")
            expectClose(try a * b, try c["out"].tensor, floor: 1, "operator * \(shapeText(a.shape))")
        }
    }

    @Test func matrixTimesVectorIsAVector() throws {
        let a = try Tensor(rows: [[1, 2], [3, 4], [5, 6]])
        let v = Tensor(vector: [1, -1])
        let y = try a.matmul(v)
        #expect(y.shape == [3])
        #expect(y.scalars == [-1, -1, -1])
    }

    @Test(arguments: [([3, 4], [3, 4]), ([3, 4], [5]), ([2], [3, 1]), ([2, 3, 4], [4, 2]), ([2, 2], [2, 2, 2])])
    func innerDimensionMismatchThrowsNamingShapes(a: [Int], b: [Int]) throws {
        let x = try Tensor.ones(shape: a), y = try Tensor.ones(shape: b)
        expectEngineError(mentioning: [shapeText(a), shapeText(b)]) { _ = try x.matmul(y) }
    }

    @Test func dotNeedsEqualCounts() throws {
        expectEngineError(mentioning: ["(3,)", "(4,)"]) { _ = try Tensor(vector: [1, 2, 3]).dot(Tensor(vector: [1, 2, 3, 4])) }
    }
}
