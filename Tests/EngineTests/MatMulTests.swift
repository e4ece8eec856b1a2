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

    /// Julia multiplies 2×2 and 3×3 matrices by `matmul2x2!`/`matmul3x3!`: each element
    /// its products added left to right, each rounded, never fused. The values are
    /// chosen so that a fused multiply-add would round differently somewhere.
    @Test(arguments: [2, 3])
    func smallSquareProductsAreJuliasPlainSums(n: Int) throws {
        var state: UInt64 = 12345
        func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(Int64(bitPattern: state >> 11) - (1 << 52)) / Double(1 << 50)
        }
        func plain(_ a: (Int, Int) -> Double, _ b: (Int, Int) -> Double, _ i: Int, _ j: Int) -> Double {
            var s = a(i, 0) * b(0, j) + a(i, 1) * b(1, j)
            if n == 3 { s = s + a(i, 2) * b(2, j) }
            return s
        }
        var fusedWouldDiffer = false
        for _ in 0..<200 {
            let a = try Tensor(shape: [n, n], scalars: (0..<(n * n)).map { _ in next() })
            let b = try Tensor(shape: [n, n], scalars: (0..<(n * n)).map { _ in next() })
            let c = try a.matmul(b)
            let g = try Tensor(shape: [n, n], scalars: (0..<(n * n)).map { _ in next() })
            // The gradients of sum(g .* (a * b)): dA = g·bᵀ, dB = aᵀ·g, by the same rule.
            let grads = try gradient(at: [a, b]) { v in try ((v[0] * v[1]) .* Var(g)).sum() }
            for i in 0..<n {
                for j in 0..<n {
                    let expected = plain({ a.scalars[$0 + $1 * n] }, { b.scalars[$0 + $1 * n] }, i, j)
                    #expect(c.scalars[i + j * n].bitPattern == expected.bitPattern)
                    let dA = plain({ g.scalars[$0 + $1 * n] }, { b.scalars[$1 + $0 * n] }, i, j)
                    let dB = plain({ a.scalars[$1 + $0 * n] }, { g.scalars[$0 + $1 * n] }, i, j)
                    #expect(grads[0].scalars[i + j * n].bitPattern == dA.bitPattern)
                    #expect(grads[1].scalars[i + j * n].bitPattern == dB.bitPattern)
                    let fused = a.scalars[i + n].addingProduct(a.scalars[i], b.scalars[j * n])
                    if fused != a.scalars[i] * b.scalars[j * n] + a.scalars[i + n] * b.scalars[1 + j * n] { fusedWouldDiffer = true }
                }
            }
        }
        #expect(fusedWouldDiffer)
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
