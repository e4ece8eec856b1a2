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

    /// Whether a write to a global must be checked here: true for constants only, so
    /// a loop assigning an ordinary global pays one dictionary probe at most.
    func guards(_ name: Name) -> Bool {
        !constants.isEmpty && constants[name.id] != nil
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
}
