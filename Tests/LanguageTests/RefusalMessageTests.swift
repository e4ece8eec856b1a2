import Testing
@testable import Language

/// Julia code the notebook cannot run stops with one error that names the construct,
/// rather than a message about something misread (an undefined variable, a parse
/// error at a later token), and no `try` catches it.
struct RefusalMessageTests {
    /// The error the program stops with, and whatever it printed first.
    private func failure(of source: String) -> (message: String, kind: RuntimeError.Kind?, printed: String) {
        var printed = ""
        let interpreter = Interpreter(limits: .init(maximumCallDepth: 50, elementBudget: 10_000), output: { printed += $0 })
        do {
            try interpreter.run(source: source)
        } catch let error as RuntimeError {
            return (error.message, error.kind, printed)
        } catch {
            return ("\(error)", nil, printed)
        }
        return ("", nil, printed)
    }

    @Test(arguments: [
        ("zeros(Int8, 2)", "the type Int8 is not supported: the notebook's numbers are Int64 (Int), Float64, Bool"),
        ("typemax(Int32)", "the type Int32 is not supported"),
        ("x = UInt8", "the type UInt8 is not supported"),
        ("subtypes(Number)", "`subtypes` is not supported yet"),
        ("abstract type Shape end\nstruct Disc <: Number end", "declaring a type under Julia's own Number"),
        ("Vector{Any}(undef, 2)", "a vector of Any with #undef entries"),
        ("typeof(Iterators.take(1:3, 2)) <: Integer", "`<:` with the type"),
        ("f(xs::T...) where T = 1\nf(1)", "`where` with a type variable on varargs"),
        ("f(x::Vector{Vector{T}}) where T = 1\nf([[1]])", "`where` with a type variable inside `Vector{Vector{T}}`"),
        ("f(x) where T = 1\nf(1)", "`where` with a type variable no parameter uses"),
        ("f(x::T, y) where T = 1\nf(x, y::T) where T = 2\nf(1, 1)", "choosing between these methods with `where` clauses"),
        ("BitSet([1, 2])", "`BitSet` is not supported yet"),
        ("s = Set(x^2 for x in 1:3)", "Set of a Base.Generator"),
        ("Set([nothing, 1])", "a Set holding Nothing is not supported"),
        ("conv4([1.0 2.0], [1.0 2.0])", "Knet's `conv4` is not supported yet"),
        ("iszero(0)", "`iszero` is not supported yet (Julia's Base has it"),
        ("x = cis(1.0)", "`cis` is not supported yet (Julia's Base has it"),
        ("tr([1 2; 3 4])", "`tr` is not supported yet (Julia's LinearAlgebra has it"),
        ("cholesky([2.0 1.0; 1.0 2.0])", "`cholesky` is not supported yet (Julia's LinearAlgebra has it"),
        ("Base.OneTo(3)", "the module `Base` and names qualified by it (`Base.x`) are not supported"),
        ("exp(1f0)", "exp(::Float32) is not supported: Julia has its own Float32 methods"),
        ("x = 0.5f0\nsum((x, x))", "sum(::Tuple{Float32, Float32}) is not supported"),
        ("A = Float32[1, 2]\nA * A'", "`*` of 2-element Vector{Float32} and 1×2 Adjoint{Float32, Vector{Float32}} is not supported"),
        ("mean(Float32[1, 2])", "mean(::Vector{Float32}) is not supported"),
        ("sum(zeros(Float32, 16))", "sum of a Float32 array of 16 elements is not supported"),
        ("exp.(Float32[1, 2])", "exp(::Float32) is not supported"),
        ("rand(Float32)", "random Float32 draws (rand(Float32), randn(Float32)) are not supported"),
        ("1f0 + 1//2", "`+` of a Float32 and Rational{Int64} is not supported"),
        ("2f0 * im", "`*` of a Float32 and Complex{Bool} is not supported"),
        ("7f0 ÷ 2f0", "`÷` of Float32 numbers is not supported"),
        ("r = 1f0:3f0", "ranges of Float32 (`1f0:3f0`) are not supported yet"),
        ("round(1.25f0; digits = 1)", "round(::Float32) is not supported"),
        ("findfirst(isodd, Dict(1 => 3))", "findfirst of a Dict{Int64, Int64} (which answers with a key) is not supported"),
        ("findnext(isodd, [1 2; 3 4], 1)", "findnext of a matrix from an integer start is not supported"),
        ("lastindex([1, 2], 1)", "lastindex takes 1 argument, but was given 2 (other methods of Julia's lastindex are not supported)"),
        ("round(2.5; base = 2)", "round has no keyword argument `base`"),
        ("Iterators.peel([1, 2])", "`Base.Iterators.peel` is not supported"),
        ("fill(42)", "0-dimensional arrays (fill(x) without dimensions) are not supported"),
        ("fill(\"a\", 2)", "fill with String \"a\""),
        ("begin\n    local t = 1\nend", "`local` outside a function, loop or `let`"),
        ("sizeof(sin)", "sizeof(sin) is not supported"),
        ("accumulate(+, [1 2; 3 4])", "a running scan over a 2×2 Matrix{Int64} without dims is not supported"),
        ("using Dates", "the package or module `Dates` is not supported (the notebook has AutoGrad, Base"),
        ("union!([1, 2], [3])", "union! of 2-element Vector{Int64} is not supported"),
        ("intersect(1:2:9, 3:5)", "intersect of the ranges 1:2:9 and 3:5 is not supported"),
        ("collect('a':'c')", "ranges of characters (`'a':'e'`) are not supported yet"),
        ("one([1 2; 3 4])", "one of"),
        ("exp([1.0 2.0; 3.0 4.0])", "exp(A) of a square matrix is Julia's matrix function"),
        ("A = [1 2; 3 4]\ntanh(A)", "tanh(A) of a square matrix is Julia's matrix function"),
        ("sqrt([4.0 0.0; 0.0 9.0])", "sqrt(A) of a square matrix is Julia's matrix function"),
        ("eigen([2.0 1 0; 1 2 1; 0 1 2]).vectors", "the eigenvectors (eigen(A).vectors) of a symmetric matrix with 3 rows are not supported"),
        ("λ, V = eigen([0.0 -1; 1 0])", "the eigenvectors (eigen(A).vectors) of a matrix with complex eigenvalues are not supported"),
        ("display(eigen([0.0 -1; 1 0]))", "the eigenvectors (eigen(A).vectors) of a matrix with complex eigenvalues"),
        ("U, S, V = svd([1.0 2; 3 4])", "the singular vectors (svd(A).U, .V, .Vt) are not supported"),
        ("svd([1.0 2; 3 4]).Vt", "the singular vectors (svd(A).U, .V, .Vt) are not supported"),
        ("println(qr([1.0 2; 3 4]))", "printing a LinearAlgebra.QRCompactWY"),
        ("qr([1.0 2; 3 4]).T", "qr(A).T (LAPACK's compact WY storage"),
        ("qr([1.0 2; 3 4]).Q + 1", "`+` with a LinearAlgebra.QRCompactWYQ"),
        ("eigen(2)", "eigen of a Int64 number is not supported"),
        ("eigen([0.0 1; -1 0]) == eigen([0.0 1; -1 0])", "comparing Eigen objects compares their vectors"),
        ("println([eigen([0.0 1; -1 0])])", "the eigenvectors (eigen(A).vectors) of a matrix with complex eigenvalues"),
        ("display([eigen([1.0 2; 3 4])])", "the REPL view of a container holding a Eigen{Float64"),
        ("println((1, qr([1.0 2; 3 4])))", "printing a LinearAlgebra.QRCompactWY"),
        ("eigvecs([2.0 1 0; 1 2 1; 0 1 2])", "the eigenvectors (eigen(A).vectors) of a symmetric matrix with 3 rows"),
        ("2^[1.0 2.0; 3.0 4.0]", "x^A of a square matrix A is Julia's matrix exponential"),
        ("[1.0 2.0; 3.0 4.0]^0.5", "a matrix to a non-integer power is Julia's matrix power"),
        ("typeof(x^2 for x in 1:3)", "typeof of a generator is not supported"),
        ("[1, 2] .+ Ref(3)", "a Ref in a dotted operator or a fused broadcast is not supported yet"),
        ("println(x for x in 1:3)", "printing a generator as Julia does"),
        ("g = (x for x in 1:3)\nstring(g)", "printing a generator as Julia does"),
        ("println(Iterators.take((x for x in 1:3), 2))", "printing a generator as Julia does"),
        ("println((1, (x for x in 1:3)))", "printing a generator as Julia does"),
        ("println(Iterators.Stateful(1:3))", "printing an Iterators.Stateful as Julia does"),
        ("typeof(Iterators.Stateful(1:3))", "typeof of an Iterators.Stateful is not supported"),
        ("typeof(Iterators.take((x for x in 1:3), 2))", "typeof of Base.Iterators.Take{Base.Generator"),
        ("collect(zip((i for i in 1:2 for j in 1:2), (i for i in 1:2 for j in 1:2)))", "zip of Base.Iterators.Flatten"),
        ("Iterators.Stateful(i for i in 1:2 for j in 1:2)", "Iterators.Stateful of Base.Iterators.Flatten"),
        // Julia warns on stderr and assigns, but methods compiled earlier keep the old value.
        ("const c = 1\nc = 2", "assigning a new value to the constant c is not supported"),
        ("const c = [1]\nf() = (global c = [1])\nf()", "assigning a new value to the constant c is not supported"),
        ("function f()\n    const c = 1\nend\nf()", "`const` inside a function, loop or `let` is not supported"),
        ("const c::Int = 1", "typed variables (`x::Int = ...`, whose every assignment Julia converts to Int) are not supported"),
        ("const h = sin\nh(x::String) = 1", "adding a method through the constant h, which names another function, is not supported"),
        // Julia's REPL line counts the methods of its own functions, which vary by build.
        ("display(sin)", "the REPL view of Julia's function `sin` (its count of methods) is not supported"),
        ("deleteat!([1, 2], [1.0])", "deleteat! with an index of type Float64 is not supported"),
        ("imag([1 2; 3 4]')", "imag of a 2×2 Adjoint{Int64, Matrix{Int64}}"),
        ("display(x -> x)", "the REPL view of an anonymous function"),
        ("println(x -> x)", "printing an anonymous function as Julia does"),
        ("x = [3, 4im]\nx'", "the adjoint or transpose of a 2-element Vector{Complex{Int64}} is not supported"),
        ("reshape([[1], [2]], 1, 2)", "reshape of a 2-element Vector{Vector{Int64}} is not supported"),
        ("sincos([1.0 2.0; 3.0 4.0])", "sincos of an array"),
        ("CartesianIndex(1, 1):CartesianIndex(2, 2)", "I:J of CartesianIndex values"),
        ("A = [1 2; 3 4]\nA[[CartesianIndex(1, 1)]]", "indexing with a vector of CartesianIndex is not supported"),
        ("replace(\"aβ\", !isascii => ' ')", "replace of a string with a predicate as the pattern is not supported"),
        ("real(String)", "real of the type String is not supported"),
        // Whether Julia had resolved Main's sqrt, making these errors, depends on what it compiled.
        ("f() = sqrt(2.0)\nsqrt(x::String) = 1", "defining a method of `sqrt`, a name the builtins have, is not supported here"),
        ("g() = pi\npi = 3", "assigning `pi`, a name the builtins have, is not supported here"),
        ("Float64 = 3", "assigning `Float64`, a name the builtins have, is not supported here"),
        ("println(mean([1]))\nmean(x::String) = 1", "defining a method of `mean` after using the builtin mean is not supported"),
        ("struct P; v; end\n*(a::P, b::P) = P(1)", "defining `*` without `Base.:*` (or `import Base: *` first) is not supported"),
        ("Base.nosuchfn(x) = 1", "defining a method of `Base.nosuchfn`, which is not a function of that module the notebook has"),
        ("import Base: nosuchfn", "importing `nosuchfn`, which the notebook does not have, is not supported"),
        ("sqrt(x::String) = 1\nimport Base: sqrt", "importing `sqrt` when Main has a sqrt of its own is not supported"),
        ("d = Dict(1 => 2)\nfor (k, v) in d\n    d[k + 10] = v\nend", "adding a key to a Dict (or an element to a Set) while a loop runs over it is not supported"),
        ("s = Set([1])\nfor x in s\n    push!(s, x + 1)\nend", "adding a key to a Dict (or an element to a Set) while a loop runs over it is not supported"),
    ])
    func whatTheNotebookLacksIsRefusedByName(_ source: String, _ expected: String) {
        let (message, kind, _) = failure(of: source)
        #expect(message.hasPrefix(expected), "\(source): \(message)")
        #expect(kind == .notSupported, "\(source)")
    }

