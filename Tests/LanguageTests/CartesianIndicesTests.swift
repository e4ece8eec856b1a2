import Testing
@testable import Language

/// CartesianIndices and LinearIndices of a shape (CartesianIndices.swift).
@Suite struct CartesianIndicesTests {
    @Test func iterationIsColumnMajorAndIndexesTheArray() throws {
        let source = """
            A = [1 2 3; 4 5 6]
            for I in CartesianIndices(A)
                print(A[I], " ")
            end
            println(collect(CartesianIndices((2,))), " ", first(CartesianIndices((3:4, 1:2))))
            """
        #expect(try printedOutput(of: source) == "1 4 2 5 3 6 CartesianIndex{1}[CartesianIndex(1,), CartesianIndex(2,)] CartesianIndex(3, 1)\n")
    }

    @Test func linearIndicesAreAnIntArray() throws {
        #expect(try printedOutput(of: "L = LinearIndices(zeros(2, 2)); println(L .+ 1, \" \", sum(L), \" \", eltype(L))") == "[2 4; 3 5] 10 Int64\n")
        #expect(try printedOutput(of: "println(LinearIndices((3,)), \" \", typeof(LinearIndices((3,))))") == "[1, 2, 3] LinearIndices{1, Tuple{Base.OneTo{Int64}}}\n")
    }

    /// print_matrix_row left-aligns objects: CartesianIndex(9, 1) is not padded to the
    /// width of CartesianIndex(10, 1) in a column (and the last column has no padding).
    @Test func aColumnOfCartesianIndexIsLeftAligned() throws {
        let shown = try printedOutput(of: "display(argmax(hcat(1:10, 10:-1:1); dims=2))")
        let lines = shown.split(separator: "\n")
        #expect(lines.first == "10×1 Matrix{CartesianIndex{2}}:")
        #expect(lines.contains(" CartesianIndex(9, 1)"))
        #expect(lines.contains(" CartesianIndex(10, 1)"))
    }

    @Test(arguments: [
        ("display(CartesianIndices((2, 2)))", "the REPL view of CartesianIndices{2"),
        ("CartesianIndices((2, 2))", "the REPL view of CartesianIndices{2"),
        ("LinearIndices((2:3, 1:2))", "LinearIndices of ranges that do not start at 1"),
        ("CartesianIndices((2^40, 2^40))", "CartesianIndices with more than"),
        ("CartesianIndices((\"a\", 2))", "CartesianIndices of a tuple holding String"),
    ])
    func whatIsNotReproducedIsRefused(_ source: String, _ expected: String) {
        expectRefused(source, expected)
    }
}
