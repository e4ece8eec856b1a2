/// Methods with a `where` clause (`f(x::T, y::T) where T`, `g(v::Vector{T}) where {T <: Real}`),
/// as Julia dispatches them: a call fits when each type variable can be given one type
/// that makes every argument fit, and the body sees the variable as that type.
///
/// A variable written as a parameter's whole type is the argument's own type; used so
/// for several parameters, the arguments must have one type (Julia's diagonal rule: `T`
/// is then concrete, so `f(1, 2.0)` does not fit `f(x::T, y::T)`). Inside a parameter
/// of a type (`Vector{T}`, `Dict{String, T}`), parameters being invariant, it is that
/// parameter of the argument's type exactly. Variables elsewhere (nested deeper, in a
/// Union, on varargs) are refused.
struct WhereSignature: Equatable {
    enum Slot: Equatable {
        /// A type without variables (canonical).
        case plain(String)
        /// `x::T`.
        case variable(String)
        /// `x::Vector{T}`: a type whose parameters are variables or plain types.
        case pattern(TypeSyntax)
    }

    let slots: [Slot]
    /// Each variable's bound (canonical; `Any` when none is written), in written order.
    let bounds: [(name: String, bound: String)]

    static func == (a: WhereSignature, b: WhereSignature) -> Bool {
        a.slots == b.slots && a.bounds.map(\.name) == b.bounds.map(\.name) && a.bounds.map(\.bound) == b.bounds.map(\.bound)
    }

    private func bound(of name: String) -> String { bounds.first { $0.name == name }?.bound ?? "Any" }
    private func isVariable(_ type: TypeSyntax) -> Bool { type.arguments.isEmpty && bounds.contains { $0.name == type.head } }

    /// The type each variable stands for when arguments of these types are given, or nil
    /// when no choice makes them fit. `fits(i, T)` says whether argument i is a T;
    /// `concreteOnly` asks the diagonal rule of argument types that may be abstract.
    func bindings(types: [String], fits: (Int, String) -> Bool, concreteOnly: Bool, declared: DeclaredTypes?) -> [String: String]? {
        var bound: [String: String] = [:]
        // Invariant places first: they fix a variable exactly.
        for (i, slot) in slots.enumerated() {
            guard case .pattern(let pattern) = slot else { continue }
            guard let (shape, found) = matchingAncestor(of: types[i], like: pattern, declared: declared) else { return nil }
            for (part, type) in zip(shape, found) {
                if isVariable(part) {
                    if let earlier = bound[part.head], earlier != type { return nil }
                    bound[part.head] = type
                } else if canonicalTypeName(part.text) != type {
                    return nil
                }
            }
        }
        // A variable that is a whole parameter's type: the arguments' own types.
        var direct: [String: [Int]] = [:]
        for (i, slot) in slots.enumerated() {
            if case .variable(let name) = slot { direct[name, default: []].append(i) }
        }
        for (name, places) in direct {
            if let type = bound[name] {
                guard places.allSatisfy({ fits($0, type) }) else { return nil }
                continue
            }
            let type = types[places[0]]
            guard places.allSatisfy({ types[$0] == type }) else { return nil }
            if concreteOnly, places.count > 1, !isConcreteType(type) { return nil }
            bound[name] = type
        }
        for (i, slot) in slots.enumerated() {
            if case .plain(let type) = slot, !fits(i, type) { return nil }
        }
        for (name, limit) in bounds {
            guard let type = bound[name], isSubtype(type, limit, declared: declared) else { return nil }
        }
        return bound
    }

    /// Each parameter's type with the variables at their bounds: the widest the method
    /// takes, for comparing it with another method. `Vector{T}` is the bare `Vector`,
    /// which takes more than `Vector{T} where T <: Real` does: enough to show that the
    /// method's types are among another's. Nil where no name says it.
    func widest() -> [String]? {
        var types: [String] = []
        for slot in slots {
            switch slot {
            case .plain(let type): types.append(type)
            case .variable(let name): types.append(bound(of: name))
            case .pattern(let pattern):
                guard pattern.arguments.allSatisfy(isVariable) else { return nil }
                types.append(pattern.head)
            }
        }
        return types
    }
}

