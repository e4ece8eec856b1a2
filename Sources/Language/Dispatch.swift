/// Julia's multiple dispatch over the types written on parameters (`f(x::Float64)`):
/// a call runs the most specific method whose parameter types all accept the
/// arguments; none is a MethodError, two equally specific ones an ambiguity. The same
/// rule answers `x::T` in an expression (a type assertion).
///
/// Types are compared by name along Julia's tree of supertypes (`Int64 <: Signed <:
/// Integer <: Real <: Number <: Any`, `Vector{Float64} <: AbstractVector{Float64} <:
/// AbstractArray`); parametric types are invariant (a `Vector{Float64}` is not a
/// `Vector{Real}`). A struct type the program declared is a leaf under `Any`, found
/// by its name where the method was written. A written type outside that tree
/// (`Union{...}`, `Vector{<:Real}`) is refused rather than guessed.

/// Each abstract or concrete scalar type's supertype.
private let supertypeOf: [String: String] = Dictionary(exceptionTypeNames.map { ($0, "Exception") }, uniquingKeysWith: { first, _ in first }).merging([
    "Exception": "Any",
    "Int64": "Signed", "Signed": "Integer", "Bool": "Integer", "Integer": "Real", "Float64": "AbstractFloat",
    "AbstractFloat": "Real", "Real": "Number", "ComplexF64": "Number", "Complex{Int64}": "Number", "Complex{Bool}": "Number",
    "Irrational{:π}": "AbstractIrrational", "Irrational{:ℯ}": "AbstractIrrational", "AbstractIrrational": "Real", "Rational{Int64}": "Real", "Number": "Any",
    "String": "AbstractString", "AbstractString": "Any", "Char": "AbstractChar", "AbstractChar": "Any",
    "Symbol": "Any", "Nothing": "Any", "Function": "Any",
]) { first, _ in first }

/// The base names (before `{`) of every type the tree below knows.
private let knownTypeNames: Set<String> = Set(supertypeOf.keys).union([
    "Any", "Array", "Vector", "Matrix", "AbstractArray", "AbstractVector", "AbstractMatrix", "AbstractVecOrMat",
    "DenseArray", "DenseVector", "DenseMatrix", "AbstractRange", "OrdinalRange", "AbstractUnitRange", "UnitRange",
    "StepRange", "StepRangeLen", "Dict", "AbstractDict", "Tuple", "NTuple", "Pair", "NamedTuple", "Complex",
    "BitArray", "BitVector", "BitMatrix", "Adjoint", "Transpose", "Rational",
])

/// Every name under which a value of type `name` (canonical) is an instance: itself
/// and all its supertypes, with and without their parameters.
func supertypes(of name: String) -> Set<String> {
    var names: Set<String> = [name, "Any"]
    var scalar = name
    while let parent = supertypeOf[scalar] {
        names.insert(parent)
        scalar = parent
    }
    if name == "ComplexF64" { names.formUnion(["Complex{Float64}", "Complex"]) }
    if name.hasPrefix("Complex{") { names.insert("Complex") }
    if name.hasPrefix("@NamedTuple{") { names.insert("NamedTuple") }
    if name.hasPrefix("NTuple{") { names.insert("Tuple") }
    if let rank = bitArrayRank(name) {
        // A BitArray is an AbstractArray{Bool} but not an Array.
        let dense = supertypes(of: rank == 1 ? "Vector{Bool}" : rank == 2 ? "Matrix{Bool}" : "Array{Bool, \(rank)}")
        let abstract = dense.filter { $0.hasPrefix("Abstract") || $0 == "Any" }
        return names.union(abstract).union(["BitArray", "BitArray{\(rank)}"])
    }
    guard let open = name.firstIndex(of: "{"), name.hasSuffix("}") else { return names }
    let base = String(name[..<open])
    let parameters = splitParameters(String(name[name.index(after: open)..<name.index(before: name.endIndex)]))
    names.insert(base)
    func array(_ element: String, _ rank: Int, dense: Bool) {
        let ranked = rank == 1 ? "Vector" : rank == 2 ? "Matrix" : nil
        for abstract in (dense ? ["Array", "DenseArray"] : []) + ["AbstractArray"] {
            names.formUnion([abstract, "\(abstract){\(element)}", "\(abstract){\(element), \(rank)}"])
        }
        if let ranked {
            for prefix in (dense ? ["", "Dense"] : []) + ["Abstract"] {
                names.formUnion([prefix + ranked, "\(prefix + ranked){\(element)}"])
            }
            names.formUnion(["AbstractVecOrMat", "AbstractVecOrMat{\(element)}"])
        }
    }
    switch base {
    case "Vector" where parameters.count == 1: array(parameters[0], 1, dense: true)
    case "Matrix" where parameters.count == 1: array(parameters[0], 2, dense: true)
    case "Array" where parameters.count == 2: array(parameters[0], Int(parameters[1]) ?? 0, dense: true)
    case "UnitRange", "StepRange", "StepRangeLen":
        let element = parameters[0]
        names.formUnion(["AbstractRange", "AbstractRange{\(element)}"])
        if base != "StepRangeLen" { names.formUnion(["OrdinalRange", "OrdinalRange{\(element), \(element)}"]) }
        if base == "UnitRange" { names.formUnion(["AbstractUnitRange", "AbstractUnitRange{\(element)}"]) }
        array(element, 1, dense: false)
    case "Adjoint" where parameters.count == 2, "Transpose" where parameters.count == 2:
        array(parameters[0], 2, dense: false)
    case "Dict" where parameters.count == 2:
        names.formUnion(["AbstractDict", "AbstractDict{\(parameters[0]), \(parameters[1])}"])
    default: break
    }
    return names
}

