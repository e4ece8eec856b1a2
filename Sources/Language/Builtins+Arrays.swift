import Engine

/// Array constructors, shapes, reductions and the losses, over the engine's tensors.
/// Reductions and shape functions keep gradients flowing for tracked values.
extension Runtime {
    /// Dimensions after an optional element type (`zeros(Float64, 2, 3)` as in Julia).
    fileprivate func shapeArguments(_ args: Arguments) throws -> (shape: [Int], type: ElementType) {
        var start = 0
        var elementType = ElementType.float64
        if args.count > 0, case .function(let type) = args[0] {
            switch type.name {
            case "Float64": elementType = .float64
            case "Float32": elementType = .float32
            case "Int", "Int64": elementType = .int64
            case "Bool": elementType = .bool
            default: throw RuntimeError("\(args.function): the element type must be Float64, Int or Bool, got \(type.name)", kind: .argument)
            }
            start = 1
        }
        let shape = try args.dimensions(from: start)
        for d in shape where d < 0 {
            throw RuntimeError("\(args.function): dimensions cannot be negative, got \(shape.map(String.init).joined(separator: "×"))", kind: .argument)
        }
        var count = 1
        for d in shape { try checkBudget(count.multipliedReportingOverflow(by: d)); count *= d }
        return (shape, elementType)
    }

    fileprivate func filled(_ value: Double, _ args: Arguments) throws -> Value {
        let (shape, type) = try shapeArguments(args)
        return .array(ArrayBox(try Tensor.filled(value, shape: shape), elementType: type))
    }

    /// `f.(xs)` for `sum(f, xs)` and `prod(f, xs)`; a lazy iterator (a generator) is
    /// mapped element by element, as Julia's mapreduce over an iterator does.
    func mappedForReduction(_ f: Value, _ collection: Value) throws -> Value {
        // Only lazy iterators: a Param is a host object too, and stands for its array.
        guard case .host(let object) = collection, object is GeneratorValue || object is LazyIterator else {
            return try broadcastCall(f, [collection], [:], at: nowhere)
        }
        // f runs on each element as it is made, as Julia's mapreduce over an iterator does.
        var mapped: [Value] = []
        try eachElement(of: collection) { item in
            mapped.append(try call(f, [item], [:], at: nowhere))
            try checkBudget(mapped.count)
        }
        try EmptyReduction.requireYielded(collection, count: mapped.count)
        return .list(ListBox(mapped))
    }

    /// The elements of a lazy iterator for a reduction, and Julia's error for a
    /// generator that yields none.
    fileprivate func elementsToReduce(_ iterator: Value) throws -> [Value] {
        let items = try collectElements(iterator)
        try EmptyReduction.requireYielded(iterator, count: items.count)
        return items
    }

    /// `sum`/`maximum`/... over a list or tuple, element by element with the language's
    /// operators. A list is a `Vector{Any}`, which Julia sums by the pairwise tree too
    /// (`traversal: .pairwise`); its `@simd` loop over boxed values does not vectorise,
    /// so each block of up to 1024 goes left to right and only longer lists differ from
    /// a fold. A tuple or iterator is folded from the left.
    fileprivate func reduceList(_ name: String, _ items: [Value], _ traversal: JuliaReduction.Traversal) throws -> Value {
        guard let first = items.first else {
            if name == "sum" { return .int(0) }
            throw RuntimeError("\(name): the collection is empty", kind: .argument)
        }
        func add(_ a: Value, _ b: Value) throws -> Value { try binaryOperation(.plus, a, b, dotted: true) }
        /// `mapreduce_impl` over `items[lower...upper]` with blocks folded from the left.
        func pairwise(_ lower: Int, _ upper: Int) throws -> Value {
            if upper - lower < JuliaReduction.sum.blockSize {
                return try items[(lower + 1)...upper].reduce(items[lower], add)
            }
            let middle = lower + (upper - lower) >> 1
            return try add(try pairwise(lower, middle), try pairwise(middle + 1, upper))
        }
        switch name {
        case "sum", "mean":
            let total = traversal == .pairwise && items.count >= 16
                ? try pairwise(0, items.count - 1) : try items.dropFirst().reduce(first, add)
            return name == "sum" ? total : try binaryOperation(.divide, total, .int(items.count))
        default:
            return try items.dropFirst().reduce(first) { best, v in
                guard case .bool(let less) = try binaryOperation(.less, v, best) else { return best }
                return less == (name == "minimum") ? v : best
            }
        }
    }

    /// The sample variance (n - 1 in the denominator, as Julia's `var`), differentiable.
    fileprivate func variance(_ args: Arguments) throws -> Var {
        let (x, _) = try numeric(args, 0)
        let n = x.value.count
        guard n >= 2 else { throw RuntimeError("\(args.function): needs at least two values, got \(n)", kind: .argument) }
        // Statistics' var: mean(A), then mapreduce(x -> abs2(x - m), +, A) / (n - 1), both
        // in the order Julia walks A.
        let order = traversal(of: args[0])
        let deviations = try x - x.mean(order)
        return try (deviations .* deviations).sum(order) / Double(n - 1)
    }

    func integerFromDouble(_ x: Double) throws -> Value {
        guard Swift.abs(x) <= 9.007199254740992e15 else { throw RuntimeError("integer overflow (result \(formatFloat(x)))", kind: .notSupported) }
        return .int(Int(x))
    }

    /// A 0-based linear position as Julia reports it: an index for vectors; for
    /// matrices Julia gives a CartesianIndex, which the language does not have yet.
    /// A 0-based linear position as Julia reports it: an index for vectors, a
    /// CartesianIndex for arrays of more dimensions.
    fileprivate func cartesian(_ offset: Int, _ shape: [Int], _ name: String) throws -> Value {
        if shape.count <= 1 { return .int(offset + 1) }
        return .host(CartesianIndex.of(offset: offset, in: shape))
    }

