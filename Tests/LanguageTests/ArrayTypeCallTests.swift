import Testing
@testable import Language

/// Calling an array type (`Vector{Float64}(undef, n)`, `Array{T}(A)`, `Matrix{T}(I, m, n)`)
/// makes what Julia's constructors make, and every other argument list is Julia's
/// MethodError or a refusal, never a guess.
struct ArrayTypeCallTests {
    @Test(arguments: [
        ("println(typeof(Vector{Float64}(undef, 3)), size(Vector{Float64}(undef, 3)))", "Vector{Float64}(3,)"),
        ("println(typeof(Array{Int}(undef, 2, 3, 4)))", "Array{Int64, 3}"),
        ("println(size(Array{Bool}(undef, (0, 2))))", "(0, 2)"),
        ("println(Vector{Float64}(undef, true) |> length)", "1"),
        ("println(Vector{Symbol}())", "Symbol[]"),
        ("println(Vector(undef, 0))", "Any[]"),
        ("println(Vector([1.5, 2.0]))", "[1.5, 2.0]"),
        ("println(Vector{Int}(trues(2)))", "[1, 1]"),
        ("println(typeof(Array(trues(2))))", "Vector{Bool}"),
        ("println(Vector{String}([\"a\"]))", "[\"a\"]"),
        ("println(Matrix{Int}(I, 2, 1))", "[1; 0;;]"),
    ])
    func makesWhatJuliaMakes(_ source: String, _ printed: String) {
        let (output, error) = printedAndError(of: source)
        #expect(error == nil, "\(source): \(error?.message ?? "")")
        #expect(output == printed + "\n", "\(source)")
    }

    @Test(arguments: [
        ("Vector{Float64}(undef, 2.0)", "MethodError: no method matching Vector{Float64}(::UndefInitializer, ::Float64)", RuntimeError.Kind.method),
        ("Array{Float64}(3)", "MethodError: no method matching (Array{Float64})(::Int64)", .method),
        ("Array(undef, 2)", "MethodError: no method matching Array(::UndefInitializer, ::Int64)", .method),
        ("Matrix{Float64}()", "MethodError: no method matching Matrix{Float64}()", .method),
        ("Vector{Int}(I, 2, 2)", "Vector{Int64} with I takes the identity's sizes", .notSupported),
        ("Vector{Bool}([2])", "InexactError: Bool(2)", .inexact),
        ("Vector{Float64}(Any[1, \"a\"])", "MethodError: Cannot `convert` an object of type String to an object of type Float64", .method),
        ("Vector{Float64}(undef, -3)", "ArgumentError: invalid Array dimensions", .argument),
        ("Vector{Any}(undef, 2)", "a vector of Any with #undef entries", .notSupported),
        ("Matrix(undef, 2, 2)", "a 2-dimensional array of Any is not supported", .notSupported),
        ("Vector{Real}(undef, 2)", "arrays of Real are not supported", .notSupported),
        ("Vector{Float64}(nothing, 2)", "Vector{Float64}(nothing, dims...)", .notSupported),
        ("Array([1 2; 3 4]')", "converting Adjoint{Int64, Matrix{Int64}} to an Array", .notSupported),
        ("Array{Float64}(undef)", "zero-dimensional arrays", .notSupported),
    ])
    func refusesOrFailsAsJuliaDoes(_ source: String, _ message: String, _ kind: RuntimeError.Kind) {
        let (_, error) = printedAndError(of: "using LinearAlgebra\n" + source)
        #expect(error?.message.hasPrefix(message) == true, "\(source): \(error?.message ?? "no error")")
        #expect(error?.kind == kind, "\(source)")
    }

    @Test func theSizesAreCheckedAgainstTheBudget() {
        let (_, error) = printedAndError(of: "Matrix{Float64}(undef, 1000, 1000)")
        #expect(error?.kind == .limit)
    }
}
