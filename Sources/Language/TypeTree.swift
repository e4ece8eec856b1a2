/// Julia's type tree for the types the notebook has, stated once: each type's direct
/// supertype (`supertype(T)`), and from that chain every name a value of the type is an
/// instance of (`x isa T`, dispatch, `::`), the subtype relation between types (`<:`),
/// and how a `Union{...}` is simplified and ordered when it prints.
///
///     Bool <: Integer, Int64 <: Signed <: Integer <: Real <: Number <: Any
///     Float64 <: AbstractFloat <: Real, Rational{Int64} <: Real, ComplexF64 <: Number
///     Vector{T} = Array{T,1} <: DenseVector{T} <: AbstractVector{T} = AbstractArray{T,1} <: Any
///     UnitRange{T} <: AbstractUnitRange{T} <: OrdinalRange{T,T} <: AbstractRange{T} <: AbstractVector{T}
///     Dict{K,V} <: AbstractDict{K,V}, String <: AbstractString, Char <: AbstractChar
///
/// Parameters are invariant (a `Vector{Int64}` is not a `Vector{Real}`); tuples are
/// covariant (`Tuple{Int64} <: Tuple{Number}`). A type the program declared (a struct or
/// an `abstract type`) carries its own chain of declared supertypes.

/// Each scalar type's supertype (the abstract number, string and exception types too).
private let scalarSupertype: [String: String] = Dictionary(exceptionTypeNames.map { ($0, "Exception") }, uniquingKeysWith: { first, _ in first }).merging([
    "Exception": "Any",
    "Int64": "Signed", "Signed": "Integer", "Bool": "Integer", "Integer": "Real", "Float64": "AbstractFloat", "Float32": "AbstractFloat",
    "AbstractFloat": "Real", "Real": "Number", "Number": "Any", "AbstractIrrational": "Real",
    "String": "AbstractString", "AbstractString": "Any", "Char": "AbstractChar", "AbstractChar": "Any",
    "Symbol": "Any", "Nothing": "Any", "Function": "Any",
]) { first, _ in first }

/// A parameter left open: the `T` of a bare `Vector` (`Array{T,1} where T`).
private let openParameter = TypeSyntax(head: "#open", arguments: [])

/// How many parameters each parametric type of the tree takes.
private let parameterCounts: [String: Int] = [
    "Array": 2, "DenseArray": 2, "AbstractArray": 2, "BitArray": 1, "Complex": 1, "Rational": 1, "Irrational": 1,
    "UnitRange": 1, "Base.OneTo": 1, "AbstractUnitRange": 1, "StepRange": 2, "OrdinalRange": 2, "StepRangeLen": 4,
    "AbstractRange": 1, "Dict": 2, "AbstractDict": 2, "Adjoint": 2, "Transpose": 2, "Pair": 2, "Set": 1, "AbstractSet": 1,
    "NamedTuple": 2,
]

/// The base names (before `{`) of every type the tree knows, as written in code.
let knownTypeNames: Set<String> = Set(scalarSupertype.keys).union(parameterCounts.keys).union([
    "Any", "Vector", "Matrix", "AbstractVector", "AbstractMatrix", "AbstractVecOrMat", "DenseVector", "DenseMatrix",
    "BitVector", "BitMatrix", "ComplexF64", "Tuple", "NTuple", "NamedTuple", "Union",
])

/// The rank aliases: `Array{T,1}` is written `Vector{T}`, `AbstractArray{T,2}` `AbstractMatrix{T}`.
let rankAliases: [String: (vector: String, matrix: String)] = [
    "Array": ("Vector", "Matrix"), "DenseArray": ("DenseVector", "DenseMatrix"), "AbstractArray": ("AbstractVector", "AbstractMatrix"),
]

