import Engine

/// Folds and scans over any iterable: `foldl`, `foldr`, `mapreduce`, `accumulate`,
/// `cumprod` and `extrema`. They call the language's own functions and operators, so
/// they work on lists, strings, tuples, ranges and arrays alike; a scan of numbers
/// comes back as a numeric vector, as Julia's does.
extension Runtime {
    /// Julia's `reduce_first(op, x)` (base/reduce.jl): what a fold from the left without
    /// `init` makes of its first element: `foldl(+, [true])` is 1, `reduce(*, ['a'])` is "a".
    fileprivate func reduceFirst(_ op: Value, _ x: Value) -> Value {
        guard case .function(let f) = op, f.isBuiltin else { return x }
        switch (f.name, x) {
        case ("+", .bool(let b)): return .int(b ? 1 : 0)
        case ("*", .char(let c)): return .string(String(c))
        default: return x
        }
    }

    /// `foldl`, `foldr`, `reduce` and `mapreduce` of one collection, as Julia's
    /// `mapfoldl_impl` runs them: `op` over the elements of `args[position]`, each mapped
    /// by `mapping` first when given, taken one at a time as the collection makes them
    /// (a generator's body runs between calls of `op`, never twice). From the right,
    /// the collection is iterated reversed, as `mapfoldr` does with `Iterators.reverse`
    /// (op's arguments flipped, so `reduce_first` leaves the first element alone).
    /// Starts from `init` when given, else from the first element.
    func fold(_ op: Value, _ args: inout Arguments, _ position: Int, mapping: Value?, fromLeft: Bool) throws -> Value {
        let source = args[position]
        let initial = args.keyword("init")
        if initial == nil,
           let empty = try emptyReduction(.of(op), mapping: mapping.map(EmptyReduction.Mapping.of) ?? .identity, args, position) {
            return empty
        }
        var accumulator = initial
        var count = 0
        try eachElement(of: fromLeft ? source : try reversedIteration(source, args.function)) { item in
            let x = try mapping.map { try call($0, [item], [:], at: nowhere) } ?? item
            count += 1
            if let sofar = accumulator {
                accumulator = try call(op, fromLeft ? [sofar, x] : [x, sofar], [:], at: nowhere)
            } else {
                accumulator = fromLeft ? reduceFirst(op, x) : x
            }
        }
        if let accumulator { return accumulator }
        try EmptyReduction.requireYielded(source, count: count)
        throw RuntimeError("\(args.function): the collection is empty and no init was given", kind: .argument)
    }

    /// `sum`, `prod`, `maximum` and `minimum` with `init` (`op` is `+`, `*`, `max` or
    /// `min`): Julia's `mapreduce(f, op, A; init)` of a whole array or any iterable is
    /// `mapfoldl`, so the elements (mapped by f when given) are folded from the left
    /// starting at init, `op(op(init, x1), x2)...`, not summed pairwise; an empty
    /// collection gives init. With `dims`, Julia starts each slice's fold at init but
    /// still sums long columns pairwise, which is not reproduced.
    func foldFromInit(reducing op: String, _ args: inout Arguments, dims: Value?) throws -> Value {
        if dims != nil {
            throw RuntimeError("\(args.function)(A; dims, init) is not supported: Julia's order for it is not reproduced; leave out init, or reduce each slice with init", kind: .notSupported)
        }
        guard let function = Library.standard.functions[op] else { throw RuntimeError("\(op) is not defined", kind: .method) }
        var folded = Arguments(function: args.function, values: [.function(function), args[args.count - 1]], keywords: args.keywords)
        args.keywords = [:]
        return try fold(.function(function), &folded, 1, mapping: args.count == 2 ? args[0] : nil, fromLeft: true)
    }

    /// One step of `extrema`'s fold (`_extrema_rf`, base/reduce.jl) of the pair so far and
    /// the next (y, y): `(min, max)` of the parts, except that when all four are Float64
    /// Julia takes the smaller by the sign of their difference and a NaN in either first
    /// part makes both results NaN.
    fileprivate func extremaStep(_ sofar: Value, _ y: Value) throws -> Value {
        guard case .tuple(let pair) = sofar, pair.count == 2 else {
            throw RuntimeError("extrema: init must be a tuple (low, high), got \(describeType(sofar))", kind: .notSupported)
        }
        if case .float(let x1) = pair[0], case .float(let x2) = pair[1], case .float(let y1) = y {
            let difference = x1 - y1
            if x1.isNaN || y1.isNaN { return .tuple(TupleItems([.float(difference), .float(difference)])) }
            let low = difference.sign == .minus ? x1 : y1
            let high = (x2 - y1).sign == .minus ? y1 : x2
            return .tuple(TupleItems([.float(low), .float(high)]))
        }
        guard let min = Library.standard.functions["min"], let max = Library.standard.functions["max"] else {
            throw RuntimeError("min and max are not defined", kind: .method)
        }
        return .tuple(TupleItems([try call(.function(min), [pair[0], y], [:], at: nowhere), try call(.function(max), [pair[1], y], [:], at: nowhere)]))
    }

