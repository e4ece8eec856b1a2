/// Julia's `Base.IteratorSize`: what `collect` and `map` know of an iterable's extent
/// before they walk it, which decides the shape of what they build. A matrix is
/// `HasShape{2}`, so `map(f, A, B)` of two matrices is a matrix; a tuple or a string
/// only `HasLength`, so zipping one with a matrix gives a vector (base/generator.jl,
/// base/iterators.jl: `and_iteratorsize`, `zip_iteratorsize`, `prod_iteratorsize`).
enum IteratorSize: Equatable {
    /// `HasShape{N}` with its dimensions (`size(x)`); a number is `HasShape{0}`.
    case shape([Int])
    /// `HasLength`, and the length when the notebook knows it.
    case length(Int?)
    /// `SizeUnknown`: a filter, `takewhile`, a generator with `if` or nested `for`s.
    case unknown
    /// `IsInfinite`: `countfrom`, `cycle`, `repeated(x)`.
    case infinite

    /// `HasShape{N}` of a zip whose parts' dimensions differ past one dimension:
    /// collecting it throws Julia's DimensionMismatch (`axes(zip)` calls `promote_shape`).
    case mismatchedShape(rank: Int, message: String)

    /// Whether collecting gives an array of two or more dimensions (or of none, for
    /// `HasShape{0}`), rather than a vector.
    var isMultidimensional: Bool {
        switch self {
        case .shape(let dims): dims.count != 1
        case .mismatchedShape(let rank, _): rank != 1
        default: false
        }
    }

    /// The dimensions of what collecting builds, when it is an array of two or more
    /// dimensions (or of none); it throws where Julia's `axes` of a zip does.
    func dimensions() throws -> [Int]? {
        switch self {
        case .shape(let dims) where dims.count != 1: return dims
        case .mismatchedShape(_, let message): throw RuntimeError(message, kind: .dimensionMismatch)
        default: return nil
        }
    }

    /// `Iterators.zip`'s size: the same `HasShape{N}` when every part has it (past one
    /// dimension also the same dimensions, or collecting it throws), a length when each
    /// part has a length or a shape and one may be infinite, infinite only when every
    /// part is, unknown otherwise. Julia folds from the right, `zip(a, zip(b, c))`,
    /// which decides the pair a mismatch names.
    static func zipped(_ parts: [IteratorSize]) -> IteratorSize {
        guard var combined = parts.last else { return .infinite }
        for part in parts.dropLast().reversed() {
            combined = zipPair(part, combined)
        }
        return combined
    }

    private var rank: Int? {
        switch self {
        case .shape(let dims): dims.count
        case .mismatchedShape(let rank, _): rank
        default: nil
        }
    }

    private var count: Int? {
        switch self {
        case .shape(let dims): dims.reduce(1, *)
        case .length(let n): n
        default: nil
        }
    }

    private static func zipPair(_ a: IteratorSize, _ b: IteratorSize) -> IteratorSize {
        switch (a, b) {
        case (.infinite, .infinite): return .infinite
        case (.infinite, .length), (.infinite, .shape), (.infinite, .mismatchedShape): return .length(b.count)
        case (.length, .infinite), (.shape, .infinite), (.mismatchedShape, .infinite): return .length(a.count)
        case (.shape(let x), .shape(let y)) where x.count == y.count:
            if x.count == 1 { return .shape([Swift.min(x[0], y[0])]) }
            guard let k = x.indices.first(where: { x[$0] != y[$0] }) else { return a }
            return .mismatchedShape(rank: x.count, message:
                "DimensionMismatch: dimensions must match: a has dims \(axesText(x)), b has dims \(axesText(y)), mismatch at \(k + 1)")
        // The inner zip's mismatch is the one Julia meets first.
        case (.shape, .mismatchedShape) where a.rank == b.rank: return b
        case (.mismatchedShape, .shape) where a.rank == b.rank: return a
        case (.mismatchedShape, .mismatchedShape) where a.rank == b.rank: return b
        case (.length, .length), (.length, .shape), (.shape, .length), (.length, .mismatchedShape), (.mismatchedShape, .length):
            guard let m = a.count, let n = b.count else { return .length(nil) }
            return .length(Swift.min(m, n))
        default: return .unknown
        }
    }

    /// `Iterators.product`'s size: `HasShape` with every part's dimensions (a length is
    /// one dimension) when each has a shape or a length, infinite when any part is,
    /// unknown otherwise; nil when a part's length is not known here (or is a zip of
    /// mismatched shapes, whose `size` Julia reports in other words).
    static func product(_ parts: [IteratorSize]) -> IteratorSize? {
        var dims: [Int] = []
        var unknown = false
        for part in parts {
            switch part {
            case .infinite: return .infinite
            case .shape(let d): dims += d
            case .length(let n?): dims.append(n)
            case .length(nil), .mismatchedShape: return nil
            case .unknown: unknown = true
            }
        }
        return unknown ? .unknown : .shape(dims)
    }

