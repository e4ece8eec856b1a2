import Engine

/// Lists, dictionaries and iteration helpers: `push!`, `map`, `enumerate`, `keys`, ...
extension Runtime {
    fileprivate func append(to target: Value, _ items: [Value], _ name: String) throws {
        switch target {
        case .list(let l):
            try l.checkChangeable()
            try checkBudget(l.items.count + items.count)
            // One at a time, as Julia's push!(v, xs...) pushes each: a value that does not
            // convert stops it with the ones before it stored.
            for item in items { l.items.append(try convertedForStorage([item], in: l, name)[0]) }
        case .array(let box) where box.tensor.rank == 1:
            try checkBudget(box.tensor.count + items.count)
            // Every item is converted before any is added, so a bad one leaves the vector as it was.
            let scalars = try storedScalars(items, box.elementType, name)
            try box.prepareToResize()
            try box.tensor.append(contentsOf: scalars)
        case .host(let object as AcceptsPush):
            try object.push(items, self)
        case .host(let set as SetValue) where name == "push!":
            for item in items { try insert(item, into: set) }
        case .dict(let box) where name == "push!":
            // `push!(d, k => v, ...)` stores each pair in turn, as `d[k] = v` does.
            for item in items {
                guard case .pair(let pair) = item else {
                    throw RuntimeError("MethodError: no method matching push!(::\(typeName(target)), ::\(typeName(item)))", kind: .method)
                }
                try storeInDictionary(box, key: pair.key, pair.value)
            }
        default:
            throw RuntimeError("\(name): expected a list or a vector, got \(describeType(target))", kind: .method)
        }
    }

    /// `first(xs, n)` and `last(xs, n)`: at most n elements from one end, of xs's kind.
    fileprivate func ends(_ args: Arguments, first: Bool) throws -> Value {
        let n = try args.integer(1, "count")
        if n < 0 {
            // Each of Julia's methods says it its own way: a string's through
            // `nextind`, a vector's, and any other iterable's through `Iterators.take`.
            switch args[0] {
            case .string: throw RuntimeError("n cannot be negative: \(n)", kind: .argument)
            case .array(let box) where box.tensor.rank == 1: throw RuntimeError("Number of elements must be nonnegative", kind: .argument)
            case .list, .range: throw RuntimeError("Number of elements must be nonnegative", kind: .argument)
            default: throw RuntimeError("Take length must be nonnegative", kind: .argument)
            }
        }
        // A vector's first n are `v[range(begin, length=min(n, length(v)))]`
        // (base/abstractarray.jl), and a range indexed by a unit range is a range.
        if case .range(let r) = args[0] {
            let k = Swift.min(n, r.count)
            return .range(try r.slice(first ? .units(1, k) : .units(r.count - k + 1, r.count)))
        }
        if case .string(let s) = args[0] {
            return .string(stringOfScalars(first ? Array(s.unicodeScalars.prefix(n)) : Array(s.unicodeScalars.suffix(n))))
        }
        let items = try collectElements(args[0])
        let kept = Array(first ? items.prefix(n) : items.suffix(n))
        switch args[0] {
        case .list(let l): return .list(ListBox(kept, isAny: l.isAny))
        case .tuple: throw RuntimeError("\(args.function)(t::Tuple, n) is not supported; use t[1:n]", kind: .notSupported)
        case .array(let box) where kept.isEmpty: return .array(ArrayBox(Tensor(vector: []), elementType: box.elementType))
        default: return try makeVector(kept)
        }
    }

    fileprivate func quantify(_ args: Arguments, wantAll: Bool) throws -> Value {
        // Element by element, so it stops at the first answer as Julia's does, also in
        // what it asks of a generator (`any(f(x) for x in v)` runs f only that far).
        var answer = wantAll
        try forEachElement(of: args[args.count - 1]) { item in
            let v = args.count == 2 ? try call(args[0], [item], [:], at: nowhere) : item
            guard case .bool(let b) = v else { throw RuntimeError("\(args.function): elements must be true or false", kind: .argument) }
            if b != wantAll { answer = !wantAll; return false }
            return true
        }
        return .bool(answer)
    }
}