    /// `reduce(+, A)`, `reduce(*, A)`, `mapreduce(f, +, A)` and `mapreduce(f, *, A)` of a
    /// Float64 array without `init`: Julia's `_mapreduce` for an array with linear
    /// indexing, the pairwise tree that `sum` and `prod` use (JuliaReduction), with the
    /// block size Julia gives `mapreduce(abs2, +, A)`. Nil for every other case, which
    /// `fold` takes from the left as `mapfoldl` does (an iterator, `init` given, another
    /// operator, a Cartesian-indexed array).
    fileprivate func arrayReduction(_ op: Value, _ given: Arguments, _ position: Int, mapping: Value?) throws -> Value? {
        var args = given
        guard args.keyword("init") == nil, case .function(let function) = op, function.isBuiltin,
              case .array(let box) = args[position], box.elementType == .float64, box.tensor.count > 0,
              traversal(of: args[position]) == .pairwise else { return nil }
        let reduction: JuliaReduction
        switch function.name {
        case "+":
            let isAbs2 = if case .function(let f)? = mapping { f.isBuiltin && f.name == "abs2" } else { false }
            reduction = isAbs2 ? .sumOfAbs2 : .sum
        case "*": reduction = .product
        default: return nil
        }
        guard let mapping else { return .float(reduction.reduce(box.tensor.scalars)) }
        // f runs once on each element; when it gives something else than Float64, its
        // results are folded from the left as they are.
        let mapped = try box.tensor.scalars.map { try call(mapping, [.float($0)], [:], at: nowhere) }
        let floats = mapped.compactMap { value -> Double? in if case .float(let y) = value { y } else { nil } }
        if floats.count == mapped.count { return .float(reduction.reduce(floats)) }
        var folded = Arguments(function: args.function, values: [op, .list(ListBox(mapped, isAny: true))], keywords: args.keywords)
        return try fold(op, &folded, 1, mapping: nil, fromLeft: true)
    }

    /// What `Iterators.reverse(itr)` iterates, for `foldr`: the elements of a finite
    /// collection last first; a generator with its iterables reversed
    /// (`reverse(g::Generator)` reverses its source, a product each factor, a filter
    /// its source, so the body runs from the last element on).
    fileprivate func reversedIteration(_ value: Value, _ name: String) throws -> Value {
        switch value {
        case .int, .float, .bool, .char: return value
        case .range, .array, .list, .tuple, .string, .tracked:
            return .list(ListBox(try collectElements(value).reversed(), isAny: true))
        case .host(let generator as GeneratorValue) where generator.isProduct:
            let reversed = try generator.sources.map { try reversedIteration($0, name) }
            return .host(GeneratorValue(
                body: generator.body, clauses: generator.clauses, condition: generator.condition, scope: generator.scope, sources: reversed))
        default:
            throw RuntimeError(
                "\(name) iterates its collection from the end (Iterators.reverse), which the notebook does not do for \(describeType(value)); collect it first",
                kind: .notSupported)
        }
    }

    /// The results of a scan, shaped as Julia returns them: a tuple for a tuple, a
    /// vector otherwise (numbers make a numeric vector of the input's kind).
    /// `accumulate(op, xs; init)`. Julia's first running value is `reduce_first(op, x1)`
    /// (Iterators.accumulate's BottomRF; accumulate! likewise), so `accumulate(*, ['a',
    /// 'b'])` is ["a", "ab"] and `cumsum((true, false))` is (1, 1).
    func accumulated(_ op: Value, over source: Value, initial: Value?) throws -> Value {
        var results: [Value] = []
        var running = initial
        try eachElement(of: source) { item in
            let next = try running.map { try call(op, [$0, item], [:], at: nowhere) } ?? reduceFirst(op, item)
            results.append(next)
            try checkBudget(results.count)
            running = next
        }
        return try scanResult(results, like: source)
    }

    fileprivate func scanResult(_ results: [Value], like input: Value) throws -> Value {
        if case .tuple = input { return .tuple(TupleItems(results)) }
        // Of an iterator, Julia collects Iterators.accumulate, keeping element types apart.
        if case .host = input { return try makeCollected(results) }
        // Over a matrix Julia's accumulate keeps the matrix's shape and cumprod wants
        // `dims`; a running vector would be neither.
        if case .array(let box) = input, box.tensor.rank >= 2 {
            throw RuntimeError("a running scan over a \(describeType(input)) without dims is not supported", kind: .notSupported)
        }
        if results.isEmpty, case .array(let box) = input {
            return .array(ArrayBox(Tensor(vector: []), elementType: box.elementType))
        }
        return try makeVector(results)
    }
}

