/// The check Julia's lowering makes of `for outer i` before a top-level statement runs.
///
/// Julia decides which names are locals of which scope for a whole top-level
/// statement at once (src/julia-syntax.scm, `resolve-scopes`), and `for outer i` needs
/// `i` to be, at that point, a name of an enclosing scope: an argument, a local (one
/// declared `local`, or assigned in that scope's own body, before or after the loop),
/// or one declared `global` there. Otherwise nothing of the statement runs and Julia
/// stops with `syntax: no outer local variable declaration exists for "for outer"`.
/// A global assigned at the top level is not a local, so `for outer` there always fails.
///
/// The interpreter resolves names as it runs, so this walk states the static rule:
/// each scope's names are those it declares plus those assigned in its own body
/// (Julia's `find-assigned-vars`, which does not look inside nested scopes).
struct OuterLoopCheck {
    /// Whether a global of this name exists as the statement starts. In the REPL's soft
    /// scope an assignment in a top-level loop to an existing global assigns the
    /// global, so it makes no local there.
    let globalExists: (Name) -> Bool

    /// One scope: the names `in-scope?` finds in it, and whether it is a hard scope
    /// (a function's, a `let`'s, a comprehension's).
    private struct Frame {
        var names: Set<String>
        var isHard: Bool
    }

    /// The names a scope's own body assigns, declares `local` and declares `global`.
    private struct Assignments {
        var assigned: Set<String> = []
        var locals: Set<String> = []
        var globals: Set<String> = []
    }

    static let message = "syntax: no outer local variable declaration exists for \"for outer\""

    /// Throws Julia's error when a `for outer` in `statement` has no local to reuse.
    func check(_ statement: Expr) throws {
        guard Self.containsOuterClause(statement) else { return }
        var top = Assignments()
        Self.collect(statement, into: &top)
        try visit(statement, [Frame(names: top.globals, isHard: false)], topLevelAssigned: top.assigned)
    }

    private static func containsOuterClause(_ expr: Expr) -> Bool {
        if case .forLoop(let clauses, _) = expr.kind, clauses.contains(where: \.outer) { return true }
        return expr.children.contains(where: containsOuterClause)
    }

