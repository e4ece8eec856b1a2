import Engine

/// `CartesianIndices(dims)` and `LinearIndices(dims)` of more than one dimension, as
/// base/multidimensional.jl and base/indices.jl make them: the indices of an array of
/// that shape, each dimension a `Base.OneTo` (from sizes or an array) or a `UnitRange`.

/// One dimension's indices: `Base.OneTo(n)` or `a:b`.
struct IndexAxis: Equatable {
    let first: Int
    let last: Int
    let isOneTo: Bool

    var count: Int { Swift.max(0, last - first + 1) }
    var typeName: String { isOneTo ? "Base.OneTo{Int64}" : "UnitRange{Int64}" }
    /// As `show(CartesianIndices(...))` writes it (`_xform_index`): a OneTo by its length.
    var shownInTuple: String { isOneTo ? String(last) : "\(first):\(last)" }
}

extension Runtime {
    /// The axes a `CartesianIndices` or `LinearIndices` call names: a tuple of sizes or
    /// unit ranges, or an array (its axes); nil for anything else.
    func indexAxes(_ value: Value, _ name: String) throws -> [IndexAxis] {
        switch value {
        case .tuple(let items):
            return try items.map { item in
                switch item {
                case .int(let n): return IndexAxis(first: 1, last: Swift.max(0, n), isOneTo: true)
                case .range(.int(let start, 1, let stop)): return IndexAxis(first: start, last: stop, isOneTo: false)
                case .host(let oneTo as OneTo): return IndexAxis(first: 1, last: oneTo.count, isOneTo: true)
                default:
                    throw RuntimeError("\(name) of a tuple holding \(describeType(item)) is not supported; give sizes or unit ranges", kind: .notSupported)
                }
            }
        case .array(let box) where box.wrapper == .none || box.wrapper == .bitArray:
            return box.tensor.shape.map { IndexAxis(first: 1, last: $0, isOneTo: true) }
        case .list(let list) where list.slicesTypeName == nil:
            return [IndexAxis(first: 1, last: list.items.count, isOneTo: true)]
        case .range(let r):
            return [IndexAxis(first: 1, last: r.count, isOneTo: true)]
        default:
            throw RuntimeError("\(name) of \(describeType(value)) is not supported; give a tuple of sizes or an array", kind: .notSupported)
        }
    }
}

/// Every CartesianIndex of an array of the axes' shape, the first dimension fastest.
/// It iterates, counts, has the shape (a comprehension over it is a matrix) and is
/// indexed linearly; `println` writes `CartesianIndices((2, 2))`. Its REPL view, a
/// matrix of CartesianIndex, and `collect` (a Matrix{CartesianIndex{2}}) are refused.
final class CartesianIndicesValue: HostObject {
    let axes: [IndexAxis]

    init(_ axes: [IndexAxis]) { self.axes = axes }

    var juliaTypeName: String { "CartesianIndices{\(axes.count), \(tupleTypeName(axes.map(\.typeName)))}" }

    func show() -> String {
        "CartesianIndices(" + "(" + axes.map(\.shownInTuple).joined(separator: ", ") + (axes.count == 1 ? ",)" : ")") + ")"
    }

    var length: Int? { axes.reduce(1) { $0 * $1.count } }
    var shape: [Int]? { axes.map(\.count) }

    /// The k-th (0-based, column-major) index.
    private func index(_ k: Int) -> CartesianIndex {
        var rest = k
        return CartesianIndex(axes.map { axis in
            defer { rest /= Swift.max(axis.count, 1) }
            return axis.first + rest % Swift.max(axis.count, 1)
        })
    }

    func forEachElement(_ runtime: any Runtime, _ body: (Value) throws -> Bool) throws {
        let n = length ?? 0
        for k in 0..<n {
            if k % 4096 == 4095 { try runtime.checkCancelled() }
            if try !body(.host(index(k))) { return }
        }
    }

    func element(at index: Int) -> Value? {
        index >= 1 && index <= (length ?? 0) ? .host(self.index(index - 1)) : nil
    }

    func isEqual(to other: any HostObject) -> Bool { (other as? CartesianIndicesValue)?.axes == axes }
}

/// `LinearIndices(dims)` of two or more dimensions: the matrix (array) of 1...n in
/// column-major order, under its own type name. In arithmetic, indexing and builtins
/// it is that Int64 array (`LinearIndices((2, 3))[2, 2]` is 4).
final class LinearIndicesValue: HostObject {
    let axes: [IndexAxis]

    init(_ axes: [IndexAxis]) { self.axes = axes }

    var juliaTypeName: String { "LinearIndices{\(axes.count), \(tupleTypeName(axes.map(\.typeName)))}" }
    private var count: Int { axes.reduce(1) { $0 * $1.count } }

    private var asArray: Value {
        let tensor = (try? Tensor(shape: axes.map(\.count), scalars: (0..<count).map { Double($0 + 1) })) ?? Tensor(vector: [])
        return .array(ArrayBox(tensor, elementType: .int64))
    }

    func show() -> String { Language.show(asArray) }

    /// The array's view under this type's name: `2×3 LinearIndices{2, ...}:`.
    func display(width: Int, height: Int) -> String {
        let text = Language.display(asArray, width: width, height: height)
        guard let colon = text.firstIndex(of: ":") else { return text }
        let dimensions = text[..<colon].prefix { $0 != " " }
        return dimensions + " " + juliaTypeName + text[colon...]
    }

    var length: Int? { count }
    var shape: [Int]? { axes.map(\.count) }

    func forEachElement(_ runtime: any Runtime, _ body: (Value) throws -> Bool) throws {
        for k in 0..<count where try !body(.int(k + 1)) { return }
    }

    func element(at index: Int) -> Value? { index >= 1 && index <= count ? .int(index) : nil }
    func numericValue(_ runtime: any Runtime) throws -> Value? { asArray }
    func isEqual(to other: any HostObject) -> Bool { (other as? LinearIndicesValue)?.axes == axes }
}

extension Runtime {
    /// The axes, once their number of positions is known to be an Int (Julia's `length`
    /// would wrap past it).
    fileprivate func countedAxes(_ value: Value, _ name: String) throws -> [IndexAxis] {
        let axes = try indexAxes(value, name)
        var total = 1
        for axis in axes {
            let (product, overflow) = total.multipliedReportingOverflow(by: axis.count)
            guard !overflow else { throw RuntimeError("\(name) with more than \(Int.max) positions is not supported", kind: .notSupported) }
            total = product
        }
        return axes
    }
}

extension Library {
    mutating func registerCartesianIndicesBuiltins() {
        define("CartesianIndices", 1...1, help: "CartesianIndices(dims or A) — every CartesianIndex of an array of that shape, the first dimension fastest") { interp, args in
            .host(CartesianIndicesValue(try interp.countedAxes(args[0], "CartesianIndices")))
        }
        define("LinearIndices", 1...1, help: "LinearIndices(dims or A) — the linear index of each position of an array of that shape, as an array of 1:n") { interp, args in
            let axes = try interp.countedAxes(args[0], "LinearIndices")
            if axes.count == 1, axes[0].isOneTo { return .host(LinearIndicesOfVector(axes[0].count)) }
            guard axes.count >= 2, axes.allSatisfy(\.isOneTo) else {
                throw RuntimeError("LinearIndices of ranges that do not start at 1 (or of no dimensions) is not supported", kind: .notSupported)
            }
            try interp.checkBudget(axes.reduce(1) { $0 * $1.count })
            return .host(LinearIndicesValue(axes))
        }
    }
}
