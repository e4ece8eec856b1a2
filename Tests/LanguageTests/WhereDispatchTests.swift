import Testing
@testable import Language

/// Methods with `where` clauses dispatch as Julia's: a variable that is a whole
/// parameter's type is the argument's type (one concrete type when it is used twice),
/// one inside `Vector{T}` is that parameter exactly, bounds are checked, and a method
/// for one type is more specific than one for any T.
struct WhereDispatchTests {
    @Test(arguments: [
        ("f(x::T, y::T) where T = T\nf(x, y) = 0\nprintln(f(1, 2), f(1, 2.0), f([1], [2]))", "Int640Vector{Int64}"),
        ("f(x::T, v::Vector{T}) where T = T\nprintln(f(1, Any[2]), f(1.5, [2.5]))", "AnyFloat64"),
        ("f(v::AbstractVector{T}) where T = T\nprintln(f(1:2), f(trues(2)))", "Int64Bool"),
        ("f(d::Dict{String, T}) where T = T\nprintln(f(Dict(\"a\" => 1.5)))", "Float64"),
        ("f(x::T) where {T <: Integer} = 1\nf(x) = 2\nprintln(f(1), f(true), f(1.5), f(\"a\"))", "1122"),
        ("f(x::T) where T = 1\nf(x::Real) = 2\nf(x::Int) = 3\nprintln(f(1), f(1.5), f(:a))", "321"),
        ("f(v::Vector{T}) where T = zero(T)\nprintln(f([1.5]), f([2]))", "0.00"),
        ("abstract type A end\nstruct B <: A; x; end\nf(x::T) where {T <: A} = T\nprintln(f(B(1)), \" \", f(B(1))(2))", "B B(2)"),
        ("function f(x::T)::T where T\n    return 2x\nend\nprintln(f(3))", "6"),
    ])
    func bindsTypeVariablesAsJuliaDoes(_ source: String, _ printed: String) {
        let (output, error) = printedAndError(of: source)
        #expect(error == nil, "\(source): \(error?.message ?? "")")
        #expect(output == printed + "\n", "\(source)")
    }

    @Test(arguments: [
        ("f(x::T, y::T) where T = 1\nf(1, 2.0)", "MethodError: no method matching f(::Int64, ::Float64)"),
        ("f(v::Vector{T}, x::T) where T = 1\nf([1], 2.5)", "MethodError: no method matching f(::Vector{Int64}, ::Float64)"),
        ("f(x::T) where {T <: Number} = 1\nf(\"a\")", "MethodError: no method matching f(::String)"),
        ("f(v::Vector{T}) where {T <: Real} = 1\nf(Any[1])", "MethodError: no method matching f(::Vector{Any})"),
        ("f(v::AbstractVector{T}) where T = 1\nf([1.0]')", "MethodError: no method matching f(::Adjoint{Float64, Vector{Float64}})"),
    ])
    func whatFitsNoMethodIsJuliasMethodError(_ source: String, _ message: String) {
        let (_, error) = printedAndError(of: source)
        #expect(error?.message == message, "\(source): \(error?.message ?? "no error")")
        #expect(error?.kind == .method)
    }
}
