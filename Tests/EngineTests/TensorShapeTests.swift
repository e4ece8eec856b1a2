import Testing
@testable import Engine

/// Construction, element access, reshaping, slicing and joining. Moving elements
/// around must be exact, so these compare with tolerance 0.
@Suite struct TensorShapeTests {
    static func shapes() throws -> Fixture { try Fixture.load("shapes") }

    @Test func transposeMatchesNumpy() throws {
        for c in try Self.shapes()["transpose"].array {
            let x = try c["x"].tensor
            expectClose(try x.transposed(), try c["out"].tensor, tolerance: 0, "transpose \(shapeText(x.shape))")
        }
    }

    @Test func reshapeAndVecKeepColumnMajorOrder() throws {
        let fixture = try Self.shapes()
        for c in try fixture["reshape"].array {
            let x = try c["x"].tensor
            let to = try c["shape"].ints
            expectClose(try x.reshaped(to), try c["out"].tensor, tolerance: 0, "reshape to \(shapeText(to))")
        }
        for c in try fixture["vec"].array {
            expectClose(try c["x"].tensor.vectorized(), try c["out"].tensor, tolerance: 0, "vec")
        }
        for c in try fixture["permute"].array {
            let perm = try c["perm"].ints
            expectClose(try c["x"].tensor.permuted(perm), try c["out"].tensor, tolerance: 0, "permutedims \(perm)")
        }
    }

    @Test func slicingMatchesNumpy() throws {
        let cases = try Self.shapes()["slice"].array
        #expect(cases.count >= 10)
        for c in cases {
            let x = try c["x"].tensor
            let index = try c["index"].array.map { try $0.tensorIndex }
            expectClose(try x.slice(index), try c["out"].tensor, tolerance: 0, "\(shapeText(x.shape))[\(index)]")
        }
    }

    @Test func slicesCanBeAssigned() throws {
        var m = try Tensor.zeros(3, 4)
        try m.assignSlice([.all, .at(1)], Tensor(vector: [1, 2, 3]))
        try m.assignSlice([.at(2), .range(2..<4)], Tensor(7))
        #expect(m.scalars == [0, 0, 0, 1, 2, 3, 0, 0, 7, 0, 0, 7])
        expectEngineError(mentioning: ["(3,)", "(2,)"]) { try m.assignSlice([.all, .at(0)], Tensor(vector: [1, 2])) }
    }

    @Test func concatenationMatchesNumpy() throws {
        for c in try Self.shapes()["cat"].array {
            let op = try c["op"].string
            let parts = try c["parts"].tensors
            let joined = op == "vcat" ? try Tensor.vcat(parts) : try Tensor.hcat(parts)
            expectClose(joined, try c["out"].tensor, tolerance: 0, "\(op) of \(parts.map { shapeText($0.shape) })")
        }
    }

    @Test func concatenationOfMismatchedPartsThrowsNamingShapes() throws {
        let a = try Tensor.ones(2, 3), b = try Tensor.ones(2, 4), c = try Tensor.ones(3, 3)
        expectEngineError(mentioning: ["vcat", "(2, 3)", "(2, 4)"]) { _ = try Tensor.vcat([a, b]) }
        expectEngineError(mentioning: ["hcat", "(2, 3)", "(3, 3)"]) { _ = try Tensor.hcat([a, c]) }
        expectEngineError(mentioning: ["cat"]) { _ = try Tensor.vcat([]) }
    }

    @Test func elementsAreColumnMajor() throws {
        let m = try Tensor(rows: [[1, 2, 3], [4, 5, 6]])
        #expect(m.shape == [2, 3])
        #expect(m.scalars == [1, 4, 2, 5, 3, 6])
        #expect(try m.element(at: [1, 2]) == 6)
        #expect(try m.element(at: [3]) == 5)
        #expect(try m.element(at: [1, 0, 0]) == 4)
        #expect(try m.column(1).scalars == [2, 5])
        #expect(try m.row(1).scalars == [4, 5, 6])
    }

    @Test func tensorsAreValues() throws {
        let a = try Tensor(rows: [[1, 2], [3, 4]])
        var b = a
        try b.setElement(9, at: [0, 0])
        #expect(try a.element(at: [0, 0]) == 1)
        #expect(try b.element(at: [0, 0]) == 9)
    }

    @Test func constructorsCheckTheirInput() throws {
        #expect(try Tensor.zeros(2, 3).scalars == [0, 0, 0, 0, 0, 0])
        #expect(try Tensor.ones(shape: [2, 1, 2]).count == 4)
        #expect(try Tensor.identity(3).scalars == [1, 0, 0, 0, 1, 0, 0, 0, 1])
        #expect(try Tensor.filled(2.5, shape: []).scalars == [2.5])
        expectEngineError(mentioning: ["6", "5"]) { _ = try Tensor(shape: [2, 3], scalars: [1, 2, 3, 4, 5]) }
        expectEngineError(mentioning: ["(2, -1)"]) { _ = try Tensor.zeros(2, -1) }
        expectEngineError(mentioning: ["Tensor(rows:)"]) { _ = try Tensor(rows: [[1, 2], [3]]) }
        expectEngineError(mentioning: ["too many"]) { _ = try Tensor.zeros(Int.max, 3) }
    }

    @Test(arguments: [[3, 0], [0, 4], [2, 4], [-1, 0], [0, 0, 1], [12], [-1]])
    func indexOutOfRangeThrowsNamingIndexAndShape(index: [Int]) throws {
        let m = try Tensor.ones(2, 4)
        expectEngineError(mentioning: ["(2, 4)"]) { _ = try m.element(at: index) }
    }

    @Test func badSlicesThrowInsteadOfTrapping() throws {
        let m = try Tensor.ones(3, 4)
        expectEngineError(mentioning: ["(3, 4)"]) { _ = try m.slice([.at(3), .all]) }
        expectEngineError(mentioning: ["(3, 4)"]) { _ = try m.slice([.all, .range(2..<5)]) }
        expectEngineError(mentioning: ["(3, 4)"]) { _ = try m.slice([.list([0, -1]), .all]) }
        expectEngineError(mentioning: ["(3, 4)"]) { _ = try m.slice([.at(12)]) }
        expectEngineError(mentioning: ["(2, 3, 4)"]) { _ = try Tensor.ones(2, 3, 4).slice([.at(0), .at(0), .at(0), .at(1)]) }
    }

    @Test func badReshapesAndPermutationsThrow() throws {
        let m = try Tensor.ones(3, 4)
        expectEngineError(mentioning: ["(3, 4)", "(5, 2)"]) { _ = try m.reshaped([5, 2]) }
        expectEngineError(mentioning: ["permutedims"]) { _ = try m.permuted([0, 0]) }
        expectEngineError(mentioning: ["permutedims"]) { _ = try m.permuted([1, 2]) }
        expectEngineError(mentioning: ["(2, 3, 4)"]) { _ = try Tensor.ones(2, 3, 4).transposed() }
    }
}