    /// A name that is refused must not also be defined: once a builtin or constant has
    /// it, its entry in the refusal lists is dead and says something false.
    @Test func noRefusedNameIsAlsoDefined() {
        let refused = unsupportedBaseNames.union(unsupportedBaseExports).union(unsupportedLinearAlgebraNames)
            .union(unsupportedModuleNames).union(unsupportedKnetNames)
        let defined = Set(Library.standard.functions.keys).union(Library.standard.values.keys)
        #expect(refused.intersection(defined).isEmpty, "refused and defined: \(refused.intersection(defined).sorted())")
    }

    @Test func aNameJuliaLacksTooIsStillAnUndefinedVariable() {
        let (message, kind, _) = failure(of: "no_such_name + 1")
        #expect(message == "undefined variable `no_such_name`")
        #expect(kind == .undefinedVariable)
    }

    /// Julia converts every assignment to a typed variable, even one before the
    /// declaration, so the function is refused when defined, before it prints `1`.
    @Test func aTypedVariableIsRefusedBeforeItsFunctionRuns() {
        let (message, kind, printed) = failure(of: "function f()\n    x = 1\n    println(x)\n    x::Float64 = 2\nend\nf()")
        #expect(message.hasPrefix("typed variables (`x::Float64 = ...`, whose every assignment Julia converts to Float64) are not supported"))
        #expect(kind == .notSupported)
        #expect(printed.isEmpty)
    }