extension Library {
    mutating func registerCollectionBuiltins() {
        define("push!", 2...Int.max, help: "push!(list, x...) — append to a list or vector, in place; push!(s, x...) adds to a Set, push!(d, k => v, ...) stores pairs in a Dict") { interp, args in
            try interp.append(to: args[0], Array(args.values.dropFirst()), "push!")
            return args[0]
        }
        define("append!", 2...2, help: "append!(list, xs) — append every element of xs, in place") { interp, args in
            try interp.append(to: args[0], try interp.collectElements(args[1]), "append!")
            return args[0]
        }
        define("pop!", 1...2, help: "pop!(list) — remove and return the last element; pop!(dict) the first entry, pop!(dict, key) removes a key; pop!(set) takes an element, pop!(set, x) removes x") { interp, args in
            switch args[0] {
            case .list(let l):
                try l.checkChangeable()
                guard let last = l.items.popLast() else { throw RuntimeError("pop!: the list is empty", kind: .argument) }
                return last
            case .array(let box) where box.tensor.rank == 1:
                guard box.tensor.count > 0 else { throw RuntimeError("pop!: the vector is empty", kind: .argument) }
                try box.prepareToResize()
                let last = box.element(at: box.tensor.count - 1)
                _ = try box.tensor.removeLast()
                return last
            case .dict(let d) where args.count == 1:
                // The first entry in iteration order, as `pop!(h::Dict)` takes it (base/dict.jl).
                guard let first = d.keys.first, let value = d[first] else {
                    throw RuntimeError.argumentError("dict must be non-empty")
                }
                d[first] = nil
                return .pair(first.value, value)
            case .dict(let d) where args.count == 2:
                guard let key = dictKey(args[1]), let v = d[key] else { throw RuntimeError.keyError(args[1]) }
                d[key] = nil
                return v
            case .host(let set as SetValue):
                // pop!(s) takes the first element in iteration order, as pop!(s.dict) does;
                // pop!(s, x) hands back x itself (base/set.jl).
                guard args.count == 2 else {
                    guard let first = set.table.keys.first else {
                        throw RuntimeError.argumentError("set must be non-empty")
                    }
                    set.table[first] = nil
                    return first.value
                }
                guard let key = dictKey(args[1]), set.table[key] != nil else { throw RuntimeError.keyError(args[1]) }
                set.table[key] = nil
                return args[1]
            default: throw RuntimeError("pop!: expected a list or a vector, got \(describeType(args[0]))", kind: .method)
            }
        }
        define("delete!", 2...2, help: "delete!(dict, key), delete!(set, x) — remove a key or an element, in place") { _, args in
            let table: DictBox
            switch args[0] {
            case .dict(let d): table = d
            case .host(let set as SetValue): table = set.table
            default: throw RuntimeError("delete!: expected a dictionary or a Set and a key", kind: .method)
            }
            // A value that cannot be a key is in neither, and deleting it changes nothing.
            if let key = dictKey(args[1]) { table[key] = nil }
            return args[0]
        }
        define("map", 2...Int.max, help: "map(f, xs...) — [f(x) for x in xs]; with several collections, f gets one of each") { interp, args in
            // Base's `map(f, ::AbstractSet)` is this error; with more collections a Set is
            // zipped as any other iterable.
            if args.count == 2, case .host(is SetValue) = args[1] {
                throw RuntimeError("map is not defined on sets", kind: .error)
            }
            return try interp.map(args[0], over: Array(args.values.dropFirst()))
        }
        define("filter", 2...2, help: "filter(f, xs) — the elements for which f returns true") { interp, args in
            if case .dict(let d) = args[1] { return .dict(try interp.filtered(d, by: args[0])) }
            if case .host(let set as SetValue) = args[1] {
                // A new Set{T} given, in the set's order, the elements f keeps.
                let kept = SetValue(elementType: set.elementType)
                for x in set.elements where try interp.truth(try interp.call(args[0], [x], [:], at: interp.nowhere), "filter") {
                    try interp.insert(x, into: kept)
                }
                return .host(kept)
            }
            // Base.filter has methods for arrays, strings, tuples, sets and dictionaries,
            // none for a lazy iterator; Iterators.filter is the lazy one.
            if case .host(let object) = args[1], object is GeneratorValue || object is LazyIterator {
                throw RuntimeError(
                    "MethodError: no method matching filter(::Function, ::\(object.juliaTypeName)); Iterators.filter(f, itr) filters lazily, or collect it first",
                    kind: .method)
            }
            var kept: [Value] = []
            for item in try interp.collectElements(args[1]) {
                let keep = try interp.call(args[0], [item], [:], at: interp.nowhere)
                guard case .bool(let b) = keep else { throw RuntimeError("filter: the function must return true or false") }
                if b { kept.append(item) }
            }
            if case .list = args[1] { return .list(ListBox(kept)) }
            if case .string = args[1] { return .string(String(kept.compactMap { if case .char(let c) = $0 { return c }; return nil })) }
            return kept.isEmpty ? .array(ArrayBox(Tensor(vector: []))) : try interp.makeVector(kept)
        }
        define("foreach", 2...2, help: "foreach(f, xs) — call f on every element, for its effect") { interp, args in
            try interp.eachElement(of: args[1]) { _ = try interp.call(args[0], [$0], [:], at: interp.nowhere) }
            return .nothing
        }
        define("reverse", 1...1, help: "reverse(v) — the elements in reverse order") { interp, args in
            if case .host(let set as SetValue) = args[0] {
                throw RuntimeError("MethodError: no method matching reverse(::\(set.juliaTypeName))", kind: .method)
            }
            if case .string(let s) = args[0] { return .string(stringOfScalars(s.unicodeScalars.reversed())) }
            // Julia's `reverse` of a range is a range (RangeArithmetic.swift).
            if case .range(let r) = args[0] { return .range(try r.reversed()) }
            let items = Array(try interp.collectElements(args[0]).reversed())
            if case .list = args[0] { return .list(ListBox(items)) }
            if case .tuple = args[0] { return .tuple(TupleItems(items)) }
            return try interp.makeVector(items)
        }
        define("first", 1...2, help: "first(xs), first(xs, n) — the first element, or the first n") { interp, args in
            if args.count == 2 { return try interp.ends(args, first: true) }
            // `first(r)` of a range is its start even when it is empty (base/range.jl).
            if case .range(let r) = args[0] { return r.element(0) }
            var found: Value?
            try interp.forEachElement(of: args[0]) { found = $0; return false }
            guard let found else { throw RuntimeError("first: the collection is empty", kind: .argument) }
            return found
        }
        define("last", 1...2, help: "last(xs), last(xs, n) — the last element, or the last n") { interp, args in
            if args.count == 2 { return try interp.ends(args, first: false) }
            if case .range(let r) = args[0] { return r.element(r.count - 1) }
            // `last(a) = a[end]`: a Set has no last index.
            if case .host(let set as SetValue) = args[0] {
                throw RuntimeError("MethodError: no method matching lastindex(::\(set.juliaTypeName))", kind: .method)
            }
            guard let last = try interp.collectElements(args[0]).last else { throw RuntimeError("last: the collection is empty", kind: .argument) }
            return last
        }
        define("step", 1...1, help: "step(r) — the step between a range's elements") { _, args in
            guard case .range(let r) = args[0] else {
                throw RuntimeError("MethodError: no method matching step(::\(typeName(args[0])))", kind: .method)
            }
            return r.stepValue
        }
        define("isempty", 1...1, help: "isempty(xs) — whether there are no elements") { interp, args in
            if case .host(let generator as GeneratorValue) = args[0] { return .bool(try generator.isEmpty(interp)) }
            // `isempty(s::Stateful)` looks at the element it holds ready, taking none.
            if case .host(let stateful as StatefulIterator) = args[0] { return .bool(stateful.isDone) }
            var empty = true
            try interp.forEachElement(of: args[0]) { _ in empty = false; return false }
            return .bool(empty)
        }
        define("keys", 1...1, help: "keys(d) — a dictionary's keys; of a tuple Base.OneTo, of a vector LinearIndices") { interp, args in
            if case .dict(let d) = args[0] { return .host(DictView(d, .keys)) }
            // `keys(v::Pairs) = v.itr`: a named tuple's keys.
            if case .host(let pairs as PairsIterator) = args[0], case .namedTuple(let names, _) = pairs.source {
                return .tuple(TupleItems(names.map { .symbol($0) }))
            }
            // A named tuple's keys are its names, as a tuple of symbols (base/namedtuple.jl).
            if case .namedTuple(let names, _) = args[0] { return .tuple(TupleItems(names.map { .symbol($0) })) }
            // `keys(t::Tuple) = OneTo(length(t))`, `keys(v::AbstractVector) = LinearIndices(v)`,
            // `keys(s::AbstractString) = EachStringIndex(s)` (base/tuple.jl, abstractarray.jl, strings/basic.jl).
            switch args[0] {
            case .tuple(let items): return .host(OneTo(items.count))
            case .string(let s): return .host(StringIndices(s))
            case .list(let l): return .host(LinearIndicesOfVector(l.items.count))
            case .range(let r): return .host(LinearIndicesOfVector(r.count))
            case .array(let box) where box.tensor.rank == 1 && !box.wrapper.isRowOfVector: return .host(LinearIndicesOfVector(box.tensor.count))
            case .tracked(let v) where v.value.rank == 1: return .host(LinearIndicesOfVector(v.value.count))
            default:
                throw RuntimeError("keys of a \(typeName(args[0])) (CartesianIndices or an iterator's keys in Julia) is not supported", kind: .notSupported)
            }
        }
        define("values", 1...1, help: "values(d) — a dictionary's values") { interp, args in
            if case .dict(let d) = args[0] { return .host(DictView(d, .values)) }
            // `values(v::Pairs) = v.data`: what pairs was made of.
            if case .host(let pairs as PairsIterator) = args[0] { return pairs.source }
            // `values(itr) = itr` for a tuple, and `values(nt::NamedTuple) = Tuple(nt)`.
            switch args[0] {
            case .tuple: return args[0]
            case .namedTuple(_, let values): return .tuple(values)
            default: break
            }
            return try interp.makeCollected(try interp.collectElements(args[0]))
        }
        define("haskey", 2...2, help: "haskey(d, k) — whether the dictionary has the key") { _, args in
            // `haskey(v::Pairs, key) = key in v.itr`, the named tuple's names.
            if case .host(let pairs as PairsIterator) = args[0], case .namedTuple(let names, _) = pairs.source {
                if case .symbol(let name) = args[1] { return .bool(names.contains(name)) }
                return .bool(false)
            }
            guard case .dict(let d) = args[0] else { throw RuntimeError("haskey: expected a dictionary, got \(describeType(args[0]))", kind: .method) }
            return .bool(dictKey(args[1]).map { d[$0] != nil } ?? false)
        }
        define("get", 3...3, help: "get(d, k, default) — d[k], or default when the key is missing") { _, args in
            // `get(v::Pairs, key, default) = get(v.data, key, default)` of a named tuple.
            if case .host(let pairs as PairsIterator) = args[0], case .namedTuple(let names, let values) = pairs.source {
                if case .symbol(let name) = args[1], let k = names.firstIndex(of: name) { return values.values[k] }
                return args[2]
            }
            guard case .dict(let d) = args[0] else { throw RuntimeError("get: expected a dictionary, got \(describeType(args[0]))", kind: .method) }
            return dictKey(args[1]).flatMap { d[$0] } ?? args[2]
        }
        define("any", 1...2, help: "any(xs), any(f, xs) — whether some element is true") { interp, args in
            try interp.quantify(args, wantAll: false)
        }
        define("all", 1...2, help: "all(xs), all(f, xs) — whether every element is true") { interp, args in
            try interp.quantify(args, wantAll: true)
        }
        define("in", 1...2, help: "in(x, xs) — whether x is an element of xs (also x in xs); in(xs) is the function x -> x in xs") { interp, args in
            if args.count == 1 { return try interp.fixSecond(ofFunctionNamed: "in", args[0]) }
            return .bool(try interp.contains(args[1], args[0]))
        }
        define("tuple", 0...Int.max, help: "tuple(xs...) — a tuple of the arguments") { _, args in .tuple(TupleItems(args.values)) }
    }
}

