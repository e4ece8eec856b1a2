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
    let declared = declaredTypes(in: scope)
    // A name bound to one of Julia's types (`IntOrString = Union{Int, AbstractString}`) stands for it.
    if !knownTypeNames.contains(canonical), declared?(canonical) == nil, case .type(let alias)? = scope?.lookup(Name(canonical)),
       isDecidable(alias.name) {
        return alias.name
    }
    for member in unionMembers(canonical) ?? [canonical] {
        let base = String(member.prefix { $0 != "{" })
        guard knownTypeNames.contains(base) || declared?(base) != nil else {
            throw RuntimeError("the type `\(written)` is not known here; dispatch and `::` know Julia's number, string, array, range, dictionary and tuple types", kind: .notSupported, at: position)
        }
    }
    return canonical
}

/// Whether a value is an instance of the (canonical, checked) type.
func isInstance(_ value: Value, of type: String) -> Bool {
    type == "Any" || isSubtype(typeName(value), type, declared: declaredTypes(of: value))
}

/// The declared supertypes of a struct value's type, for the tree (TypeTree.swift).
func declaredTypes(of value: Value) -> DeclaredTypes? {
    guard case .host(let instance as StructInstance) = value else { return nil }
    let type = instance.type
    return { $0 == type.name ? type.ancestors : nil }
}

/// The declared supertypes of the struct and abstract types `scope` names.
func declaredTypes(in scope: Environment?) -> DeclaredTypes? {
    guard let scope else { return nil }
    return { name in
        switch scope.lookup(Name(name)) {
        case .function(let f)?: return f.structType?.ancestors
        case .type(let t)?: return t.declaredAncestors
        default: return nil
        }
    }
}

extension FunctionValue {
    /// The method a call with these positional arguments runs, or nil when no method
    /// takes that many (the caller reports the counts). Throws Julia's MethodError when
    /// methods take that many but none accepts these types, or two fit equally well.
    func method(for arguments: [Value], at position: SourcePosition) throws -> Method? {
        try methodAndTypeVariables(for: arguments, at: position)?.method
    }

    /// `method(for:at:)`, with the type each of the method's `where` variables takes.
    func methodAndTypeVariables(for arguments: [Value], at position: SourcePosition) throws -> (method: Method, typeVariables: [String: String])? {
        // The common case, one method or none typed, is decided by the count alone.
        let counted = methods.indices.filter { methods[$0].arity.contains(arguments.count) }
        guard !counted.isEmpty else { return nil }
        if counted.allSatisfy({ !methods[$0].isTyped }) {
            // Untyped signatures of one count differ only in where a trailing `xs...`
            // starts, and Julia's Tuple{Any, Any} is more specific than
            // Tuple{Any, Vararg{Any}}, which is more than Tuple{Vararg{Any}}: so
            // `Chain(layers...) = Chain(layers)` calls the default constructor.
            let rank = { (k: Int) in self.methods[k].varargsStart(at: arguments.count) ?? Int.max }
            let best = counted.map(rank).max()!
            return (methods[counted.last { rank($0) == best }!], [:])
        }
        let types = arguments.map(typeName)
        var fitting: [FittingMethod] = []
        for k in counted {
            if let signature = try methods[k].whereSignature(forArgumentCount: arguments.count, at: position) {
                let bindings = signature.bindings(
                    types: types, fits: { isInstance(arguments[$0], of: $1) }, concreteOnly: false,
                    declared: { name in arguments.lazy.compactMap { declaredTypes(of: $0)?(name) }.first })
                if let bindings { fitting.append(FittingMethod(index: k, signature: [], typeVariables: (signature, bindings))) }
                continue
            }
            let signature = try methods[k].signature(forArgumentCount: arguments.count, at: position)
            if zip(arguments, signature).allSatisfy({ isInstance($0, of: $1) }) {
                fitting.append(FittingMethod(index: k, signature: signature, typeVariables: nil, varargsStart: methods[k].varargsStart(at: arguments.count)))
            }
        }
        let argumentTypes = types.map { "::" + $0 }.joined(separator: ", ")
        guard !fitting.isEmpty else {
            throw RuntimeError("MethodError: no method matching \(name)(\(argumentTypes))", kind: .method, at: position)
        }
        // The most specific: no other fitting method is more specific than it.
        let declared = methods.lazy.compactMap { method -> Environment? in
            if case .closure(_, let scope, _) = method { return scope }
            return nil
        }.first.flatMap(declaredTypes(in:))
        var best: [FittingMethod] = []
        for candidate in fitting where !(try fitting.contains { try $0.isMoreSpecific(than: candidate, declared: declared, at: position) }) {
            best.append(candidate)
        }
        if Set(best.map(\.key)).count > 1 {
            // Julia may read two such signatures as one type, the later replacing the earlier.
            if best.contains(where: { $0.typeVariables != nil }) {
                throw RuntimeError("choosing between these methods with `where` clauses is not supported yet: none is more specific than the others here", kind: .notSupported, at: position)
            }
            throw RuntimeError("MethodError: \(name)(\(argumentTypes)) is ambiguous.", kind: .method, at: position)
        }
        // Equal signatures (a program's method over a builtin's): the later definition.
        let chosen = best[best.count - 1]
        return (methods[chosen.index], chosen.typeVariables?.bindings ?? [:])
    }
}

extension FunctionValue.Method {
    /// Whether a parameter of this method has a written type.
    var isTyped: Bool {
        if case .closure(let decl, _, _) = self { return !decl.typeVariables.isEmpty || decl.parameters.contains { $0.typeName != nil } }
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

    /// Where the trailing `xs...` starts (the number of parameters before it) when a
    /// call with `count` arguments reaches it, nil when the method is fixed for that
    /// count (for fewer, Julia's method is the one its optional parameters generate,
    /// without varargs). A builtin with a bounded count is fixed, so a struct's default
    /// constructor is more specific than the program's `T(xs...)`, as in Julia; one
    /// taking any number (`println`) is a vararg method from its first argument.
    func varargsStart(at count: Int) -> Int? {
        switch self {
        case .builtin(let b): return b.arity.upperBound == Int.max ? 0 : nil
        case .closure(let decl, _, _):
            guard decl.parameters.last?.isVarargs == true, count >= decl.parameters.count - 1 else { return nil }
            return decl.parameters.count - 1
        }
    }

    /// The written types of all parameters, for telling a redefinition from a new method.
    var writtenTypes: [String?] {
        guard case .closure(let decl, _, _) = self else { return [] }
        return decl.parameters.map { $0.typeName.map { canonicalTypeName($0) ?? $0 } }
            + decl.typeVariables.map { "where \($0.name) <: \($0.bound ?? "Any")" }
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
