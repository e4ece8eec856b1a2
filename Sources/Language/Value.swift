import Engine

/// Every value a program can hold.
///
/// Numbers, strings, symbols and tuples are values as in Julia. Arrays, lists and
/// dictionaries are shared mutable objects (`b = a; b[1] = 0` changes `a`), so they
/// live in reference boxes; reading a variable never copies a tensor.
public enum Value {
    case nothing
    case bool(Bool)
    case int(Int)
    case float(Double)
    /// A `Float32` (`1.5f0`, `Float32(x)`): its own arithmetic and printing, Float32Arithmetic.swift.
    case float32(Float)
    /// `Complex{T}` with parts of element type T (Bool for `im`, Int64 for `1 + 2im`); see ComplexArithmetic.swift.
    case complex(re: Double, im: Double, parts: ElementType = .float64)
    case string(String)
    case char(Character)
    case symbol(String)
    /// A numeric array (`Array{Float64}`, `Array{Int64}` or `BitArray`), backed by a tensor.
    case array(ArrayBox)
    case range(RangeValue)
    /// Tuples, pairs and named tuples keep their elements in boxes (`TupleItems`, `Pair`)
    /// so that one nested 300,000 deep is freed by a loop, not one stack frame per level.
    case tuple(TupleItems)
    /// `key => value`, as in `Dict(:a => 1)`.
    case pair(Pair)
    case namedTuple(names: [String], values: TupleItems)
    /// A heterogeneous vector (`Vector{Any}`), e.g. a list of weight arrays.
    case list(ListBox)
    case dict(DictBox)
    case function(FunctionValue)
    /// A type with no function of its name here, as `typeof([1, 2])` returns (see `TypeValue`).
    case type(TypeValue)
    /// A value recorded for differentiation inside `grad`: a number or an array.
    case tracked(Var)
    /// A drawn plot, displayed as its text.
    case plot(String)
    /// An object of the host program (a trace, a live plot, an iterator); see `HostObject`.
    case host(any HostObject)

    /// A Float64 array holding `tensor`.
    static func floats(_ tensor: Tensor) -> Value { .array(ArrayBox(tensor)) }

    /// A number held as a Double, read back as a value of `type`.
    static func number(_ x: Double, as type: ElementType) -> Value {
        switch type {
        case .float64: return .float(x)
        case .float32: return .float32(Float(x))
        case .int64: return Int(exactly: x).map { .int($0) } ?? .float(x)
        case .bool: return .bool(x != 0)
        }
    }

    /// `key => value`.
    static func pair(_ key: Value, _ value: Value) -> Value { .pair(Pair(key, value)) }

    /// `true` for the values an `if` may test; Julia accepts only `Bool` there.
    var isNumber: Bool {
        switch self {
        case .int, .float, .bool: return true
        default: return false
        }
    }

    /// `x isa Number`: a real or complex number, rational or irrational (not a Char).
    var isJuliaNumber: Bool {
        switch self {
        case .int, .float, .bool, .complex: return true
        case .host(let object): return object is RationalNumber || object is IrrationalConstant
        default: return false
        }
    }
}

/// The array types Julia makes where it does not make an `Array`, which print and
/// answer `typeof` under their own names: a broadcast with Bool results makes a
/// `BitArray`, and `A'` or `transpose(A)` makes an `Adjoint`/`Transpose` of `A` (a box
/// that shares A's memory, ArrayBox.swift); of a vector it is a 1×n row whose product
/// with a vector is a number.
public enum ArrayWrapper: Sendable, Equatable {
    case none
    case bitArray
    /// `A'`, of an array or range whose Julia type is `parent`.
    case adjoint(of: String, ofVector: Bool)
    /// `transpose(A)`.
    case transpose(of: String, ofVector: Bool)
    /// `reshape(r, dims)` of a range whose Julia type is `parent`: a `Base.ReshapedArray`.
    case reshapedRange(of: String)
    /// A `SubArray`: `view(::\(parent), \(indices))` as Julia's summary writes it, and its
    /// type's index-types and fast-linear-indexing parameters.
    case view(of: String, indices: String, indexTypes: String, linear: Bool)