    @Test func tryDoesNotCatchARefusedName() {
        let (message, _, printed) = failure(of: "try\n    subtypes(Int)\ncatch\n    println(\"caught\")\nend")
        #expect(message.hasPrefix("`subtypes` is not supported yet"))
        #expect(printed.isEmpty)
    }

    @Test(arguments: [
        ("f(x::T) where T >: Int = x", "lower bounds in `where` clauses (`T >: ...`) are not supported yet"),
        ("f = (x::T) where T -> x", "`where` here is not supported yet"),
        ("println(Real[i for i in 1:3])", "typed comprehensions `Real[x for x in xs]` are not supported yet"),
        ("Float64[1 2; 3 4]", "typed matrix literals like `Float64[1 2; 3 4]` are not supported yet"),
        ("Int8[1, 2]", "the type Int8 is not supported"),
        ("sum([1 2], dims=:)", "a bare `:` (Julia's Colon, as in `view(A, :, 1)` or `dims = :`) is not supported"),
        ("abstract type Box{T} end", "parametric abstract types (`abstract type Box{T} end`) are not supported yet"),
        ("x = 1f39", "the Float32 literal `1f39` overflows"),
        ("occursin(r\"a+\", \"baa\")", "regular expressions (`r\"...\"`) are not supported"),
        ("s = raw\"a\\b\"", "raw strings (`raw\"...\"`) are not supported"),
        ("primitive type Flag 8 end", "`primitive type` declarations are not supported"),
        ("[1, 2] .< sum([1, 2]) .< [5, 6]", "a chain of comparisons with a dotted one and a computed middle operand is not supported"),
    ])
    func syntaxTheNotebookDoesNotReadIsNamed(_ source: String, _ expected: String) {
        let (message, _, _) = failure(of: source)
        #expect(message.contains(expected), "\(source): \(message)")
    }

