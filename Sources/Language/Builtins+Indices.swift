import Engine

/// Indices as Julia hands them out: `eachindex` and `axes` give `Base.OneTo` ranges,
/// `argmax` and `findmax` of a matrix give a `CartesianIndex`, and `iterate` walks any
/// collection one state at a time, as a `for` loop does underneath.

/// An index object that stands for 1:n (`Base.OneTo(n)`, `LinearIndices` of a vector):
/// it iterates, indexes and counts as 1:n, and in arithmetic and as an index it is the
/// UnitRange 1:n, as Julia's AbstractUnitRange methods treat it.
protocol IndicesOneToN: HostObject {
    var count: Int { get }
}

extension IndicesOneToN {
    var length: Int? { count }

    func forEachElement(_ runtime: any Runtime, _ body: (Value) throws -> Bool) throws {
        for i in 0..<count {
            if i % 4096 == 0 { try runtime.checkCancelled() }
            if try !body(.int(i + 1)) { return }
        }
    }

    func element(at index: Int) -> Value? { index >= 1 && index <= count ? .int(index) : nil }
    func numericValue(_ runtime: any Runtime) throws -> Value? { .range(.units(1, count)) }
}

extension Value {
    /// The unit range 1:n an index object of that kind stands for; nil for any other value.
    var asOneToRange: Value? {
        if case .host(let object as any IndicesOneToN) = self { return .range(.units(1, object.count)) }
        return nil
    }
}

/// `Base.OneTo(n)`: the range 1:n that `eachindex` and `axes` return. It iterates and
/// compares like 1:n but prints as Julia prints it.
final class OneTo: HostObject, IndicesOneToN {
    let count: Int

    init(_ count: Int) { self.count = Swift.max(0, count) }

    var juliaTypeName: String { "Base.OneTo{Int64}" }
    func show() -> String { "Base.OneTo(\(count))" }

    func isEqual(to other: any HostObject) -> Bool {
        guard let other = other as? OneTo else { return false }
        return other.count == count
    }

    func property(_ name: String) -> Value? { name == "stop" ? .int(count) : nil }
    var propertyNames: [String] { ["stop"] }
}

/// `LinearIndices(v)` of a vector, which is what `keys(v)` gives (base/abstractarray.jl):
/// the vector 1:n, shown as a vector (`[1, 2, 3]`) under its own type.
final class LinearIndicesOfVector: HostObject, IndicesOneToN {
    let count: Int

    init(_ count: Int) { self.count = Swift.max(0, count) }

    var juliaTypeName: String { "LinearIndices{1, Tuple{Base.OneTo{Int64}}}" }
    private var asVector: Value {
        .array(ArrayBox(Tensor(vector: (0..<count).map { Double($0 + 1) }), elementType: .int64))
    }
    func show() -> String { Language.show(asVector) }
    func display(width: Int, height: Int) -> String {
        let text = Language.display(asVector, width: width, height: height)
        let header = "\(count)-element Vector{Int64}"
        guard text.hasPrefix(header) else { return "\(count)-element \(juliaTypeName)" }
        return "\(count)-element \(juliaTypeName)" + text.dropFirst(header.count)
    }

    func isEqual(to other: any HostObject) -> Bool { (other as? LinearIndicesOfVector)?.count == count }
}

/// `eachindex(s)` of a string: the index of every character, its first byte's (see
/// `ByteIndices`), so `collect(eachindex("aé!"))` is [1, 2, 4] as in Julia.
final class StringIndices: HostObject {
    let text: String

    init(_ text: String) { self.text = text }

    var juliaTypeName: String { "Base.EachStringIndex{String}" }
    func show() -> String { "Base.EachStringIndex{String}(" + Language.show(.string(text)) + ")" }
    var length: Int? { ByteIndices(text).starts.count }

    func forEachElement(_ runtime: any Runtime, _ body: (Value) throws -> Bool) throws {
        for i in ByteIndices(text).starts where try !body(.int(i)) { return }
    }

    func isEqual(to other: any HostObject) -> Bool { (other as? StringIndices)?.text == text }
}