    /// Whether this is the row `v'` (or `transpose(v)`) of a vector or range.
    var isRowOfVector: Bool {
        switch self {
        case .adjoint(_, let ofVector), .transpose(_, let ofVector): return ofVector
        case .none, .bitArray, .reshapedRange, .view: return false
        }
    }
}

/// A `Vector{Any}`: any values, shared like every Julia array.
public final class ListBox {
    public var items: [Value]
    /// Written as `Any[...]` (or `[]`): shown as `Any[...]` even when the elements agree.
    /// Other lists take their element type from the elements, as Julia's literals do.
    public var isAny: Bool
    /// The element type the list was made with, when that is not its elements' common
    /// type: AutoGrad's `params` makes a `Vector{Param}` of Params of any array type.
    public var declaredElementType: String?
    /// The Julia type when it is not a `Vector`: `eachcol(A)` is a `ColumnSlices` of
    /// views into A, which cannot be changed as a list is (`push!`, `s[1] = v`).
    public var slicesTypeName: String?

    public init(_ items: [Value], isAny: Bool = false) {
        self.items = items
        self.isAny = isAny
    }

    /// Refuses to change `eachcol(A)`'s slices as a list: Julia's `s[1] = v` writes into
    /// A, and `push!` has no method.
    func checkChangeable() throws {
        if let slicesTypeName {
            throw RuntimeError("changing the \(slicesTypeName.prefix { $0 != "{" }) of eachcol/eachrow is not supported; write into the matrix (A[:, j] .= v) or into one of its views", kind: .notSupported)
        }
    }

    /// Frees nested lists with a loop, not recursion: `l = Any[l]` run 10,000 times
    /// would otherwise tear down one stack frame per level and overflow the stack of
    /// whichever thread drops the last reference (the fuzzer found this).
    deinit {
        releaseNestedValues(&items)
    }
}

/// The elements of a tuple or named tuple, immutable once made.
///
/// A box rather than a plain array in `Value`, for its `deinit`: Swift frees an enum
/// holding an array of enums recursively, and a tuple nested 300,000 deep
/// (`t = (t,)` in a loop) overflowed the stack wherever its last reference went
/// (`:goto`, `:quit`, the end of `rnnlab run`). The box takes its nesting apart on a
/// worklist instead, as lists and dictionaries do.
public final class TupleItems: RandomAccessCollection, ExpressibleByArrayLiteral {
    public private(set) var values: [Value]

    public init(_ values: [Value]) { self.values = values }
    public convenience init(arrayLiteral elements: Value...) { self.init(elements) }

    public var startIndex: Int { 0 }
    public var endIndex: Int { values.count }
    public subscript(position: Int) -> Value { values[position] }

    deinit { releaseNestedValues(&values) }
}

/// The two halves of `key => value`, boxed for the same reason as `TupleItems`.
public final class Pair {
    public private(set) var key: Value
    public private(set) var value: Value

    public init(_ key: Value, _ value: Value) {
        self.key = key
        self.value = value
    }

    deinit {
        var halves = [key, value]
        key = .nothing
        value = .nothing
        releaseNestedValues(&halves)
    }