/// The tree's own form of a type: aliases written out (`Vector{T}` is `Array{T, 1}`,
/// `ComplexF64` `Complex{Float64}`) and parameters left off filled with open ones.
private func expanded(_ type: TypeSyntax) -> TypeSyntax {
    var arguments = type.arguments.map(expanded)
    var head = type.head
    for (full, alias) in rankAliases where head == alias.vector || head == alias.matrix {
        arguments = [arguments.first ?? openParameter, TypeSyntax(head: head == alias.vector ? "1" : "2", arguments: [])]
        head = full
    }
    switch head {
    case "Int": head = "Int64"
    case "ComplexF64": (head, arguments) = ("Complex", [TypeSyntax(head: "Float64", arguments: [])])
    case "BitVector": (head, arguments) = ("BitArray", [TypeSyntax(head: "1", arguments: [])])
    case "BitMatrix": (head, arguments) = ("BitArray", [TypeSyntax(head: "2", arguments: [])])
    default: break
    }
    if let count = parameterCounts[head], arguments.count < count {
        arguments += Array(repeating: openParameter, count: count - arguments.count)
    }
    return TypeSyntax(head: head, arguments: arguments)
}

/// How Julia writes the type; nil when an open parameter comes before a closed one
/// (`Array{T, 3} where T`), which no name here stands for.
private func spelled(_ type: TypeSyntax) -> String? {
    var arguments = type.arguments
    while arguments.last == openParameter { arguments.removeLast() }
    if arguments.contains(openParameter) { return nil }
    if let alias = rankAliases[type.head], type.arguments.count == 2, type.arguments[1].arguments.isEmpty,
       let rank = Int(type.arguments[1].head), rank == 1 || rank == 2 {
        let name = rank == 1 ? alias.vector : alias.matrix
        if type.arguments[0] == openParameter { return name }
        return spelled(type.arguments[0]).map { "\(name){\($0)}" }
    }
    if type.head == "Complex", arguments == [TypeSyntax(head: "Float64", arguments: [])] { return "ComplexF64" }
    if type.head == "BitArray", arguments.count == 1, arguments[0].head == "1" { return "BitVector" }
    if type.head == "BitArray", arguments.count == 1, arguments[0].head == "2" { return "BitMatrix" }
    guard !arguments.isEmpty else { return type.head }
    var parts: [String] = []
    for argument in arguments {
        guard let part = spelled(argument) else { return nil }
        parts.append(part)
    }
    return type.head + "{" + parts.joined(separator: ", ") + "}"
}

/// The direct supertype in the tree's form; nil for Any and for types the tree does not know.
private func parent(of type: TypeSyntax) -> TypeSyntax? {
    let p = type.arguments
    func make(_ head: String, _ arguments: [TypeSyntax]) -> TypeSyntax { TypeSyntax(head: head, arguments: arguments) }
    let rankOne = make("1", [])
    switch (type.head, p.count) {
    case (_, 0): return scalarSupertype[type.head].map { make($0, []) }
    case ("Array", 2): return make("DenseArray", p)
    case ("DenseArray", 2): return make("AbstractArray", p)
    case ("AbstractArray", 2): return make("Any", [])
    case ("BitArray", 1): return make("AbstractArray", [make("Bool", []), p[0]])
    case ("Adjoint", 2), ("Transpose", 2): return make("AbstractArray", [p[0], make("2", [])])
    case ("Complex", 1): return make("Number", [])
    case ("Rational", 1): return make("Real", [])
    case ("Irrational", 1): return make("AbstractIrrational", [])
    case ("UnitRange", 1), ("Base.OneTo", 1): return make("AbstractUnitRange", p)
    case ("AbstractUnitRange", 1): return make("OrdinalRange", [p[0], p[0]])
    case ("StepRange", 2): return make("OrdinalRange", p)
    case ("OrdinalRange", 2), ("StepRangeLen", 4): return make("AbstractRange", [p[0]])
    case ("AbstractRange", 1): return make("AbstractArray", [p[0], rankOne])
    case ("Dict", 2): return make("AbstractDict", p)
    case ("Set", 1): return make("AbstractSet", p)
    case ("AbstractDict", 2), ("AbstractSet", 1), ("Pair", 2), ("Tuple", _), ("NTuple", 2), ("NamedTuple", 2): return make("Any", [])
    default: return nil
    }
}

