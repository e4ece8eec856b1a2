/// Julia's lazy iterators (`Base.Iterators`): `take`, `drop`, `cycle`, `partition`,
/// `product`, `flatten`, `countfrom`, `repeated`, `takewhile`, `dropwhile`, `filter`,
/// `map`, `reverse`, `enumerate`, `zip` and `Stateful`. Each is a host object that
/// produces its elements only as a loop asks for them, so `cycle` and `countfrom`
/// may be infinite; they print as Julia shows the structs, and compare by contents.
///
/// `Iterators.take(...)` reads a field of the module object `Iterators`; the same
/// functions are also global, as after `using Base.Iterators`.
final class LazyIterator: HostObject {
    enum Kind {
        case take(Value, Int)
        case drop(Value, Int)
        case cycle(Value)
        case partition(Value, Int)
        case product([Value])
        case flatten(Value)
        case countFrom(start: Value, step: Value)
        case repeated(Value, Int?)
        case takeWhile(predicate: Value, Value)
        case dropWhile(predicate: Value, Value)
        case filter(predicate: Value, Value)
        case map(Value, [Value])
        case reverse(Value)
        case enumerate(Value)
        case zip([Value])
    }

    let kind: Kind

    init(_ kind: Kind) { self.kind = kind }

    var juliaTypeName: String {
        switch kind {
        case .take(let x, _): return "Base.Iterators.Take{\(typeName(x))}"
        case .drop(let x, _): return "Base.Iterators.Drop{\(typeName(x))}"
        case .cycle(let x): return "Base.Iterators.Cycle{\(typeName(x))}"
        case .partition(let x, _): return "Base.Iterators.PartitionIterator{\(typeName(x))}"
        case .product(let xs): return "Base.Iterators.ProductIterator{Tuple{\(xs.map(typeName).joined(separator: ", "))}}"
        case .flatten(let x): return "Base.Iterators.Flatten{\(typeName(x))}"
        case .countFrom(let start, let step): return "Base.Iterators.Count{\(typeName(start)), \(typeName(step))}"
        case .repeated(let x, let n):
            return n == nil ? "Base.Iterators.Repeated{\(typeName(x))}" : "Base.Iterators.Take{Base.Iterators.Repeated{\(typeName(x))}}"
        case .takeWhile(let p, let x): return "Base.Iterators.TakeWhile{\(typeName(x)), \(functionTypeName(p))}"
        case .dropWhile(let p, let x): return "Base.Iterators.DropWhile{\(typeName(x)), \(functionTypeName(p))}"
        case .filter(let p, let x): return "Base.Iterators.Filter{\(functionTypeName(p)), \(typeName(x))}"
        case .map(let f, let xs):
            let source = xs.count == 1 ? typeName(xs[0]) : "Base.Iterators.Zip{Tuple{\(xs.map(typeName).joined(separator: ", "))}}"
            return "Base.Generator{\(source), \(functionTypeName(f))}"
        case .reverse(let x): return "Base.Iterators.Reverse{\(typeName(x))}"
        case .enumerate(let x): return "Base.Iterators.Enumerate{\(typeName(x))}"
        case .zip(let xs): return "Base.Iterators.Zip{Tuple{\(xs.map(typeName).joined(separator: ", "))}}"
        }
    }