    /// Hands back both halves, leaving the pair empty (for teardown without recursion).
    fileprivate func removeAll() -> [Value] {
        defer { key = .nothing; value = .nothing }
        return [key, value]
    }
}

extension TupleItems {
    /// Hands back the elements, leaving the box empty (for teardown without recursion).
    fileprivate func removeAll() -> [Value] {
        defer { values = [] }
        return values
    }
}

/// Empties `values`, taking apart the containers inside them (lists, dictionaries,
/// tuples, named tuples, pairs, struct values) that nothing else refers to, level by level on a heap
/// worklist instead of the stack.
func releaseNestedValues(_ values: inout [Value]) {
    var pending = values
    values = []
    while var value = pending.popLast() {
        // Each box is moved out of `value` by `takeBox`, so no temporary copy of the
        // value keeps it alive while its uniqueness is checked: a copy would make every
        // box look shared, and the last release would recurse after all.
        switch takeBox(&value) {
        case .list(var box):
            if isKnownUniquelyReferenced(&box) {
                pending.append(contentsOf: box.items)
                box.items = []
            }
        case .dict(var box):
            if isKnownUniquelyReferenced(&box) { pending.append(contentsOf: box.removeAll()) }
        case .items(var box):
            if isKnownUniquelyReferenced(&box) { pending.append(contentsOf: box.removeAll()) }
        case .pair(var box):
            if isKnownUniquelyReferenced(&box) { pending.append(contentsOf: box.removeAll()) }
        case .structure(var box):
            if isKnownUniquelyReferenced(&box) { pending.append(contentsOf: box.removeAllFields()) }
        case nil:
            break
        }
    }
}

/// The box of a container value, moved out of it.
private enum ContainerBox {
    case list(ListBox)
    case dict(DictBox)
    case items(TupleItems)
    case pair(Pair)
    /// A value of a struct type (StructInstance.swift).
    case structure(StructInstance)
}

private func takeBox(_ value: inout Value) -> ContainerBox? {
    let box: ContainerBox
    switch value {
    case .list(let b): box = .list(b)
    case .dict(let b): box = .dict(b)
    case .tuple(let b): box = .items(b)
    case .namedTuple(_, let b): box = .items(b)
    case .pair(let b): box = .pair(b)
    case .host(let b as StructInstance): box = .structure(b)
    default: return nil
    }
    value = .nothing
    return box
}

/// A dictionary whose entries iterate in the order Julia 1.10 gives them (DictTable.swift).
public final class DictBox {
    /// The keys in Julia's iteration order.
    public var keys: [DictKey] {
        if let ordered { return ordered }
        let made = table.orderedKeys
        ordered = made
        return made
    }
    /// The key and value types Julia gave the dictionary when it was made (DictTypes.swift).
    public var declaredTypes: DictTypes?
    private var storage: [DictKey: Value] = [:]
    private var table = DictTable()
    /// `keys`, kept until the next change, since display and loops ask for it repeatedly.
    private var ordered: [DictKey]?

    public init() {}

    deinit {
        var values = Array(storage.values)
        storage = [:]
        releaseNestedValues(&values)
    }

    /// Empties the dictionary, keeping its table size as Julia's `empty!` does, and hands
    /// back its values (for teardown without recursion).
    func removeAll() -> [Value] {
        let values = Array(storage.values)
        storage = [:]
        table.removeAll()
        ordered = nil
        return values
    }

    public var count: Int { storage.count }

    /// Runs `body` on each key in Julia's order, as Julia's `iterate` walks the live
    /// table (base/dict.jl, skip_deleted): a key deleted before the loop reaches it is
    /// skipped, as its emptied slot is. A key added (or a rebuilt table) may move keys
    /// not yet reached, or land ahead, so that is refused.
    func forEachLiveKey(_ body: (DictKey) throws -> Bool) throws {
        let reshapes = table.reshapes
        for key in keys {
            try checkUnchanged(since: reshapes)
            guard storage[key] != nil else { continue }
            if try !body(key) { return }
        }
        try checkUnchanged(since: reshapes)
    }

    private func checkUnchanged(since reshapes: Int) throws {
        guard table.reshapes == reshapes else {
            throw RuntimeError(
                "adding a key to a Dict (or an element to a Set) while a loop runs over it is not supported: Julia's loop goes on over the changed table, whose new order the notebook does not follow",
                kind: .notSupported)
        }
    }

    /// Whether the iteration order is Julia's: false once a key with no reproducible Julia
    /// hash (`nothing`) has been stored.
    var ordersAsJulia: Bool { table.ordersAsJulia }

    public subscript(key: DictKey) -> Value? {
        get { storage[key] }
        set {
            if let newValue {
                if let existing = storage.index(forKey: key) {
                    // Julia's `setindex!` keeps the slot but stores the new key as well as
                    // the value: `d[1] = 3` in `Dict(1.0 => 2)` leaves the key `1`.
                    if !storage.keys[existing].isExactly(key) {
                        storage.remove(at: existing)
                        table.replaceKey(with: key)
                        ordered = nil
                    }
                    storage[key] = newValue
                } else {
                    storage[key] = newValue
                    table.insert(key)
                    ordered = nil
                }
            } else if storage.removeValue(forKey: key) != nil {
                table.remove(key)
                ordered = nil
            }
        }
    }

