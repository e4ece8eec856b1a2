import Testing
@testable import Language

/// Julia's type tree (TypeTree.swift): supertypes, the subtype relation with its
/// invariant parameters and covariant tuples, and Unions as Julia writes them.
struct TypeTreeTests {
    @Test(arguments: [
        ("Int64", "Signed"), ("Signed", "Integer"), ("Bool", "Integer"), ("Integer", "Real"), ("Real", "Number"),
        ("Number", "Any"), ("Float64", "AbstractFloat"), ("ComplexF64", "Number"), ("Rational{Int64}", "Real"),
        ("Vector{Float64}", "DenseVector{Float64}"), ("DenseVector{Float64}", "AbstractVector{Float64}"),
        ("AbstractVector{Float64}", "Any"), ("Array{Int64, 3}", "DenseArray{Int64, 3}"), ("BitVector", "AbstractVector{Bool}"),
        ("UnitRange{Int64}", "AbstractUnitRange{Int64}"), ("StepRange{Int64, Int64}", "OrdinalRange{Int64, Int64}"),
        ("OrdinalRange{Int64, Int64}", "AbstractRange{Int64}"), ("AbstractRange{Int64}", "AbstractVector{Int64}"),
        ("Dict{String, Int64}", "AbstractDict{String, Int64}"), ("String", "AbstractString"), ("BoundsError", "Exception"),
    ])
    func eachTypeHasJuliasSupertype(_ type: String, _ parent: String) {
        #expect(juliaSupertype(of: type) == parent)
    }

    @Test func openAndUnknownTypesHaveNoSupertypeHere() {
        #expect(juliaSupertype(of: "Vector") == nil)
        #expect(juliaSupertype(of: "Any") == nil)
        #expect(juliaSupertype(of: "Base.Iterators.Take{UnitRange{Int64}}") == nil)
    }

    @Test(arguments: [
        ("Int64", "Integer", true), ("Bool", "Real", true), ("Float64", "Integer", false), ("Integer", "Number", true),
        ("Number", "Integer", false), ("Vector{Int64}", "Vector{Real}", false), ("Vector{Int64}", "AbstractVector{Int64}", true),
        ("Vector{Int64}", "AbstractArray{Int64}", true), ("Vector{Int64}", "AbstractArray{Float64}", false),
        ("Vector{Int64}", "Vector", true), ("Vector{Int64}", "Matrix", false), ("Vector", "AbstractVector", true),
        ("Vector", "Vector{Int64}", false), ("Array{Float64}", "AbstractArray{Float64}", true), ("Array{Float64}", "Vector{Float64}", false),
        ("Matrix{Float64}", "AbstractVecOrMat{Float64}", true), ("UnitRange{Int64}", "AbstractVector{Int64}", true),
        ("BitVector", "AbstractVector{Bool}", true), ("BitVector", "Vector{Bool}", false), ("Tuple{Int64, String}", "Tuple{Real, Any}", true),
        ("Tuple{Int64, String}", "Tuple{Real, Real}", false), ("Tuple{Int64}", "Tuple", true), ("Int64", "Union{Int64, String}", true),
        ("Union{Int64, String}", "Any", true), ("Union{Int64, Float64}", "Real", true), ("Union{Int64, String}", "Real", false),
        ("Dict{String, Int64}", "AbstractDict{String, Int64}", true), ("Dict{String, Int64}", "Dict{String, Real}", false),
    ])
    func subtypesFollowTheTree(_ a: String, _ b: String, _ expected: Bool) {
        #expect(isSubtype(a, b) == expected, "\(a) <: \(b)")
    }

    @Test func declaredTypesCarryTheirChain() {
        let declared: DeclaredTypes = { ["Circle": ["Shape"], "Shape": []][$0] }
        #expect(isSubtype("Circle", "Shape", declared: declared))
        #expect(!isSubtype("Shape", "Circle", declared: declared))
        #expect(isSubtype("Circle", "Union{Shape, Int64}", declared: declared))
        #expect(!isSubtype("Circle", "Shape"))
    }

    @Test(arguments: [
        (["String", "Int64"], "Union{Int64, String}"), (["Int64", "Integer"], "Integer"), (["Int64", "Int64"], "Int64"),
        (["Float64", "Nothing", "Int64"], "Union{Nothing, Float64, Int64}"), (["Int64", "AbstractString"], "Union{Int64, AbstractString}"),
        (["Union{Int64, String}", "Float64"], "Union{Float64, Int64, String}"), (["Vector{Int64}", "Int64"], "Union{Int64, Vector{Int64}}"),
        (["ComplexF64", "Int64"], "Union{ComplexF64, Int64}"),
    ])
    func unionsAreSimplifiedAndOrderedAsJuliaDoes(_ members: [String], _ printed: String) {
        #expect(canonicalUnion(members) == printed)
    }

    @Test func aUnionWithATypeTheTreeDoesNotKnowHasNoSpelling() {
        #expect(canonicalUnion(["Int64", "Circle"]) == nil)
        #expect(canonicalTypeName("Union{Int, Circle}") == nil)
    }

    @Test(arguments: [
        ("Vector", "UnionAll"), ("Array{Float64}", "UnionAll"), ("Dict", "UnionAll"), ("Vector{Float64}", "DataType"),
        ("Int64", "DataType"), ("Union{Int64, String}", "Union"),
    ])
    func theTypeOfATypeSaysWhetherItsParametersAreOpen(_ type: String, _ kind: String) {
        #expect(typeOfType(type) == kind)
    }
}
