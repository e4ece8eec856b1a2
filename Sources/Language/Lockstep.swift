/// `zip` walks its iterables in lockstep, and so do `map`, `Iterators.map` and
/// `mapreduce` over several collections: one element of each per step. Julia's
/// `iterate(::Zip)` (base/iterators.jl) asks every iterable for its next element, in
/// the order they were given, and stops at the first that has none, so
/// `zip((println(x); x) for x in 1:3), 1:2)` prints 1, 2 and 3 (the generator's body
/// runs once more before `1:2` is found to be done), and a loop over a zip of a
/// generator runs its body between the loop's steps.
///
/// The notebook's iterables are walked from the inside (`forEachElement` calls back
/// with each element), which cannot be paused between steps, so a lockstep walk asks
/// each iterable for a `Cursor` instead: arrays, ranges, lists and tuples are read by
/// position; generators of one iterable and the lazy iterators that run code
/// (`Iterators.map`, `filter`, `take`, ...) step their sources' cursors; anything
/// else that runs no code is listed as far as the walk needs. One iterable that runs
/// code and has no cursor (a generator with nested `for`s) can
/// still lead the walk from the inside; two of them are refused, since their bodies
/// would run in an order Julia's does not.
struct Cursor {
    /// The next element, or nil once there are no more.
    let next: () throws -> Value?
    /// Julia's `isdone`: true when the iterable is known to be finished without asking
    /// it (a `take` whose count is spent), nil when only asking tells (`missing`).
    var isDone: () -> Bool? = { nil }
    /// Lets go of what the cursor holds (a generator's last scope) once the walk is over.
    var close: () -> Void = {}
}

extension Runtime {
    /// Calls `body` with one element of each of `sources` per step, in Julia's order,
    /// until one of them ends or `body` returns false.
    func lockstep(_ sources: [Value], _ body: ([Value]) throws -> Bool) throws {
        guard !sources.isEmpty else { return }
        let cursors = try sources.map { try cursor(over: $0) }
        defer { for cursor in cursors { cursor?.close() } }
        let leaders = cursors.indices.filter { cursors[$0] == nil }
        guard leaders.count <= 1 else {
            throw RuntimeError(
                "zip of \(leaders.map { describeType(sources[$0]) }.joined(separator: " and ")) is not supported: both run code and cannot be stepped one element at a time here; collect all but one of them first",
                kind: .notSupported)
        }
        guard let leader = leaders.first else {
            let stepped = cursors.compactMap { $0 }
            while let items = try step(stepped) {
                try checkCancelled()
                guard try body(items) else { return }
            }
            return
        }
        // The leader walks from the inside: each step asks the others that come before
        // it in the step's order, then takes the leader's element, then asks the rest.
        var items = [Value?](repeating: nil, count: cursors.count)
        var rest: ArraySlice<Int> = []
        func begin() throws -> Bool {
            guard let order = stepOrder(cursors) else { return false }
            let split = order.firstIndex(of: leader)!
            for i in order[..<split] {
                guard let item = try cursors[i]!.next() else { return false }
                items[i] = item
            }
            rest = order[(split + 1)...]
            return true
        }
        guard try begin() else { return }
        try forEachElement(of: sources[leader]) { item in
            try checkCancelled()
            items[leader] = item
            for i in rest {
                guard let item = try cursors[i]!.next() else { return false }
                items[i] = item
            }
            guard try body(items.map { $0! }) else { return false }
            return try begin()
        }
    }

    /// One element of each cursor, or nil when one of them has ended.
    private func step(_ cursors: [Cursor]) throws -> [Value]? {
        guard let order = stepOrder(cursors) else { return nil }
        var items = [Value?](repeating: nil, count: cursors.count)
        for i in order {
            guard let item = try cursors[i].next() else { return nil }
            items[i] = item
        }
        return items.map { $0! }
    }

    /// The order in which one step of Julia's zip asks its iterables for elements
    /// (`_zip_iterate_all`): `isdone` of every one first, and nil when one is known to be
    /// done (a spent `take`: the step ends before anything runs code); then those whose
    /// `isdone` is unknown (`missing`), then those known not to be done, each in the
    /// order given. A cursor of nil (the leader) is unknown.
    private func stepOrder(_ cursors: [Cursor?]) -> [Int]? {
        var unknown: [Int] = []
        var notDone: [Int] = []
        for (i, cursor) in cursors.enumerated() {
            switch cursor?.isDone() {
            case true?: return nil
            case false?: notDone.append(i)
            case nil: unknown.append(i)
            }
        }
        return unknown + notDone
    }