    /// `sizehint!(d, n)`: what Julia's constructors and `merge!` call before inserting n
    /// entries; it sets the table size and so the order. Bool keys have only 2 values.
    func reserve(_ n: Int) {
        table.reserve(n, limit: declaredTypes?.key == "Bool" ? 2 : Int.max)
        ordered = nil
    }

    /// A copy with the same table, as Julia's `copy(::Dict)` copies the slots, so it
    /// iterates in the same order; values go through `transform`.
    func copy() -> DictBox { copy { $0 } }

    func copy(_ transform: (Value) throws -> Value) rethrows -> DictBox {
        let copy = DictBox()
        copy.declaredTypes = declaredTypes
        copy.table = table
        copy.ordered = ordered
        for key in keys { if let value = storage[key] { copy.storage[key] = try transform(value) } }
        return copy
    }
}

/// The values that can be dictionary keys: numbers, strings, symbols, characters and tuples of them.
///
/// A key is the value itself (`1.0` stays a Float64, so `Dict(1.0 => 2)` prints its key as
/// Julia does), but two keys are the same key when Julia's `isequal` says so, which is how
/// its `Dict` and `unique` compare: `1`, `1.0` and `true` are one key, while `0.0` and
/// `-0.0` are two, and every NaN is the same key (base/float.jl's `isequal`; its `hash`,
/// in JuliaHash.swift, agrees).
public enum DictKey: Hashable {
    case int(Int)
    case float(Double)
    case bool(Bool)
    case string(String)
    case char(Character)
    case symbol(String)
    case tuple([DictKey])
    case nothing

    public static func == (a: DictKey, b: DictKey) -> Bool { a.equivalence == b.equivalence }

    public func hash(into hasher: inout Hasher) { hasher.combine(equivalence) }

    /// Whether the two are the same value of the same type, not only `isequal`.
    func isExactly(_ other: DictKey) -> Bool {
        switch (self, other) {
        case let (.int(a), .int(b)): return a == b
        case let (.bool(a), .bool(b)): return a == b
        case let (.float(a), .float(b)): return a.bitPattern == b.bitPattern
        case let (.tuple(a), .tuple(b)): return a.count == b.count && zip(a, b).allSatisfy { $0.isExactly($1) }
        case (.int, _), (.bool, _), (.float, _), (.tuple, _): return false
        default: return self == other
        }
    }

    /// What `isequal` compares: a number equal to an Int64 as that integer, any other
    /// float by its bits (one NaN for all), the rest as they are.
    private enum Equivalence: Hashable {
        case integer(Int)
        case float(UInt64)
        // Julia's strings and symbols are bytes: "é" and "e\u{301}" are two keys, though
        // Swift's String == calls them equal.
        case string([UInt8])
        case char([UInt8])
        case symbol([UInt8])
        case tuple([Equivalence])
        case nothing
    }

    private var equivalence: Equivalence {
        switch self {
        case .int(let n): return .integer(n)
        case .bool(let b): return .integer(b ? 1 : 0)
        case .float(let x):
            if x.isNaN { return .float(Double.nan.bitPattern) }
            if !(x == 0 && x.sign == .minus), let n = Int(exactly: x) { return .integer(n) }
            return .float(x.bitPattern)
        case .string(let s): return .string(Array(s.utf8))
        case .char(let c): return .char(Array(String(c).utf8))
        case .symbol(let s): return .symbol(Array(s.utf8))
        case .tuple(let items): return .tuple(items.map(\.equivalence))
        case .nothing: return .nothing
        }
    }

    var value: Value {
        switch self {
        case .int(let n): return .int(n)
        case .float(let x): return .float(x)
        case .bool(let b): return .bool(b)
        case .string(let s): return .string(s)
        case .char(let c): return .char(c)
        case .symbol(let s): return .symbol(s)
        case .tuple(let items): return .tuple(TupleItems(items.map(\.value)))
        case .nothing: return .nothing
        }
    }
}

/// A range, as one of Julia's range types: `1:n` and `a:s:b` over integers, the
/// `StepRangeLen` that integer range arithmetic makes (`2 .* (1:3)`), and the Float64
/// `StepRangeLen`s of `0:0.1:1` and its kin (FloatRange.swift).
public enum RangeValue: Equatable {
    /// `UnitRange{Int64}` when the step is 1, else `StepRange{Int64, Int64}`; the last
    /// element already snapped onto the step.
    case int(start: Int, step: Int, stop: Int)
    /// A `StepRange{Int64, Int64}` whose step is 1 (`1:1:3`, `reverse(3:-1:1)`), which
    /// Julia types and prints apart from the UnitRange of the same elements.
    case stepOne(start: Int, stop: Int)
    /// `StepRangeLen{Int64, Int64, Int64, Int64}`: `count` elements from `first` on,
    /// `step` apart (wrapping as Julia's Int arithmetic does); the step may be zero.
    case intLength(first: Int, step: Int, count: Int)
    /// A Float64 `StepRangeLen`, in twice precision or plain.
    case float(FloatRange)