/// `CartesianIndex(i, j, ...)`: one index per dimension, as one value.
final class CartesianIndex: HostObject {
    let indices: [Int]

    init(_ indices: [Int]) { self.indices = indices }

    var juliaTypeName: String { "CartesianIndex{\(indices.count)}" }
    /// `print(io, "CartesianIndex"); show(io, i.I)`: a tuple's parentheses, `CartesianIndex(3,)` for one index.
    func show() -> String { "CartesianIndex(" + indices.map(String.init).joined(separator: ", ") + (indices.count == 1 ? ",)" : ")") }
    var length: Int? { indices.count }
    var indexPositions: [Int]? { indices }

    func element(at index: Int) -> Value? {
        index >= 1 && index <= indices.count ? .int(indices[index - 1]) : nil
    }

    func isEqual(to other: any HostObject) -> Bool {
        guard let other = other as? CartesianIndex else { return false }
        return other.indices == indices
    }

    func forEachElement(_ runtime: any Runtime, _ body: (Value) throws -> Bool) throws {
        throw RuntimeError("iteration is deliberately unsupported for CartesianIndex; use Tuple(I) for its indices", kind: .argument)
    }

    /// Julia's index arithmetic: I ± J of the same dimension, and I * n or n * I.
    func operation(_ op: Operator, dotted: Bool, with other: Value, selfOnLeft: Bool) throws -> Value? {
        guard !dotted else { return nil }
        func checked(_ result: (partialValue: Int, overflow: Bool)) throws -> Int {
            guard !result.overflow else { throw RuntimeError("integer overflow in CartesianIndex arithmetic", kind: .overflow) }
            return result.partialValue
        }
        switch (op, other) {
        case (.plus, .host(let j as CartesianIndex)), (.minus, .host(let j as CartesianIndex)):
            guard j.indices.count == indices.count else {
                throw RuntimeError("no method \(op.spelling) for \(juliaTypeName) and \(j.juliaTypeName) (MethodError)", kind: .method)
            }
            let (left, right) = selfOnLeft ? (indices, j.indices) : (j.indices, indices)
            return .host(CartesianIndex(try zip(left, right).map { a, b in
                try checked(op == .plus ? a.addingReportingOverflow(b) : a.subtractingReportingOverflow(b))
            }))
        case (.times, .int(let n)):
            return .host(CartesianIndex(try indices.map { try checked($0.multipliedReportingOverflow(by: n)) }))
        default:
            return nil
        }
    }

    /// The CartesianIndex of a 0-based column-major offset into an array of `shape`.
    static func of(offset: Int, in shape: [Int]) -> CartesianIndex {
        var rest = offset
        return CartesianIndex(shape.map { d in
            defer { rest /= Swift.max(d, 1) }
            return rest % Swift.max(d, 1) + 1
        })
    }
}

extension Library {
    mutating func registerIndexBuiltins() {
        define("eachindex", 1...Int.max, help: "eachindex(A...) — the indices of A, as Base.OneTo(length(A)) for an array") { interp, args in
            let lengths = try args.values.map { try interp.indexCount($0, "eachindex") }
            guard Set(lengths).count == 1 else {
                throw RuntimeError("eachindex: all inputs must have the same indices, got lengths \(lengths.map(String.init).joined(separator: ", "))", kind: .dimensionMismatch)
            }
            if case .string(let s) = args[0] { return .host(StringIndices(s)) }
            return .host(OneTo(lengths[0]))
        }
        define("axes", 1...2, help: "axes(A), axes(A, d) — the index range of every dimension (or of dimension d), as Base.OneTo") { interp, args in
            let shape = try interp.arrayShape(args[0], "axes")
            if args.count == 2 {
                let d = try args.integer(1, "dimension")
                guard d >= 1 else { throw RuntimeError("axes: dimension \(d) out of range", kind: .bounds) }
                return .host(OneTo(d <= shape.count ? shape[d - 1] : 1))
            }
            return .tuple(TupleItems(shape.map { .host(OneTo($0)) }))
        }
        define("CartesianIndex", 0...Int.max, help: "CartesianIndex(i, j, ...) — one index per dimension, as a single value: A[CartesianIndex(2, 1)] is A[2, 1]") { _, args in
            var indices: [Int] = []
            for i in 0..<args.count {
                if case .tuple(let items) = args[i] {
                    for item in items {
                        guard case .int(let n) = item else { throw RuntimeError("CartesianIndex: indices must be integers", kind: .method) }
                        indices.append(n)
                    }
                } else {
                    indices.append(try args.integer(i, "index"))
                }
            }
            return .host(CartesianIndex(indices))
        }
        define("iterate", 1...2, help: "iterate(xs), iterate(xs, state) — (the next element, the next state), or nothing at the end") { interp, args in
            try interp.iterateStep(args[0], state: args.count == 2 ? args[1] : nil)
        }
    }
}

