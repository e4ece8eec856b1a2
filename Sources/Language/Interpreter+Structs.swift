/// Running the statements that declare struct types and the methods written for them:
/// `struct` and `mutable struct`, callable values (`(m::Dense)(x) = ...`), operator
/// methods (`Base.:+(a::Money, b::Money) = ...`), and the refusals for methods the
/// notebook's builtins would not call (a `show` or `iterate` for a struct).
extension Interpreter {
    /// `struct Name ... end`: binds the name to the type, whose methods are its
    /// constructors. Running the same declaration again keeps the type (and the methods
    /// written for it), as Julia accepts an identical redefinition; any other is refused.
    func defineStruct(_ decl: StructDecl, _ env: Environment) throws -> Value {
        guard env.kind == .global else {
            throw RuntimeError("syntax: \"struct\" expression not at top level", kind: .error)
        }
        let symbol = Name(decl.name)
        if let existing = env.values[symbol] {
            if case .function(let f) = existing, let type = f.structType, type.isSameDeclaration(as: decl) { return .nothing }
            throw bindings.redefinitionError(of: symbol)
        }
        try bindings.checkNewBinding(symbol, as: "defining a struct named")
        if !decl.isMutable, decl.fields.contains(where: \.isConst) {
            // Julia checks the field attributes as it makes the type (src/datatype.c).
            throw RuntimeError("invalid field attribute const for immutable struct", kind: .error)
        }
        if !decl.typeParameters.isEmpty && !decl.innerConstructors.isEmpty {
            throw RuntimeError(
                "inner constructors of a parametric struct (`new{T}(...)`) are not supported; declare \(decl.name) without an inner constructor, or without type parameters",
                kind: .notSupported)
        }
        let type = StructType(decl, scope: env, ancestors: try declaredAncestors(below: decl.supertype, defining: decl.name, env))
        let methods: [FunctionValue.Method]
        if decl.innerConstructors.isEmpty {
            methods = [.builtin(structBuiltin(decl.name, arity: decl.fields.count...decl.fields.count) { interp, args in
                try interp.constructStruct(type, args.values, calledAs: decl.name)
            })]
        } else {
            // The inner constructors see `new`, which makes the value from its fields.
            let inner = Environment(parent: env, kind: .hard)
            inner.define(Name("new"), .function(FunctionValue(name: "new", methods: [.builtin(structBuiltin("new", arity: 0...Int.max) { interp, args in
                guard args.count >= decl.fields.count else {
                    throw RuntimeError(
                        "new with fewer arguments than \(decl.name) has fields (leaving fields undefined) is not supported", kind: .notSupported)
                }
                return try interp.constructStruct(type, args.values, calledAs: "new")
            })])))
            methods = decl.innerConstructors.map { .closure($0, inner, confinedTo: settings.confinement) }
        }
        let constructor = FunctionValue(name: decl.name, methods: methods)
        constructor.structType = type
        type.constructor = constructor
        env.define(symbol, .function(constructor))
        bindings.markConstant(symbol, .definition)
        return .nothing
    }

    /// `abstract type Name <: Parent end`: a type value that carries its supertypes, for
    /// `isa`, `<:`, `supertype` and dispatch (TypeTree.swift).
    func defineAbstractType(_ name: String, _ supertype: String?, _ env: Environment, at position: SourcePosition) throws -> Value {
        guard env.kind == .global else {
            throw RuntimeError("syntax: \"abstract type\" expression not at top level", kind: .error, at: position)
        }
        let ancestors = try declaredAncestors(below: supertype, defining: name, env)
        let symbol = Name(name)
        if let existing = env.values[symbol] {
            // Julia accepts the same declaration again and refuses any other.
            if case .type(let t) = existing, t.declaredAncestors == ancestors { return .nothing }
            var error = bindings.redefinitionError(of: symbol)
            error.position = position
            throw error
        }
        try bindings.checkNewBinding(symbol, as: "defining an abstract type named")
        env.define(symbol, .type(TypeValue(name, isConcrete: false, declaredAncestors: ancestors)))
        bindings.markConstant(symbol, .definition)
        return .nothing
    }

    /// The chain of abstract types a declaration `<: supertype` puts a new type under:
    /// the supertype and its own ancestors. Only the program's abstract types (and Any)
    /// may be subtyped here.
    private func declaredAncestors(below supertype: String?, defining name: String, _ env: Environment) throws -> [String] {
        guard let supertype, supertype != "Any" else { return [] }
        switch try lookup(Name(supertype), env) {
        case .type(let t) where t.declaredAncestors != nil:
            return [t.name] + (t.declaredAncestors ?? [])
        case .function(let f) where f.structType != nil:
            throw RuntimeError("invalid subtyping in definition of \(name): can only subtype abstract types.", kind: .error)
        default:
            throw RuntimeError(
                "declaring a type under Julia's own \(supertype) (`<: \(supertype)`) is not supported: Julia's generic methods for \(supertype) would then apply to it; declare your own `abstract type` instead",
                kind: .notSupported)
        }
    }