    /// The 0-based `dims` keyword, or nil when it is not given (the whole array).
    fileprivate func optionalDimsKeyword(_ args: inout Arguments) throws -> Int? {
        guard let v = args.keyword("dims") else { return nil }
        guard case .int(let n) = v, n >= 1 else { throw RuntimeError("\(args.function): dims must be a positive integer", kind: .argument) }
        return n - 1
    }

    fileprivate func dimsKeyword(_ args: inout Arguments, default d: Int) throws -> Int {
        guard let v = args.keyword("dims") else { return d - 1 }
        guard case .int(let n) = v, n >= 1 else { throw RuntimeError("\(args.function): dims must be a positive integer", kind: .argument) }
        return n - 1
    }
}

/// How Julia walks an array it sums or multiplies (`JuliaReduction.Traversal`): the
/// adjoint or transpose of a matrix, and a view without fast linear indexing, have
/// Cartesian indexing, which `_mapreduce` folds from the left; every other array (and
/// range) goes through the pairwise tree.
func traversal(of value: Value) -> JuliaReduction.Traversal {
    // Iterators and tuples are mapfoldl's; lists and ranges are arrays with linear indexing.
    if case .host(let object) = value, object is GeneratorValue || object is LazyIterator { return .fromLeft }
    if case .tuple = value { return .fromLeft }
    guard case .array(let box) = value else { return .pairwise }
    switch box.wrapper {
    case .adjoint(_, let ofVector), .transpose(_, let ofVector): return ofVector ? .pairwise : .fromLeft
    case .view(_, _, _, let linear): return linear ? .pairwise : .fromLeft
    case .none, .bitArray, .reshapedRange: return .pairwise
    }
}

/// `f` along the 0-based axis, or over every element when the axis is nil: the array
/// flattened to one column, normalised, and given its shape back.
private func wholeOrAlong(_ x: Var, _ axis: Int?, _ f: (Var, Int) throws -> Var) throws -> Var {
    if let axis { return try f(x, axis) }
    if x.value.rank <= 1 { return try f(x, 0) }
    return try f(try x.reshaped([x.value.count]), 0).reshaped(x.value.shape)
}

/// Running sums of `t` along dimension `axis` (0-based), each slice summed on its own.
/// Column-major storage makes element i's predecessor along the axis `stride` places back.
private func runningSums(_ t: Tensor, along axis: Int) throws -> Tensor {
    var sums = t.scalars
    let extent = axis < t.rank ? t.shape[axis] : 1
    let stride = t.shape.prefix(axis).reduce(1, *)
    for i in sums.indices where (i / stride) % extent != 0 {
        sums[i] += sums[i - stride]
    }
    return try Tensor(shape: t.shape, scalars: sums)
}

