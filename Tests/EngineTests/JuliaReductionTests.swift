import Testing
@testable import Engine

/// Julia 1.10's summation order (`JuliaReduction`) against a plain statement of the same
/// tree, and against vectors whose sums show the order.
@Suite struct JuliaReductionTests {
    /// `_mapreduce` and `mapreduce_impl` of base/reduce.jl, with the `@simd` block as
    /// LLVM 15 vectorises it on AVX2: one Double per accumulator, indexed as the
    /// vectoriser's parts and lanes (accumulator 4p + l is part p, lane l).
    struct Reference {
        let op: (Double, Double) -> Double
        let identity: Double
        let blockSize: Int

        func reduce(_ x: [Double]) -> Double {
            if x.count < 16 { return x.dropFirst().reduce(x[0], op) }
            return impl(x, 0, x.count - 1)
        }

        func impl(_ x: [Double], _ first: Int, _ last: Int) -> Double {
            if first == last { return x[first] }
            if last - first < blockSize { return simd(op(x[first], x[first + 1]), Array(x[(first + 2)...last])) }
            let middle = first + (last - first) >> 1
            return op(impl(x, first, middle), impl(x, middle + 1, last))
        }

        func simd(_ start: Double, _ rest: [Double]) -> Double {
            let vectorised = rest.count / 16 * 16
            if vectorised == 0 { return rest.reduce(start, op) }
            var accumulators = [Double](repeating: identity, count: 16)
            accumulators[0] = start
            for k in 0..<vectorised { accumulators[k % 16] = op(accumulators[k % 16], rest[k]) }
            let lanes = (0..<4).map { l in op(op(op(accumulators[l], accumulators[4 + l]), accumulators[8 + l]), accumulators[12 + l]) }
            return rest[vectorised...].reduce(op(op(lanes[0], lanes[2]), op(lanes[1], lanes[3])), op)
        }
    }

    /// Values over many binades with both signs, so that almost any change of order
    /// changes the rounded sum.
    static func values(_ n: Int, seed: UInt64) -> [Double] {
        var state = seed
        return (0..<n).map { _ in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let mantissa = Double(state >> 11) / Double(1 << 53)
            let exponent = Int((state >> 3) % 40) - 20
            return (state & 1 == 0 ? 1 : -1) * (1 + mantissa) * Double(sign: .plus, exponent: exponent, significand: 1)
        }
    }

    static let sizes = Array(1...70) + [100, 255, 1023, 1024, 1025, 1026, 1040, 2047, 2048, 2049, 2050, 3000, 4095, 4096, 4097, 5000, 9999]

    @Test func sumsAreTheReferenceTreeBitForBit() {
        let reference = Reference(op: +, identity: -0.0, blockSize: 1024)
        for n in Self.sizes {
            let x = Self.values(n, seed: UInt64(n))
            let fast = JuliaReduction.sum.reduce(x)
            #expect(fast.bitPattern == reference.reduce(x).bitPattern, "n = \(n)")
        }
        let abs2Reference = Reference(op: +, identity: -0.0, blockSize: 4096)
        for n in [4096, 4097, 5000, 9999] {
            let x = Self.values(n, seed: 7)
            #expect(JuliaReduction.sumOfAbs2.reduce(x).bitPattern == abs2Reference.reduce(x).bitPattern, "abs2, n = \(n)")
            #expect(JuliaReduction.sum.reduce(x) != JuliaReduction.sumOfAbs2.reduce(x), "the block sizes differ, n = \(n)")
        }
    }

    @Test func productsAreTheReferenceTreeBitForBit() {
        let reference = Reference(op: *, identity: 1.0, blockSize: 1024)
        for n in Self.sizes {
            // Factors near 1, so that a product of thousands neither overflows nor vanishes.
            let x = Self.values(n, seed: UInt64(n) + 99).map { 1 + $0 / 1e7 }
            #expect(JuliaReduction.product.reduce(x).bitPattern == reference.reduce(x).bitPattern, "n = \(n)")
        }
    }

