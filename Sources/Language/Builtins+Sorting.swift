import Engine

/// Sorting: `sort`, `sort!`, `sortperm` and `issorted`, with Julia's keywords `by`, `lt`
/// and `rev`, and `sort(A; dims=d)` for matrices. Every one orders by one rule, Julia's
/// `isless` (NaN after every number, -0.0 before 0.0, strings and tuples
/// lexicographically), and every sort is stable, as Julia's default algorithm is.
/// The order a sort uses: `lt` (default `isless`) on `by(x)`, reversed with `rev`.
struct Ordering {
    var by: Value?
    var lessThan: Value?
    var reverse: Bool

    /// Whether `a` goes strictly before `b`.
    func precedes(_ a: Value, _ b: Value, _ interp: any Runtime) throws -> Bool {
        var (x, y) = (a, b)
        if let by {
            x = try interp.call(by, [a], [:], at: interp.nowhere)
            y = try interp.call(by, [b], [:], at: interp.nowhere)
        }
        if reverse { swap(&x, &y) }
        guard let lessThan else { return try interp.isLess(x, y) }
        let answer = try interp.call(lessThan, [x, y], [:], at: interp.nowhere)
        guard case .bool(let less) = answer else {
            throw RuntimeError("sort: lt must return true or false, got \(describeType(answer))")
        }
        return less
    }
}

extension Runtime {


    /// Reads the keywords of `orderingKeywords`.
    fileprivate func ordering(_ args: inout Arguments) throws -> Ordering {
        let reverse = args.keyword("rev")
        if let reverse, !(reverse.isTrue || reverse.isFalse) {
            throw RuntimeError("\(args.function): rev must be true or false", kind: .argument)
        }
        return Ordering(by: args.keyword("by"), lessThan: args.keyword("lt"), reverse: reverse?.isTrue ?? false)
    }

    /// Positions of `items` in sorted order; equal elements keep their order.
    func sortedPositions(_ items: [Value], _ ordering: Ordering) throws -> [Int] {
        try checkBudget(items.count)
        // A merge sort, so that a user's `lt` is called O(n log n) times and a failing
        // comparison can throw; Swift's own sort takes no throwing comparator.
        var order = Array(items.indices)
        var scratch = order
        var width = 1
        while width < order.count {
            try checkCancelled()
            var start = 0
            while start < order.count {
                let middle = Swift.min(start + width, order.count)
                let end = Swift.min(start + 2 * width, order.count)
                var (i, j, k) = (start, middle, start)
                while i < middle && j < end {
                    // Take from the right run only when it strictly precedes: stability.
                    if try ordering.precedes(items[order[j]], items[order[i]], self) {
                        scratch[k] = order[j]; j += 1
                    } else {
                        scratch[k] = order[i]; i += 1
                    }
                    k += 1
                }
                while i < middle { scratch[k] = order[i]; i += 1; k += 1 }
                while j < end { scratch[k] = order[j]; j += 1; k += 1 }
                start = end
            }
            swap(&order, &scratch)
            width *= 2
        }
        return order
    }

    /// Julia's `isless`: a total order on numbers (NaN last, -0.0 before 0.0), and
    /// lexicographic on strings, characters, symbols, tuples and lists. Containers are
    /// compared as `==` compares them: past `deepestComparison` levels (a list inside
    /// itself, a tuple nested 300,000 deep) it says so rather than overflow the stack,
    /// and lists that share their parts poll Ctrl-C, since they take 2^depth steps.
    func isLess(_ a: Value, _ b: Value, depth: Int = 0) throws -> Bool {
        func lexicographic(_ x: some Collection<Value>, _ y: some Collection<Value>) throws -> Bool {
            guard depth < deepestComparison else {
                throw RuntimeError("`isless` cannot compare values nested more than \(deepestComparison) deep", kind: .stackOverflow)
            }
            try checkCancelled()
            for (p, q) in zip(x, y) {
                if try isLess(p, q, depth: depth + 1) { return true }
                if try isLess(q, p, depth: depth + 1) { return false }
            }
            return x.count < y.count
        }
        switch (a, b) {
        case (.string(let x), .string(let y)): return x.unicodeScalars.lexicographicallyPrecedes(y.unicodeScalars)
        case (.char(let x), .char(let y)): return x.unicodeScalars.first!.value < y.unicodeScalars.first!.value
        case (.symbol(let x), .symbol(let y)): return x.unicodeScalars.lexicographicallyPrecedes(y.unicodeScalars)
        case (.tuple(let x), .tuple(let y)): return try lexicographic(x.values, y.values)
        case (.int(let x), .int(let y)): return x < y
        default:
            if let x = scalarDouble(a), let y = scalarDouble(b) {
                if x.isNaN || y.isNaN { return !x.isNaN && y.isNaN }
                if x == 0 && y == 0 { return x.sign == .minus && y.sign == .plus }
                return x < y
            }
            if case .list(let x) = a, case .list(let y) = b { return try lexicographic(x.items, y.items) }
            throw RuntimeError("isless: cannot compare \(describeType(a)) with \(describeType(b))")
        }
    }

