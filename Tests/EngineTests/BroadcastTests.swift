import Testing
@testable import Engine

/// Elementwise `+ - .* ./ .^` with Julia broadcasting, against numpy.
@Suite struct BroadcastTests {
    static func apply(_ op: String, _ a: Tensor, _ b: Tensor) throws -> Tensor {
        switch op {
        case "+": return try a + b
        case "-": return try a - b
        case ".*": return try a .* b
        case "./": return try a / b
        case ".^": return try a.pow(b)
        default: throw Fixture.Problem(description: "unknown operator \(op)")
        }
    }

    static func apply(_ op: String, _ a: Tensor, _ c: Double, numberOnLeft: Bool) throws -> Tensor {
        switch (op, numberOnLeft) {
        case ("+", false): return a + c
        case ("+", true): return c + a
        case ("-", false): return a - c
        case ("-", true): return c - a
        case (".*", false): return a * c
        case (".*", true): return c * a
        case ("./", false): return a / c
        case ("./", true): return c / a
        case (".^", false): return a.pow(c)
        default: throw Fixture.Problem(description: "unknown operator \(op)")
        }
    }

    @Test func tensorWithTensorMatchesNumpy() throws {
        let cases = try Fixture.load("elementwise")["binary"].array
        #expect(cases.count >= 50)
        var worst = 0.0
        for c in cases {
            let op = try c["op"].string
            let a = try c["a"].tensor, b = try c["b"].tensor
            let what = "\(shapeText(a.shape)) \(op) \(shapeText(b.shape))"
            // `pow` and division are correctly rounded or within an ulp in both libms.
            worst = max(worst, expectClose(try Self.apply(op, a, b), try c["out"].tensor, what))
        }
        Closeness.report("broadcast, all cases", worst)
    }

    @Test func tensorWithNumberMatchesNumpy() throws {
        let cases = try Fixture.load("elementwise")["scalar"].array
        for c in cases {
            let op = try c["op"].string
            let left = try c["side"].string == "left"
            let a = try c["a"].tensor, k = try c["c"].double
            let result = try Self.apply(op, a, k, numberOnLeft: left)
            expectClose(result, try c["out"].tensor, left ? "\(k) \(op) A" : "A \(op) \(k)")
        }
    }

    @Test func broadcastShapeFollowsJulia() throws {
        #expect(try Broadcast.shape([3, 4], [3], operation: "+") == [3, 4])
        #expect(try Broadcast.shape([3, 1], [1, 4], operation: "+") == [3, 4])
        #expect(try Broadcast.shape([], [2, 3, 4], operation: "+") == [2, 3, 4])
        #expect(try Broadcast.shape([2, 1, 4], [1, 3], operation: "+") == [2, 3, 4])
        #expect(try Broadcast.shape([0, 3], [1, 3], operation: "+") == [0, 3])
    }

    @Test(arguments: [([3, 4], [4, 3]), ([3], [4]), ([2, 3, 4], [2, 4]), ([0, 3], [2, 3])])
    func mismatchedShapesThrowNamingBoth(a: [Int], b: [Int]) throws {
        let x = try Tensor.ones(shape: a), y = try Tensor.zeros(shape: b)
        for op in ["+", "-", ".*", "./", ".^"] {
            expectEngineError(mentioning: [shapeText(a), shapeText(b), op]) { _ = try Self.apply(op, x, y) }
        }
    }

    @Test func broadcastGradientIsSummedBackToOperandShape() throws {
        // Broadcast.reduce is the adjoint of stretching: <reduce(g), v> = <g, stretch(v)>.
        var rng = RandomSource(seed: 11)
        for (big, small) in [([3, 4], [3]), ([3, 4], [1, 4]), ([2, 3, 4], [2, 1, 4]), ([2, 3, 4], []), ([3, 4], [3, 4])] {
            let g = try rng.normalTensor(shape: big)
            let v = try rng.normalTensor(shape: small)
            let stretched = try (v + (try Tensor.zeros(shape: big)))
            let reduced = Broadcast.reduce(g, to: small)
            #expect(reduced.shape == small)
            // Two sums of up to 24 products in different orders: their rounding error is
            // relative to the size of the terms (about 1), not to the possibly small total.
            expectClose(try reduced.dot(v), try g.dot(stretched), tolerance: 1e-13, floor: 1,
                        "adjoint of stretching \(shapeText(small)) to \(shapeText(big))")
        }
    }
}
