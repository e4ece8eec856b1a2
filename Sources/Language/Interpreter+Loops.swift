import Engine

/// `while` and `for` loops, the iteration protocol every iterable value follows, and
/// comprehensions, which are loops that collect their results.
extension Interpreter {
    func whileLoop(_ conditionExpr: Expr, _ body: Expr, _ env: Environment) throws -> Value {
        var scope: Environment? = nil
        defer { if scope != nil { finish(&scope!) } }
        while try condition(conditionExpr, env, "while") {
            try checkCancelled()
            if scope != nil { finish(&scope!) }
            do {
                _ = try evaluate(body, Environment.fresh(reusing: &scope, parent: env, kind: .soft))
            } catch ControlSignal.breakLoop {
                break
            } catch ControlSignal.continueLoop {
                continue
            }
        }
        return .nothing
    }

    func forLoop(_ clauses: [LoopClause], _ body: Expr, _ env: Environment) throws -> Value {
        do {
            try loop(clauses[...], env) { scope in
                do {
                    _ = try self.evaluate(body, scope)
                } catch ControlSignal.continueLoop {
                    return
                }
            }
        } catch ControlSignal.breakLoop {
            return .nothing
        }
        return .nothing
    }

    /// Runs `body` once per combination of the clauses' elements (the last clause
    /// varies fastest), each time in a fresh scope holding every loop variable. As in
    /// Julia, `for i = 1:2, j = 3:4` is one loop: assigning to `i` in the body changes
    /// that iteration's `i` only, never the `i` of the next `j`. A later clause's
    /// iterable sees the variables of the earlier ones (`for i in 1:3, j in 1:i`).
    /// `firstIterable`, when given, is the first clause's iterable already evaluated
    /// (a generator evaluates it where it is written).
    func loop(
        _ clauses: ArraySlice<LoopClause>, _ env: Environment, scope kind: Environment.Kind = .soft,
        firstIterable: Value? = nil, _ body: (Environment) throws -> Void
    ) throws {
        try loop(clauses, bound: [], env, kind, firstIterable: firstIterable, body)
    }

    private func loop(
        _ clauses: ArraySlice<LoopClause>, bound outer: [(Expr, Value)], _ env: Environment, _ kind: Environment.Kind,
        firstIterable: Value? = nil, _ body: (Environment) throws -> Void
    ) throws {
        guard let clause = clauses.first else { return }
        let iterable: Value
        if let firstIterable {
            iterable = firstIterable
        } else if outer.isEmpty {
            iterable = try evaluate(clause.iterable, env)
        } else {
            let visible = Environment(parent: env, kind: kind)
            for (target, value) in outer { try bind(value, to: target, in: visible) }
            iterable = try evaluate(clause.iterable, visible)
        }
        let innermost = clauses.count == 1
        var scope: Environment? = nil
        defer { if scope != nil { finish(&scope!) } }
        try forEachElement(of: iterable) { element in
            try self.checkCancelled()
            // `for outer i`: each element goes to the enclosing scope's `i` as the clause
            // takes it, even when a later clause then yields nothing.
            if clause.outer, case .identifier(let name) = clause.target.kind { try env.assign(name, element) }
            if innermost {
                if scope != nil { self.finish(&scope!) }
                let scope = Environment.fresh(reusing: &scope, parent: env, kind: kind)
                for (target, value) in outer { try self.bind(value, to: target, in: scope) }
                if !clause.outer { try self.bind(element, to: clause.target, in: scope) }
                try body(scope)
            } else {
                try self.loop(clauses.dropFirst(), bound: clause.outer ? outer : outer + [(clause.target, element)], env, kind, body)
            }
            return true
        }
    }

    /// Defines loop variables (a name or a tuple pattern) in a loop's own scope.
    func bind(_ value: Value, to target: Expr, in scope: Environment) throws {
        switch target.kind {
        case .identifier(let name):
            // A loop variable that names an existing local of the same function is reused, as in Julia.
            scope.define(name, value)
        case .tuple(let targets):
            var items: [Value] = []
            try forEachElement(of: value) { items.append($0); return items.count < targets.count }
            guard items.count >= targets.count else {
                throw RuntimeError("cannot unpack \(describeType(value)) into \(targets.count) loop variables", kind: .argument, at: target.position)
            }
            for (t, v) in zip(targets, items) { try bind(v, to: t, in: scope) }
        default:
            throw RuntimeError("expected a loop variable", kind: .method, at: target.position)
        }
    }