    /// Julia's `show` of the struct behind each iterator: its type and its fields.
    func show() -> String {
        func fields(_ values: [Value]) -> String { "(" + values.map { Language.show($0) }.joined(separator: ", ") + ")" }
        switch kind {
        case .take(let x, let n), .drop(let x, let n), .partition(let x, let n): return juliaTypeName + fields([x, .int(n)])
        case .cycle(let x), .flatten(let x), .reverse(let x): return juliaTypeName + fields([x])
        case .product(let xs): return juliaTypeName + "(" + Language.show(.tuple(TupleItems(xs))) + ")"
        case .countFrom(let start, let step): return juliaTypeName + fields([start, step])
        case .repeated(let x, let n):
            let inner = "Base.Iterators.Repeated{\(typeName(x))}" + fields([x])
            return n.map { "Base.Iterators.Take{Base.Iterators.Repeated{\(typeName(x))}}(\(inner), \($0))" } ?? inner
        case .takeWhile(let p, let x), .dropWhile(let p, let x), .filter(let p, let x): return juliaTypeName + fields([p, x])
        case .map(let f, let xs):
            let source = xs.count == 1 ? Language.show(xs[0]) : "zip(" + xs.map { Language.show($0) }.joined(separator: ", ") + ")"
            return juliaTypeName + "(" + Language.show(f) + ", " + source + ")"
        case .enumerate(let x): return "enumerate(" + Language.show(x) + ")"
        case .zip(let xs): return "zip(" + xs.map { Language.show($0) }.joined(separator: ", ") + ")"
        }
    }

    var length: Int? {
        switch kind {
        case .take(let x, let n): return knownLength(x).map { Swift.min($0, n) } ?? (Language.isInfinite(x) ? n : nil)
        case .drop(let x, let n): return knownLength(x).map { Swift.max(0, $0 - n) }
        case .cycle(let x): return knownLength(x) == 0 ? 0 : nil
        case .partition(let x, let n): return knownLength(x).map { ($0 + n - 1) / n }
        case .product(let xs): return productLength(xs)
        case .repeated(_, let n): return n
        case .map(_, let xs), .zip(let xs):
            let lengths = xs.map(knownLength)
            guard lengths.allSatisfy({ $0 != nil }) else { return nil }
            return lengths.compactMap { $0 }.min()
        case .reverse(let x), .enumerate(let x): return knownLength(x)
        case .flatten, .countFrom, .takeWhile, .dropWhile, .filter: return nil
        }
    }

    /// Whether the iterator never ends; `collect` of one is refused, as in Julia.
    var isInfinite: Bool {
        switch kind {
        case .cycle(let x): return knownLength(x) != 0
        case .countFrom: return true
        case .repeated(_, let n): return n == nil
        case .drop(let x, _), .enumerate(let x), .filter(_, let x), .dropWhile(_, let x): return Language.isInfinite(x)
        case .zip(let xs), .map(_, let xs): return !xs.isEmpty && xs.allSatisfy(Language.isInfinite)
        default: return false
        }
    }

    /// The dimensions of a product of two or more collections of known length.
    var shape: [Int]? {
        guard case .product(let xs) = kind, xs.count > 1 else { return nil }
        let lengths = xs.map(knownLength)
        guard lengths.allSatisfy({ $0 != nil }) else { return nil }
        return lengths.compactMap { $0 }
    }

    func isEqual(to other: any HostObject) -> Bool {
        guard let other = other as? LazyIterator else { return false }
        return other === self || other.show() == show()
    }

    func forEachElement(_ runtime: any Runtime, _ body: (Value) throws -> Bool) throws {
        // Guards the infinite iterators: a loop that never breaks still meets the
        // element budget (and Ctrl-C) instead of running or growing forever.
        var produced = 0
        let limit = runtime.elementBudget
        let yield: (Value) throws -> Bool = { value in
            produced += 1
            if produced % 1024 == 0 { try runtime.checkCancelled() }
            if produced > limit && self.isInfinite {
                throw RuntimeError("an infinite iterator ran past \(limit) elements; stop the loop with break", kind: .limit)
            }
            return try body(value)
        }
        try run(runtime, yield)
    }