    /// `axes` of an array as Julia prints the tuple: `(Base.OneTo(2), Base.OneTo(3))`.
    private static func axesText(_ dims: [Int]) -> String {
        "(" + dims.map { "Base.OneTo(\($0))" }.joined(separator: ", ") + (dims.count == 1 ? ",)" : ")")
    }
}

/// The `IteratorSize` Julia gives a value, or nil when the notebook does not know it
/// (an object whose Julia iterator it does not model); callers that need it refuse.
func iteratorSize(of value: Value) -> IteratorSize? {
    switch value {
    case .int, .float, .bool, .complex, .char: return .shape([])
    case .array(let box): return .shape(box.tensor.shape)
    case .tracked(let v): return .shape(v.value.shape)
    case .range(let r): return .shape([r.count])
    case .list(let l): return .shape([l.items.count])
    case .tuple(let t): return .length(t.count)
    case .namedTuple(_, let v): return .length(v.count)
    case .string(let s): return .length(s.count)
    case .dict(let d): return .length(d.count)
    case .pair: return .length(2)
    case .host(let object): return iteratorSize(of: object)
    default: return nil
    }
}

private func iteratorSize(of object: any HostObject) -> IteratorSize? {
    switch object {
    case is RationalNumber, is IrrationalConstant: return .shape([])
    case is SetValue, is DictView: return .length(object.length)
    case let indices as any IndicesOneToN: return .shape([indices.count])
    case let generator as GeneratorValue:
        // With `if`, a Generator of a Filter; with nested `for`s, a Flatten of generators,
        // whose element type Julia does not know before it runs: both SizeUnknown.
        guard generator.condition == nil, generator.isProduct else { return .unknown }
        guard let known = allKnown(generator.sources) else { return nil }
        return known.count == 1 ? known[0] : IteratorSize.product(known)
    case let iterator as LazyIterator: return iteratorSize(of: iterator)
    case let stateful as StatefulIterator:
        // `IteratorSize(T) isa HasShape ? HasLength() : IteratorSize(T)`.
        guard let inner = iteratorSize(of: stateful.source) else { return nil }
        if case .shape = inner { return .length(stateful.length) }
        return inner
    case let pairs as PairsIterator:
        // Pairs iterate their keys: CartesianIndices for an array, 1:n for a tuple.
        switch pairs.source {
        case .array, .list, .range: return iteratorSize(of: pairs.source)
        case .tuple, .namedTuple: return .length(knownLength(pairs.source))
        default: return nil
        }
    default:
        if let shape = object.shape { return .shape(shape) }
        return object.isInfinite ? .infinite : nil
    }
}

private func iteratorSize(of iterator: LazyIterator) -> IteratorSize? {
    switch iterator.kind {
    case .take(let x, _):
        // `take_iteratorsize`: a length, unless the source's size is unknown.
        guard let inner = iteratorSize(of: x) else { return nil }
        return inner == .unknown ? .unknown : .length(iterator.length)
    case .drop(let x, _), .partition(let x, _):
        // A shape becomes a length; infinite and unknown stay.
        guard let inner = iteratorSize(of: x) else { return nil }
        switch inner {
        case .shape, .mismatchedShape, .length: return .length(iterator.length)
        case .unknown, .infinite: return inner
        }
    case .cycle, .countFrom: return .infinite
    case .repeated(_, let n): return n == nil ? .infinite : .length(n)
    case .takeWhile, .dropWhile, .filter: return .unknown
    // Julia's answer depends on the element type it infers for the flattened parts.
    case .flatten: return nil
    case .product(let xs): return allKnown(xs).flatMap(IteratorSize.product)
    case .reverse(let x), .enumerate(let x): return iteratorSize(of: x)
    case .map(_, let xs), .zip(let xs):
        // Iterators.map(f, xs...) is a Generator over zip(xs...), or over xs itself.
        guard let known = allKnown(xs) else { return nil }
        return known.count == 1 ? known[0] : IteratorSize.zipped(known)
    }
}

/// The sizes of all the values, or nil when any of them is not known.
private func allKnown(_ values: [Value]) -> [IteratorSize]? {
    var sizes: [IteratorSize] = []
    for value in values {
        guard let size = iteratorSize(of: value) else { return nil }
        sizes.append(size)
    }
    return sizes
}
