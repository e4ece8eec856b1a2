import Engine

/// Julia's `Set{T}`: a `Dict{T, Nothing}` underneath (base/set.jl), so it keeps its
/// elements in a `DictBox` whose keys they are. That gives it the Dict's table (the
/// order Julia 1.10 iterates and prints a Set in: DictTable.swift), `isequal` as the
/// test for a repeated element (`0.0` and `-0.0` are two elements, every NaN is one),
/// and Julia's `convert` of what is pushed into it (an Int into a `Set{Float64}` is
/// stored as a float). Sets are shared like every mutable Julia object.
///
/// It prints as base/set.jl and base/show.jl print it: `show` writes `Set([2, 3, 1])`
/// (the elements as `show_vector` writes a `Vector{T}`, so `Set(Any[1, "a"])`), an
/// empty one `Set{Int64}()`, or `Set()` where the context already names its type; the
/// REPL lists the elements under `Set{Int64} with 3 elements:`.
final class SetValue: HostObject {
    /// The elements as the keys of a `Dict{T, Nothing}`.
    let table: DictBox

    /// An empty `Set{T}`.
    init(elementType: String) {
        table = DictBox()
        table.declaredTypes = DictTypes(key: elementType, value: "Nothing")
    }

    /// A set over `table`'s keys (a copy of another set's, or of a Dict's keys).
    init(table: DictBox) { self.table = table }

    /// Julia's T.
    var elementType: String { table.types.key }

    var juliaTypeName: String { "Set{\(elementType)}" }

    /// The elements in Julia's iteration order.
    var elements: [Value] { table.keys.map(\.value) }

    var length: Int? { table.count }

    func contains(_ value: Value) -> Bool { dictKey(value).map { table[$0] != nil } ?? false }

    func show() -> String { show(typeKnown: false) }

    /// `show(io, s)`; `typeKnown` when the enclosing container's element type is this
    /// set's type (`:typeinfo`), which shortens an empty one to `Set()`.
    func show(typeKnown: Bool) -> String {
        if table.count == 0 { return typeKnown ? "Set()" : juliaTypeName + "()" }
        // show_vector(io, s): the elements as a Vector{T} of them, `T[...]` unless T is
        // one of the types its literal implies or the context already gave it.
        let vector = vectorOfElementType(elements, elementType)
        return "Set(" + Language.show(vector, typeinfo: typeKnown ? typeName(vector) : nil) + ")"
    }

    /// `show(io, ::MIME"text/plain", s)` (base/show.jl): a summary line, then each element
    /// on a line of its own, indented two spaces, shown without the element type as
    /// context (`:typeinfo` is not set there). In the REPL three rows go to the prompt
    /// and one to the summary; a last row of `⋮ ` stands for the rest.
    func display(width: Int, height: Int) -> String {
        let count = table.count
        if count == 0 { return show() }
        let text = "\(juliaTypeName) with \(count) element\(count == 1 ? "" : "s"):"
        if height - 3 < 2 { return text + " …" }
        return text + listedRows(elements, rows: height - 3 - 1, columns: Swift.max(width - 2, 4), ellipsis: "⋮ ")
    }

    func forEachElement(_ runtime: any Runtime, _ body: (Value) throws -> Bool) throws {
        try table.forEachLiveKey { try body($0.value) }
    }

    /// `==` of two AbstractSets: the same number of elements, each of one in the other
    /// (by `isequal`, as `in` tests a Set). A Dict's key set is an AbstractSet too.
    func isEqual(to other: any HostObject) -> Bool {
        if let other = other as? SetValue {
            return table.count == other.table.count && table.keys.allSatisfy { other.table[$0] != nil }
        }
        if let keys = other as? DictView, keys.part == .keys {
            return table.count == keys.dictionary.count && table.keys.allSatisfy { keys.dictionary[$0] != nil }
        }
        return false
    }

    func deepCopy(copying: (Value) -> Value) -> (any HostObject)? { SetValue(table: table.copy()) }

    /// `<=` and `<` of two AbstractSets are `⊆` and `⊊` (base/abstractset.jl); `>=` and
    /// `>` are them with the sides swapped.
    func operation(_ op: Operator, dotted: Bool, with other: Value, selfOnLeft: Bool) throws -> Value? {
        guard !dotted, case .host(let object) = other else { return nil }
        let others: DictBox
        if let set = object as? SetValue { others = set.table } else if let view = object as? DictView, view.part == .keys {
            others = view.dictionary
        } else {
            return nil
        }
        let (a, b) = selfOnLeft ? (table, others) : (others, table)
        func isSubset(_ a: DictBox, _ b: DictBox) -> Bool { a.count <= b.count && a.keys.allSatisfy { b[$0] != nil } }
        switch op {
        case .lessEqual: return .bool(isSubset(a, b))
        case .less: return .bool(a.count < b.count && isSubset(a, b))
        case .greaterEqual: return .bool(isSubset(b, a))
        case .greater: return .bool(b.count < a.count && isSubset(b, a))
        default: return nil
        }
    }
}

/// The `Vector{T}` of `items` (values of type T already), as `collect` makes it: a
/// numeric array for Int64, Float64 and Bool, a list that keeps T for any other type
/// (`Any[1]` stays a Vector{Any} when its elements agree).
func vectorOfElementType(_ items: [Value], _ type: String) -> Value {
    let numeric: ElementType? = switch type {
    case "Int64": .int64
    case "Float64": .float64
    case "Bool": .bool
    default: nil
    }
    if let numeric {
        // Integers past 2^53 do not fit a tensor exactly; they stay a typed list.
        let scalars = items.compactMap { item -> Double? in
            switch item {
            case .int(let n) where n.magnitude <= 1 << 53: Double(n)
            case .float(let x): x
            case .bool(let b): b ? 1 : 0
            default: nil
            }
        }
        if scalars.count == items.count {
            return .array(ArrayBox(Tensor(vector: scalars), elementType: numeric))
        }
    }
    let list = ListBox(items, isAny: type == "Any")
    if type != "Any" { list.declaredElementType = type }
    return .list(list)
}