    /// Julia reads a literal coefficient inside an exponent, and a parenthesis before a
    /// name, as products; both were syntax errors.
    @Test func literalCoefficientsInExponentsAndAfterParentheses() throws {
        var printed = ""
        let interpreter = Interpreter(limits: .init(maximumCallDepth: 50, elementBudget: 10_000), output: { printed += $0 })
        try interpreter.run(source: "x = 3\nprintln(2^2x, \" \", (x-1)x, \" \", 2x^2, \" \", 2^-1)")
        #expect(printed == "64 6 18 0.5\n")
    }
}

extension RefusalMessageTests {
    @Test func zeroAndOneOfTheNumberTypesAreJulias() throws {
        var printed = ""
        let interpreter = Interpreter(limits: .init(maximumCallDepth: 50, elementBudget: 10_000), output: { printed += $0 })
        try interpreter.run(source: "println((zero(Float64), zero(Int), one(Int), one(Float64), one(true), zero(true), one(2), zero(2.5)))")
        #expect(printed == "(0.0, 0, 1, 1.0, true, false, 1, 0.0)\n")
    }
}

extension RefusalMessageTests {
    /// The lists naming the module a builtin comes from (JuliaModules.swift) hold only
    /// names the notebook defines, so that none of them names a module for nothing.
    @Test func everyNameWithAJuliaModuleIsDefined() {
        var defined = Set(Library.standard.functions.keys).union(Library.standard.values.keys)
        defined.formUnion(Interpreter().constants.entries.map(\.name.text))
        let listed = juliaBaseExportsDefinedHere.union(juliaCoreExportsDefinedHere)
        #expect(listed.subtracting(defined).isEmpty, "listed, not defined: \(listed.subtracting(defined).sorted())")
        #expect(juliaBaseExportsDefinedHere.isDisjoint(with: juliaCoreExportsDefinedHere))
    }
}