    private func run(_ runtime: any Runtime, _ yield: (Value) throws -> Bool) throws {
        switch kind {
        case .take(let x, let n):
            guard n > 0 else { return }
            var k = 0
            try runtime.forEachElement(of: x) { item in
                k += 1
                return try yield(item) && k < n
            }
        case .drop(let x, let n):
            var k = 0
            try runtime.forEachElement(of: x) { item in
                k += 1
                return k <= n ? true : try yield(item)
            }
        case .cycle(let x):
            var going = true
            var any = false
            while going {
                any = false
                try runtime.forEachElement(of: x) { item in
                    any = true
                    going = try yield(item)
                    return going
                }
                if !any { return }
            }
        case .partition(.range(let r), let n):
            // A chunk of a range is `r[state:stop]`, a range of r's kind (`1:2:9` gives StepRanges).
            var start = 1
            while start <= r.count {
                let stop = Swift.min(start + n - 1, r.count)
                guard try yield(.range(try r.slice(.int(start: start, step: 1, stop: stop)))) else { return }
                start = stop + 1
            }
        case .partition(let x, let n) where x.isPartitionedIntoViews:
            // base/iterators.jl: a chunk of an array is `view(c, state:r)`, a SubArray
            // that writes through to the array, over linear indices whatever its shape:
            // the view of a matrix is of its reshaped Vector (a BitMatrix's, a BitVector),
            // as `_maybe_reshape_parent` makes it.
            guard case .array(let box) = x, box.wrapper == .none || box.wrapper == .bitArray else {
                throw RuntimeError(
                    "Iterators.partition of a \(typeName(x)) makes views of it, which the notebook does not have; collect it first: Iterators.partition(collect(A), n)",
                    kind: .notSupported)
            }
            let parent = box.tensor.rank == 1 ? typeName(x)
                : box.wrapper == .bitArray ? "BitVector" : "Vector{\(juliaElementType(of: x) ?? "Float64")}"
            var start = 0
            while start < box.tensor.count {
                let stop = Swift.min(start + n, box.tensor.count)
                let wrapper = ArrayWrapper.view(of: parent, indices: "\(start + 1):\(stop)", indexTypes: "UnitRange{Int64}", linear: true)
                let view = Value.array(try ArrayBox(sharing: .picked(Array(start..<stop)), of: box, wrapper: wrapper))
                guard try yield(view) else { return }
                start = stop
            }
        case .partition(let x, let n):
            var chunk: [Value] = []
            var going = true
            try runtime.forEachElement(of: x) { item in
                chunk.append(item)
                if chunk.count == n {
                    going = try yield(try partitionChunk(x, chunk, runtime))
                    chunk = []
                }
                return going
            }
            if going, !chunk.isEmpty { _ = try yield(try partitionChunk(x, chunk, runtime)) }
        case .product(let xs):
            let items = try xs.map { try runtime.collectElements($0) }
            guard !items.contains(where: \.isEmpty) else { return }
            // The first iterator varies fastest, as Julia's column-major product.
            var counter = [Int](repeating: 0, count: items.count)
            while true {
                guard try yield(.tuple(TupleItems(zip(items, counter).map { $0[$1] }))) else { return }
                var d = 0
                while d < counter.count {
                    counter[d] += 1
                    if counter[d] < items[d].count { break }
                    counter[d] = 0
                    d += 1
                }
                if d == counter.count { return }
            }
        case .flatten(let x):
            var going = true
            try runtime.forEachElement(of: x) { inner in
                try runtime.forEachElement(of: inner) { item in
                    going = try yield(item)
                    return going
                }
                return going
            }
        case .countFrom(let start, let step):
            var current = start
            while try yield(current) {
                current = try runtime.applyOperator(.plus, current, step, dotted: false, at: runtime.nowhere)
            }
        case .repeated(let x, let n):
            var k = 0
            while n.map({ k < $0 }) ?? true {
                k += 1
                guard try yield(x) else { return }
            }
        case .takeWhile(let p, let x):
            try runtime.forEachElement(of: x) { item in
                guard try runtime.predicate(p, item, "takewhile") else { return false }
                return try yield(item)
            }
        case .dropWhile(let p, let x):
            var dropping = true
            try runtime.forEachElement(of: x) { item in
                if dropping, try runtime.predicate(p, item, "dropwhile") { return true }
                dropping = false
                return try yield(item)
            }
        case .filter(let p, let x):
            try runtime.forEachElement(of: x) { item in
                try runtime.predicate(p, item, "filter") ? try yield(item) : true
            }
        case .map(let f, let xs):
            try runtime.lockstep(xs) { items in try yield(try runtime.call(f, items, [:], at: runtime.nowhere)) }
        case .reverse(let x):
            for item in try runtime.collectElements(x).reversed() where try !yield(item) { return }
        case .enumerate(let x):
            var i = 0
            try runtime.forEachElement(of: x) { item in
                i += 1
                return try yield(.tuple(TupleItems([.int(i), item])))
            }
        case .zip(let xs):
            try runtime.lockstep(xs) { items in try yield(.tuple(TupleItems(items))) }
        }
    }