extension FunctionValue.Method {
    /// The method's parameter types with its `where` variables, for `count` arguments;
    /// nil for a method without a `where` clause.
    func whereSignature(forArgumentCount count: Int, at position: SourcePosition) throws -> WhereSignature? {
        guard case .closure(let decl, let scope, _) = self, !decl.typeVariables.isEmpty else { return nil }
        let names = Set(decl.typeVariables.map(\.name))
        func refusal(_ what: String) -> RuntimeError {
            RuntimeError("`where` with \(what) is not supported yet", kind: .notSupported, at: position)
        }
        let bounds = try decl.typeVariables.map { variable in
            (variable.name, try variable.bound.map { try dispatchType($0, at: position, in: scope) } ?? "Any")
        }
        var slots: [WhereSignature.Slot] = []
        var used = Set<String>()
        for parameter in decl.parameters where slots.count < count {
            guard let written = parameter.typeName else {
                slots += Array(repeating: .plain("Any"), count: parameter.isVarargs ? count - slots.count : 1)
                continue
            }
            guard let syntax = TypeSyntax(written, heads: .names) else { throw refusal("the parameter type `\(written)`") }
            let mentions = syntax.arguments.filter { names.contains($0.head) }
            let slot: WhereSignature.Slot
            if names.contains(syntax.head) {
                guard syntax.arguments.isEmpty else { throw refusal("a type variable with parameters (`\(written)`)") }
                slot = .variable(syntax.head)
                used.insert(syntax.head)
            } else if !mentions.isEmpty {
                guard syntax.head != "Union", syntax.arguments.allSatisfy({ names.contains($0.head) ? $0.arguments.isEmpty : !mentionsAny($0, names) }) else {
                    throw refusal("a type variable inside `\(written)`")
                }
                _ = try dispatchType(syntax.head, at: position, in: scope)
                slot = .pattern(syntax)
                used.formUnion(mentions.map(\.head))
            } else if mentionsAny(syntax, names) {
                throw refusal("a type variable inside `\(written)`")
            } else {
                slot = .plain(try dispatchType(written, at: position, in: scope))
            }
            if parameter.isVarargs {
                if case .plain = slot { slots += Array(repeating: slot, count: count - slots.count); continue }
                throw refusal("a type variable on varargs (`\(parameter.name)::\(written)...`)")
            }
            slots.append(slot)
        }
        if let unused = decl.typeVariables.first(where: { !used.contains($0.name) }) {
            throw refusal("a type variable no parameter uses (`\(unused.name)`)")
        }
        return WhereSignature(slots: slots, bounds: bounds)
    }
}

private func mentionsAny(_ type: TypeSyntax, _ names: Set<String>) -> Bool {
    names.contains(type.head) || type.arguments.contains { mentionsAny($0, names) }
}

/// One method that fits a call: its parameter types, or its `where` signature and the
/// types its variables took.
struct FittingMethod {
    let index: Int
    let signature: [String]
    let typeVariables: (signature: WhereSignature, bindings: [String: String])?
    /// Where the method's trailing `xs...` starts when the call reaches it (nil: it
    /// does not). Of two methods whose signatures spell out alike for this call, the
    /// one without is more specific, and of two with, the one that starts it later:
    /// Tuple{Any, Any} <: Tuple{Any, Vararg{Any}} <: Tuple{Vararg{Any}}.
    var varargsStart: Int? = nil

    /// What tells two fitting methods apart: equal keys are one signature written twice.
    var key: String {
        guard let typeVariables else { return signature.joined(separator: "\u{1}") }
        return "where \(typeVariables.signature.slots) \(typeVariables.signature.bounds.map { $0.name + "<:" + $0.bound })"
    }

    /// Whether this method is more specific than `other`: its signature is a subtype of
    /// the other's and not the other way round.
    func isMoreSpecific(than other: FittingMethod, declared: DeclaredTypes?, at position: SourcePosition) throws -> Bool {
        switch (typeVariables, other.typeVariables) {
        case (nil, nil):
            if signature == other.signature { return (varargsStart ?? Int.max) > (other.varargsStart ?? Int.max) }
            return zip(signature, other.signature).allSatisfy { isSubtype($0, $1, declared: declared) }
        case (let mine?, nil):
            return try widens(mine.signature, to: other.signature, declared, position) && !fits(other.signature, mine.signature, declared)
        case (nil, let theirs?):
            return try fits(signature, theirs.signature, declared) && !(widens(theirs.signature, to: signature, declared, position))
        case (let mine?, let theirs?):
            if mine.signature == theirs.signature { return false }
            guard let myWidest = mine.signature.widest(), let theirWidest = theirs.signature.widest() else {
                throw RuntimeError("choosing between these two methods with `where` clauses is not supported yet", kind: .notSupported, at: position)
            }
            return try fits(myWidest, theirs.signature, declared) && !(fits(theirWidest, mine.signature, declared))
        }
    }

    /// Whether every type the `where` signature takes is one of `types`.
    private func widens(_ signature: WhereSignature, to types: [String], _ declared: DeclaredTypes?, _ position: SourcePosition) throws -> Bool {
        guard let widest = signature.widest() else {
            throw RuntimeError("choosing between a method with a `where` clause and one without is not supported here yet", kind: .notSupported, at: position)
        }
        return zip(widest, types).allSatisfy { Language.isSubtype($0, $1, declared: declared) }
    }

    private func fits(_ types: [String], _ signature: WhereSignature, _ declared: DeclaredTypes?) -> Bool {
        signature.bindings(types: types, fits: { Language.isSubtype(types[$0], $1, declared: declared) }, concreteOnly: true, declared: declared) != nil
    }
}
