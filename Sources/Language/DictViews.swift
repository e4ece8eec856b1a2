/// `keys(d)` and `values(d)`: Julia's `KeySet` and `ValueIterator`, views of the
/// dictionary rather than copies, so a key stored after `k = keys(d)` is in `k` too.
/// They iterate in the dictionary's order, print as a vector of the key (value) type
/// (`show_vector`), and the REPL shows them under Julia's summary
/// (`KeySet for a Dict{Symbol, Int64} with 2 entries. Keys:`), as base/abstractdict.jl
/// and base/show.jl define. Neither can be indexed (`keys(d)[1]` is Julia's MethodError).
final class DictView: HostObject {
    enum Part { case keys, values }

    let dictionary: DictBox
    let part: Part

    init(_ dictionary: DictBox, _ part: Part) {
        self.dictionary = dictionary
        self.part = part
    }

    private var dictionaryType: String { typeName(.dict(dictionary)) }

    /// `eltype`: the key type of a KeySet, the value type of a ValueIterator.
    var elementType: String {
        part == .keys ? dictionary.types.key : dictionary.types.value
    }

    var juliaTypeName: String {
        switch part {
        case .keys: "Base.KeySet{\(elementType), \(dictionaryType)}"
        case .values: "Base.ValueIterator{\(dictionaryType)}"
        }
    }

    /// The elements now, in the dictionary's order.
    var elements: [Value] {
        switch part {
        case .keys: dictionary.keys.map(\.value)
        case .values: dictionary.keys.compactMap { dictionary[$0] }
        }
    }

    /// What `collect` makes: a vector of the key (value) type, `Any[:k]` for a Dict{Any, Any}.
    func collected() -> ListBox { dictionary.listed(elements, as: elementType) }

    func show() -> String { Language.show(.list(collected())) }

    func display(width: Int, height: Int) -> String {
        let count = dictionary.count
        let summary = "\(part == .keys ? "KeySet" : "ValueIterator") for a \(dictionaryType) with \(count) entr\(count == 1 ? "y" : "ies")"
        guard count > 0 else { return summary }
        let text = summary + ". " + (part == .keys ? "Keys" : "Values") + ":"
        // The REPL's limit: three rows for the prompt and the summary; a row left for `⋮`.
        let rows = height - 3 - 1
        if height - 3 < 2 { return text + " …" }
        return text + listedRows(elements, rows: rows, columns: Swift.max(width, 4) - 2, ellipsis: "⋮")
    }

    func forEachElement(_ runtime: any Runtime, _ body: (Value) throws -> Bool) throws {
        try dictionary.forEachLiveKey { key in
            switch part {
            case .keys: return try body(key.value)
            case .values:
                guard let value = dictionary[key] else { return true }
                return try body(value)
            }
        }
    }

    var length: Int? { dictionary.count }

    /// Two key sets are equal when they hold the same keys (`==` of AbstractSets);
    /// value iterators are equal when they view the same dictionary (`===` of the structs).
    func isEqual(to other: any HostObject) -> Bool {
        if let set = other as? SetValue, part == .keys { return set.isEqual(to: self) }
        guard let other = other as? DictView, other.part == part else { return false }
        switch part {
        case .keys:
            return dictionary.count == other.dictionary.count && dictionary.keys.allSatisfy { other.dictionary[$0] != nil }
        case .values:
            return dictionary === other.dictionary
        }
    }

    func deepCopy(copying: (Value) -> Value) -> (any HostObject)? {
        guard case .dict(let copy) = copying(.dict(dictionary)) else { return nil }
        return DictView(copy, part)
    }
}