    /// A chunk of `partition` of an iterator that is not an array: Julia's generic method
    /// collects `n` elements into a `Vector` of the iterator's element type.
    private func partitionChunk(_ source: Value, _ chunk: [Value], _ runtime: any Runtime) throws -> Value {
        try runtime.makeVector(chunk)
    }
}

/// `Iterators.Stateful(itr)`: an iterator that remembers how far it has been walked,
/// so a second loop goes on where the first stopped. As Julia's, it keeps the next
/// element ready (`nextvalstate`): making one asks its iterable for the first element,
/// and handing out an element asks for the one after before the loop sees it, so a
/// generator's body runs one element ahead, and never twice for the same element.
final class StatefulIterator: HostObject {
    let source: Value
    private let cursor: Cursor
    private var upcoming: Value?
    private(set) var taken = 0

    init(_ source: Value, _ runtime: any Runtime) throws {
        guard let cursor = try runtime.cursor(over: source) else {
            throw RuntimeError(
                "Iterators.Stateful of \(describeType(source)) is not supported: it cannot be stepped one element at a time here; collect it first",
                kind: .notSupported)
        }
        self.source = source
        self.cursor = cursor
        upcoming = try cursor.next()
    }

    var juliaTypeName: String { "Base.Iterators.Stateful{\(typeName(source))}" }
    func show() -> String { "Base.Iterators.Stateful(" + Language.show(source) + ")" }
    var length: Int? { knownLength(source).map { Swift.max(0, $0 - taken) } }
    /// Julia's `isdone(::Stateful)`: whether no element is ready.
    var isDone: Bool { upcoming == nil }

    /// Julia's `popfirst!`: the ready element, after the next one is made ready.
    func popFirst() throws -> Value? {
        guard let item = upcoming else { return nil }
        upcoming = try cursor.next()
        taken += 1
        return item
    }

    func forEachElement(_ runtime: any Runtime, _ body: (Value) throws -> Bool) throws {
        while let item = try popFirst() {
            if try !body(item) { return }
        }
    }
}

/// The module object `Iterators` (and `Base.Iterators`): its fields are the iterator functions.
final class ModuleObject: HostObject {
    let name: String
    let members: [String: Value]

    init(name: String, members: [String: Value]) {
        self.name = name
        self.members = members
    }

    var juliaTypeName: String { "Module" }
    func show() -> String { name }
    func property(_ name: String) -> Value? { members[name] }
    var propertyNames: [String] { members.keys.sorted() }
}

/// The length of a collection when it is known without walking it.
/// The number of combinations in the Cartesian product of `values`: nil when one has no
/// known length or the count overflows.
func productLength(_ values: [Value]) -> Int? {
    var total = 1
    for value in values {
        guard let n = knownLength(value) else { return nil }
        let (product, overflow) = total.multipliedReportingOverflow(by: n)
        if overflow { return nil }
        total = product
    }
    return total
}

func knownLength(_ value: Value) -> Int? {
    switch value {
    case .array(let box): return box.tensor.count
    case .list(let l): return l.items.count
    case .tuple(let t): return t.count
    case .namedTuple(_, let v): return v.count
    case .range(let r): return r.count
    case .string(let s): return s.count
    case .dict(let d): return d.count
    case .host(let object): return object.length
    case .int, .float, .bool, .char: return 1
    default: return nil
    }
}

func isInfinite(_ value: Value) -> Bool {
    if case .host(let object) = value { return object.isInfinite }
    return false
}