    /// Julia's `isdone` of a zip of these (`_zip_any_isdone`): true when one is, false
    /// when every one is known not to be, unknown otherwise.
    fileprivate func zipIsDone(_ parts: [Cursor]) -> Bool? {
        var all = true
        for part in parts {
            switch part.isDone() {
            case true?: return true
            case false?: continue
            case nil: all = false
            }
        }
        return all ? false : nil
    }

    /// A cursor over `value`, or nil when the value runs code as it is iterated and can
    /// only be walked from the inside.
    func cursor(over value: Value) throws -> Cursor? {
        switch value {
        case .array(let box): return positionalCursor(count: box.tensor.count) { box.element(at: $0) }
        case .range(let r): return positionalCursor(count: r.count) { r.element($0) }
        case .list(let l): return positionalCursor(count: l.items.count) { l.items[$0] }
        case .tuple(let items): return positionalCursor(count: items.count) { items[$0] }
        case .host(let generator as GeneratorValue): return try generatorCursor(generator)
        case .host(let lazy as LazyIterator): return try lazyCursor(lazy, value)
        case .host(let stateful as StatefulIterator):
            return Cursor(next: { try stateful.popFirst() }, isDone: { stateful.isDone })
        default: return listingCursor(value)
        }
    }

    private func positionalCursor(count: Int, _ element: @escaping (Int) -> Value) -> Cursor {
        var i = 0
        return Cursor(next: {
            guard i < count else { return nil }
            defer { i += 1 }
            return element(i)
        })
    }

    /// Lists an iterable that runs no code as far as the walk has come, doubling what
    /// it lists each time it runs short (it may be infinite: `countfrom()`, `cycle(v)`).
    private func listingCursor(_ value: Value) -> Cursor {
        var listed: [Value] = []
        var complete = false
        var i = 0
        return Cursor(next: {
            if i == listed.count, !complete {
                let wanted = Swift.max(16, 2 * listed.count)
                var items: [Value] = []
                try self.forEachElement(of: value) { item in
                    items.append(item)
                    return items.count < wanted
                }
                complete = items.count < wanted
                listed = items
            }
            guard i < listed.count else { return nil }
            defer { i += 1 }
            return listed[i]
        })
    }

    private func lazyCursor(_ lazy: LazyIterator, _ value: Value) throws -> Cursor? {
        func inner(_ x: Value) throws -> Cursor? { try cursor(over: x) }
        switch lazy.kind {
        case .map(let f, let xs):
            let zipped = try xs.map(inner)
            guard zipped.allSatisfy({ $0 != nil }) else { return nil }
            let parts = zipped.compactMap { $0 }
            return Cursor(next: {
                guard let items = try self.step(parts) else { return nil }
                return try self.call(f, items, [:], at: self.nowhere)
            }, isDone: { self.zipIsDone(parts) }, close: { parts.forEach { $0.close() } })
        case .zip(let xs):
            let zipped = try xs.map(inner)
            guard zipped.allSatisfy({ $0 != nil }) else { return nil }
            let parts = zipped.compactMap { $0 }
            return Cursor(next: { try self.step(parts).map { .tuple(TupleItems($0)) } },
                          isDone: { self.zipIsDone(parts) }, close: { parts.forEach { $0.close() } })
        case .filter(let p, let x), .takeWhile(let p, let x), .dropWhile(let p, let x):
            guard let source = try inner(x) else { return nil }
            let name = lazy.kind.functionName
            var dropping = true
            var ended = false
            return Cursor(next: {
                while !ended, let item = try source.next() {
                    let b = try self.predicate(p, item, name)
                    switch lazy.kind {
                    case .takeWhile:
                        if b { return item }
                        ended = true
                    case .dropWhile:
                        if dropping && b { continue }
                        dropping = false
                        return item
                    default:
                        if b { return item }
                    }
                }
                return nil
            }, close: source.close)
        case .take(let x, let n):
            guard let source = try inner(x) else { return nil }
            var left = n
            return Cursor(next: {
                guard left > 0 else { return nil }
                left -= 1
                return try source.next()
            }, isDone: { left <= 0 ? true : source.isDone() }, close: source.close)
        case .drop(let x, let n):
            guard let source = try inner(x) else { return nil }
            var skipped = false
            return Cursor(next: {
                if !skipped {
                    skipped = true
                    for _ in 0..<n where try source.next() == nil { return nil }
                }
                return try source.next()
            }, isDone: { skipped ? source.isDone() : nil }, close: source.close)
        case .enumerate(let x):
            guard let source = try inner(x) else { return nil }
            var i = 0
            return Cursor(next: {
                guard let item = try source.next() else { return nil }
                i += 1
                return .tuple(TupleItems([.int(i), item]))
            }, close: source.close)
        case .cycle(let x), .flatten(let x), .partition(let x, _), .reverse(let x):
            return runsCode(x) ? nil : listingCursor(value)
        case .product(let xs):
            return xs.contains(where: runsCode) ? nil : listingCursor(value)
        case .repeated, .countFrom:
            return listingCursor(value)
        }
    }