extension Runtime {
    /// How many indices `eachindex` gives a collection.
    fileprivate func indexCount(_ value: Value, _ name: String) throws -> Int {
        switch value {
        case .array(let box): return box.tensor.count
        case .tracked(let v): return v.value.count
        case .list(let l): return l.items.count
        case .tuple(let items): return items.count
        case .namedTuple(_, let items): return items.count
        case .range(let r): return r.count
        case .string(let s): return s.count
        case .host(let object):
            guard let n = object.length else { throw RuntimeError("\(name): a \(object.juliaTypeName) has no indices", kind: .method) }
            return n
        default: throw RuntimeError("\(name): \(describeType(value)) has no indices", kind: .method)
        }
    }

    /// The dimensions of an array-like value (a vector for lists, tuples and ranges).
    fileprivate func arrayShape(_ value: Value, _ name: String) throws -> [Int] {
        switch value {
        case .array(let box): return box.tensor.shape
        case .tracked(let v): return v.value.shape
        case .list, .range, .tuple, .string: return [try indexCount(value, name)]
        case .int, .float, .bool: return []
        default: throw RuntimeError("\(name): \(describeType(value)) has no axes", kind: .method)
        }
    }

    /// One step of Julia's iteration protocol. The state is what Julia's is where a
    /// program can see it: the next index for arrays, tuples and lists, the element
    /// itself for a unit range, the next byte index for a string.
    fileprivate func iterateStep(_ value: Value, state: Value?) throws -> Value {
        func step(_ element: Value, _ next: Value) -> Value { .tuple(TupleItems([element, next])) }
        func position(_ state: Value?) throws -> Int {
            guard let state else { return 1 }
            guard case .int(let n) = state else { throw RuntimeError("iterate: the state must be what iterate returned", kind: .argument) }
            return n
        }
        switch value {
        case .range(let r):
            if case .int(let start, 1, _) = r {
                // A unit range's state is its last element.
                guard let state else { return r.count > 0 ? step(.int(start), .int(start)) : .nothing }
                guard case .int(let last) = state else { throw RuntimeError("iterate: the state must be what iterate returned", kind: .argument) }
                let offset = last - start + 1
                return offset >= 0 && offset < r.count ? step(r.element(offset), r.element(offset)) : .nothing
            }
            let i = try position(state)
            return i >= 1 && i <= r.count ? step(r.element(i - 1), .int(i + 1)) : .nothing
        case .string(let s):
            // The state is the byte index of the next character.
            let i = try position(state)
            let bytes = Array(s.utf8)
            guard i >= 1 && i <= bytes.count else { return .nothing }
            guard let index = s.utf8.index(s.utf8.startIndex, offsetBy: i - 1, limitedBy: s.utf8.endIndex),
                  let start = index.samePosition(in: s) else {
                throw RuntimeError("iterate: \(i) is not the index of a character of the string", kind: .argument)
            }
            let character = s[start]
            return step(.char(character), .int(i + String(character).utf8.count))
        case .dict:
            throw RuntimeError("iterate of a Dict is not supported: Julia's state is its hash table slot; use a for loop or collect(d)", kind: .notSupported)
        default:
            let i = try position(state)
            guard i >= 1 else { return .nothing }
            var found: Value?
            var k = 0
            try forEachElement(of: value) { element in
                k += 1
                if k == i { found = element; return false }
                return true
            }
            return found.map { step($0, .int(i + 1)) } ?? .nothing
        }
    }
}