extension Library {
    mutating func registerArrayBuiltins() {
        define("zeros", 0...8, help: "zeros(m, n...) — an array of zeros; zeros(3) is a vector") { interp, args in
            try interp.filled(0, args)
        }
        define("ones", 0...8, help: "ones(m, n...) — an array of ones") { interp, args in
            try interp.filled(1, args)
        }
        // Julia's trues and falses make a BitArray (bitarray.jl), as `v .> 0` does.
        for (name, bit) in [("trues", 1.0), ("falses", 0.0)] {
            define(name, 0...8, help: "\(name)(m, n...) — a BitArray of \(bit == 1 ? "true" : "false") values") { interp, args in
                let shape = try args.dimensions(from: 0)
                guard shape.allSatisfy({ $0 >= 0 }) else {
                    throw RuntimeError("\(name): dimensions must not be negative (ArgumentError)", kind: .argument)
                }
                try interp.checkBudget(shape.reduce(1, *))
                return .array(ArrayBox(try Tensor.filled(bit, shape: shape), elementType: .bool, wrapper: .bitArray))
            }
        }
        // Bare parametric types, as values for `x isa Vector`, printing and calls (ArrayTypeCall.swift).
        for name in ["Array", "Vector", "Matrix", "NamedTuple"] { defineValue(name, .type(TypeValue(name, isConcrete: false))) }
        defineValue("undef", .host(UndefInitializerValue.shared))
        define("fill", 1...8, help: "fill(x, m, n...) — an array whose elements are all x") { interp, args in
            let rest = Arguments(function: "fill", values: Array(args.values.dropFirst()), keywords: [:])
            let (shape, _) = try interp.shapeArguments(rest)
            // `fill(x)` is a 0-dimensional array, which the notebook does not have.
            guard !shape.isEmpty else {
                throw RuntimeError("0-dimensional arrays (fill(x) without dimensions) are not supported", kind: .notSupported)
            }
            switch args[0] {
            case .int(let n):
                try interp.checkStorable(n)
                return .array(ArrayBox(try Tensor.filled(Double(n), shape: shape), elementType: .int64))
            case .bool(let b):
                return .array(ArrayBox(try Tensor.filled(b ? 1 : 0, shape: shape), elementType: .bool))
            case .float(let x):
                return .array(ArrayBox(try Tensor.filled(x, shape: shape)))
            case .float32(let x):
                return .array(ArrayBox(try Tensor.filled(Double(x), shape: shape), elementType: .float32))
            default:
                // Julia fills with any value, every element the same object.
                throw RuntimeError("fill with \(describeType(args[0])) (not an Int64, Float64 or Bool) is not supported", kind: .notSupported)
            }
        }
        define("size", 1...2, help: "size(A) — the dimensions as a tuple; size(A, d) — dimension d") { interp, args in
            let shape: [Int]
            switch args[0] {
            case .list(let l): shape = [l.items.count]
            case .string(let s): shape = [s.count]
            // CartesianIndices and LinearIndices have the shape of their array.
            case .host(let indices as CartesianIndicesValue): shape = indices.shape ?? []
            case .host(let q as OrthogonalFactorValue): shape = [q.size, q.size]
            default: shape = try interp.numeric(args, 0).0.shape
            }
            if args.count == 2 {
                let d = try args.integer(1, "dimension")
                guard d >= 1 else { throw RuntimeError("size: dimension \(d) is not ≥ 1", kind: .argument) }
                return .int(d <= shape.count ? shape[d - 1] : 1)
            }
            return .tuple(TupleItems(shape.map { .int($0) }))
        }
        define("length", 1...1, help: "length(x) — number of elements (of an array, list, string, range, dict)") { interp, args in
            switch args[0] {
            // Julia counts a string's characters as code points.
            case .string(let s): return .int(s.unicodeScalars.count)
            case .plot(let s): return .int(s.count)
            case .list(let l): return .int(l.items.count)
            case .tuple(let t): return .int(t.count)
            case .namedTuple(_, let v): return .int(v.count)
            case .dict(let d): return .int(d.count)
            case .range(let r): return .int(r.count)
            case .host(let object):
                guard let n = object.length else { throw RuntimeError("length: a \(object.juliaTypeName) has no length", kind: .method) }
                return .int(n)
            default: return .int(try interp.numeric(args, 0).0.value.count)
            }
        }
        define("ndims", 1...1, help: "ndims(A) — the number of dimensions") { interp, args in
            .int(try interp.numeric(args, 0).0.value.rank)
        }
        define("reshape", 2...8, help: "reshape(A, m, n...) — the same elements (column-major) in a new shape, sharing A's memory") { interp, args in
            let shape = try args.dimensions(from: 1)
            if let shared = try reshaped(args[0], shape, interp) { return shared }
            let (x, type) = try interp.numeric(args, 0)
            return try interp.result(try x.reshaped(shape), type)
        }
        define("vec", 1...1, help: "vec(A) — all elements as one column vector, sharing A's memory") { interp, args in
            switch args[0] {
            case .array(let box) where box.wrapper.isRowOfVector:
                // vec(v::AdjointAbsVec{<:Real}) = parent(v) (adjtrans.jl).
                guard let parent = box.parent?.box else { break }
                return parent.standsFor.map { .range($0) } ?? .array(parent)
            case .array(let box):
                if let shared = try reshaped(args[0], [box.tensor.count], interp) { return shared }
            case .range:
                return args[0]
            default: break
            }
            let (x, type) = try interp.numeric(args, 0)
            return try interp.wrap(x.vectorized(), type)
        }
        define("transpose", 1...1, help: "transpose(A) — rows become columns, sharing A's memory (same as A')") { interp, args in
            try interp.transpose(args[0], adjoint: false)
        }
        define("adjoint", 1...1, help: "adjoint(A) — A', rows become columns, sharing A's memory") { interp, args in
            try interp.transpose(args[0], adjoint: true)
        }
        define("permutedims", 1...2, help: "permutedims(A, (2, 1)) — reorder dimensions; default swaps a matrix's") { interp, args in
            let (x, type) = try interp.numeric(args, 0)
            // Wrapping: any integer may be typed, and `permuted` refuses what is out of range.
            let permutation = args.count == 2 ? try args.dimensions(from: 1).map { $0 &- 1 } : [1, 0]
            if x.value.rank == 1 && args.count == 1 { return try interp.wrap(try x.reshaped([1, x.value.count]), type) }
            return try interp.wrap(try x.permuted(permutation), type)
        }
        define("copy", 1...1, help: "copy(x) — a new array (or list, dict) with the same elements") { interp, args in
            switch args[0] {
            case .array(let box) where box.wrapper.isRowOfVector:
                // Julia's copy(v') is the row of a copy of v (similar keeps a vector's wrapper).
                return try interp.row(of: box.tensor, box.elementType, like: box.wrapper)
            case .array(let box): return .array(box.detachedCopy())
            case .list(let l):
                let copy = ListBox(l.items, isAny: l.isAny)
                copy.declaredElementType = l.declaredElementType
                return .list(copy)
            case .dict(let d):
                return .dict(d.copy())
            case .host(let set as SetValue):
                return .host(SetValue(table: set.table.copy()))
            case .host(let instance as StructInstance):
                // Julia defines no `copy` for a struct (deepcopy makes one).
                throw RuntimeError("MethodError: no method matching copy(::\(instance.juliaTypeName))", kind: .method)
            default: return args[0]
            }
        }
        define("deepcopy", 1...1, help: "deepcopy(x) — a copy with every nested array copied too") { _, args in
            var copier = DeepCopier()
            return copier.copy(args[0])
        }
        define("collect", 1...1, help: "collect(r) — the elements of a range or iterable as an array") { interp, args in
            if case .range(let r) = args[0] {
                try interp.checkBudget(r.count)
                return .array(ArrayBox(Tensor(vector: try r.storableDoubles()), elementType: r.isIntegral ? .int64 : .float64))
            }
            if case .array(let box) = args[0] { return .array(ArrayBox(box.tensor, elementType: box.elementType)) }
            // A vector that carries its element type (Any[...], a Dict's keys) keeps it.
            if case .list(let l) = args[0], l.isAny || l.declaredElementType != nil {
                let copy = ListBox(l.items, isAny: l.isAny)
                copy.declaredElementType = l.declaredElementType
                return .list(copy)
            }
            if case .host(let view as DictView) = args[0] { return .list(view.collected()) }
            if case .host(let set as SetValue) = args[0] { return vectorOfElementType(set.elements, set.elementType) }
            if case .host(let generator as GeneratorValue) = args[0], let interpreter = interp as? Interpreter {
                return try interpreter.collected(generator)
            }
            // An iterator of a matrix (enumerate, zip, Iterators.product) collects to its shape.
            if case .host = args[0], let dims = try iteratorSize(of: args[0])?.dimensions() {
                return try interp.shapedResult(try interp.collectElements(args[0]), dims)
            }
            return try interp.makeCollected(try interp.collectElements(args[0]))
        }
        define("range", 0...3, keywords: .named(["start", "stop", "step", "length"]), help: "range(a, b; length=n), range(a, b; step=s), range(a; step=s, length=n), range(; stop, length) — a range as Julia's") { _, args in
            let length = try (args.count == 3 ? args[2] : args.keyword("length")).map { v -> Int in
                guard case .int(let n) = v else { throw RuntimeError("range: the length must be an integer, got \(describeType(v))", kind: .argument) }
                return n
            }
            let step = args.keyword("step")
            let stop = args.count >= 2 ? args[1] : args.keyword("stop")
            let start = args.count >= 1 ? args[0] : args.keyword("start")
            return try RangeValue.range(start: start, stop: stop, step: step, length: length)
        }
        define("vcat", 0...Int.max, help: "vcat(a, b, ...) — stack vertically (vectors end to end), as [a; b]; with lists, a list of all their elements") { interp, args in
            try interp.concatenate(args.values, along: 1)
        }
        define("hcat", 0...Int.max, help: "hcat(a, b, ...) — place side by side (vectors become columns), as [a b]") { interp, args in
            try interp.concatenate(args.values, along: 2)
        }
        define("cat", 0...Int.max, keywords: .named(["dims"]), help: "cat(a, b, ...; dims=d) — join along dimension d, as [a;; b] for d = 2") { interp, args in
            guard let dims = args.keyword("dims"), case .int(let d) = dims, d >= 1 else {
                throw RuntimeError("cat: give the dimension with dims=d (d ≥ 1)", kind: .argument)
            }
            return try interp.concatenate(args.values, along: d)
        }
        define("hvcat", 1...Int.max, help: "hvcat(n, values...) — rows of n values each, as [a b; c d] for n = 2; or hvcat((n1, n2, ...), values...)") { interp, args in
            let counts: [Int]
            let values = Array(args.values.dropFirst())
            switch args[0] {
            case .int(let n):
                guard n > 0, values.count % n == 0 else {
                    throw RuntimeError("hvcat: \(values.count) values do not make rows of \(n)", kind: .argument)
                }
                counts = Array(repeating: n, count: values.count / n)
            case .tuple(let items):
                counts = try items.map { item in
                    guard case .int(let n) = item, n > 0 else { throw RuntimeError("hvcat: row lengths must be positive integers", kind: .argument) }
                    return n
                }
                guard counts.reduce(0, +) == values.count else {
                    throw RuntimeError("hvcat: the row lengths add up to \(counts.reduce(0, +)), but \(values.count) values were given", kind: .argument)
                }
            default:
                throw RuntimeError("hvcat: the first argument is the number of values in a row, or a tuple of them", kind: .method)
            }
            var rows: [Value] = []
            var start = 0
            for n in counts {
                rows.append(try interp.concatenate(Array(values[start..<(start + n)]), along: 2))
                start += n
            }
            return try interp.concatenate(rows, along: 1)
        }
        defineReduction("sum", help: "sum(A; dims=d, init) — sum of all elements, or along dimension d; sum(f, A) sums f.(A); with init, folded from init",
            whole: { $0.sum($1) }, along: { try $0.sum(along: $1, $2) })
        defineReduction("mean", help: "mean(A; dims=d) — average of all elements, or along dimension d",
            whole: { $0.mean($1) }, along: { try $0.mean(along: $1, $2) })
        defineReduction("maximum", help: "maximum(A; dims=d, init) — the largest element, or along dimension d; init is the value for an empty A",
            whole: { x, _ in try x.maximum() }, along: { x, d, _ in Var(try x.value.maximum(along: d)) })
        defineReduction("minimum", help: "minimum(A; dims=d, init) — the smallest element, or along dimension d; init is the value for an empty A",
            whole: { x, _ in -(try (-x).maximum()) }, along: { x, d, _ in Var(try x.value.minimum(along: d)) })
        define("var", 1...1, help: "var(v) — sample variance, sum((v .- mean(v)).^2) / (n - 1)") { interp, args in
            try interp.result(try interp.variance(args))
        }
        define("std", 1...1, help: "std(v) — sample standard deviation, sqrt(var(v))") { interp, args in
            try interp.result(try interp.variance(args).sqrt())
        }
        define("median", 1...1, keywords: .named(["dims"]), help: "median(v) — the middle of the sorted values (the mean of the two middle ones for an even count), as Statistics' median") { interp, args in
            guard args.keyword("dims") == nil else { throw RuntimeError("median with dims is not supported", kind: .notSupported) }
            let (x, _) = try interp.numeric(args, 0)
            guard !x.isTracked else { throw RuntimeError("median is not differentiable, so it cannot be used on values inside `grad`", kind: .notSupported) }
            guard x.value.count > 0 else { throw RuntimeError("median of an empty array is undefined (ArgumentError)", kind: .argument) }
            if x.value.scalars.contains(where: \.isNaN) { return .float(.nan) }
            // Julia's isless order (-0.0 before 0.0), then Statistics' middle: x/2 + y/2,
            // or (x + 0) / 1 for one value.
            let sorted = x.value.scalars.sorted { $0 < $1 || ($0 == $1 && $0.sign == .minus && $1.sign == .plus) }
            let n = sorted.count
            return .float(n % 2 == 1 ? (sorted[n / 2] + 0) / 1 : sorted[n / 2 - 1] / 2 + sorted[n / 2] / 2)
        }
        define("diff", 1...1, keywords: .named(["dims"]), help: "diff(v) — the differences of neighbouring elements, [v[2] - v[1], v[3] - v[2], ...]") { interp, args in
            guard args.keyword("dims") == nil else { throw RuntimeError("diff with dims is not supported", kind: .notSupported) }
            let (x, type) = try interp.numeric(args, 0)
            guard !x.isTracked else { throw RuntimeError("diff is not differentiable yet, so it cannot be used on values inside `grad`", kind: .notSupported) }
            guard x.value.rank == 1 else {
                throw RuntimeError("diff of \(describeType(args[0])) needs dims, which is not supported; diff takes a vector", kind: .notSupported)
            }
            let v = x.value.scalars
            let differences = v.isEmpty ? [] : (1..<v.count).map { v[$0] - v[$0 - 1] }
            return try interp.wrap(Var(Tensor(vector: differences)), type == .float64 ? .float64 : .int64)
        }
        define("fill!", 2...2, help: "fill!(A, x) — set every element of A to x, in place") { interp, args in
            let box = try args.box(0)
            let x = try args.double(1, "fill value")
            if box.elementType == .int64 && x != x.rounded() {
                throw RuntimeError("fill!: cannot store \(formatFloat(x)) in an Int64 array (InexactError)", kind: .inexact)
            }
            try box.checkWritable()
            box.tensor = try Tensor.filled(x, shape: box.tensor.shape)
            return args[0]
        }
        define("similar", 1...1, help: "similar(A) — a new array of A's shape and type (filled with zeros here)") { interp, args in
            // Of a range, a Vector of its element type (similar(r, eltype(r), axes(r))).
            if case .range(let r) = args[0] {
                try interp.checkBudget(r.count)
                return .array(ArrayBox(Tensor(vector: [Double](repeating: 0, count: r.count)), elementType: r.isIntegral ? .int64 : .float64))
            }
            let box = try args.box(0)
            // similar of a BitArray is one; of a row v' it is the row of a new vector, of
            // an Adjoint matrix a plain Matrix (adjtrans.jl).
            if box.wrapper.isRowOfVector { return try interp.row(of: box.tensor.zerosLike(), box.elementType, like: box.wrapper) }
            return .array(ArrayBox(box.tensor.zerosLike(), elementType: box.elementType, wrapper: box.wrapper == .bitArray ? .bitArray : .none))
        }
        define("prod", 1...2, keywords: .named(["init"]), help: "prod(A; init) — product of all elements; prod(f, A) of f.(A)") { interp, args in
            if args.keywords["init"] != nil { return try interp.foldFromInit(reducing: "*", &args, dims: nil) }
            let op = EmptyReduction.Operator.times(shown: "mul_prod")
            if let empty = try interp.emptyReduction(op, mapping: args.count == 2 ? .of(args[0]) : .identity, args, args.count - 1) {
                return empty
            }
            let order = traversal(of: args[args.count - 1])
            if args.count == 2 {
                // `prod(f, A)`: apply f to each element first.
                let mapped = try interp.mappedForReduction(args[0], args[1])
                if case .host = args[1], case .list(let list) = mapped, list.items.isEmpty {
                    return try interp.emptyWalkReduction(op, mapping: .of(args[0]), args[1], "prod")
                }
                args = Arguments(function: "prod", values: [mapped], keywords: args.keywords)
            }
            switch args[0] {
            case .list, .tuple, .host:
                let items = try interp.elementsToReduce(args[0])
                if items.isEmpty, case .host = args[0] { return try interp.emptyWalkReduction(op, mapping: .identity, args[0], "prod") }
                return try items.reduce(.int(1)) { try interp.binaryOperation(.times, $0, $1) }
            default: break
            }
            let (x, type) = try interp.numeric(args, 0)
            // Integers multiply exactly in any order; a Float64 array in Julia's (JuliaReduction).
            if type == .int64 { return try interp.integerFromDouble(x.value.scalars.reduce(1, *)) }
            return .float(x.value.product(order))
        }
        define("cumsum", 1...1, keywords: .named(["dims"]), help: "cumsum(v), cumsum(A; dims=d) — running sums (along dimension d of a matrix)") { interp, args in
            // `cumsum(itr) = accumulate(add_sum, itr)` for what is no array (base/accumulate.jl).
            if args.keywords["dims"] == nil, let plus = Library.standard.functions["+"],
               ({ switch args[0] { case .tuple, .host(is GeneratorValue), .host(is LazyIterator): true; default: false } }()) {
                return try interp.accumulated(.function(plus), over: args[0], initial: nil)
            }
            let (x, type) = try interp.numeric(args, 0)
            guard !x.isTracked else { throw RuntimeError("cumsum is not differentiable yet, so it cannot be used on values inside `grad`", kind: .notSupported) }
            let t = x.value
            let dims = try args.keyword("dims").map { v -> Int in
                guard case .int(let d) = v else { throw RuntimeError("cumsum: dims must be an integer", kind: .argument) }
                guard d >= 1 && d <= Swift.max(t.rank, 1) else {
                    throw RuntimeError("cumsum: dims must be between 1 and \(Swift.max(t.rank, 1)) for an array of shape \(shapeText(t.shape))", kind: .argument)
                }
                return d
            }
            guard t.rank <= 1 || dims != nil else {
                throw RuntimeError("cumsum: give dims=1 or dims=2 for an array of shape \(shapeText(t.shape)) (Julia requires it), or use cumsum(vec(A))", kind: .argument)
            }
            return try interp.wrap(Var(try runningSums(t, along: (dims ?? 1) - 1)), type)
        }
        define("argmax", 1...2, keywords: .named(["dims"]), help: "argmax(v) — the (1-based) index of the largest element; argmax(f, xs) — the x where f(x) is largest; argmax(A; dims) — the CartesianIndex of each column's (dims=1) or row's largest") { interp, args in
            if let dims = args.keyword("dims") { return try interp.extremaAlongDims(args, dims: dims, largest: true, giving: .positions) }
            if args.count == 2 { return try interp.extremeArgument(args, largest: true) }
            let (x, _) = try interp.numeric(args, 0)
            guard x.value.count > 0 else { throw RuntimeError("argmax: the array is empty", kind: .argument) }
            return try interp.cartesian(try x.value.argmax(), x.value.shape, "argmax")
        }
        define("argmin", 1...2, keywords: .named(["dims"]), help: "argmin(v) — the (1-based) index of the smallest element; argmin(f, xs) — the x where f(x) is smallest; argmin(A; dims) — the CartesianIndex of each column's (dims=1) or row's smallest") { interp, args in
            if let dims = args.keyword("dims") { return try interp.extremaAlongDims(args, dims: dims, largest: false, giving: .positions) }
            if args.count == 2 { return try interp.extremeArgument(args, largest: false) }
            let (x, _) = try interp.numeric(args, 0)
            guard x.value.count > 0 else { throw RuntimeError("argmin: the array is empty", kind: .argument) }
            return try interp.cartesian(try (-x.value).argmax(), x.value.shape, "argmin")
        }
        define("norm", 1...1, help: "norm(A) — the Euclidean (Frobenius) norm, sqrt(sum(A.^2))") { interp, args in
            let (x, _) = try interp.numeric(args, 0)
            return try interp.result(x.norm())
        }
        define("dot", 2...2, help: "dot(a, b) — sum of elementwise products") { interp, args in
            let (a, aType) = try interp.numeric(args, 0)
            let (b, bType) = try interp.numeric(args, 1)
            guard a.value.count == b.value.count else {
                throw RuntimeError("dot: lengths \(a.value.count) and \(b.value.count) differ", kind: .dimensionMismatch)
            }
            if !a.isTracked, !b.isTracked, aType != .float64 || bType != .float64 {
                return try plainDot(a.value.scalars, aType, b.value.scalars, bType)
            }
            let product = try a.vectorized() .* b.vectorized()
            return try interp.result(product.sum())
        }
        // Knet's softmax and logsoftmax (and logp) normalise over the whole array unless
        // dims is given (Knet's default dims=:); NNlib's default, columns, is dims=1 here.
        define("softmax", 1...1, keywords: .named(["dims"]), help: "softmax(x; dims) — exp(x) normalised to sum 1 over the whole array, or along dims (dims=1: each column)") { interp, args in
            let d = try interp.optionalDimsKeyword(&args)
            let (x, _) = try interp.numeric(args, 0)
            return try interp.result(try wholeOrAlong(x, d) { try $0.softmax(along: $1) })
        }
        define("logsoftmax", 1...1, keywords: .named(["dims"]), help: "logsoftmax(x; dims) — log(softmax(x)) over the whole array or along dims, computed stably") { interp, args in
            let d = try interp.optionalDimsKeyword(&args)
            let (x, _) = try interp.numeric(args, 0)
            return try interp.result(try wholeOrAlong(x, d) { try $0.logSoftmax(along: $1) })
        }
        define("nll", 2...2, keywords: .named(["dims"]), help: "nll(scores, labels; dims=1) — mean negative log-likelihood of the labels (classes along dims)") { interp, args in
            let d = try interp.dimsKeyword(&args, default: 1)
            let (x, _) = try interp.numeric(args, 0)
            let labels: [Int]
            // 0-based with wrapping, as indices are: `nll` names a bad label as it was typed.
            if case .int(let n) = args[1] {
                labels = [n &- 1]
            } else {
                labels = try interp.collectElements(args[1]).map { v in
                    guard case .int(let n) = v else { throw RuntimeError("nll: labels must be integers", kind: .argument) }
                    return n &- 1
                }
            }
            return try interp.result(try x.nll(labels: labels, classDimension: d))
        }
        define("mse", 2...2, help: "mse(prediction, target) — mean of squared differences") { interp, args in
            let (p, _) = try interp.numeric(args, 0)
            let (t, _) = try interp.numeric(args, 1)
            return try interp.result(try p.mse(t))
        }
        define("onehot", 2...2, help: "onehot(i, n) — length-n vector with a 1 at i; onehot(v, n) — one column per element") { interp, args in
            let n = try args.integer(1, "number of classes")
            guard n >= 1 else { throw RuntimeError("onehot: the number of classes must be at least 1, got \(n)", kind: .argument) }
            let labels: [Int]
            if case .int(let i) = args[0] { labels = [i] } else {
                labels = try interp.collectElements(args[0]).map { v in
                    guard case .int(let i) = v else { throw RuntimeError("onehot: labels must be integers", kind: .argument) }
                    return i
                }
            }
            try interp.checkBudget(n.multipliedReportingOverflow(by: labels.count))
            var data = [Double](repeating: 0, count: n * labels.count)
            for (k, i) in labels.enumerated() {
                guard i >= 1 && i <= n else { throw RuntimeError("onehot: label \(i) is outside 1:\(n)", kind: .bounds) }
                data[k * n + i - 1] = 1
            }
            let shape = args[0].isNumber ? [n] : [n, labels.count]
            return .floats(try Tensor(shape: shape, scalars: data))
        }
        define("eachcol", 1...1, help: "eachcol(A) — the columns of a matrix, as views that write through to A") { interp, args in
            if case .array(let box) = args[0] { return try slices(of: box, args[0], columns: true) }
            let (x, type) = try interp.numeric(args, 0)
            guard x.value.rank == 2 else { throw RuntimeError("eachcol: expected a matrix, got shape \(shapeText(x.shape))", kind: .method) }
            return .list(ListBox(try (0..<x.value.shape[1]).map { try interp.result(try x.slice([.all, .at($0)]), type) }))
        }
        define("eachrow", 1...1, help: "eachrow(A) — the rows of a matrix, as views that write through to A") { interp, args in
            if case .array(let box) = args[0] { return try slices(of: box, args[0], columns: false) }
            let (x, type) = try interp.numeric(args, 0)
            guard x.value.rank == 2 else { throw RuntimeError("eachrow: expected a matrix, got shape \(shapeText(x.shape))", kind: .method) }
            return .list(ListBox(try (0..<x.value.shape[0]).map { try interp.result(try x.slice([.at($0), .all]), type) }))
        }
    }

