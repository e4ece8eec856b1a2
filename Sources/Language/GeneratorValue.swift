/// A generator expression, `(f(x) for x in xs)` or the bracket-less `sum(x^2 for x in v)`:
/// Julia's `Base.Generator`, a lazy iterator. Its iterables are evaluated where it is
/// written (all of them for `for x in a, y in b`, the first for nested `for`s, as
/// Julia's lowering to `Generator(f, product(a, b))` or `Flatten(...)` does), and its
/// body runs only as something iterates it: `g = (println(x) for x in 1:3)` prints
/// nothing, `first(g)` runs the body once, and `any(x > 2 for x in v)` stops at the
/// first true. `collect(g)` is the bracketed comprehension over the same iterables,
/// with its shape and element type.
///
/// Julia names a generator's type after its anonymous function (`var"#3#4"`, numbered
/// by a counter of the session), which the notebook cannot reproduce, so `typeof` and
/// printing a generator are refused rather than answered differently.
final class GeneratorValue: HostObject {
    let body: Expr
    let clauses: [LoopClause]
    let condition: Expr?
    /// Where the body runs; `Environment.breakCycles` points it elsewhere for a moment
    /// when the generator is stored in that same scope.
    var scope: Environment
    /// The iterables evaluated when the generator was made.
    let sources: [Value]

    init(body: Expr, clauses: [LoopClause], condition: Expr?, scope: Environment, sources: [Value]) {
        self.body = body
        self.clauses = clauses
        self.condition = condition
        self.scope = scope
        self.sources = sources
    }

    /// Independent iterables without nested `for`s: a Cartesian product, first clause fastest.
    var isProduct: Bool { !clauses.contains(where: \.nests) }

    var juliaTypeName: String {
        let source = sources.count == 1 ? typeName(sources[0])
            : isProduct ? "Base.Iterators.ProductIterator{Tuple{\(sources.map(typeName).joined(separator: ", "))}}" : "…"
        return condition == nil && isProduct ? "Base.Generator{\(source), var\"#…\"}" : "Base.Iterators.Flatten{…}"
    }

    func show() -> String { juliaTypeName + "(…)" }

    func forEachElement(_ runtime: any Runtime, _ body: (Value) throws -> Bool) throws {
        guard let interpreter = runtime as? Interpreter else {
            throw RuntimeError("a generator runs only in the interpreter that made it", kind: .notSupported)
        }
        try interpreter.generate(self, body)
    }

    var length: Int? {
        guard condition == nil, isProduct else { return nil }
        return productLength(sources)
    }

    /// Whether it yields nothing, as Julia's `isempty` finds out: `isempty(g::Generator)`
    /// is `isempty(g.iter)`, so the lengths of independent iterables answer, a filter
    /// runs its condition up to the first element it keeps but never the body, and
    /// nested `for`s (a `Flatten`, asked for its first element) run the body once.
    func isEmpty(_ runtime: any Runtime) throws -> Bool {
        if let length { return length == 0 }
        guard let interpreter = runtime as? Interpreter else {
            throw RuntimeError("a generator runs only in the interpreter that made it", kind: .notSupported)
        }
        var empty = true
        try interpreter.generate(self, runningBody: !isProduct) { _ in empty = false; return false }
        return empty
    }

    var isInfinite: Bool {
        isProduct && !sources.isEmpty && sources.allSatisfy(Language.isInfinite)
    }

    var shape: [Int]? {
        guard condition == nil, isProduct else { return nil }
        var dimensions: [Int] = []
        for source in sources {
            switch source {
            case .array(let box): dimensions += box.tensor.shape
            case .host(let object): dimensions += object.shape ?? [knownLength(source) ?? 0]
            default: dimensions.append(knownLength(source) ?? 0)
            }
        }
        return dimensions.count > 1 ? dimensions : nil
    }
}

extension Interpreter {
    /// Evaluates a generator expression's iterables and wraps them with its body, unrun.
    func makeGenerator(_ body: Expr, _ clauses: [LoopClause], _ condition: Expr?, _ env: Environment) throws -> Value {
        let evaluated = clauses.contains(where: \.nests) ? Array(clauses.prefix(1)) : clauses
        let sources = try evaluated.map { try evaluate($0.iterable, env) }
        return .host(GeneratorValue(body: body, clauses: clauses, condition: condition, scope: env, sources: sources))
    }

    /// `collect(g)`: the comprehension `[body for ...]` over the iterables g was made with.
    func collected(_ generator: GeneratorValue) throws -> Value {
        try comprehension(generator.body, generator.clauses, generator.condition, generator.scope, sources: generator.sources)
    }

    /// Runs the generator's body once per element, in its order, until `yield` returns
    /// false. Without `runningBody`, a product generator's `yield` gets `nothing` for
    /// each element its filter keeps, and the body is not run (`isempty`).
    func generate(_ g: GeneratorValue, runningBody: Bool = true, _ yield: (Value) throws -> Bool) throws {
        struct Stop: Error {}
        if g.isProduct, g.condition == nil, g.sources.count == 1, let source = g.sources.first {
            // One iterable, which may be infinite (countfrom): element by element.
            var scope: Environment? = nil
            defer { if scope != nil { finish(&scope!) } }
            try forEachElement(of: source) { element in
                try self.checkCancelled()
                if scope != nil { self.finish(&scope!) }
                let iteration = Environment.fresh(reusing: &scope, parent: g.scope, kind: .hard)
                try self.bind(element, to: g.clauses[0].target, in: iteration)
                return try yield(try self.evaluate(g.body, iteration))
            }
            return
        }
        if g.isProduct {
            // The product order of `collect`: the first clause varies fastest.
            let items = try g.sources.map { try collectElements($0) }
            guard !items.contains(where: \.isEmpty) else { return }
            var position = [Int](repeating: 0, count: items.count)
            let counts = items.map(\.count)
            var scope: Environment? = nil
            defer { if scope != nil { finish(&scope!) } }
            while true {
                try checkCancelled()
                if scope != nil { finish(&scope!) }
                let iteration = Environment.fresh(reusing: &scope, parent: g.scope, kind: .hard)
                for k in items.indices { try bind(items[k][position[k]], to: g.clauses[k].target, in: iteration) }
                if try g.condition.map({ try condition($0, iteration, "if") }) ?? true {
                    if try !yield(runningBody ? try evaluate(g.body, iteration) : .nothing) { return }
                }
                if !stepOdometer(&position, counts: counts) { return }
            }
        }
        // Nested `for`s: the loop order, the last clause fastest.
        do {
            try loop(g.clauses[...], g.scope, scope: .hard, firstIterable: g.sources[0]) { scope in
                if let filter = g.condition, try !self.condition(filter, scope, "if") { return }
                if try !yield(try self.evaluate(g.body, scope)) { throw Stop() }
            }
        } catch is Stop {
            return
        }
    }
}