/// The rank of a BitArray type's name (`BitVector` 1, `BitMatrix` 2, `BitArray{3}` 3); nil for others.
private func bitArrayRank(_ name: String) -> Int? {
    switch name {
    case "BitVector": return 1
    case "BitMatrix": return 2
    default:
        guard name.hasPrefix("BitArray{"), name.hasSuffix("}") else { return nil }
        return Int(name.dropFirst("BitArray{".count).dropLast())
    }
}

/// `A, Vector{B}, C` split at its top-level commas.
func splitParameters(_ text: String) -> [String] {
    var parts: [String] = []
    var depth = 0
    var current = ""
    for c in text {
        if c == "{" { depth += 1 }
        if c == "}" { depth -= 1 }
        if c == ",", depth == 0 {
            parts.append(current.trimmingCharacters())
            current = ""
        } else {
            current.append(c)
        }
    }
    parts.append(current.trimmingCharacters())
    return parts
}

private extension String {
    func trimmingCharacters() -> String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}

/// A parameter's written type, canonical, checked to be one dispatch can decide: one
/// of Julia's types above, or a struct type that `scope` (where the method or
/// expression was written) names.
func dispatchType(_ written: String, at position: SourcePosition?, in scope: Environment? = nil) throws -> String {
    guard let canonical = canonicalTypeName(written) else {
        throw RuntimeError("the type `\(written)` is not supported in dispatch or `::`; use types such as Float64, Integer, Number, AbstractString, Vector{Float64}, AbstractArray", kind: .notSupported, at: position)
    }
    let base = String(canonical.prefix { $0 != "{" })
    guard knownTypeNames.contains(base) || scope.map({ namesStructType(base, in: $0) }) == true else {
        throw RuntimeError("the type `\(written)` is not known here; dispatch and `::` know Julia's number, string, array, range, dictionary and tuple types", kind: .notSupported, at: position)
    }
    return canonical
}

/// Whether `name` is bound to a struct type in `scope`.
private func namesStructType(_ name: String, in scope: Environment) -> Bool {
    if case .function(let f)? = scope.lookup(Name(name)) { return f.structType != nil }
    return false
}

/// Whether a value is an instance of the (canonical, checked) type.
func isInstance(_ value: Value, of type: String) -> Bool {
    type == "Any" || supertypes(of: typeName(value)).contains(type)
}

/// Whether the checked type `a` is a subtype of `b`.
private func isSubtype(_ a: String, _ b: String) -> Bool {
    b == "Any" || supertypes(of: a).contains(b)
}

