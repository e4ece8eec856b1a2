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
///
/// Names are interned (`Name`), so a scope is searched by comparing integers.
public final class Environment {
    public enum Kind {
        case global
        /// A function body, `let` block or comprehension: assignments never reach past it to globals.
        case hard
        /// A loop body or `try` block.
        case soft
    }

    // Read at every evaluation step. `@exclusivity(unchecked)` drops the run-time
    // exclusivity check on each access (a sixth of a scalar loop's time); the
    // interpreter never holds two overlapping accesses to these properties.
    @exclusivity(unchecked) var values = NameMap<Value>()
    let parent: Environment?
    let kind: Kind
    /// Numbers of the names declared `global` in this scope.
    @exclusivity(unchecked) var globalNames: [Int] = []

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

    private func isDeclaredGlobal(_ name: Name) -> Bool {
        !globalNames.isEmpty && globalNames.contains(name.id)
    }

    func lookup(_ name: Name) -> Value? {
        var scope: Environment? = self
        while let s = scope {
            if let v = s.values[name] { return v }
            if s.isDeclaredGlobal(name) { return s.globalScope.values[name] }
            scope = s.parent
        }
        return nil
    }

    /// A name's value in the local scopes only (stopping before the global scope).
    func lookupLocal(_ name: Name) -> Value? {
        var scope: Environment? = self
        while let s = scope, s.kind != .global {
            if let v = s.values[name] { return v }
            scope = s.parent
        }
        return nil
    }

    /// Assigns following Julia's scope rules (see the type's documentation).
    func assign(_ name: Name, _ value: Value) {
        var scope: Environment = self
        var crossedHardScope = false
        while true {
            if scope.isDeclaredGlobal(name) {
                scope.globalScope.values.set(name, value)
                return
            }
            if scope.kind == .global {
                if !crossedHardScope, let p = scope.values.position(of: name) {
                    scope.values.setValue(at: p, value)
                    return
                }
                break
            }
            if let p = scope.values.position(of: name) {
                scope.values.setValue(at: p, value)
                return
            }
            if scope.kind == .hard { crossedHardScope = true }
            guard let parent = scope.parent else { break }
            scope = parent
        }
        values.set(name, value)
    }

    /// Makes `name` local to this scope (`local x`, parameters, loop variables).
    func define(_ name: Name, _ value: Value) {
        values.set(name, value)
    }

    /// Whether `name` is declared `global` in this scope or one it is nested in, short
    /// of the global scope itself.
    func declaresGlobal(_ name: Name) -> Bool {
        var scope: Environment? = self
        while let s = scope, s.kind != .global {
            if s.isDeclaredGlobal(name) { return true }
            if s.values[name] != nil { return false }
            scope = s.parent
        }
        return false
    }

    /// Declares `name` global in this scope (`global x` inside a function or loop).
    func declareGlobal(_ name: Name) {
        if !globalNames.contains(name.id) { globalNames.append(name.id) }
    }

    /// A new empty scope for the next iteration of a loop. The previous iteration's
    /// scope is emptied and handed back when nothing kept a reference to it (no
    /// closure made in the body captured it), which no program can tell apart from a
    /// new one; otherwise a new one is made and `previous` remembers it.
    static func fresh(reusing previous: inout Environment?, parent: Environment, kind: Kind) -> Environment {
        if previous != nil, isKnownUniquelyReferenced(&previous!) {
            let scope = previous!
            scope.values.removeAll()
            scope.globalNames.removeAll()
            return scope
        }
        let scope = Environment(parent: parent, kind: kind)
        previous = scope
        return scope
    }
}
