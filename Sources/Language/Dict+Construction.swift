/// How Julia 1.10 builds a `Dict` from pairs, step by step, because the steps decide the
/// table size and the order of insertion and so the order the entries print in.
/// `Dict(p1, p2, ...)` and `Dict(collection)` with pairs of one key type and one value
/// type reserve room for all of them (`sizehint!`) and insert them in turn. With mixed
/// types Julia starts from a Dict of the first pair's types and, at each pair that does not
/// fit, makes a wider one (`grow_to!`), reserves room for what it has, and copies it over
/// in iteration order (`merge!`) before going on.
extension DictBox {
    static func built(from entries: [Value]) throws -> DictBox {
        var pairs: [(key: DictKey, value: Value, types: DictTypes)] = []
        for entry in entries {
            let key: Value, value: Value
            switch entry {
            case .pair(let pair): (key, value) = (pair.key, pair.value)
            case .tuple(let items) where items.count == 2: (key, value) = (items[0], items[1])
            default: throw RuntimeError("Dict takes pairs like :a => 1, got \(describeType(entry))")
            }
            guard let dictKey = dictKey(key) else {
                throw RuntimeError("\(describeType(key)) cannot be a dictionary key", kind: .notSupported)
            }
            pairs.append((dictKey, value, DictTypes(key: typeName(key), value: typeName(value))))
        }
        var box = DictBox()
        guard let first = pairs.first else { return box }
        if pairs.allSatisfy({ $0.types == first.types }) {
            box.declaredTypes = first.types
            box.reserve(pairs.count)
            for pair in pairs { box[pair.key] = pair.value }
            return box
        }
        var types = first.types
        for pair in pairs {
            if !(fits(pair.types.key, types.key) && fits(pair.types.value, types.value)) {
                types = DictTypes(key: typeJoin([types.key, pair.types.key]), value: typeJoin([types.value, pair.types.value]))
                let wider = DictBox()
                wider.declaredTypes = types
                wider.reserve(box.count)
                for key in box.keys { wider[key] = box[key] }
                box = wider
            }
            box[pair.key] = pair.value
        }
        return box
    }

    private static func fits(_ type: String, _ into: String) -> Bool {
        supertypes(of: type).contains(into)
    }
}

extension DictBox {
    /// `keys(d)` and `values(d)` collect to a Vector{K} or Vector{V}: a Dict{Any, Any}'s
    /// keys print as `Any[:a]` even when they agree.
    func listed(_ items: [Value], as type: String?) -> ListBox {
        let list = ListBox(items)
        list.declaredElementType = type
        return list
    }
}

extension Runtime {
    /// `filter(f, d)`: an empty Dict of d's types (16 slots) given, in d's order, the pairs
    /// f keeps, as Julia's `filter` on a dictionary does.
    func filtered(_ d: DictBox, by predicate: Value) throws -> DictBox {
        let kept = DictBox()
        kept.declaredTypes = d.types
        for key in d.keys {
            guard let value = d[key] else { continue }
            let verdict = try call(predicate, [.pair(key.value, value)], [:], at: nowhere)
            guard case .bool(let keep) = verdict else { throw RuntimeError("filter: the function must return true or false") }
            if keep { kept[key] = value }
        }
        return kept
    }

    /// `merge!(target, source)`: room reserved for both (which sets the table size), then
    /// source's pairs stored in its order, converted to target's types.
    func merge(_ source: DictBox, into target: DictBox) throws {
        target.reserve(target.count + source.count)
        for key in source.keys {
            guard let value = source[key] else { continue }
            if target.declaredTypes == nil { target[key] = value } else { try storeInDictionary(target, key: key.value, value) }
        }
    }

    /// `merge(d, others...)`: a Dict of the promoted key and value types; a copy of d's
    /// table when those are d's own types (Julia's copy constructor), else d's pairs stored
    /// anew; then each other dictionary merged in.
    func merged(_ dicts: [DictBox]) throws -> DictBox {
        guard let first = dicts.first else { return DictBox() }
        let own = first.types
        let types = dicts.dropFirst().reduce(own) { types, d in
            DictTypes(key: promotedType(types.key, d.types.key), value: promotedType(types.value, d.types.value))
        }
        let result: DictBox
        if types == own {
            result = first.copy()
            result.declaredTypes = types
        } else {
            result = DictBox()
            result.declaredTypes = types
            try merge(first, into: result)
        }
        for d in dicts.dropFirst() { try merge(d, into: result) }
        return result
    }
}

/// Julia's `promote_type` for the types dictionary entries have here: Bool < Int64 <
/// Float64 promote upward, a type and one of its supertypes give the supertype, and
/// anything else gives Any.
func promotedType(_ a: String, _ b: String) -> String {
    if a == b { return a }
    let numbers = ["Bool", "Int64", "Float64"]
    if let i = numbers.firstIndex(of: a), let j = numbers.firstIndex(of: b) { return numbers[max(i, j)] }
    if supertypes(of: a).contains(b) { return b }
    if supertypes(of: b).contains(a) { return a }
    return "Any"
}