    // MARK: Comprehensions

    /// `[body for x in xs, y in ys]`: without a filter or nested `for`s this is Julia's
    /// multi-dimensional comprehension, a Cartesian product of independent iterables
    /// shaped by them (a matrix iterated gives a matrix, two ranges a matrix), the first
    /// clause varying fastest. With `if` or with clauses each written with `for`, the
    /// results are one flat vector.
    /// `sources`, when given, are the iterables already evaluated (`collect` of a generator).
    func comprehension(_ body: Expr, _ clauses: [LoopClause], _ filter: Expr?, _ env: Environment, sources: [Value]? = nil) throws -> Value {
        let (results, shape) = try comprehensionValues(body, clauses, filter, env, sources: sources) { $0 }
        if results.isEmpty, let empty = try emptyComprehension(body, clauses, env) {
            guard let shape, shape.count != 1 else { return empty }
            if case .array(let box) = empty { return .array(ArrayBox(try Tensor.zeros(shape: shape), elementType: box.elementType)) }
        }
        let vector = try makeCollected(results)
        guard let shape, shape.count != 1 else { return vector }
        if case .array(let box) = vector { return .array(ArrayBox(try box.tensor.reshaped(shape), elementType: box.elementType)) }
        if results.isEmpty { return .array(ArrayBox(try Tensor.zeros(shape: shape))) }
        throw RuntimeError(
            "a comprehension of shape \(shapeText(shape)) whose values are not numbers is not supported (arrays here hold numbers); for a vector of them, iterate over vec(A) or collect the pairs",
            kind: .notSupported)
    }

    /// `T[body for x in xs]`: each value converted to `T` as it is stored, as Julia's
    /// `setindex!` and `push!` into a `Vector{T}` convert it (an InexactError or
    /// MethodError at the first that does not convert, before the next is computed).
    func typedComprehension(_ type: String, _ body: Expr, _ clauses: [LoopClause], _ filter: Expr?, _ env: Environment) throws -> Value {
        guard let elementType = typedLiteralElementType(type) else {
            throw RuntimeError("typed comprehensions `\(type)[x for x in xs]` are not supported yet; the element types they take are \(typedComprehensionTypes)", kind: .notSupported)
        }
        let (results, shape) = try comprehensionValues(body, clauses, filter, env, sources: nil) {
            try self.converted($0, to: elementType, "\(type)[...]")
        }
        let vector = try makeTypedVector(type, results)
        guard let shape, shape.count != 1 else { return vector }
        guard case .array(let box) = vector else {
            throw RuntimeError("a \(shapeText(shape)) \(type)[...] comprehension is not supported (arrays here hold numbers)", kind: .notSupported)
        }
        return .array(ArrayBox(try box.tensor.reshaped(shape), elementType: box.elementType))
    }

    /// The values of a comprehension in the order Julia computes them, each passed
    /// through `store` as it is made, and the shape of the product of its clauses (nil
    /// when a filter or nested `for`s make it one flat vector).
    private func comprehensionValues(
        _ body: Expr, _ clauses: [LoopClause], _ filter: Expr?, _ env: Environment, sources: [Value]?,
        store: (Value) throws -> Value
    ) throws -> (values: [Value], shape: [Int]?) {
        var results: [Value] = []
        guard filter == nil && !clauses.contains(where: \.nests) else {
            try loop(clauses[...], env, scope: .hard, firstIterable: sources?.first) { scope in
                if let filter, try !self.condition(filter, scope, "if") { return }
                results.append(try store(try self.evaluate(body, scope)))
                try self.checkBudget(results.count)
            }
            return (results, nil)
        }
        let iterables = try sources ?? clauses.map { try evaluate($0.iterable, env) }
        let items = try iterables.map { try collectElements($0) }
        var shape: [Int] = []
        for (iterable, elements) in zip(iterables, items) {
            switch iterable {
            case .array(let box): shape += box.tensor.shape
            case .tracked(let v): shape += v.shape
            // A multi-dimensional iterator (Iterators.product) has its shape, as in Julia.
            case .host(let object): shape += object.shape ?? [elements.count]
            case .int, .float, .bool: break
            default: shape.append(elements.count)
            }
        }
        var total = 1
        let counts = items.map(\.count)
        for n in counts { try checkBudget(total.multipliedReportingOverflow(by: n)); total *= n }
        results.reserveCapacity(total)
        var position = [Int](repeating: 0, count: clauses.count)
        var scope: Environment? = nil
        defer { if scope != nil { finish(&scope!) } }
        for _ in 0..<total {
            try checkCancelled()
            if scope != nil { finish(&scope!) }
            let iteration = Environment.fresh(reusing: &scope, parent: env, kind: .hard)
            for k in clauses.indices { try bind(items[k][position[k]], to: clauses[k].target, in: iteration) }
            results.append(try store(try evaluate(body, iteration)))
            _ = stepOdometer(&position, counts: counts)
        }
        return (results, shape)
    }
}