    /// Whether iterating the value calls the learner's code (a generator's body, a
    /// function given to `Iterators.map` or `filter`), or changes what a later walk
    /// sees (`Iterators.Stateful`), so that the order of the walks shows.
    func runsCode(_ value: Value) -> Bool {
        switch value {
        case .host(is GeneratorValue), .host(is StatefulIterator): return true
        case .host(let lazy as LazyIterator):
            switch lazy.kind {
            case .map, .filter, .takeWhile, .dropWhile: return true
            default: return lazy.kind.sources.contains(where: runsCode)
            }
        default: return false
        }
    }
}

extension Runtime {
    /// A generator's cursor: its iterable's cursor (a product of several iterables is
    /// listed first, as the generator's own walk lists it), each element bound in a
    /// fresh scope, filtered, and the body run on it. Nested `for`s have none.
    fileprivate func generatorCursor(_ g: GeneratorValue) throws -> Cursor? {
        guard let interpreter = self as? Interpreter else {
            throw RuntimeError("a generator runs only in the interpreter that made it", kind: .notSupported)
        }
        guard g.isProduct, !g.sources.isEmpty else { return nil }
        let elements: Cursor
        if g.sources.count == 1 {
            guard let source = try cursor(over: g.sources[0]) else { return nil }
            elements = source
        } else {
            // The first clause varies fastest, as the generator's own walk has it.
            let items = try g.sources.map { try collectElements($0) }
            var position = [Int](repeating: 0, count: items.count)
            var ended = items.contains(where: \.isEmpty)
            elements = Cursor(next: {
                guard !ended else { return nil }
                let tuple = Value.tuple(TupleItems(items.indices.map { items[$0][position[$0]] }))
                ended = !stepOdometer(&position, counts: items.map(\.count))
                return tuple
            })
        }
        var scope: Environment? = nil
        return Cursor(next: {
            while let element = try elements.next() {
                try interpreter.checkCancelled()
                if scope != nil { interpreter.finish(&scope!) }
                let iteration = Environment.fresh(reusing: &scope, parent: g.scope, kind: .hard)
                if g.sources.count == 1 {
                    try interpreter.bind(element, to: g.clauses[0].target, in: iteration)
                } else if case .tuple(let parts) = element {
                    for (k, part) in parts.enumerated() { try interpreter.bind(part, to: g.clauses[k].target, in: iteration) }
                }
                if let filter = g.condition, try !interpreter.condition(filter, iteration, "if") { continue }
                return try interpreter.evaluate(g.body, iteration)
            }
            return nil
        // `isdone(g::Generator)` is its iterable's; a filter's (`if`) is unknown.
        }, isDone: g.condition == nil ? elements.isDone : { nil }, close: {
            if scope != nil { interpreter.finish(&scope!) }
            scope = nil
            elements.close()
        })
    }
}

extension LazyIterator.Kind {
    /// The iterables (and values) the iterator walks.
    var sources: [Value] {
        switch self {
        case .take(let x, _), .drop(let x, _), .cycle(let x), .partition(let x, _), .flatten(let x), .reverse(let x),
             .enumerate(let x), .repeated(let x, _), .filter(_, let x), .takeWhile(_, let x), .dropWhile(_, let x):
            return [x]
        case .product(let xs), .zip(let xs), .map(_, let xs): return xs
        case .countFrom(let start, let step): return [start, step]
        }
    }

    /// The function's name in messages about its predicate.
    var functionName: String {
        switch self {
        case .takeWhile: return "takewhile"
        case .dropWhile: return "dropwhile"
        default: return "filter"
        }
    }
}