extension Runtime {
    /// `map(f, xs...)`: f of each element, or with several collections of one element
    /// of each, walked in zip's lockstep. The result is shaped as Julia's `map` shapes
    /// it: a tuple for a tuple, a string for a string, f's value for numbers (`map(f,
    /// x::Number, ys::Number...)`), otherwise `collect` of the generator, an array
    /// shaped by the collections' `IteratorSize` (IteratorSize.swift).
    func map(_ f: Value, over collections: [Value]) throws -> Value {
        if collections.allSatisfy(\.isJuliaNumber) { return try call(f, collections, [:], at: nowhere) }
        if collections.contains(where: { if case .char = $0 { true } else { false } }) {
            throw RuntimeError("map over a Char (to Julia a 0-dimensional collection of itself) is not supported", kind: .notSupported)
        }
        if collections.count > 1 { return try mapTogether(f, collections) }
        let source = collections[0]
        var results: [Value] = []
        // One collection: f runs on each element as it is made (a generator's body
        // just before), as Julia's collect of a Generator does.
        try eachElement(of: source) { item in
            results.append(try call(f, [item], [:], at: nowhere))
            try checkBudget(results.count)
        }
        switch source {
        case .list: return .list(ListBox(results))
        case .tuple: return .tuple(TupleItems(results))
        case .string:
            // Julia maps a string to a string, and insists on characters.
            var text = ""
            for item in results {
                guard case .char(let c) = item else {
                    throw RuntimeError("map(f, s::String) requires f to return a Char, got \(describeType(item)); try map(f, collect(s)) or a comprehension instead")
                }
                text.append(c)
            }
            return .string(text)
        default: return try collectedMap(f, results, over: collections)
        }
    }