    private mutating func defineReduction(
        _ name: String, help: String, whole: @escaping (Var, JuliaReduction.Traversal) throws -> Var,
        along: @escaping (Var, Int, JuliaReduction.Traversal) throws -> Var
    ) {
        func reduction(_ interp: any Runtime, _ args: inout Arguments) throws -> Value {
            try reduction(interp, &args, traversal(of: args[args.count - 1]))
        }
        /// `traversal` is the array's as given: `sum(f, A)` reduces f.(A), a new Array,
        /// in the order Julia walks A.
        func reduction(_ interp: any Runtime, _ args: inout Arguments, _ traversal: JuliaReduction.Traversal) throws -> Value {
            let dims = args.keyword("dims")
            if name != "mean", args.keywords["init"] != nil {
                return try interp.foldFromInit(reducing: name == "sum" ? "+" : name == "maximum" ? "max" : "min", &args, dims: dims)
            }
            // Julia's answers for an empty collection (EmptyReduction.swift); mean's
            // come from Statistics, by rules of its own, and stay below.
            let op: EmptyReduction.Operator? = switch name {
            case "sum": .plus(shown: "add_sum")
            case "maximum": .max
            case "minimum": .other
            default: nil
            }
            if let op, dims == nil, !args[args.count - 1].isRange,
               let empty = try interp.emptyReduction(op, mapping: args.count == 2 ? .of(args[0]) : .identity, args, args.count - 1) {
                return empty
            }
            if args.count == 2 {
                // `sum(f, A)`: apply f to each element first; a lazy iterator (a generator)
                // element by element, as Julia's mapreduce over an iterator does.
                let mapped = try interp.mappedForReduction(args[0], args[1])
                if let op, case .host = args[1], case .list(let list) = mapped, list.items.isEmpty {
                    return try interp.emptyWalkReduction(op, mapping: .of(args[0]), args[1], name)
                }
                var reduced = Arguments(function: name, values: [mapped], keywords: dims.map { ["dims": $0] } ?? [:])
                return try reduction(interp, &reduced, traversal)
            }
            // A float range sums and averages as Julia's formulas for ranges do.
            if dims == nil, case .range(let r) = args[0] {
                if name == "sum", let total = r.floatSum { return .float(total) }
                if name == "mean", let middle = r.floatMean { return .float(middle) }
            }
            if case .list = args[0] { return try interp.reduceList(name, try interp.collectElements(args[0]), traversal) }
            if case .host = args[0] {
                let items = try interp.elementsToReduce(args[0])
                if items.isEmpty, let op { return try interp.emptyWalkReduction(op, mapping: .identity, args[0], name) }
                return try interp.reduceList(name, items, .fromLeft)
            }
            if case .tuple(let items) = args[0] { return try interp.reduceList(name, items.values, .fromLeft) }
            let (x, type) = try interp.numeric(args, 0)
            if let dims {
                guard case .int(let d) = dims, d >= 1 else { throw RuntimeError("\(name): dims must be a positive integer", kind: .argument) }
                if x.isTracked && (name == "maximum" || name == "minimum") {
                    throw RuntimeError("\(name)(x; dims) is not differentiable yet, so it cannot be used on values inside `grad`", kind: .notSupported)
                }
                // A column of a Cartesian-indexed array (A' of a matrix) is Julia's @simd
                // loop over strided elements; whether LLVM vectorises it is not known here.
                if traversal == .fromLeft, d == 1, x.value.size(0) >= 16, name == "sum" || name == "mean" {
                    throw RuntimeError("\(name)(A; dims=1) of \(describeType(args[0])) with columns of 16 or more is not supported: Julia's order for it is not reproduced; use \(name)(collect(A); dims=1)", kind: .notSupported)
                }
                let keepInt = type == .int64 && name != "mean"
                return try interp.wrap(try along(x, d - 1, traversal), keepInt ? .int64 : .float64)
            }
            guard x.value.count > 0 || name == "sum" else { throw RuntimeError("\(name): the array is empty", kind: .argument) }
            let r = try whole(x, traversal)
            if !r.isTracked && type != .float64 && name != "mean" { return try interp.integerFromDouble(r.value.scalars[0]) }
            return try interp.result(r)
        }
        // Statistics' mean takes no `init`.
        define(name, 1...2, keywords: .named(name == "mean" ? ["dims"] : ["dims", "init"]), help: help, reduction)
    }
}