extension Library {
    mutating func registerFoldBuiltins() {
        define("foldl", 2...2, keywords: .named(["init"]), help: "foldl(op, xs; init) — op(op(op(init, x1), x2), ...), from the left") { interp, args in
            try interp.fold(args[0], &args, 1, mapping: nil, fromLeft: true)
        }
        define("foldr", 2...2, keywords: .named(["init"]), help: "foldr(op, xs; init) — op(x1, op(x2, ... op(xn, init))), from the right") { interp, args in
            try interp.fold(args[0], &args, 1, mapping: nil, fromLeft: false)
        }
        // Julia's reduce of an array of 16 or more elements pairs up blocks, and its
        // inner loop may be reassociated: with + or * on Float64 that order is
        // reproduced (arrayReduction); a fold from the left agrees with any other op
        // wherever it is associative, and exactly for shorter arrays (docs/language.md).
        define("reduce", 2...2, keywords: .named(["init"]), help: "reduce(f, xs; init=x) — combine the elements pairwise with f") { interp, args in
            if let reduced = try interp.arrayReduction(args[0], args, 1, mapping: nil) { return reduced }
            return try interp.fold(args[0], &args, 1, mapping: nil, fromLeft: true)
        }
        define("mapreduce", 3...Int.max, keywords: .named(["init"]), help: "mapreduce(f, op, xs...; init) — op applied over f.(xs) from the left, without building f.(xs)") { interp, args in
            if args.count == 3 {
                if let reduced = try interp.arrayReduction(args[1], args, 2, mapping: args[0]) { return reduced }
                return try interp.fold(args[1], &args, 2, mapping: args[0], fromLeft: true)
            }
            // Several collections. Of arrays (ranges too), Julia's method is
            // `reduce(op, map(f, A...))`: every f first, then the fold. Of other
            // iterables it is `reduce(op, Generator(f, itrs...))`, each f just before
            // the op that takes its value, walked in zip's lockstep.
            let collections = Array(args.values.dropFirst(2))
            let initial = args.keyword("init")
            let keywords: KeywordArguments = initial.map { ["init": $0] } ?? [:]
            let mapped = collections.allSatisfy(\.isArrayLike)
                ? try interp.map(args[0], over: collections) : .host(LazyIterator(.map(args[0], collections)))
            var folded = Arguments(function: "mapreduce", values: [args[1], mapped], keywords: keywords)
            if let reduced = try interp.arrayReduction(args[1], folded, 1, mapping: nil) { return reduced }
            return try interp.fold(args[1], &folded, 1, mapping: nil, fromLeft: true)
        }
        define("accumulate", 2...2, keywords: .named(["init"]), help: "accumulate(op, xs; init) — the running results [x1, op(x1, x2), ...]") { interp, args in
            try interp.accumulated(args[0], over: args[1], initial: args.keyword("init"))
        }
        define("cumprod", 1...1, help: "cumprod(v) — running products [v1, v1*v2, ...]") { interp, args in
            let items = try interp.collectElements(args[0])
            var results: [Value] = []
            for item in items {
                results.append(try results.last.map { try interp.binaryOperation(.times, $0, item) } ?? item)
            }
            return try interp.scanResult(results, like: args[0])
        }
        define("extrema", 1...2, keywords: .named(["init"]), help: "extrema(xs; init), extrema(f, xs) — (minimum, maximum) in one pass") { interp, args in
            let source = args[args.count - 1]
            if let initial = args.keyword("init") {
                // mapreduce(ExtremaMap(f), _extrema_rf, itr; init): a fold from init.
                var sofar = initial
                try interp.eachElement(of: source) { element in
                    let y = args.count == 2 ? try interp.call(args[0], [element], [:], at: interp.nowhere) : element
                    sofar = try interp.extremaStep(sofar, y)
                }
                return sofar
            }
            // `extrema` maps with Base's ExtremaMap, for which no empty value exists.
            if !source.isRange, let empty = try interp.emptyReduction(.other, mapping: .other, args, args.count - 1) { return empty }
            var low: Value?, high: Value?, nan: Value?
            var count = 0
            try interp.eachElement(of: source) { element in
                let item = args.count == 2 ? try interp.call(args[0], [element], [:], at: interp.nowhere) : element
                count += 1
                // min and max propagate NaN, so one NaN makes both ends NaN, as in Julia.
                if nan == nil, case .float(let x) = item, x.isNaN { nan = item }
                guard let l = low, let h = high else { low = item; high = item; return }
                if try interp.isLess(item, l) { low = item }
                if try interp.isLess(h, item) { high = item }
            }
            try EmptyReduction.requireYielded(source, count: count)
            if let nan { return .tuple(TupleItems([nan, nan])) }
            guard let low, let high else { throw RuntimeError("extrema: the collection is empty", kind: .argument) }
            return .tuple(TupleItems([low, high]))
        }
    }
}
