/// Which of Main's global names are constants, and what assigning one does, as Julia
/// 1.10 decides it (src/module.c, jl_checked_assignment and jl_declare_constant;
/// src/method.c, jl_generic_function_def).
///
/// A name is constant when `const x = ...` declared it, or when a `function`, `struct`
/// or `abstract type` definition bound it (Julia makes those bindings constant).
/// Assigning a constant the value it has (`===`) does nothing; a value of another type,
/// or a type, is Julia's `invalid redefinition of constant Main.x`. A different value
/// of the same type Julia assigns after printing a warning to stderr, and methods
/// compiled before may keep using the old value (the manual's Constants section shows
/// `f()` still returning it), which the notebook cannot reproduce: that one is refused.
final class GlobalBindings {
    enum Constness {
        /// `const x = v`.
        case declared
        /// A `function`, `struct` or `abstract type` definition.
        case definition
    }

    /// Julia's name for the module the program's globals live in.
    static let module = "Main"

    /// The constants, by name number; a workspace snapshot keeps a copy (`:back`).
    var constants: [Int: Constness] = [:]

    /// How each name stands to the builtin of that name, by name number (see `Resolution`).
    var resolutions: [Resolution] = []

    /// Whether a write to a global must be checked here: true for constants and for
    /// names a builtin has, so a loop assigning an ordinary global pays two probes.
    func guards(_ name: Name) -> Bool {
        (name.id < resolutions.count && resolutions[name.id] != .unresolved) || (!constants.isEmpty && constants[name.id] != nil)
    }

    /// Checks a write to the global `name`, which holds `old` (nil: Main has no binding
    /// of its own yet, so the write makes one, as Julia's jl_get_binding_wr does).
    func checkWrite(to name: Name, holding old: Value?, _ new: Value) throws {
        if let old { return try checkAssignment(to: name, holding: old, new) }
        try checkNewBinding(name, as: "assigning")
    }

    func constness(of name: Name) -> Constness? { constants[name.id] }

    func markConstant(_ name: Name, _ kind: Constness) {
        if constants[name.id] != .definition { constants[name.id] = kind }
    }

    /// Checks assigning `new` to the constant `name` that holds `old`; returns normally
    /// when Julia assigns silently (the same value).
    func checkAssignment(to name: Name, holding old: Value, _ new: Value) throws {
        guard constants[name.id] != nil, !identical(old, new) else { return }
        if isType(new) || isType(old) || !sameType(old, new) {
            throw RuntimeError("invalid redefinition of constant \(Self.module).\(name.text)", kind: .error)
        }
        throw RuntimeError(
            "assigning a new value to the constant \(name.text) is not supported: Julia prints \"WARNING: redefinition of constant \(Self.module).\(name.text)\" and methods compiled before may keep using the old value; use a plain global (without `const`)",
            kind: .notSupported)
    }

    /// Declaring a type under a name that has a value the declaration does not match:
    /// a plain global cannot become a constant; a constant is not redefined.
    func redefinitionError(of name: Name) -> RuntimeError {
        guard constants[name.id] != nil else {
            return RuntimeError("cannot declare \(Self.module).\(name.text) constant; it already has a value", kind: .error)
        }
        return RuntimeError("invalid redefinition of constant \(Self.module).\(name.text)", kind: .error)
    }

    /// A method definition `f(x) = ...` at the top level, where the global `f` holds
    /// `existing` (not a function that definitions made): a value that is not a function
    /// cannot become one, and a constant naming another function would extend that one.
    func checkMethodDefinition(of name: Name, holding existing: Value) throws {
        if constants[name.id] == .declared, case .function = existing {
            throw RuntimeError(
                "adding a method through the constant \(name.text), which names another function, is not supported; define the method under the function's own name",
                kind: .notSupported)
        }
        throw RuntimeError("cannot define function \(name.text); it already has a value", kind: .error)
    }

    /// Julia's `jl_is_type`: a type, or a struct type (which the notebook holds as its constructor).
    private func isType(_ value: Value) -> Bool {
        switch value {
        case .type: return true
        case .function(let f): return f.structType != nil || f.juliaType != nil
        default: return false
        }
    }

    /// Whether Julia's `typeof` of the two is the same type. Every named function has a
    /// type of its own; two anonymous ones share one when one expression made both.
    private func sameType(_ a: Value, _ b: Value) -> Bool {
        if case .function(let f) = a, case .function(let g) = b {
            guard f.name.hasPrefix("#"), g.name.hasPrefix("#"),
                  case .closure(let d, _, _)? = f.methods.first, case .closure(let e, _, _)? = g.methods.first else { return false }
            return d === e
        }
        return typeName(a) == typeName(b)
    }

    // MARK: Names Main shares with the builtins