private func functionTypeName(_ f: Value) -> String {
    if case .function(let function) = f { return "typeof(\(function.name))" }
    return typeName(f)
}

extension Runtime {
    /// `results` laid out in `shape` (column-major), as `collect`, `map` and
    /// comprehensions over a multi-dimensional iterator give them; numbers only, since
    /// the language has no matrices of other values yet.
    func shapedResult(_ results: [Value], _ shape: [Int]) throws -> Value {
        guard !shape.isEmpty else {
            // collect of a Char or a number (HasShape{0}) is a 0-dimensional array.
            throw RuntimeError("0-dimensional arrays (what collect or map makes of a Char) are not supported", kind: .notSupported)
        }
        let dimensions = shape.map(String.init).joined(separator: "×")
        if results.isEmpty {
            // Julia's element type would come from inferring the function.
            throw RuntimeError("an empty \(dimensions) array made by collect or map is not supported", kind: .notSupported)
        }
        // `collect` keeps number types apart (1 and 2.0 make a Vector{Real}); only results
        // of one number type make a numeric array, and other results are refused.
        let vector = try makeCollected(results)
        if case .array(let box) = vector {
            return .array(ArrayBox(try box.tensor.reshaped(shape), elementType: box.elementType))
        }
        throw RuntimeError(
            "a \(dimensions) array of \(juliaElementType(of: vector) ?? typeName(results[0])) is not supported yet (only arrays of one number type); iterate with a for loop instead",
            kind: .notSupported)
    }

    /// Whether a predicate holds; Julia insists on a Bool.
    func predicate(_ p: Value, _ item: Value, _ name: String) throws -> Bool {
        let answer = try call(p, [item], [:], at: nowhere)
        guard case .bool(let b) = answer else {
            throw RuntimeError("\(name): the predicate must return true or false, got \(describeType(answer))", kind: .type)
        }
        return b
    }
}

