import Engine

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
    /// For the global scope: which of its names are constants (GlobalBindings.swift).
    let bindings: GlobalBindings?

    /// Scopes alive in this process: once a call or loop is done its scopes go, and
    /// once an interpreter goes so do all of its own (see `Interpreter.finish(_:)`).
    public static let live = LiveCount()

    init(parent: Environment?, kind: Kind, bindings: GlobalBindings? = nil) {
        self.parent = parent
        self.kind = kind
        self.bindings = bindings
        Self.live.made()
    }

    deinit { Self.live.freed() }

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

    /// Assigns following Julia's scope rules (see the type's documentation). Writing a
    /// global constant is checked as Julia checks it, and may throw.
    func assign(_ name: Name, _ value: Value) throws {
        var scope: Environment = self
        var crossedHardScope = false
        while true {
            if scope.isDeclaredGlobal(name) {
                try scope.globalScope.assignGlobal(name, value)
                return
            }
            if scope.kind == .global {
                if !crossedHardScope, let p = scope.values.position(of: name) {
                    if let bindings = scope.bindings, bindings.guards(name) {
                        try bindings.checkWrite(to: name, holding: scope.values.entries[p].value, value)
                    }
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
        // A new global (this is the global scope) may take a name Main shares with a builtin.
        if let bindings, bindings.guards(name) { try bindings.checkWrite(to: name, holding: nil, value) }
        values.set(name, value)
    }

    /// Sets the global `name` (this is the global scope), checking a constant first.
    func assignGlobal(_ name: Name, _ value: Value) throws {
        if let bindings, bindings.guards(name) { try bindings.checkWrite(to: name, holding: values[name], value) }
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

    /// Frees a finished scope that only closures made in it still hold.
    ///
    /// `inner(n) = ...` inside a function, or `g = x -> ...` in a loop body, stores in
    /// the scope a closure that captured that same scope: each holds the other, so when
    /// the function returns or the iteration ends neither is ever freed (20,000 calls of
    /// a function with an inner function leaked 1.6 GB). Called once a scope's code is
    /// done, by whoever holds `scope`: when those closures are referred to by nothing
    /// but the scope's own variables, and the scope by nothing but them (no closure
    /// escaped, no nested scope lives on), the scope is emptied, which frees them all.
    /// Closures captured by a scope nested in this one are not followed: such a cycle
    /// (a local assigned from inside a loop in the function) still stays.
    ///
    /// Returns false when one of its closures is held elsewhere (it escaped: returned,
    /// pushed into a list); the cycle forms once that reference goes, so the scope is
    /// worth trying again later (`Interpreter.finish(_:)`).
    @discardableResult
    static func breakCycles(ofFinished scope: inout Environment) -> Bool {
        var held: [(function: FunctionValue, positions: [Int])] = []
        // A generator written in the scope and stored there holds it as a closure does.
        var generators: [(generator: GeneratorValue, positions: [Int])] = []
        for p in scope.values.entries.indices {
            switch scope.values.entries[p].value {
            case .function(let f) where f.captures(scope):
                // Move the reference out of the slot, keeping one per distinct function.
                scope.values.setValue(at: p, .nothing)
                if let k = held.firstIndex(where: { $0.function === f }) {
                    held[k].positions.append(p)
                } else {
                    held.append((f, [p]))
                }
            case .host(let g as GeneratorValue) where g.scope === scope:
                scope.values.setValue(at: p, .nothing)
                if let k = generators.firstIndex(where: { $0.generator === g }) {
                    generators[k].positions.append(p)
                } else {
                    generators.append((g, [p]))
                }
            default:
                continue
            }
        }
        guard !held.isEmpty || !generators.isEmpty else { return true }
        var nothingElseHoldsThem = true
        for k in held.indices where !isKnownUniquelyReferenced(&held[k].function) { nothingElseHoldsThem = false }
        for k in generators.indices where !isKnownUniquelyReferenced(&generators[k].generator) { nothingElseHoldsThem = false }
        if nothingElseHoldsThem {
            // Point the closures elsewhere for a moment, and see whether anything else
            // still holds the scope. (Keeping copies of their methods would hold it.)
            let elsewhere = Environment(parent: nil, kind: .hard)
            for item in held { item.function.redirect(from: scope, to: elsewhere) }
            for item in generators { item.generator.scope = elsewhere }
            if isKnownUniquelyReferenced(&scope) {
                var rest = scope.values.entries.map(\.value)
                scope.values.removeAll()
                held = []
                generators = []
                releaseNestedValues(&rest)
                return true
            }
            for item in held { item.function.redirect(from: elsewhere, to: scope) }
            for item in generators { item.generator.scope = scope }
        }
        for item in held {
            for p in item.positions { scope.values.setValue(at: p, .function(item.function)) }
        }
        for item in generators {
            for p in item.positions { scope.values.setValue(at: p, .host(item.generator)) }
        }
        return false
    }
}

/// A scope whose closures escaped when its code finished, kept without holding it.
struct ScopeToRevisit {
    weak var scope: Environment?
}