    /// A builtin that is handed Params as themselves, as a constructor must be (a model
    /// holds its Params, not their arrays).
    private func structBuiltin(_ name: String, arity: ClosedRange<Int>, _ body: @escaping Library.Body) -> Builtin {
        var builtin = Builtin(name: name, help: "", arity: arity, elementwise: false, body: body)
        builtin.seesHostObjects = true
        return builtin
    }

    /// `(m::Dense)(x) = ...`: a method run when a value of the struct is called.
    func defineFunctorMethod(_ decl: FunctionDecl, _ env: Environment) throws -> Value {
        let written = decl.parameters.first?.typeName ?? ""
        guard env.kind == .global else {
            throw RuntimeError("a method of a struct's values, `(::\(written))(...)`, must be defined at the top level", kind: .error)
        }
        let base = String(written.prefix { $0 != "{" })
        guard case .function(let f)? = env.lookup(Name(base)), let type = f.structType else {
            throw RuntimeError(
                "`(::\(written))(...) = ...` makes the values of a struct callable; `\(base)` is not a struct declared here, and callable values of other types are not supported",
                kind: .notSupported)
        }
        let function = type.callFunction ?? FunctionValue(name: "(::\(type.name))", methods: [])
        function.addMethod(.closure(decl, env, confinedTo: settings.confinement))
        type.callFunction = function
        return .nothing
    }

    /// Definitions that need a struct to mean anything: an operator's method is kept
    /// with the struct types in its signature (the operators look there); a `show` or
    /// `iterate` method for a struct is refused, since printing and loops would not call
    /// it and would answer differently than Julia. Nil for an ordinary function.
    func defineStructMethod(_ decl: FunctionDecl, _ env: Environment) throws -> Value? {
        guard let name = decl.name else { return nil }
        let structTypes = decl.parameters.compactMap { parameter -> StructType? in
            guard let written = parameter.typeName else { return nil }
            if case .function(let f)? = env.lookup(Name(String(written.prefix { $0 != "{" }))) { return f.structType }
            return nil
        }
        if let op = Operator.allCases.first(where: { $0.spelling == name }) {
            guard !structTypes.isEmpty else {
                throw RuntimeError(
                    "adding methods to `\(name)` is supported only for struct types declared here, as in Base.:\(name)(a::Money, b::Money)", kind: .notSupported)
            }
            guard env.kind == .global else {
                throw RuntimeError("a method of `\(name)` must be defined at the top level", kind: .error)
            }
            // Julia makes an unqualified `+(a, b) = ...` a new function of Main's (so
            // `1 + 2` is then a MethodError) unless `+` was looked up before, when it
            // is an error; the notebook cannot tell which (operators are not looked up).
            guard decl.module != nil || bindings.resolution(of: Name(name)) == .imported else {
                throw RuntimeError(
                    "defining `\(name)` without `Base.:\(name)` (or `import Base: \(name)` first) is not supported: Julia would make it a new function that has only your methods, or refuse it; write Base.:\(name)(a::\(structTypes[0].name), b::\(structTypes[0].name)) = ...",
                    kind: .notSupported)
            }
            let function = structTypes.lazy.compactMap { $0.operatorFunctions[op] }.first ?? FunctionValue(name: name, methods: [])
            function.addMethod(.closure(decl, env, confinedTo: settings.confinement))
            for type in structTypes { type.operatorFunctions[op] = function }
            return .function(function)
        }
        let unheeded: Set<String> = ["show", "print", "display", "string", "repr", "iterate", "getindex", "setindex!", "getproperty", "setproperty!", "isless", "hash", "convert", "promote_rule"]
        if unheeded.contains(name), !structTypes.isEmpty || decl.parameters.contains(where: { $0.typeName == "IO" }) {
            throw RuntimeError(
                "methods of `\(name)` for your own types are not supported: the notebook's printing, loops and indexing do not call them", kind: .notSupported)
        }
        return nil
    }

    /// `p.x = v` on a struct value.
    func assignField(_ value: Value, of baseExpr: Expr, _ name: String, _ env: Environment) throws {
        let base = try evaluate(baseExpr, env)
        guard case .host(let instance as StructInstance) = base else {
            throw RuntimeError("cannot assign to a field of \(describeType(base)); only a mutable struct's fields can be assigned", kind: .error)
        }
        try setStructField(instance, name, value)
    }
}

extension Runtime {
    /// `a op b` when `a` or `b` is a struct value whose type has a method for the
    /// operator; nil otherwise. `!=` asks a `==` method when there is one, as Julia's
    /// fallback `!(a == b)` does.
    func structOperation(_ op: Operator, _ a: Value, _ b: Value) throws -> Value? {
        func function(for op: Operator) -> FunctionValue? {
            for operand in [a, b] {
                if case .host(let instance as StructInstance) = operand, let f = instance.type.operatorFunctions[op] { return f }
            }
            return nil
        }
        if let f = function(for: op) { return try call(.function(f), [a, b], [:], at: nowhere) }
        if op == .notEqual, let f = function(for: .equal) {
            let equal = try call(.function(f), [a, b], [:], at: nowhere)
            guard case .bool(let holds) = equal else { return try unaryOperation(.not, equal) }
            return .bool(!holds)
        }
        return nil
    }
}