extension Library {
    mutating func registerIteratorBuiltins() {
        define("take", 2...2, help: "take(itr, n) — (Iterators.take) the first n elements of itr, lazily") { _, args in
            let n = try args.integer(1, "count")
            guard n >= 0 else { throw RuntimeError("take: the count must not be negative", kind: .argument) }
            return .host(LazyIterator(.take(args[0], n)))
        }
        define("drop", 2...2, help: "drop(itr, n) — (Iterators.drop) all but the first n elements of itr, lazily") { _, args in
            let n = try args.integer(1, "count")
            guard n >= 0 else { throw RuntimeError("drop: the count must not be negative", kind: .argument) }
            return .host(LazyIterator(.drop(args[0], n)))
        }
        define("cycle", 1...1, help: "cycle(itr) — (Iterators.cycle) the elements of itr over and over, forever") { _, args in
            .host(LazyIterator(.cycle(args[0])))
        }
        define("partition", 2...2, help: "partition(itr, n) — (Iterators.partition) the elements of itr in chunks of n (the last may be shorter)") { _, args in
            let n = try args.integer(1, "chunk size")
            guard n >= 1 else { throw RuntimeError("partition: the chunk size must be at least 1", kind: .argument) }
            return .host(LazyIterator(.partition(args[0], n)))
        }
        define("product", 1...Int.max, help: "product(a, b, ...) — (Iterators.product) every tuple (x, y, ...) of elements, the first varying fastest") { _, args in
            .host(LazyIterator(.product(args.values)))
        }
        define("flatten", 1...1, help: "flatten(itr) — (Iterators.flatten) the elements of the elements of itr, one after another") { _, args in
            .host(LazyIterator(.flatten(args[0])))
        }
        define("countfrom", 0...2, help: "countfrom(start=1, step=1) — (Iterators.countfrom) start, start+step, ... forever") { _, args in
            .host(LazyIterator(.countFrom(start: args.count > 0 ? args[0] : .int(1), step: args.count > 1 ? args[1] : .int(1))))
        }
        define("repeated", 1...2, help: "repeated(x, [n]) — (Iterators.repeated) x over and over, n times or forever") { _, args in
            let n = args.count == 2 ? try args.integer(1, "count") : nil
            return .host(LazyIterator(.repeated(args[0], n.map { Swift.max(0, $0) })))
        }
        define("takewhile", 2...2, help: "takewhile(pred, itr) — (Iterators.takewhile) elements of itr while pred holds") { interp, args in
            .host(LazyIterator(.takeWhile(predicate: interp.keepingConfinement(args[0]), args[1])))
        }
        define("dropwhile", 2...2, help: "dropwhile(pred, itr) — (Iterators.dropwhile) the elements of itr from the first where pred fails") { interp, args in
            .host(LazyIterator(.dropWhile(predicate: interp.keepingConfinement(args[0]), args[1])))
        }
        define("enumerate", 1...1, help: "enumerate(itr) — pairs (i, x) with 1-based i, lazily") { _, args in
            .host(LazyIterator(.enumerate(args[0])))
        }
        define("zip", 1...Int.max, help: "zip(xs, ys...) — tuples of corresponding elements, as long as the shortest, lazily") { _, args in
            .host(LazyIterator(.zip(args.values)))
        }
        define("pairs", 1...1, help: "pairs(x) — key => value for each entry (index => element for arrays, name => value for named tuples)") { _, args in
            // A dictionary is already its own pairs (`pairs(a::AbstractDict) = a`).
            if case .dict = args[0] { return args[0] }
            return .host(PairsIterator(args[0]))
        }
        define("Ref", 1...1, help: "Ref(x) — a box holding x; a dot call passes what it holds whole, as in in.(xs, Ref(s))") { _, args in
            .host(RefValue(args[0]))
        }
        define("Stateful", 1...1, help: "Stateful(itr) — (Iterators.Stateful) an iterator that remembers where the last loop stopped") { interp, args in
            // `Stateful(x::Stateful) = x`.
            if case .host(is StatefulIterator) = args[0] { return args[0] }
            return .host(try StatefulIterator(args[0], interp))
        }
        // Iterators.filter, Iterators.map and Iterators.reverse differ from the eager
        // Base functions of the same names, so they live only in the module.
        let lazyOnly: [(String, Library.Body)] = [
            ("filter", { interp, args in
                guard args.count == 2 else { throw RuntimeError("Iterators.filter takes a predicate and an iterable", kind: .method) }
                return .host(LazyIterator(.filter(predicate: interp.keepingConfinement(args[0]), args[1])))
            }),
            ("map", { interp, args in
                guard args.count >= 2 else { throw RuntimeError("Iterators.map takes a function and iterables", kind: .method) }
                return .host(LazyIterator(.map(interp.keepingConfinement(args[0]), Array(args.values.dropFirst()))))
            }),
            ("reverse", { _, args in
                guard args.count == 1 else { throw RuntimeError("Iterators.reverse takes one iterable", kind: .method) }
                return .host(LazyIterator(.reverse(args[0])))
            }),
        ]
        var members: [String: Value] = [:]
        for name in ["take", "drop", "cycle", "partition", "product", "flatten", "countfrom", "repeated",
                     "takewhile", "dropwhile", "enumerate", "zip", "Stateful"] {
            members[name] = functions[name].map { .function($0) }
        }
        for (name, body) in lazyOnly {
            let builtin = Builtin(name: "Iterators.\(name)", help: "", arity: 1...Int.max, elementwise: false, body: body)
            members[name] = .function(FunctionValue(name: "Iterators.\(name)", methods: [.builtin(builtin)]))
        }
        defineValue("Iterators", .host(ModuleObject(name: "Base.Iterators", members: members)))
    }
}

extension Value {
    /// Whether Julia's `Iterators.partition` of this value makes views (`view(c, state:r)`
    /// for an AbstractArray that is not a range): the notebook's arrays and lists.
    fileprivate var isPartitionedIntoViews: Bool {
        switch self {
        case .array, .list: return true
        default: return false
        }
    }
}
