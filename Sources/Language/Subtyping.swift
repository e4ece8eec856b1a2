/// `A <: B`, `A >: B`, `supertype(T)`, `isabstracttype` and `isconcretetype`: the
/// type tree (TypeTree.swift) asked about type values, Julia's own and those the
/// program declared (`abstract type Shape end`, `struct Circle <: Shape`).
extension Runtime {
    /// The canonical name of a type value, or nil for a value that is no type.
    func nameOfType(_ value: Value) -> String? {
        switch value {
        case .type(let t): return t.name
        case .function(let f): return f.juliaType
        default: return nil
        }
    }

    /// The declared supertypes the tree needs for these type values: the program's
    /// types by name in its globals.
    private var declared: DeclaredTypes? { declaredTypes(in: typeScope) }

    /// `a <: b` for two type values.
    func subtypeTest(_ a: Value, _ b: Value) throws -> Bool {
        let names = try [a, b].map { value -> String in
            guard let name = nameOfType(value) else {
                throw RuntimeError("TypeError: in <:, expected Type, got a value of type \(typeName(value))", kind: .type)
            }
            return name
        }
        let (left, right) = (names[0], names[1])
        let declared = self.declared
        for name in names where !(unionMembers(name) ?? [name]).allSatisfy({ isDecidable($0) || declared?(baseName($0)) != nil }) {
            throw RuntimeError("`<:` with the type \(name) is not supported: the notebook's type tree knows Julia's number, string, array, range, dictionary and tuple types and the types the program declares", kind: .notSupported)
        }
        guard hasKnownAncestry(left, declared: declared) || unionMembers(left) != nil else {
            throw RuntimeError("`<:` with the type \(left) is not supported: the notebook does not know all of its supertypes", kind: .notSupported)
        }
        return isSubtype(left, right, declared: declared)
    }

    /// Julia's `supertype(T)`: the direct supertype; `Any`'s is Any.
    func supertype(of value: Value) throws -> Value {
        guard let name = nameOfType(value) else {
            throw RuntimeError("MethodError: no method matching supertype(::\(typeName(value)))", kind: .method)
        }
        if name == "Any" { return typeValue(named: "Any") }
        if let ancestors = declared?(baseName(name)) {
            return ancestors.first.map(declaredTypeValue) ?? typeValue(named: "Any")
        }
        if unionMembers(name) != nil {
            throw RuntimeError("MethodError: no method matching supertype(::Type{\(name)})", kind: .method)
        }
        guard let parent = juliaSupertype(of: name) else {
            throw RuntimeError("supertype(\(name)) is not supported: the notebook's type tree does not know it", kind: .notSupported)
        }
        return typeValue(named: parent)
    }

    private func baseName(_ name: String) -> String { String(name.prefix { $0 != "{" }) }

    /// The value a program's abstract type is bound to.
    private func declaredTypeValue(_ name: String) -> Value {
        typeScope?.lookup(Name(name)) ?? .type(TypeValue(name, isConcrete: false))
    }
}

extension Value {
    /// Whether this is a struct or abstract type the program declared.
    var isDeclaredType: Bool {
        switch self {
        case .function(let f): return f.structType != nil
        case .type(let t): return t.declaredAncestors != nil
        default: return false
        }
    }
}

extension Library {
    mutating func registerTypeTreeBuiltins() {
        define("supertype", 1...1, help: "supertype(T) — T's direct supertype: supertype(Int64) is Signed") { interp, args in
            try interp.supertype(of: args[0])
        }
        // Julia's abstract types that are not also conversions, as values for `isa`, `<:` and dispatch.
        for name in [
            "Signed", "AbstractString", "AbstractChar", "AbstractVector", "AbstractMatrix", "AbstractVecOrMat", "DenseArray",
            "DenseVector", "DenseMatrix", "AbstractRange", "OrdinalRange", "AbstractUnitRange", "AbstractIrrational",
            "Exception", "AbstractDict", "Nothing",
        ] where functions[name] == nil && values[name] == nil {
            defineValue(name, .type(TypeValue(name, isConcrete: false)))
        }
    }
}