/// A type's chain of supertypes in the tree's form, itself first, and whether it reaches Any.
private func ancestry(of type: TypeSyntax) -> (chain: [TypeSyntax], reachesAny: Bool) {
    var chain = [type]
    var current = type
    while current.head != "Any" {
        guard let next = parent(of: current) else { return (chain, false) }
        chain.append(next)
        current = next
    }
    return (chain, true)
}

/// `supertype(T)` for a type of Julia's the tree knows, in Julia's spelling; nil for
/// Any, for a type with open parameters, and for types the tree does not know.
func juliaSupertype(of name: String) -> String? {
    guard let syntax = TypeSyntax(name, heads: .anything) else { return nil }
    let type = expanded(syntax)
    guard !containsOpen(type), let up = parent(of: type) else { return nil }
    return spelled(up)
}

/// Whether the type leaves parameters open (`Vector`, `Dict`, `Array{Float64}`): its
/// own type is then `UnionAll` rather than `DataType`.
func leavesParametersOpen(_ name: String) -> Bool {
    guard let syntax = TypeSyntax(name, heads: .anything) else { return false }
    return containsOpen(expanded(syntax))
}

private func containsOpen(_ type: TypeSyntax) -> Bool {
    type == openParameter || type.arguments.contains(where: containsOpen)
}

/// The user types a check may meet: a declared type's name and its declared
/// supertypes, nearest first (Any left off); nil for a name the program did not declare.
typealias DeclaredTypes = (String) -> [String]?

/// Every name under which a value of type `name` (canonical) is an instance: the names
/// of all its supertypes, each with its parameters and with trailing ones left off
/// (`AbstractArray{Float64}`, `AbstractArray`), and the aliases Julia writes for them.
func supertypes(of name: String, declared: DeclaredTypes? = nil) -> Set<String> {
    var names: Set<String> = [name, "Any"]
    let base = String(name.prefix { $0 != "{" })
    if let ancestors = declared?(base) {
        return names.union([base]).union(ancestors)
    }
    if name.hasPrefix("@NamedTuple{") { names.insert("NamedTuple") }
    if name.hasPrefix("NTuple{") || name.hasPrefix("Tuple{") { names.insert("Tuple") }
    guard let syntax = TypeSyntax(name, heads: .anything) else { return names }
    for ancestor in ancestry(of: expanded(syntax)).chain {
        // The ancestor with its trailing parameters opened one by one.
        var arguments = ancestor.arguments
        while true {
            let partial = TypeSyntax(head: ancestor.head, arguments: arguments)
            if let spelling = spelled(partial) { names.insert(spelling) }
            if let alias = rankAliases[ancestor.head], arguments.count == 2, ["1", "2"].contains(arguments[1].head) {
                // `Vector` is `Array{T, 1} where T`: the rank kept, the element left open.
                names.insert(arguments[1].head == "1" ? alias.vector : alias.matrix)
            }
            if ancestor.head == "AbstractArray", arguments.count == 2, ["1", "2"].contains(arguments[1].head) {
                // AbstractVecOrMat{T} is Union{AbstractVector{T}, AbstractMatrix{T}}.
                names.insert("AbstractVecOrMat")
                if arguments[0] != openParameter, let element = spelled(arguments[0]) { names.insert("AbstractVecOrMat{\(element)}") }
            }
            guard let last = arguments.lastIndex(where: { $0 != openParameter }) else { break }
            arguments[last] = openParameter
        }
    }
    return names
}