    /// 1e16 + 1 rounds back to 1e16 (a tie, to even), so a one added to the 1e16 is
    /// lost and ones added to each other are kept: the sum counts the ones that were
    /// added to each other first.
    @Test func largeAndSmallTermsShowTheOrder() {
        func sum(_ x: [Double]) -> Double { JuliaReduction.sum.reduce(x) }
        let big = 1e16
        // Below 16 elements, left to right: every one is lost.
        #expect(sum([big] + Array(repeating: 1, count: 14)) == big)
        // 16 elements: 1e16 + 1, then a loop of 14, too short to vectorise.
        #expect(sum([big] + Array(repeating: 1, count: 15)) == big)
        // 18: the loop has 16 elements; accumulator 0 holds 1e16 and loses its one, the
        // other 15 lanes keep theirs: lane 0 is 1e16 (its three ones from parts 1-3 lost
        // one at a time), lanes 1-3 are 4 each, and (1e16 + 4) + (4 + 4) = 1e16 + 12.
        #expect(sum([big] + Array(repeating: 1, count: 17)) == big + 12)
        // The ones in front: 1 + 1 = 2 starts lane 0, which takes 1e16 (1e16 + 2, exact)
        // and three ones, each a tie rounded to even: 1e16 + 4, 1e16 + 4, 1e16 + 4; lanes
        // 1-3 are 4 each: (1e16 + 4 + 4) + (4 + 4) = 1e16 + 16.
        #expect(sum([1, 1, big] + Array(repeating: 1, count: 15)) == big + 16)
        // The leftovers after the vector loop are added one at a time to the total.
        #expect(sum([big] + Array(repeating: 1, count: 17 + 3)) == big + 12)
        // 1025 elements split into 513 + 512. The first half: 1e16 + 1 is 1e16, then 31
        // vector steps: lane 0 of part 0 stays 1e16, the 15 other accumulators reach 31;
        // lane 0 adds its three 31s with ties to even (1e16 + 32, + 64, + 96), lanes 1-3
        // are 124, (1e16 + 96 + 124) + 248 = 1e16 + 468, and its 15 leftover ones are
        // lost. The second half is 512 exactly, so the sum is 1e16 + 980.
        var split = [Double](repeating: 1, count: 1025)
        split[0] = big
        #expect(sum(split) == big + 980)
    }

    /// Julia's sums start from the first element, and the identity in the other lanes
    /// is -0.0, so a sum of negative zeros stays -0.0; `sum(A; dims)` starts from 0.0.
    @Test func signedZeros() throws {
        for n in [1, 2, 15, 16, 17, 18, 40, 2000] {
            let zeros = [Double](repeating: -0.0, count: n)
            #expect(JuliaReduction.sum.reduce(zeros).sign == .minus, "n = \(n)")
        }
        let row = try Tensor(rows: [[-0.0, -0.0]])
        #expect(try row.sum(along: 1).scalars[0].sign == .plus)
        #expect(try row.sum(along: 0).scalars.allSatisfy { $0 == 0 && $0.sign == .plus })
        let tall = try Tensor(shape: [20, 1], scalars: [Double](repeating: -0.0, count: 20))
        #expect(try tall.sum(along: 0).scalars[0].sign == .plus)
    }

    /// `sum(A; dims)`: columns of more than 16 are `0.0 + mapreduce_impl`, a column of
    /// exactly 16 is the vectorised `@simd` loop from 0.0, rows are added in order.
    @Test func sumsAlongDimensions() throws {
        let big = 1e16
        let column16 = [big] + [Double](repeating: 1, count: 15)
        // sum(v) of 16: 1e16 + 1, then 14 ones one by one, all lost.
        #expect(Tensor(vector: column16).sum() == big)
        // sum(v; dims=1) of 16: accumulator 0 is 0.0 + 1e16, the other 15 hold a one each.
        #expect(try Tensor(vector: column16).sum(along: 0).scalars == [big + 12])
        let column18 = [big] + [Double](repeating: 1, count: 17)
        #expect(try Tensor(vector: column18).sum(along: 0).scalars == [big + 12])
        // Along rows: the matrix's rows are each 1e16 then ones, added left to right.
        let rows = try Tensor(shape: [2, 18], scalars: (0..<36).map { $0 < 2 ? big : 1 })
        #expect(try rows.sum(along: 1).scalars == [big, big])
        // A 1×n row is one line of linear indices: over 16, the pairwise tree again.
        let row = try Tensor(shape: [1, 18], scalars: column18)
        #expect(try row.sum(along: 1).scalars == [big + 12])
        let random = Self.values(3000, seed: 5)
        let tensor = try Tensor(shape: [1000, 3], scalars: random)
        let reference = Reference(op: +, identity: -0.0, blockSize: 1024)
        let columns = try tensor.sum(along: 0).scalars
        for j in 0..<3 {
            #expect(columns[j].bitPattern == (0.0 + reference.impl(random, 1000 * j, 1000 * j + 999)).bitPattern)
        }
    }

    @Test func cartesianTraversalFoldsFromTheLeft() {
        let x = [1e16] + [Double](repeating: 1, count: 17)
        let tensor = Tensor(vector: x)
        #expect(tensor.sum(.fromLeft) == 1e16)
        #expect(tensor.sum(.pairwise) == 1e16 + 12)
    }
}