    private func visit(_ expr: Expr, _ frames: [Frame], topLevelAssigned: Set<String>) throws {
        func inside(_ frame: Frame, _ parts: [Expr]) throws {
            for part in parts { try visit(part, frames + [frame], topLevelAssigned: topLevelAssigned) }
        }
        /// The scope of `body`, holding `declared` and what the body assigns.
        func scope(of body: [Expr], declaring declared: Set<String>, hard: Bool, within chain: [Frame]) -> Frame {
            var found = Assignments()
            for part in body { Self.collect(part, into: &found) }
            var names = declared.union(found.locals).union(found.globals)
            // The REPL's soft scope: at the top level, assigning an existing global assigns it.
            let replSoft = !hard && !chain.contains(where: \.isHard)
            for name in found.assigned where !(replSoft && (globalExists(Name(name)) || topLevelAssigned.contains(name))) {
                names.insert(name)
            }
            return Frame(names: names, isHard: hard)
        }
        switch expr.kind {
        case .forLoop(let clauses, let body):
            var chain = frames
            for clause in clauses {
                try visit(clause.iterable, chain, topLevelAssigned: topLevelAssigned)
                if clause.outer {
                    let names = Self.targetNames(clause.target)
                    guard names.allSatisfy({ name in chain.contains { $0.names.contains(name) } }) else {
                        throw RuntimeError(Self.message, kind: .error, at: expr.position)
                    }
                    chain.append(Frame(names: [], isHard: false))
                } else {
                    chain.append(Frame(names: Self.targetNames(clause.target), isHard: false))
                }
            }
            let frame = scope(of: [body], declaring: [], hard: false, within: chain)
            try visit(body, chain + [frame], topLevelAssigned: topLevelAssigned)
        case .whileLoop(let condition, let body):
            try visit(condition, frames, topLevelAssigned: topLevelAssigned)
            try inside(scope(of: [body], declaring: [], hard: false, within: frames), [body])
        case .tryCatch(let body, let errorName, let handler, let otherwise, let cleanup):
            try inside(scope(of: [body], declaring: [], hard: false, within: frames), [body])
            if let handler {
                try inside(scope(of: [handler], declaring: errorName.map { [$0] } ?? [], hard: false, within: frames), [handler])
            }
            for block in [otherwise, cleanup].compactMap({ $0 }) {
                try inside(scope(of: [block], declaring: [], hard: false, within: frames), [block])
            }
        case .letBlock(let bindings, let body):
            var declared = Set<String>()
            var values: [Expr] = []
            for binding in bindings {
                switch binding.kind {
                case .assign(let target, let value):
                    declared.formUnion(Self.targetNames(target))
                    values.append(value)
                default:
                    declared.formUnion(Self.targetNames(binding))
                }
            }
            for value in values { try visit(value, frames, topLevelAssigned: topLevelAssigned) }
            try inside(scope(of: [body], declaring: declared, hard: true, within: frames), [body])
        case .function(let decl), .lambda(let decl), .functorMethod(let decl):
            try function(decl)
        case .structDefinition(let decl):
            for constructor in decl.innerConstructors { try function(constructor) }
        case .comprehension(let body, let clauses, let condition, _):
            var declared = Set<String>()
            for clause in clauses { declared.formUnion(Self.targetNames(clause.target)) }
            try visit(clauses[0].iterable, frames, topLevelAssigned: topLevelAssigned)
            let parts = clauses.dropFirst().map(\.iterable) + [body] + (condition.map { [$0] } ?? [])
            try inside(scope(of: parts, declaring: declared, hard: true, within: frames), parts)
        default:
            for child in expr.children { try visit(child, frames, topLevelAssigned: topLevelAssigned) }
        }

        func function(_ decl: FunctionDecl) throws {
            var declared = Set<String>()
            for parameter in decl.parameters + decl.keywordParameters {
                declared.insert(parameter.name)
                if let pattern = parameter.pattern { declared.formUnion(Self.targetNames(pattern)) }
            }
            try inside(scope(of: [decl.body], declaring: declared, hard: true, within: frames), decl.parts)
        }
    }

    /// The names a loop target or assignment target binds: `x`, `(a, b)`, `x::T`.
    private static func targetNames(_ target: Expr) -> Set<String> {
        switch target.kind {
        case .identifier(let name): return [name.text]
        case .typed(let inner, _): return targetNames(inner)
        case .tuple(let items): return items.reduce(into: []) { $0.formUnion(targetNames($1)) }
        default: return []
        }
    }

    /// Julia's `find-assigned-vars` (and the `local`/`global` declarations beside it):
    /// the names `expr` assigns in the scope it is in, not looking inside nested scopes,
    /// though a loop's iterables and a `while` condition are run in this one.
    private static func collect(_ expr: Expr, into found: inout Assignments) {
        switch expr.kind {
        case .assign(let target, let value):
            found.assigned.formUnion(targetNames(target))
            for child in target.children { collect(child, into: &found) }
            collect(value, into: &found)
        case .updateAssign(_, _, let target, let value):
            if case .identifier(let name) = target.kind { found.assigned.insert(name.text) }
            for child in target.children { collect(child, into: &found) }
            collect(value, into: &found)
        case .declaration(let scope, let items):
            for item in items {
                var names = targetNames(item)
                if case .assign(let target, let value) = item.kind {
                    names = targetNames(target)
                    collect(value, into: &found)
                } else if case .function(let decl) = item.kind, let name = decl.name {
                    names = [name]
                }
                switch scope {
                case .local: found.locals.formUnion(names)
                case .global, .const: found.globals.formUnion(names)
                }
            }
        case .function(let decl):
            if let name = decl.name { found.assigned.insert(name) }
        case .genericFunction(let name):
            found.assigned.insert(name.text)
        case .forLoop(let clauses, _):
            for clause in clauses { collect(clause.iterable, into: &found) }
        case .whileLoop(let condition, _):
            collect(condition, into: &found)
        case .comprehension(_, let clauses, _, _):
            collect(clauses[0].iterable, into: &found)
        case .tryCatch, .letBlock, .lambda, .functorMethod, .structDefinition:
            return
        default:
            for child in expr.children { collect(child, into: &found) }
        }
    }
}