/// Whether every supertype of the (canonical) type is known to the tree, so that a
/// name missing from `supertypes(of:)` is truly not one of them.
func hasKnownAncestry(_ name: String, declared: DeclaredTypes? = nil) -> Bool {
    if declared?(String(name.prefix { $0 != "{" })) != nil { return true }
    if let elements = tupleTypeParameters(name) { return elements.allSatisfy { hasKnownAncestry($0, declared: declared) } }
    if name.hasPrefix("@NamedTuple{") { return true }
    guard let syntax = TypeSyntax(name, heads: .anything) else { return false }
    return ancestry(of: expanded(syntax)).reachesAny
}

/// Whether every name in the (canonical) type is one of the tree's, so that whether a
/// value of a known type is an instance of it can be decided from the tree alone.
func isDecidable(_ name: String) -> Bool {
    if let members = unionMembers(name) { return members.allSatisfy(isDecidable) }
    guard let syntax = TypeSyntax(name, heads: .anything) else { return false }
    func known(_ type: TypeSyntax) -> Bool {
        (knownTypeNames.contains(type.head) || Int(type.head) != nil) && type.arguments.allSatisfy(known)
    }
    return known(syntax)
}

/// The members of a `Union{...}` type's name, nil for another type.
func unionMembers(_ name: String) -> [String]? {
    guard name.hasPrefix("Union{"), name.hasSuffix("}") else { return nil }
    let inner = name.dropFirst("Union{".count).dropLast()
    return inner.isEmpty ? [] : splitParameters(String(inner))
}

/// `a <: b` for canonical type names.
func isSubtype(_ a: String, _ b: String, declared: DeclaredTypes? = nil) -> Bool {
    if a == b || b == "Any" { return true }
    if let members = unionMembers(a) { return members.allSatisfy { isSubtype($0, b, declared: declared) } }
    if let members = unionMembers(b) { return members.contains { isSubtype(a, $0, declared: declared) } }
    if let left = tupleTypeParameters(a) {
        // Tuples are covariant: each element's type a subtype of the other's.
        if b == "Tuple" { return true }
        guard let right = tupleTypeParameters(b), left.count == right.count else { return false }
        return zip(left, right).allSatisfy { isSubtype($0, $1, declared: declared) }
    }
    return supertypes(of: a, declared: declared).contains(b)
}

// MARK: Unions as Julia writes them

/// The module each type of the tree belongs to, which orders a Union's members.
private func moduleName(_ head: String) -> String {
    let base: Set<String> = [
        "Complex", "Rational", "Irrational", "AbstractIrrational", "Dict", "AbstractDict", "UnitRange", "StepRange",
        "StepRangeLen", "AbstractRange", "OrdinalRange", "AbstractUnitRange", "Base.OneTo", "BitArray", "Pair", "Missing",
    ]
    if ["Adjoint", "Transpose"].contains(head) { return "LinearAlgebra" }
    return base.contains(head) ? "Base" : "Core"
}

/// Where a member goes in a Union, as Julia's union_sort_cmp orders them: singleton
/// types first, then isbits types, then the rest; within each, by module, type name
/// and parameters.
private struct UnionSortKey: Comparable {
    let group: Int
    let module: String
    let name: String
    let parameterCount: Int
    let parameters: [String]

    init?(_ member: String) {
        guard let syntax = TypeSyntax(member, heads: .anything) else { return nil }
        let type = expanded(syntax)
        guard knownTypeNames.contains(type.head) || type.head == "Tuple" else { return nil }
        if containsOpen(type) {
            group = 3  // a UnionAll, after every DataType
        } else if type.head == "Nothing" {
            group = 0
        } else if isBits(type) {
            group = 1
        } else {
            group = 2
        }
        module = moduleName(type.head)
        name = type.head
        parameterCount = type.arguments.count
        parameters = type.arguments.map(\.text)
    }

