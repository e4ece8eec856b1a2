import Engine

/// Folds and scans over any iterable: `foldl`, `foldr`, `mapreduce`, `accumulate`,
/// `cumprod` and `extrema`. They call the language's own functions and operators, so
/// they work on lists, strings, tuples, ranges and arrays alike; a scan of numbers
/// comes back as a numeric vector, as Julia's does.
extension Runtime {

    /// A fold of `items` with `op`, starting from `initial` when given.
    fileprivate func fold(_ op: Value, _ items: [Value], initial: Value?, fromLeft: Bool, _ name: String) throws -> Value {
        let ordered = fromLeft ? items : items.reversed()
        var rest = ordered[...]
        guard var accumulator = initial ?? rest.popFirst() else {
            throw RuntimeError("\(name): the collection is empty and no init was given", kind: .argument)
        }
        for item in rest {
            try checkCancelled()
            accumulator = try call(op, fromLeft ? [accumulator, item] : [item, accumulator], [:], at: nowhere)
        }
        return accumulator
    }

    /// The results of a scan, shaped as Julia returns them: a tuple for a tuple, a
    /// vector otherwise (numbers make a numeric vector of the input's kind).
    fileprivate func scanResult(_ results: [Value], like input: Value) throws -> Value {
        if case .tuple = input { return .tuple(TupleItems(results)) }
        if results.isEmpty, case .array(let box) = input {
            return .array(ArrayBox(Tensor(vector: []), elementType: box.elementType))
        }
        return try makeVector(results)
    }
}

extension Library {
    mutating func registerFoldBuiltins() {
        define("foldl", 2...2, keywords: .named(["init"]), help: "foldl(op, xs; init) — op(op(op(init, x1), x2), ...), from the left") { interp, args in
            let items = try interp.collectElements(args[1])
            let initial = args.keyword("init")
            if initial == nil, let empty = try interp.emptyReduction(.of(args[0]), args, 1) { return empty }
            return try interp.fold(args[0], items, initial: initial, fromLeft: true, "foldl")
        }
        define("foldr", 2...2, keywords: .named(["init"]), help: "foldr(op, xs; init) — op(x1, op(x2, ... op(xn, init))), from the right") { interp, args in
            let items = try interp.collectElements(args[1])
            let initial = args.keyword("init")
            if initial == nil, let empty = try interp.emptyReduction(.of(args[0]), args, 1) { return empty }
            return try interp.fold(args[0], items, initial: initial, fromLeft: false, "foldr")
        }
        define("mapreduce", 3...Int.max, keywords: .named(["init"]), help: "mapreduce(f, op, xs...; init) — op applied over f.(xs) from the left, without building f.(xs)") { interp, args in
            let collections = try args.values.dropFirst(2).map { try interp.collectElements($0) }
            let n = collections.map(\.count).min() ?? 0
            var mapped: [Value] = []
            for i in 0..<n {
                try interp.checkCancelled()
                mapped.append(try interp.call(args[0], collections.map { $0[i] }, [:], at: interp.nowhere))
            }
            let initial = args.keyword("init")
            if initial == nil, args.count == 3, let empty = try interp.emptyReduction(.of(args[1]), mapping: .of(args[0]), args, 2) { return empty }
            return try interp.fold(args[1], mapped, initial: initial, fromLeft: true, "mapreduce")
        }
        define("accumulate", 2...2, keywords: .named(["init"]), help: "accumulate(op, xs; init) — the running results [x1, op(x1, x2), ...]") { interp, args in
            let items = try interp.collectElements(args[1])
            var results: [Value] = []
            var running = args.keyword("init")
            for item in items {
                try interp.checkCancelled()
                let next = try running.map { try interp.call(args[0], [$0, item], [:], at: interp.nowhere) } ?? item
                results.append(next)
                running = next
            }
            return try interp.scanResult(results, like: args[1])
        }
        define("cumprod", 1...1, help: "cumprod(v) — running products [v1, v1*v2, ...]") { interp, args in
            let items = try interp.collectElements(args[0])
            var results: [Value] = []
            for item in items {
                results.append(try results.last.map { try interp.binaryOperation(.times, $0, item) } ?? item)
            }
            return try interp.scanResult(results, like: args[0])
        }
        define("extrema", 1...2, help: "extrema(xs), extrema(f, xs) — (minimum, maximum) in one pass") { interp, args in
            // `extrema` maps with Base's ExtremaMap, for which no empty value exists.
            if !args[args.count - 1].isRange, let empty = try interp.emptyReduction(.other, mapping: .other, args, args.count - 1) { return empty }
            var items = try interp.collectElements(args[args.count - 1])
            if args.count == 2 { items = try items.map { try interp.call(args[0], [$0], [:], at: interp.nowhere) } }
            guard var low = items.first, var high = items.first else {
                throw RuntimeError("extrema: the collection is empty", kind: .argument)
            }
            // min and max propagate NaN, so one NaN makes both ends NaN, as in Julia.
            if let nan = items.first(where: { if case .float(let x) = $0 { return x.isNaN }; return false }) {
                return .tuple(TupleItems([nan, nan]))
            }
            for item in items.dropFirst() {
                if try interp.isLess(item, low) { low = item }
                if try interp.isLess(high, item) { high = item }
            }
            return .tuple(TupleItems([low, high]))
        }
    }
}