/// `reshape(A, dims)` of an array as Julia 1.10 makes it (base/reshapedarray.jl): A itself
/// when the shape is A's, otherwise an `Array` on A's memory (the reshape of a reshape
/// goes back to the first array, as `jl_reshape_array` points at the data's owner). Of a
/// range, the range itself for its own length, else a read-only `Base.ReshapedArray`.
/// Nil for values the caller converts (tracked values, lists); a refusal for the other
/// arrays Julia makes a `ReshapedArray` of (an Adjoint's).
private func reshaped(_ value: Value, _ shape: [Int], _ runtime: any Runtime) throws -> Value? {
    let dims = shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
    func fits(_ count: Int) -> Bool {
        shape.allSatisfy({ $0 >= 0 }) && (try? Tensor.elementCount(of: shape)) == count
    }
    /// Of what is not an Array: the check of `_reshape`, then the refusal.
    func notAnArray(_ what: String, count: Int) -> RuntimeError {
        guard fits(count) else {
            let against = shape.count == 1 && what == "a range" ? "length \(shape[0])" : "size \(dims)"
            return RuntimeError("DimensionMismatch: parent has \(count) elements, which is incompatible with \(against)", kind: .dimensionMismatch)
        }
        return RuntimeError("reshape (and vec) of \(what) makes a Base.ReshapedArray, which this notebook does not have; collect it first: reshape(collect(A), ...)", kind: .notSupported)
    }
    switch value {
    case .array(let box):
        // _reshape(R::ReshapedArray, dims) = _reshape(R.parent, dims)
        if case .reshapedRange = box.wrapper, let range = box.parent?.box.standsFor { return try reshaped(.range(range), shape, runtime) }
        // _reshape(v::AbstractVector, dims::Dims{1}) is v for its own length: a view too.
        if box.tensor.rank == 1, shape == box.tensor.shape { return value }
        guard box.wrapper == .none || box.wrapper == .bitArray else { throw notAnArray(arraySummary(box), count: box.tensor.count) }
        guard fits(box.tensor.count) else {
            throw RuntimeError("DimensionMismatch: new dimensions \(dims) must be consistent with array size \(box.tensor.count)", kind: .dimensionMismatch)
        }
        if shape == box.tensor.shape { return value }
        var owner = box
        if case let (root, .reshaped)? = box.parent { owner = root }
        return .array(try ArrayBox(sharing: .reshaped(shape), of: owner, wrapper: box.wrapper))
    case .range(let r):
        if shape == [r.count] { return value }
        // A range indexes linearly, so its ReshapedArray has no index map (`Tuple{}`).
        guard shape.count != 1, fits(r.count) else { throw notAnArray("a range", count: r.count) }
        try runtime.checkBudget(r.count)
        let parent = ArrayBox(standingFor: r, Tensor(vector: try r.storableDoubles()))
        return .array(try ArrayBox(sharing: .reshaped(shape), of: parent, wrapper: .reshapedRange(of: typeName(value))))
    default:
        return nil
    }
}