    /// How Main's name stands to the builtin of the same name. Main takes Base's names
    /// (and here Knet's and the other loaded modules') through `using`, and Julia binds
    /// a name to the module's the first time code reading it runs or is compiled
    /// (jl_resolve_owner in src/module.c); before that, assigning the name or defining
    /// a method under it makes a new binding of Main's own (jl_get_binding_wr), so
    /// `sqrt(x::MyT) = ...` makes a function `sqrt` with that one method, and
    /// `sqrt(4.0)` is then a MethodError.
    enum Resolution: UInt8 {
        /// Nothing has read the name: a write makes Main's own.
        case unresolved
        /// Code that ran named it, but no read of it ran: Julia may have resolved it
        /// while compiling that code, or not, so a write is refused.
        case mentioned
        /// A read of it ran: Main's name is the module's binding.
        case resolved
        /// `import Base: f`: the module's binding, which definitions extend.
        case imported
    }

    func resolution(of name: Name) -> Resolution {
        name.id < resolutions.count ? resolutions[name.id] : .unresolved
    }

    /// A read of the builtin `name` ran (called on every such read, so it is cheap).
    func noteRead(_ name: Name) {
        if name.id < resolutions.count, resolutions[name.id].rawValue >= Resolution.resolved.rawValue { return }
        set(name, .resolved)
    }

    /// Code that ran named the builtin `name`.
    func noteMentioned(_ name: Name) {
        if resolution(of: name) == .unresolved { set(name, .mentioned) }
    }

    /// `import M: name` (`explicitly`) or `using M: name`.
    func noteImported(_ name: Name, explicitly: Bool) {
        set(name, explicitly || resolution(of: name) == .imported ? .imported : .resolved)
    }

    private func set(_ name: Name, _ resolution: Resolution) {
        if name.id >= resolutions.count {
            resolutions.append(contentsOf: repeatElement(.unresolved, count: name.id - resolutions.count + 1))
        }
        resolutions[name.id] = resolution
    }

    /// A write that would make Main's own binding of a name a builtin has (`what`
    /// says which: "assigning", "defining a struct named"...).
    func checkNewBinding(_ name: Name, as what: String) throws {
        switch resolution(of: name) {
        case .unresolved: return
        case .mentioned: throw Self.undecidable(name, what)
        case .resolved:
            guard let module = juliaModule(of: name.text) else { throw Self.unknownModule(name, what) }
            throw RuntimeError("cannot assign a value to imported variable \(module).\(name.text) from module \(Self.module)", kind: .error)
        case .imported:
            // Julia names the binding after Main when it was imported explicitly (jl_binding_dbgmodule).
            throw RuntimeError("cannot assign a value to imported variable \(Self.module).\(name.text)", kind: .error)
        }
    }

    /// How a method definition `name(...) = ...` at the top level, under the name of a
    /// builtin and without `Base.`, goes: Main's own new function, or an extension
    /// of the builtin (after `import`, or of a type's constructors), or Julia's error.
    enum MethodTarget {
        case newFunction
        case builtin
    }

    func methodTarget(for name: Name, isType: Bool) throws -> MethodTarget {
        let what = "defining a method of"
        switch resolution(of: name) {
        // A type's name is read wherever a signature or a field is annotated with it,
        // which the notebook does not track, so its resolution is never known for sure.
        case .unresolved where isType, .mentioned: throw Self.undecidable(name, what)
        case .unresolved: return .newFunction
        case .imported: return .builtin
        case .resolved:
            // Julia lets a module add constructors to a type it uses without importing it.
            if isType { return .builtin }
            guard let module = juliaModule(of: name.text) else { throw Self.unknownModule(name, what) }
            throw RuntimeError(
                "invalid method definition in \(Self.module): function \(module).\(name.text) must be explicitly imported to be extended",
                kind: .error)
        }
    }

    private static func undecidable(_ name: Name, _ what: String) -> RuntimeError {
        let extending = what.hasPrefix("defining a method")
            ? "; write `\(juliaModule(of: name.text) ?? "Base").\(name.text)(...) = ...` (or import it first) to add a method to the builtin"
            : ""
        return RuntimeError(
            "\(what) `\(name.text)`, a name the builtins have, is not supported here: Julia makes it Main's own if nothing has looked \(name.text) up yet, and refuses it once something has, which the notebook cannot tell after code that names it\(extending), or choose another name",
            kind: .notSupported)
    }

    private static func unknownModule(_ name: Name, _ what: String) -> RuntimeError {
        RuntimeError(
            "\(what) `\(name.text)` after using the builtin \(name.text) is not supported: Julia refuses it with an error naming the module \(name.text) comes from; choose another name",
            kind: .notSupported)
    }
}