    /// `start:stop`, a UnitRange: an empty one ends at `start - 1` (`unitrange_last`).
    static func units(_ start: Int, _ stop: Int) -> RangeValue {
        .int(start: start, step: 1, stop: stop >= start ? stop : start &- 1)
    }

    /// `StepRange(start, step, stop)` (`start:step:stop`), moving `stop` onto the last
    /// element reached; a StepRange even when the step is 1.
    static func ints(_ start: Int, _ step: Int, _ stop: Int) throws -> RangeValue {
        let range = try stepRange(start, step, stop)
        if case let .int(a, 1, b) = range { return .stepOne(start: a, stop: b) }
        return range
    }

    private static func stepRange(_ start: Int, _ step: Int, _ stop: Int) throws -> RangeValue {
        // `steprange_last` (base/range.jl).
        guard step != 0 else { throw RuntimeError("step cannot be zero", kind: .argument) }
        if (step > 0 && stop < start) || (step < 0 && stop > start) {
            return .int(start: start, step: step, stop: start &- step)
        }
        let (span, overflow) = stop.subtractingReportingOverflow(start)
        guard !overflow else { throw RuntimeError("range \(start):\(stop) is too long", kind: .notSupported) }
        return .int(start: start, step: step, stop: start + (span / step) * step)
    }

    /// Builds a float range `start:step:stop` as Julia's `(:)` does (twiceprecision.jl).
    static func floats(_ start: Double, _ step: Double, _ stop: Double) throws -> RangeValue {
        .float(try FloatRange.colon(start, step, stop))
    }

    public var count: Int {
        switch self {
        case let .int(start, step, stop):
            let (span, overflow) = stop.subtractingReportingOverflow(start)
            if overflow { return Int.max }
            return max(0, span / step + 1)
        case let .stepOne(start, stop):
            return RangeValue.int(start: start, step: 1, stop: stop).count
        case let .intLength(_, _, count):
            return count
        case let .float(r):
            return r.count
        }
    }

    /// Element `i` (0-based), assumed in range.
    func element(_ i: Int) -> Value {
        switch self {
        case let .int(start, step, _), let .intLength(start, step, _):
            return .int(start &+ i &* step)
        case let .stepOne(start, _):
            return .int(start &+ i)
        case let .float(r):
            return .float(r.element(i + 1))
        }
    }

    /// `first(r)`, `step(r)` and `last(r)` of an integer range.
    var integerParts: (first: Int, step: Int, last: Int)? {
        switch self {
        case let .int(start, step, stop): return (start, step, stop)
        case let .stepOne(start, stop): return (start, 1, stop)
        case let .intLength(first, step, count): return (first, step, first &+ (count &- 1) &* step)
        case .float: return nil
        }
    }

    var isIntegral: Bool {
        if case .float = self { return false }
        return true
    }

    /// The elements as doubles, for turning into a tensor; integer ranges must stay
    /// within 2^53, where doubles are exact.
    func storableDoubles() throws -> [Double] {
        if let (start, _, stop) = integerParts, count > 0, Swift.max(start.magnitude, stop.magnitude) > 1 << 53 {
            throw RuntimeError("the range \(show(.range(self))) holds integers too large to store in an array (the limit is 2^53)", kind: .notSupported)
        }
        return doubles
    }

    /// Every element as a Double (integers beyond 2^53 rounded), in order.
    public var doubles: [Double] {
        (0..<count).map { i -> Double in
            switch element(i) {
            case .int(let n): return Double(n)
            case .float(let x): return x
            default: return 0
            }
        }
    }
}