/// `eachcol(A)` or `eachrow(A)` of a matrix: Julia 1.10's `ColumnSlices`/`RowSlices`
/// (base/slicearray.jl), a vector of views (`SubArray`s) into A, so writing into a column
/// writes A. Of an Array or BitArray only; the views of other arrays name their parent
/// in a nested summary this notebook does not write.
private func slices(of box: ArrayBox, _ value: Value, columns: Bool) throws -> Value {
    let name = columns ? "eachcol" : "eachrow"
    guard box.tensor.rank == 2 else {
        throw RuntimeError("\(name): expected a matrix, got shape \(shapeText(box.tensor.shape))", kind: .method)
    }
    guard box.wrapper == .none || box.wrapper == .bitArray else {
        throw RuntimeError("\(name) of \(arraySummary(box)) is not supported (its views would be views of a wrapper); collect it first", kind: .notSupported)
    }
    let (m, n) = (box.tensor.shape[0], box.tensor.shape[1])
    let parent = typeName(value)
    // `:` is `Base.Slice(Base.OneTo(n))` once indexed (to_indices); with one integer index,
    // viewindexing gives IndexLinear, and the parent's is too: the last parameter is true.
    let slice = "Base.Slice{Base.OneTo{Int64}}"
    let indexTypes = columns ? "\(slice), Int64" : "Int64, \(slice)"
    let views = try (0..<(columns ? n : m)).map { k -> Value in
        let positions = columns ? Array(k * m..<(k + 1) * m) : (0..<n).map { k + $0 * m }
        let wrapper = ArrayWrapper.view(of: parent, indices: columns ? ":, \(k + 1)" : "\(k + 1), :", indexTypes: indexTypes, linear: true)
        return .array(try ArrayBox(sharing: .picked(positions), of: box, wrapper: wrapper))
    }
    let list = ListBox(views)
    let element = "SubArray{\(box.elementType.juliaName), 1, \(parent), Tuple{\(indexTypes)}, true}"
    list.declaredElementType = element
    list.slicesTypeName = "\(columns ? "ColumnSlices" : "RowSlices"){\(parent), Tuple{Base.OneTo{Int64}}, \(element)}"
    return .list(list)
}