/// The iteration protocol every iterable value follows.
extension Runtime {
    /// Calls `body` with each element of an iterable until it returns false.
    func forEachElement(of value: Value, _ body: (Value) throws -> Bool) throws {
        switch value {
        case .range(let r):
            // Ranges can be astronomically long; let a slow scan be interrupted.
            for i in 0..<r.count {
                if i & 0xFFFF == 0xFFFF { try checkCancelled() }
                if try !body(r.element(i)) { return }
            }
        case .array(let box):
            for i in 0..<box.tensor.count where try !body(box.element(at: i)) { return }
        case .list(let list):
            var i = 0
            while i < list.items.count {
                if try !body(list.items[i]) { return }
                i += 1
            }
        case .tuple(let items):
            for item in items where try !body(item) { return }
        case .namedTuple(_, let values):
            for item in values where try !body(item) { return }
        case .string(let s):
            // A Julia string iterates by code point, not by Swift's grapheme clusters.
            for u in s.unicodeScalars where try !body(.char(Character(u))) { return }
        case .dict(let box):
            try box.forEachLiveKey { key in
                guard let v = box[key] else { return true }
                return try body(.pair(key.value, v))
            }
        case .pair(let p):
            if try !body(p.key) { return }
            _ = try body(p.value)
        case .int, .float, .bool:
            _ = try body(value)
        case .tracked(let v):
            // A tracked number is its own only element; a tracked array, even of one
            // element, yields its elements, as the plain array would.
            if v.value.rank == 0 {
                _ = try body(value)
            } else {
                for i in 0..<v.value.count where try !body(.tracked(try v.slice([.at(i)]))) { return }
            }
        case .host(let object):
            try object.forEachElement(self, body)
        default:
            throw RuntimeError("cannot iterate over \(describeType(value))", kind: .method)
        }
    }

    /// Calls `body` with each element as the iterable makes it, as Julia's `for` over an
    /// iterator does: a generator's body runs just before `body` sees its value, so
    /// `foreach(println, (println("made ", x); x) for x in 1:2)` prints in Julia's order,
    /// and nothing is collected first. An infinite iterator is refused (a reduction over
    /// it would never end); a long one can be interrupted.
    func eachElement(of value: Value, _ body: (Value) throws -> Void) throws {
        if case .host(let object) = value, Language.isInfinite(value) {
            throw RuntimeError("cannot reduce the infinite iterator \(object.juliaTypeName); take(itr, n) takes the first n", kind: .argument)
        }
        try forEachElement(of: value) { element in
            try checkCancelled()
            try body(element)
            return true
        }
    }

    func collectElements(_ value: Value) throws -> [Value] {
        if case .range(let r) = value { try checkBudget(r.count) }
        if case .host(let object) = value {
            if object.isInfinite {
                throw RuntimeError("cannot collect the infinite iterator \(object.juliaTypeName); take(itr, n) takes the first n", kind: .argument)
            }
            // A lazy iterator (enumerate(1:10^12)) holds nothing yet; what it yields does.
            if let n = object.length { try checkBudget(n) }
            var items: [Value] = []
            try forEachElement(of: value) { item in
                items.append(item)
                try checkBudget(items.count)
                return true
            }
            return items
        }
        var items: [Value] = []
        try forEachElement(of: value) { items.append($0); return true }
        return items
    }
}

/// Steps the positions of a Cartesian product to the next combination, the first
/// fastest (column-major, as Julia fills arrays); false once every combination is done.
func stepOdometer(_ position: inout [Int], counts: [Int]) -> Bool {
    var k = 0
    while k < position.count {
        position[k] += 1
        if position[k] < counts[k] { return true }
        position[k] = 0
        k += 1
    }
    return false
}