    static func < (a: UnionSortKey, b: UnionSortKey) -> Bool {
        (a.group, a.module, a.name, a.parameterCount) < (b.group, b.module, b.name, b.parameterCount)
            || (a.group, a.module, a.name, a.parameterCount) == (b.group, b.module, b.name, b.parameterCount) && a.parameters.lexicographicallyPrecedes(b.parameters)
    }
}

/// Whether values of the (concrete) type are plain bits: numbers and characters, and
/// tuples of them.
private func isBits(_ type: TypeSyntax) -> Bool {
    switch type.head {
    case "Int64", "Float64", "Float32", "Bool", "Char": return true
    case "Complex", "Rational": return type.arguments.allSatisfy(isBits)
    case "Tuple": return type.arguments.allSatisfy(isBits)
    default: return false
    }
}

/// `Union{...}` of canonical members as Julia makes it: nested unions flattened, a
/// member that is a subtype of another dropped, the rest in Julia's order; a single
/// member is itself and none is `Union{}`. Nil when a member is a type whose place in
/// the order the notebook does not know (a struct of the program's).
func canonicalUnion(_ members: [String]) -> String? {
    var flat: [String] = []
    for member in members {
        for part in unionMembers(member) ?? [member] where !flat.contains(part) { flat.append(part) }
    }
    let kept = flat.filter { m in !flat.contains { $0 != m && isSubtype(m, $0) } }
    guard kept.count != 1 else { return kept[0] }
    var keyed: [(key: UnionSortKey, name: String)] = []
    for member in kept {
        guard let key = UnionSortKey(member) else { return nil }
        keyed.append((key, member))
    }
    keyed.sort { $0.key < $1.key }
    return "Union{" + keyed.map(\.name).joined(separator: ", ") + "}"
}

// MARK: Type variables

/// The parameters of the supertype of `name` (canonical, or a value's type) that has the
/// head of `pattern` (`Vector{T}` is `Array{T, 1}`, so `Vector{Int64}` gives `Int64, 1`
/// and `UnitRange{Int64}` against `AbstractVector{T}` gives `Int64, 1`), in Julia's
/// spelling, with the pattern's own expanded parameters beside them; nil when none has.
func matchingAncestor(of name: String, like pattern: TypeSyntax, declared: DeclaredTypes? = nil) -> (pattern: [TypeSyntax], found: [String])? {
    let shape = expanded(pattern)
    if declared?(String(name.prefix { $0 != "{" })) != nil {
        // A struct of the program's: only its own head, with its parameters.
        guard let syntax = TypeSyntax(name, heads: .anything), syntax.head == pattern.head, syntax.arguments.count == pattern.arguments.count else { return nil }
        return (pattern.arguments, syntax.arguments.map(\.text))
    }
    guard let syntax = TypeSyntax(name, heads: .anything) else { return nil }
    for ancestor in ancestry(of: expanded(syntax)).chain where ancestor.head == shape.head && ancestor.arguments.count == shape.arguments.count {
        var found: [String] = []
        for argument in ancestor.arguments {
            guard let spelling = spelled(argument) else { return nil }
            found.append(spelling)
        }
        return (shape.arguments, found)
    }
    return nil
}

/// Whether the (canonical) type is concrete: it can be a value's type, with no
/// parameter left open and none of the abstract types of the tree.
func isConcreteType(_ name: String) -> Bool {
    guard unionMembers(name) == nil, let syntax = TypeSyntax(name, heads: .anything) else { return false }
    let type = expanded(syntax)
    guard !containsOpen(type), ancestry(of: type).reachesAny else { return false }
    let abstract: Set<String> = [
        "Any", "Number", "Real", "Integer", "Signed", "AbstractFloat", "AbstractIrrational", "AbstractString", "AbstractChar",
        "Exception", "Function", "DenseArray", "AbstractArray", "AbstractRange", "OrdinalRange", "AbstractUnitRange",
        "AbstractDict", "AbstractSet",
    ]
    return !abstract.contains(type.head)
}