/// `dot(x, y)` when not both are Float64 (which Julia hands to BLAS): LinearAlgebra's
/// generic loop, `s = zero(x[1]*y[1])` then `s += x[i]*y[i]` in order, so integers give
/// an integer (Bool products add up to an Int) and a mix with floats sums left to right.
private func plainDot(_ x: [Double], _ xType: ElementType, _ y: [Double], _ yType: ElementType) throws -> Value {
    let productType = ElementType.result(of: .times, xType, yType)
    if productType == .float64 {
        // A Bool times a float is Julia's strong zero: `false * NaN` is 0.0.
        func times(_ a: Double, _ b: Double) -> Double {
            if xType == .bool { return a != 0 ? b : Double(signOf: b, magnitudeOf: 0) }
            if yType == .bool { return b != 0 ? a : Double(signOf: a, magnitudeOf: 0) }
            return a * b
        }
        var s = 0.0
        for i in x.indices { s += times(x[i], y[i]) }
        return .float(s)
    }
    // Empty: dot(zero(T), zero(T)), which is `false` for Bools.
    if x.isEmpty { return productType == .bool ? .bool(false) : .int(0) }
    var s = 0
    for i in x.indices {
        let (p, o1) = Int(x[i]).multipliedReportingOverflow(by: Int(y[i]))
        let (t, o2) = s.addingReportingOverflow(p)
        guard !o1, !o2 else { throw RuntimeError("integer overflow in dot; use floats for large values", kind: .notSupported) }
        s = t
    }
    return .int(s)
}
