import Testing
@testable import Language

/// The shape of what `map` and `collect` build, from Julia's `IteratorSize`
/// (IteratorSize.swift): `map(f, iters...)` is `collect(Generator(f, iters...))`, shaped
/// as the zip of its collections is (base/abstractarray.jl, base/iterators.jl).
@Suite struct MapShapeTests {
    /// Julia's zip folds from the right and asks for axes only when the whole zip has a
    /// shape: a part of unknown size makes it SizeUnknown, and then two matrices of
    /// different sizes inside it are never compared.
    @Test func aZipOfUnknownSizeNeverComparesShapes() throws {
        #expect(IteratorSize.zipped([.unknown, .shape([2, 2]), .shape([2, 1])]) == .unknown)
        #expect(try printedOutput(of: "println(map(+, Iterators.filter(isodd, 1:4), [1 2; 3 4], zeros(2, 1)))")
            == "[2.0, 6.0]\n")
    }

    /// An infinite part leaves a length (zip_iteratorsize(::HasShape, ::IsInfinite)), so
    /// a matrix beside countfrom gives a vector, as long as the matrix.
    @Test func anInfinitePartLeavesAVector() throws {
        #expect(IteratorSize.zipped([.shape([2, 2]), .infinite]) == .length(4))
        #expect(try printedOutput(of: "println(map(+, [1 2; 3 4], Iterators.countfrom(10)))") == "[11, 14, 14, 17]\n")
    }

    /// With three matrices Julia compares the last two first (`zip(a, zip(b, c))`), so
    /// the mismatch it reports names them.
    @Test func theInnerPairsMismatchIsTheOneReported() throws {
        let error = runtimeFailure(of: "map(+, zeros(2, 2), zeros(3, 3), zeros(2, 1))")
        #expect(error?.kind == .dimensionMismatch)
        #expect(error?.message == "DimensionMismatch: dimensions must match: a has dims (Base.OneTo(3), Base.OneTo(3)), b has dims (Base.OneTo(2), Base.OneTo(1)), mismatch at 1")
    }

    /// Iterators of a matrix keep its shape: `enumerate` (IteratorSize(Enumerate{I}) is
    /// I's), a one-clause generator over it, `Iterators.product`; `take` and `drop` make
    /// a length of it, so they collect to vectors.
    @Test func iteratorsOfAMatrixKeepItsShape() throws {
        #expect(try printedOutput(of: "println(map(x -> 2x, (v for v in [1 2; 3 4])))") == "[2 4; 6 8]\n")
        #expect(try printedOutput(of: "println(map(t -> t[1] + t[2], Iterators.product(1:2, 1:3)))") == "[2 3 4; 3 4 5]\n")
        #expect(try printedOutput(of: "println(map(t -> t[1] * t[2], enumerate([5 6; 7 8])))") == "[5 18; 14 32]\n")
        #expect(try printedOutput(of: "println(collect(Iterators.take([1 2; 3 4], 3)))") == "[1, 3, 2]\n")
        #expect(try printedOutput(of: "println(map(+, Iterators.drop([1 2; 3 4], 1), [1 2; 3 4]))") == "[4, 5, 6]\n")
    }

    /// A matrix of tuples (`collect(enumerate(M))`, Julia's 2×2 Matrix{Tuple{Int64,
    /// Int64}}) is not a value the notebook has: refused, never flattened to a vector.
    @Test func shapedResultsTheNotebookCannotHoldAreRefused() {
        expectRefused("collect(enumerate([1 2; 3 4]))", "a 2×2 array of Tuple{Int64, Int64} is not supported")
        expectRefused("map(x -> x, enumerate([1 2; 3 4]))", "a 2×2 array of Tuple{Int64, Int64} is not supported")
        expectRefused("map(tuple, (1/(i+j) for i=1:2, j=1:2), [1 3; 2 4])", "a 2×2 array of Tuple{Float64, Int64} is not supported")
        // Julia's collect keeps 1 and 2.0 apart (a Matrix{Real}); a numeric matrix would not.
        expectRefused("map(x -> x == 1 ? 1 : 2.0, [1 2; 3 4])", "a 2×2 array of Real is not supported")
        // A Char iterates as a 0-dimensional collection of itself.
        expectRefused("map(x -> x, 'a')", "map over a Char")
    }

    /// A part whose size the notebook does not model (a Flatten, whose size Julia reads
    /// off the inferred element type) beside matrices could make either a matrix or a
    /// vector: refused.
    @Test func aPartOfUnmodelledSizeBesideMatricesIsRefused() {
        expectRefused("map(+, Iterators.flatten([[1, 2], [3, 4]]), [1 2; 3 4])", "map over")
    }
}