extension FunctionValue {
    /// The method a call with these positional arguments runs, or nil when no method
    /// takes that many (the caller reports the counts). Throws Julia's MethodError when
    /// methods take that many but none accepts these types, or two fit equally well.
    func method(for arguments: [Value], at position: SourcePosition) throws -> Method? {
        // The common case, one method or none typed, is decided by the count alone.
        let counted = methods.indices.filter { methods[$0].arity.contains(arguments.count) }
        guard !counted.isEmpty else { return nil }
        if counted.allSatisfy({ !methods[$0].isTyped }) { return methods[counted[counted.count - 1]] }
        var fitting: [(index: Int, signature: [String])] = []
        for k in counted {
            let signature = try methods[k].signature(forArgumentCount: arguments.count, at: position)
            if zip(arguments, signature).allSatisfy({ isInstance($0, of: $1) }) { fitting.append((k, signature)) }
        }
        let argumentTypes = arguments.map { "::" + typeName($0) }.joined(separator: ", ")
        guard !fitting.isEmpty else {
            throw RuntimeError("MethodError: no method matching \(name)(\(argumentTypes))", kind: .method, at: position)
        }
        // The most specific: no other fitting method is more specific than it.
        func moreSpecific(_ a: [String], than b: [String]) -> Bool {
            a != b && zip(a, b).allSatisfy { isSubtype($0, $1) }
        }
        let best = fitting.filter { candidate in !fitting.contains { moreSpecific($0.signature, than: candidate.signature) } }
        if Set(best.map(\.signature)).count > 1 {
            throw RuntimeError("MethodError: \(name)(\(argumentTypes)) is ambiguous", kind: .method, at: position)
        }
        // Equal signatures (a program's method over a builtin's): the later definition.
        return methods[best[best.count - 1].index]
    }
}

extension FunctionValue.Method {
    /// Whether a parameter of this method has a written type.
    var isTyped: Bool {
        if case .closure(let decl, _, _) = self { return decl.parameters.contains { $0.typeName != nil } }
        return false
    }

    /// The type each of `count` arguments must have (`Any` where none is written).
    func signature(forArgumentCount count: Int, at position: SourcePosition) throws -> [String] {
        guard case .closure(let decl, let scope, _) = self else { return Array(repeating: "Any", count: count) }
        var types: [String] = []
        for parameter in decl.parameters where types.count < count {
            let type = try parameter.typeName.map { try dispatchType($0, at: position, in: scope) } ?? "Any"
            if parameter.isVarargs {
                types += Array(repeating: type, count: count - types.count)
            } else {
                types.append(type)
            }
        }
        return types
    }

    /// The written types of all parameters, for telling a redefinition from a new method.
    var writtenTypes: [String?] {
        guard case .closure(let decl, _, _) = self else { return [] }
        return decl.parameters.map { $0.typeName.map { canonicalTypeName($0) ?? $0 } }
    }
}

extension Runtime {
    /// `x::T` in an expression: x when it is a T, else Julia's TypeError.
    func typeAssertion(_ value: Value, _ written: String, at position: SourcePosition, in scope: Environment? = nil) throws -> Value {
        let type = try dispatchType(written, at: position, in: scope)
        guard isInstance(value, of: type) else {
            throw RuntimeError("TypeError: in typeassert, expected \(type), got a value of type \(typeName(value))", kind: .type, at: position)
        }
        return value
    }

    /// `convert(T, x)` for a declared return type: numbers convert between Int64,
    /// Float64 and Bool as Julia's do (refusing what is inexact); a value that already
    /// is a T is itself; other conversions are refused rather than guessed.
    func converted(_ value: Value, to written: String, at position: SourcePosition, in scope: Environment? = nil) throws -> Value {
        let type = try dispatchType(written, at: position, in: scope)
        if isInstance(value, of: type) { return value }
        if ["Int64", "Float64", "Bool"].contains(type), value.isNumber, let conversion = Library.standard.functions[type] {
            return try call(.function(conversion), [value], [:], at: position)
        }
        throw RuntimeError("converting \(describeType(value)) to \(type) for the declared return type is not supported", kind: .notSupported, at: position)
    }
}
