/// Types as values, as Julia has them: what `typeof(x)` and `eltype(A)` return and
/// what `Vector{Int64}` written in code is. They print as Julia names them (`Int64`,
/// `Vector{Int64}`), compare with `==` and `===`, and answer `isa`.
///
/// A type that is also a function here (a conversion such as `Int(x)`, or an abstract
/// type kept for `isa`) is that builtin function value, so `typeof(1.0)(2)` and
/// `zeros(eltype(A), 3)` work; it prints by its type name and its own type is
/// `DataType`. Other types (`Vector{Int64}`, `UnitRange{Int64}`) are `Value.type`.
public struct TypeValue: Hashable, Sendable {
    /// Julia's canonical spelling: `Int` is written `Int64`, `Array{Float64, 1}` `Vector{Float64}`.
    public let name: String
    /// Whether the type is known to be concrete (it came from a value, as `typeof`'s
    /// answer does), so that `isa` may answer false for any other type.
    let isConcrete: Bool
    /// For an `abstract type` the program declared, its declared supertypes, nearest
    /// first (Any left off); nil for Julia's own types.
    let declaredAncestors: [String]?

    init(_ name: String, isConcrete: Bool, declaredAncestors: [String]? = nil) {
        self.name = name
        self.isConcrete = isConcrete
        self.declaredAncestors = declaredAncestors
    }

    public static func == (a: TypeValue, b: TypeValue) -> Bool { a.name == b.name }
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }
}

/// Why `rand(Float32)` and `randn(Float32)` are refused.
let float32DrawRefusal = "random Float32 draws (rand(Float32), randn(Float32)) are not supported: Julia 1.10 makes them by formulas of their own, not by rounding a Float64 draw; draw Float64 values instead"

/// The builtin functions that are types, with the type each names.
private let typeFunctionNames: [String: String] = [
    "Int": "Int64", "Int64": "Int64", "Float64": "Float64", "Float32": "Float32", "Bool": "Bool", "String": "String",
    "Char": "Char", "Symbol": "Symbol", "Number": "Number", "Real": "Real", "Integer": "Integer",
    "AbstractFloat": "AbstractFloat", "AbstractArray": "AbstractArray", "Function": "Function", "Any": "Any",
    "Tuple": "Tuple", "Dict": "Dict", "Set": "Set",
]


extension FunctionValue {
    /// The type this function is, when it is the standard builtin named for one (`Int` is Int64).
    var juliaType: String? {
        if let structType { return structType.name }
        guard let type = typeFunctionNames[name], Library.standard.functions[name] === self else { return nil }
        return type
    }
}

/// The type of a type: `DataType`, or `UnionAll` for one whose parameters are left open (`Dict`, `Vector`).
func typeOfType(_ name: String) -> String {
    if unionMembers(name) != nil { return "Union" }
    return leavesParametersOpen(name) ? "UnionAll" : "DataType"
}

/// The value for the type Julia names `name` (canonical): the builtin function of that
/// name when there is one, else a `Value.type`.
func typeValue(named name: String) -> Value {
    if let function = Library.standard.functions[name], function.juliaType == name { return .function(function) }
    return .type(TypeValue(name, isConcrete: true))
}

/// A type written in code (`Vector{Int}`, `Dict{String,Float64}`, `Array{Float64,2}`)
/// in Julia's canonical spelling; nil when the text is not a type this can read.
func canonicalTypeName(_ text: String) -> String? {
    TypeSyntax(text, heads: .names).flatMap(canonicalSpelling)
}

/// `Int` is `Int64`, `Array{T, 1}` is `Vector{T}` (and `AbstractArray{T, 2}`
/// `AbstractMatrix{T}`), `Complex{Float64}` is `ComplexF64`, a `Union` is simplified and
/// ordered as Julia does (TypeTree.swift), and tuple types fold as values' types do
/// (`NTuple{4, Int64}` for four Int64s). Nil for a Union the notebook cannot order.
private func canonicalSpelling(_ type: TypeSyntax) -> String? {
    let base = type.head == "Int" ? "Int64" : type.head
    guard !type.arguments.isEmpty else { return base == "Union" ? nil : base }
    var parameters: [String] = []
    for argument in type.arguments {
        guard let parameter = canonicalSpelling(argument) else { return nil }
        parameters.append(parameter)
    }
    if base == "Union" { return canonicalUnion(parameters) }
    if let (vector, matrix) = rankAliases[base], parameters.count == 2, parameters[1] == "1" || parameters[1] == "2" {
        return "\(parameters[1] == "1" ? vector : matrix){\(parameters[0])}"
    }
    if base == "Complex", parameters == ["Float64"] { return "ComplexF64" }
    if base == "Tuple" || base == "NTuple", let elements = tupleTypeParameters(base + "{" + parameters.joined(separator: ", ") + "}") {
        return tupleTypeName(elements)
    }
    return base + "{" + parameters.joined(separator: ", ") + "}"
}

extension Runtime {
    /// `x isa T` for a type value: a value has one concrete type, so a concrete type
    /// other than its own answers false; for a written type that may be abstract
    /// (`AbstractVector{Float64}`) the notebook cannot always tell, and says so.
    func isa(_ value: Value, type: TypeValue) throws -> Bool {
        if isInstance(value, of: type.name) { return true }
        // The program's abstract types, and Julia's when the tree knows every supertype of
        // the value's type: an instance of none of them is no instance.
        if type.declaredAncestors != nil { return false }
        if hasKnownAncestry(typeName(value), declared: declaredTypes(of: value)), isDecidable(type.name) { return false }
        let base = String(type.name.prefix { $0 != "{" })
        let invariant: Set<String> = ["Vector", "Matrix", "Dict", "Pair", "UnitRange", "Set", "StepRange", "StepRangeLen"]
        // Only a rational is a Rational (the notebook's numbers are no other kind of one).
        // A bare Vector, Matrix or NamedTuple: the value's own type name says whether it is one.
        let decidedBare: Set<String> = ["Vector", "Matrix", "NamedTuple"]
        if type.isConcrete || (invariant.contains(base) && type.name.contains("{")) || base == "Rational" || decidedBare.contains(type.name) { return false }
        throw RuntimeError("`isa \(type.name)` is not supported: the notebook can test concrete types such as Vector{Float64} and the abstract ones Number, Real, Integer, AbstractFloat, AbstractArray", kind: .notSupported)
    }
}