    /// The elements of a vector or list to sort; other collections are not sortable in Julia 1.10.
    fileprivate func sortableElements(_ value: Value, _ name: String) throws -> [Value] {
        switch value {
        case .array(let box) where box.tensor.rank <= 1: return try collectElements(value)
        case .array: throw RuntimeError("\(name): give dims=1 or dims=2 to sort a \(describeType(value))", kind: .argument)
        case .list, .range: return try collectElements(value)
        default: throw RuntimeError("\(name): expected a vector, got \(describeType(value))", kind: .method)
        }
    }

    /// `items` in a new collection of the same kind as `original`.
    fileprivate func rebuilt(like original: Value, _ items: [Value]) throws -> Value {
        switch original {
        case .list(let l): return .list(ListBox(items, isAny: l.isAny))
        case .array(let box):
            let vector = try makeVector(items)
            if case .array(let sorted) = vector {
                return .array(ArrayBox(sorted.tensor, elementType: box.elementType))
            }
            return vector
        default: return try makeVector(items)
        }
    }

    /// Writes `items` back into the vector or list `target`.
    fileprivate func overwrite(_ target: Value, with items: [Value], _ name: String) throws {
        switch target {
        case .list(let l):
            try l.checkChangeable()
            l.items = items
        case .array(let box):
            try box.checkWritable()
            box.tensor = Tensor(vector: items.map { scalarDouble($0) ?? 0 })
        default: throw RuntimeError("\(name): cannot change \(describeType(target)) in place")
        }
    }

    /// `sort(A; dims=d)`: each column (d = 1) or each row (d = 2) sorted on its own.
    fileprivate func sortAlong(_ value: Value, _ dims: Value, _ ordering: Ordering) throws -> Value {
        guard case .array(let box) = value, box.tensor.rank == 2 else {
            throw RuntimeError("sort: dims applies to a matrix, got \(describeType(value))")
        }
        guard case .int(let d) = dims, d == 1 || d == 2 else { throw RuntimeError("sort: dims must be 1 or 2 for a matrix", kind: .argument) }
        let (rows, columns) = (box.tensor.shape[0], box.tensor.shape[1])
        var scalars = box.tensor.scalars
        let lines = d == 1 ? columns : rows
        let length = d == 1 ? rows : columns
        for line in 0..<lines {
            let offsets = (0..<length).map { d == 1 ? line * rows + $0 : $0 * rows + line }
            let items = offsets.map { box.element(at: $0) }
            let order = try sortedPositions(items, ordering)
            for (k, position) in order.enumerated() { scalars[offsets[k]] = box.tensor.scalars[offsets[position]] }
        }
        return .array(ArrayBox(try Tensor(shape: box.tensor.shape, scalars: scalars), elementType: box.elementType))
    }

    /// A Vector{Int64} of `values`.
    func makeIntegerVector(_ values: [Int]) throws -> Value {
        for n in values { try checkStorable(n) }
        return .array(ArrayBox(Tensor(vector: values.map(Double.init)), elementType: .int64))
    }
}

extension Value {
    var isFalse: Bool {
        if case .bool(false) = self { return true }
        return false
    }
}

/// The keywords `ordering` reads, which the sorting builtins declare.
let orderingKeywords: Set<String> = ["rev", "by", "lt"]

extension Library {
    mutating func registerSortingBuiltins() {
        define("sort", 1...1, keywords: .named(orderingKeywords.union(["dims"])), help: "sort(v; rev=false, by=f, lt=f, dims=d) — a sorted copy (a matrix sorted along dimension d)") { interp, args in
            // `sort(r::AbstractRange) = issorted(r) ? r : reverse(r)` (base/range.jl): a range
            // sorted without keywords is a range.
            if case .range(let r) = args[0], args.keywords.isEmpty {
                let ascending = switch r.stepValue { case .int(let s): s >= 0; case .float(let s): s >= 0; default: true }
                return .range(r.count <= 1 || ascending ? r : try r.reversed())
            }
            let ordering = try interp.ordering(&args)
            if let dims = args.keyword("dims") { return try interp.sortAlong(args[0], dims, ordering) }
            let items = try interp.sortableElements(args[0], "sort")
            let order = try interp.sortedPositions(items, ordering)
            return try interp.rebuilt(like: args[0], order.map { items[$0] })
        }
        define("sort!", 1...1, keywords: .named(orderingKeywords), help: "sort!(v; rev=false, by=f, lt=f) — sort v in place and return it") { interp, args in
            let ordering = try interp.ordering(&args)
            let items = try interp.sortableElements(args[0], "sort!")
            let order = try interp.sortedPositions(items, ordering)
            try interp.overwrite(args[0], with: order.map { items[$0] }, "sort!")
            return args[0]
        }
        define("sortperm", 1...1, keywords: .named(orderingKeywords), help: "sortperm(v; rev=false, by=f, lt=f) — the indices that put v in sorted order") { interp, args in
            let ordering = try interp.ordering(&args)
            let items = try interp.sortableElements(args[0], "sortperm")
            return try interp.makeIntegerVector(try interp.sortedPositions(items, ordering).map { $0 + 1 })
        }
        define("issorted", 1...1, keywords: .named(orderingKeywords), help: "issorted(v; rev=false, by=f, lt=f) — whether v is already in sorted order") { interp, args in
            let ordering = try interp.ordering(&args)
            let items = try interp.sortableElements(args[0], "issorted")
            for i in items.indices.dropFirst() where try ordering.precedes(items[i], items[i - 1], interp) {
                return .bool(false)
            }
            return .bool(true)
        }
    }
}