    /// `map(f, xs, ys...)`: Julia's `collect(Generator(f, xs, ys...))`, over their zip,
    /// except that tuples alone map to a tuple (base/tuple.jl).
    private func mapTogether(_ f: Value, _ collections: [Value]) throws -> Value {
        var results: [Value] = []
        try lockstep(collections) { items in
            results.append(try call(f, items, [:], at: nowhere))
            try checkBudget(results.count)
            return true
        }
        if collections.allSatisfy({ if case .tuple = $0 { true } else { false } }) { return .tuple(TupleItems(results)) }
        return try collectedMap(f, results, over: collections)
    }

    /// The results of `map` gathered as `collect` gathers a generator's: in an array of
    /// the zipped collections' dimensions when Julia's zip has them, else in a vector.
    private func collectedMap(_ f: Value, _ results: [Value], over collections: [Value]) throws -> Value {
        let sizes = collections.map(iteratorSize(of:))
        let known = sizes.compactMap { $0 }
        let size = IteratorSize.zipped(known)
        guard known.count == sizes.count || !size.isMultidimensional else {
            // A part the notebook cannot size could have the same shape as the rest.
            throw RuntimeError(
                "map over \(collections.map(describeType).joined(separator: " and ")) is not supported: the notebook does not know the shape Julia gives the result",
                kind: .notSupported)
        }
        let dims = try size.dimensions()
        if results.isEmpty, collections.contains(where: { switch $0 { case .array, .range: true; default: false } }),
           let interpreter = self as? Interpreter {
            // Julia types the empty result by inferring f on the element types.
            let empty = try interpreter.emptyMap(f, over: collections) ?? .list(ListBox([], isAny: true))
            guard let dims else { return empty }
            if case .array(let box) = empty {
                return .array(ArrayBox(try box.tensor.reshaped(dims), elementType: box.elementType))
            }
            throw RuntimeError("an empty \(dims.map(String.init).joined(separator: "×")) array of that element type is not supported", kind: .notSupported)
        }
        if let dims { return try shapedResult(results, dims) }
        return try makeCollected(results)
    }
}
