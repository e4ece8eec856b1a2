import Testing
@testable import Engine

/// Broadcasting, reductions and slicing on many random shapes (zero-sized dimensions
/// included) against deliberately naive loops written here, one element at a time
/// from the definitions. Only the engine's storage layout (column-major) is assumed.
@Suite struct NaiveReferenceTests {
    /// Column-major linear offset of a multi-index in `shape`.
    static func offset(_ index: [Int], _ shape: [Int]) -> Int {
        var o = 0, stride = 1
        for (i, n) in zip(index, shape) { o += i * stride; stride *= n }
        return o
    }

    /// Every multi-index of `shape`, in column-major order.
    static func indices(_ shape: [Int]) -> [[Int]] {
        var result: [[Int]] = [[]]
        for n in shape {
            var next: [[Int]] = []
            for k in 0..<n { for prefix in result { next.append(prefix + [k]) } }
            result = next
        }
        // `next` grows with the newest dimension outermost, which is column-major order.
        return result
    }

    static func randomShape(_ rng: inout RandomSource) throws -> [Int] {
        try (0..<rng.integer(below: 4)).map { _ in [0, 1, 1, 2, 3][try rng.integer(below: 5)] }
    }

    @Test func broadcastingAgreesWithTheDefinition() throws {
        var rng = RandomSource(seed: 77)
        var compared = 0, refused = 0
        for _ in 0..<3000 {
            var sa = try Self.randomShape(&rng), sb = try Self.randomShape(&rng)
            // Make about half the pairs compatible by copying sizes across.
            if try rng.integer(below: 2) == 0 {
                for d in 0..<min(sa.count, sb.count) where try rng.integer(below: 2) == 0 {
                    if try rng.integer(below: 2) == 0 { sb[d] = sa[d] } else { sa[d] = 1 }
                }
            }
            let a = try rng.normalTensor(shape: sa), b = try rng.normalTensor(shape: sb)
            let rank = max(sa.count, sb.count)
            let pa = (0..<rank).map { $0 < sa.count ? sa[$0] : 1 }
            let pb = (0..<rank).map { $0 < sb.count ? sb[$0] : 1 }
            let compatible = zip(pa, pb).allSatisfy { $0 == $1 || $0 == 1 || $1 == 1 }
            guard compatible else {
                expectEngineError(mentioning: [shapeText(sa), shapeText(sb)]) { _ = try a - b }
                refused += 1
                continue
            }
            let outShape = zip(pa, pb).map { $0 == 1 ? $1 : $0 }
            var expected = [Double]()
            for index in Self.indices(outShape) {
                let ia = zip(index, pa).map { $1 == 1 ? 0 : $0 }
                let ib = zip(index, pb).map { $1 == 1 ? 0 : $0 }
                expected.append(a.scalars[Self.offset(ia, pa)] - b.scalars[Self.offset(ib, pb)])
            }
            let got = try a - b
            // Julia keeps the larger rank; a rank-0 pair stays rank 0.
            #expect(got.shape == outShape, "\(shapeText(sa)) - \(shapeText(sb))")
            #expect(got.scalars == expected, "\(shapeText(sa)) - \(shapeText(sb))")
            // And the adjoint: summing the gradient back gives each operand's shape.
            let reduced = Broadcast.reduce(got.map { _ in 1 }, to: sb)
            #expect(reduced.shape == sb)
            if !sb.isEmpty || !outShape.isEmpty {
                let copies = Double(outShape.reduce(1, *)) / Double(max(sb.reduce(1, *), 1))
                #expect(reduced.scalars.allSatisfy { $0 == copies }, "reduce to \(shapeText(sb)) from \(shapeText(outShape))")
            }
            compared += 1
        }
        #expect(compared > 1000 && refused > 200, "compared \(compared), refused \(refused)")
    }

    @Test func reductionsAgreeWithTheDefinition() throws {
        var rng = RandomSource(seed: 78)
        for _ in 0..<500 {
            let shape = try Self.randomShape(&rng)
            let x = try rng.normalTensor(shape: shape)
            for d in 0..<shape.count {
                var outShape = shape
                outShape[d] = 1
                var sums = [Double](repeating: 0, count: outShape.reduce(1, *))
                var maxima = [Double](repeating: -.infinity, count: sums.count)
                for index in Self.indices(shape) {
                    var target = index
                    target[d] = 0
                    let o = Self.offset(target, outShape)
                    sums[o] += x.scalars[Self.offset(index, shape)]
                    maxima[o] = max(maxima[o], x.scalars[Self.offset(index, shape)])
                }
                let s = try x.sum(along: d)
                #expect(s.shape == outShape && s.count == sums.count, "sum of \(shapeText(shape)) along \(d)")
                // Both add the same numbers in the same order along the dimension.
                #expect(s.scalars == sums, "sum of \(shapeText(shape)) along \(d)")
                if shape[d] > 0 {
                    #expect(try x.maximum(along: d).scalars == maxima, "maximum of \(shapeText(shape)) along \(d)")
                } else {
                    expectEngineError(mentioning: ["maximum"]) { _ = try x.maximum(along: d) }
                }
            }
        }
    }

    @Test func slicingAgreesWithTheDefinition() throws {
        var rng = RandomSource(seed: 79)
        var compared = 0
        for _ in 0..<2000 {
            let shape = try Self.randomShape(&rng)
            guard !shape.isEmpty else { continue }
            let x = try rng.normalTensor(shape: shape)
            var specs: [TensorIndex] = []
            var positions: [[Int]] = []
            var valid = true
            for n in shape {
                // Indices may fall one outside the dimension on either side.
                let pick = { () throws -> Int in try rng.integer(below: n + 2) - 1 }
                switch try rng.integer(below: 4) {
                case 0: specs.append(.all); positions.append(Array(0..<n))
                case 1:
                    let i = try pick()
                    specs.append(.at(i)); positions.append([i])
                    valid = valid && i >= 0 && i < n
                case 2:
                    let lo = try rng.integer(below: n + 1), hi = lo + (try rng.integer(below: n + 2 - lo))
                    specs.append(.range(lo..<hi)); positions.append(Array(lo..<hi))
                    valid = valid && hi <= n
                default:
                    let list = try (0..<rng.integer(below: 3)).map { _ in try pick() }
                    specs.append(.list(list)); positions.append(list)
                    valid = valid && list.allSatisfy { $0 >= 0 && $0 < n }
                }
            }
            guard valid else {
                expectEngineError(mentioning: [shapeText(shape)]) { _ = try x.slice(specs) }
                continue
            }
            let keptShape = zip(specs, positions).compactMap { spec, p -> Int? in
                if case .at = spec { return nil }
                return p.count
            }
            var expected = [Double]()
            for choice in Self.indices(positions.map(\.count)) {
                let index = zip(choice, positions).map { $1[$0] }
                expected.append(x.scalars[Self.offset(index, shape)])
            }
            let got = try x.slice(specs)
            #expect(got.shape == keptShape && got.scalars == expected, "\(shapeText(shape))[\(specs)]")
            compared += 1
        }
        #expect(compared > 500)
    }
}
