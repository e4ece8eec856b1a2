import Testing
@testable import Engine

/// Reductions over all elements and along each dimension, against numpy.
@Suite struct ReductionTests {
    // Sums of up to 24 numbers of size about 1, in a different order from numpy's
    // pairwise summation: the rounding error is relative to the terms (floor 1),
    // not to a total that may nearly cancel.
    static let sumFloor = 1.0

    @Test func reductionsOverAllElementsMatchNumpy() throws {
        for c in try Fixture.load("reductions")["cases"].array {
            let x = try c["x"].tensor
            let shape = shapeText(x.shape)
            expectClose(x.sum(), try c["sum"].double, floor: Self.sumFloor, "sum \(shape)")
            expectClose(x.mean(), try c["mean"].double, floor: Self.sumFloor, "mean \(shape)")
            #expect(try x.maximum() == c["maximum"].double)
            #expect(try x.minimum() == c["minimum"].double)
            #expect(try x.argmax() == c["argmax"].int)
            expectClose(x.norm(), try c["norm"].double, "norm \(shape)")
        }
    }

    @Test func reductionsAlongEachDimensionMatchNumpy() throws {
        var dims = 0
        for c in try Fixture.load("reductions")["cases"].array {
            let x = try c["x"].tensor
            for along in try c["along"].array {
                let d = try along["dim"].int
                let what = "\(shapeText(x.shape)) along \(d)"
                expectClose(try x.sum(along: d), try along["sum"].tensor, floor: Self.sumFloor, "sum \(what)")
                expectClose(try x.mean(along: d), try along["mean"].tensor, floor: Self.sumFloor, "mean \(what)")
                expectClose(try x.maximum(along: d), try along["maximum"].tensor, tolerance: 0, "maximum \(what)")
                expectClose(try x.minimum(along: d), try along["minimum"].tensor, tolerance: 0, "minimum \(what)")
                #expect(try x.argmax(along: d) == along["argmax"].ints, "argmax \(what)")
                dims += 1
            }
        }
        #expect(dims == 6)
    }

    @Test func normAvoidsOverflowAndUnderflow() throws {
        for c in try Fixture.load("reductions")["norms"].array {
            let x = try c["x"].tensor
            expectClose(x.norm(), try c["norm"].double, tolerance: 1e-15, "norm of \(x)")
        }
    }

    @Test func argmaxReturnsFirstOfTies() throws {
        for c in try Fixture.load("reductions")["ties"].array {
            #expect(try c["x"].tensor.argmax() == c["argmax"].int)
        }
        let m = try Tensor(rows: [[1, 5, 5], [5, 2, 5]])
        #expect(try m.argmax(along: 0) == [1, 0, 0])
        #expect(try m.argmax(along: 1) == [1, 0])
    }

    @Test func emptyInputsThrowInsteadOfTrapping() throws {
        let empty = try Tensor.zeros(0, 3)
        expectEngineError(mentioning: ["maximum"]) { _ = try empty.maximum() }
        expectEngineError(mentioning: ["minimum"]) { _ = try empty.minimum() }
        expectEngineError(mentioning: ["argmax"]) { _ = try empty.argmax() }
        expectEngineError(mentioning: ["maximum"]) { _ = try empty.maximum(along: 0) }
        expectEngineError(mentioning: ["argmax"]) { _ = try empty.argmax(along: 0) }
        // Julia: sum(zeros(0, 3), dims=1) == zeros(1, 3); the element count must match the shape.
        let total = try empty.sum(along: 0)
        #expect(total.shape == [1, 3])
        #expect(total.scalars == [0, 0, 0], "sum along an empty dimension gave \(total.scalars.count) elements for shape (1, 3)")
    }

    @Test func badDimensionThrowsNamingTheShape() throws {
        let m = try Tensor.ones(3, 4)
        expectEngineError(mentioning: ["(3, 4)"]) { _ = try m.sum(along: 5) }
        expectEngineError(mentioning: ["(3, 4)"]) { _ = try m.sum(along: -1) }
        expectEngineError(mentioning: ["(3, 4)"]) { _ = try m.argmax(along: 7) }
    }
}

/// NaN must not be silently dropped: Julia's maximum, minimum and norm all return NaN
/// when an element is NaN, and a NaN gradient norm must reach the clipping code.
@Suite struct NaNPropagationTests {
    static let x = Tensor(vector: [1, .nan, 3])

    @Test func maximumAndMinimumPropagateNaN() throws {
        let largest = try Self.x.maximum(), smallest = try Self.x.minimum()
        #expect(largest.isNaN, "maximum([1, NaN, 3]) = \(largest)")
        #expect(smallest.isNaN, "minimum([1, NaN, 3]) = \(smallest)")
        #expect(try Self.x.maximum(along: 0).scalars[0].isNaN)
        #expect(try Self.x.minimum(along: 0).scalars[0].isNaN)
    }

    @Test func maximumAgreesWithArgmaxAndTheVarVersion() throws {
        let k = try Self.x.argmax()
        let viaVar = try Var(Self.x).maximum().value.scalarValue()
        let plain = try Self.x.maximum()
        #expect(plain.bitPattern == Self.x.scalars[k].bitPattern, "maximum \(plain) but argmax points at \(Self.x.scalars[k])")
        #expect(plain.bitPattern == viaVar.bitPattern, "Tensor.maximum \(plain), Var.maximum \(viaVar)")
    }

    @Test func normPropagatesNaN() {
        #expect(Self.x.norm().isNaN, "norm([1, NaN, 3]) = \(Self.x.norm())")
        let lone = Tensor(vector: [.nan])
        #expect(lone.norm().isNaN, "norm([NaN]) = \(lone.norm())")
        #expect(GradientClipping.globalNorm([Self.x]).isNaN)
    }
}
