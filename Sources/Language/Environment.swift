/// One scope of variables, linked to the scope it is nested in.
///
/// Julia's rules, which the interpreter follows: function bodies, `let` blocks and
/// comprehensions are hard local scopes; loops and `try` are soft ones (loops get a
/// fresh scope each iteration, so closures capture that iteration's variable);
/// `begin` and `if` make no scope. Assigning to a name updates the nearest local scope
/// that has it; otherwise the name becomes local to the current scope, except that in
/// soft scopes at the top level of a cell, assigning to an existing global updates
/// the global (the REPL's soft scope). Hard scopes never assign to globals unless the
/// name is declared `global`.
public final class Environment {
    public enum Kind {
        case global
        /// A function body, `let` block or comprehension: assignments never reach past it to globals.
        case hard
        /// A loop body or `try` block.
        case soft
    }

    var values: [String: Value] = [:]
    let parent: Environment?
    let kind: Kind
    /// Names declared `global` in this scope.
    var globalNames: Set<String> = []

    public init(parent: Environment?, kind: Kind) {
        self.parent = parent
        self.kind = kind
    }

    /// The outermost scope.
    var globalScope: Environment {
        var scope = self
        while let p = scope.parent { scope = p }
        return scope
    }

    func lookup(_ name: String) -> Value? {
        var scope: Environment? = self
        while let s = scope {
            if let v = s.values[name] { return v }
            if !s.globalNames.isEmpty && s.globalNames.contains(name) { return s.globalScope.values[name] }
            scope = s.parent
        }
        return nil
    }

    /// A name's value in the local scopes only (stopping before the global scope).
    func lookupLocal(_ name: String) -> Value? {
        var scope: Environment? = self
        while let s = scope, s.kind != .global {
            if let v = s.values[name] { return v }
            scope = s.parent
        }
        return nil
    }

    /// Assigns following Julia's scope rules (see the type's documentation).
    func assign(_ name: String, _ value: Value) {
        var scope: Environment = self
        var crossedHardScope = false
        while true {
            if !scope.globalNames.isEmpty && scope.globalNames.contains(name) {
                scope.globalScope.values[name] = value
                return
            }
            if scope.kind == .global {
                if !crossedHardScope && scope.values[name] != nil {
                    scope.values[name] = value
                    return
                }
                break
            }
            if scope.values[name] != nil {
                scope.values[name] = value
                return
            }
            if scope.kind == .hard { crossedHardScope = true }
            guard let parent = scope.parent else { break }
            scope = parent
        }
        values[name] = value
    }

    /// Makes `name` local to this scope (`local x`, parameters, loop variables).
    func define(_ name: String, _ value: Value) {
        values[name] = value
    }
}
