import Testing
@testable import Language

/// LinearAlgebra's `I` (UniformScaling.swift): a value of type UniformScaling{Bool}, whose
/// arithmetic is that of stdlib/LinearAlgebra/src/uniformscaling.jl.
@Suite struct UniformScalingTests {
    @Test func scalingKeepsAUniformScalingAndNumbersMeetλ() throws {
        #expect(try printedOutput(of: "println(2I, \" \", I * 2.5, \" \", I / 4, \" \", 3 - I, \" \", I * I, \" \", 2I - I)")
            == "UniformScaling{Int64}(2) UniformScaling{Float64}(2.5) UniformScaling{Float64}(0.25) 2 UniformScaling{Bool}(true) UniformScaling{Int64}(1)\n")
        #expect(try printedOutput(of: "println(1I == I, \" \", 1I === I, \" \", I === I, \" \", 2I != I)") == "true false true true\n")
    }

    /// `show(io, ::MIME"text/plain", J)` puts λ in parentheses when its text has a sign
    /// between word characters.
    @Test func theREPLViewWritesλTimesI() {
        #expect(UniformScalingValue(.float(1e-5)).display(width: 80, height: 24) == "UniformScaling{Float64}\n(1.0e-5)*I")
        #expect(UniformScalingValue(.int(-2)).display(width: 80, height: 24) == "UniformScaling{Int64}\n-2*I")
        #expect(UniformScalingValue(.bool(true)).display(width: 80, height: 24) == "UniformScaling{Bool}\ntrue*I")
    }

    @Test func matricesAndVectors() throws {
        #expect(try printedOutput(of: "println([1, 2] * I, \" \", I * [1, 2], \" \", [2.0 4.0; 6.0 8.0] / 2I)") == "[1; 2;;] [1, 2] [1.0 2.0; 3.0 4.0]\n")
        #expect(try printedOutput(of: "A = [1 2; 3 4]; B = A + I; B[1, 2] = 0; println(A, \" \", B)") == "[1 2; 3 4] [2 0; 3 5]\n")
        #expect(runtimeFailure(of: "[1.0 2.0] / (0 * I)")?.kind == .singular)
        #expect(runtimeFailure(of: "[1 2] + I")?.kind == .dimensionMismatch)
    }

    /// Julia's Bool + float is ifelse(b, 1 + y, y): false leaves -0.0 alone.
    @Test func falsePlusNegativeZeroStaysNegativeZero() throws {
        #expect(try printedOutput(of: "println(false + -0.0, \" \", -0.0 + false, \" \", true + -0.0, \" \", -0.0 + 0)") == "-0.0 -0.0 1.0 0.0\n")
    }

    @Test(arguments: [
        ("I(3)", "I(n) (J(n) of a UniformScaling), Julia's Diagonal{Bool, Vector{Bool}}, is not supported"),
        ("[1 2; 3 4] .+ I", "`.+` of 2×2 Matrix{Int64} and UniformScaling{Bool} is not supported"),
        ("I ^ 2", "`^` of UniformScaling{Bool} and Int64 is not supported"),
        ("[1, 2] + I", "`+` of 2-element Vector{Int64} and UniformScaling{Bool} is not supported"),
    ])
    func whatIsNotReproducedIsRefused(_ source: String, _ expected: String) {
        expectRefused(source, expected)
    }
}
