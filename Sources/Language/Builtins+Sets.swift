import Engine

/// `Set` and the set functions of base/abstractset.jl, base/set.jl and base/array.jl:
/// `union`, `intersect`, `setdiff`, `symdiff` (of sets, giving sets; of vectors and
/// other collections, giving vectors in first-appearance order), their in-place forms
/// on sets, `issubset` and its operators, `issetequal` and `isdisjoint`.
///
/// Each follows Julia's method step by step where a step shows: the element type is
/// the `promote_type` of the arguments' element types, a Set built from a collection of
/// known length first reserves room for it (`sizehint!`, which sets the table size and
/// so the order the Set iterates in), elements are pushed in the order Julia's loops push
/// them, and membership is `isequal` in a Set and `==` in a vector (`in`), which is why
/// `issubset` of a long vector turns it into a Set first.
extension Runtime {
    // MARK: Element types and sizes of the collections sets are made from

    /// Julia's `eltype` of a collection a set function takes, or a refusal: a generator
    /// or lazy iterator has its type from inference (`@default_eltype`), which is not
    /// reproduced, and a Dict iterates pairs, which cannot be elements here.
    func setSourceElementType(_ value: Value, _ name: String) throws -> String {
        switch value {
        case .host(let set as SetValue): return set.elementType
        case .host(let view as DictView): return view.elementType
        case .host(let object) where object is GeneratorValue || object is LazyIterator || object is StatefulIterator:
            throw RuntimeError(
                "\(name) of a \(object.juliaTypeName) is not supported: Julia types the result by inferring the iterator's element type; collect it first",
                kind: .notSupported)
        case .array, .range, .list, .tuple, .string, .int, .float, .bool, .char:
            if let type = juliaElementType(of: value) { return type }
        default: break
        }
        throw RuntimeError("\(name) of \(describeType(value)) is not supported", kind: .notSupported)
    }

    /// `length(itr)` when Julia's `haslength(itr)` holds for it (all that
    /// `setSourceElementType` accepts does).
    private func knownLength(_ value: Value) -> Int? {
        switch value {
        case .array(let box): return box.tensor.count
        case .range(let r): return r.count
        case .list(let l): return l.items.count
        case .tuple(let t): return t.count
        case .string(let s): return s.unicodeScalars.count
        case .int, .float, .bool, .char: return 1
        case .host(let object): return object.length
        default: return nil
        }
    }

    /// Julia's `promote_eltype` of the arguments: `promote_type` of their element types,
    /// folded from the right. Tuple types that differ would promote elementwise, which
    /// is not reproduced.
    func promotedElementType(_ values: [Value], _ name: String) throws -> String {
        let types = try values.map { try setSourceElementType($0, name) }
        guard var result = types.last else { return "Any" }
        for type in types.dropLast().reversed() {
            let promoted = promotedType(type, result)
            if promoted == "Any", type != result, tupleTypeParameters(type) != nil || tupleTypeParameters(result) != nil {
                throw RuntimeError("\(name) of collections of the tuple types \(type) and \(result) is not supported (Julia promotes them elementwise)", kind: .notSupported)
            }
            result = promoted
        }
        return result
    }

    // MARK: Building and changing sets

    /// `push!(s, x)`: x converted to the set's element type and stored. An element
    /// whose Julia hash depends on the build (`nothing`) is refused, since it would
    /// put the set in another order than Julia's.
    func insert(_ x: Value, into set: SetValue) throws {
        guard let key = dictKey(x), JuliaHash.hash(key) != nil else {
            throw RuntimeError("a Set holding \(describeType(x)) is not supported: its Julia hash (and so the order of the Set) is not reproduced", kind: .notSupported)
        }
        try storeInDictionary(set.table, key: x, .nothing, keyRole: "an element of this \(set.juliaTypeName)")
    }

    /// `union!(s, itr)`: room reserved for both when itr's length is known (which may
    /// grow or shrink the table), then each element pushed, stopping once the element
    /// type has no values left (a Set{Bool} holds at most two).
    func formUnion(_ set: SetValue, _ source: Value) throws {
        if let n = knownLength(source) {
            try checkBudget(set.table.count + n)
            set.table.reserve(set.table.count + n)
        }
        let limit = set.elementType == "Bool" ? 2 : Int.max
        try forEachElement(of: source) { x in
            try insert(x, into: set)
            return set.table.count < limit
        }
    }

    /// `Set{T}(itr)`: a copy of the table of a Set{T} or of a Dict{T}'s keys (so it
    /// iterates in the same order), else `union!(Set{T}(), itr)`.
    func makeSet(_ type: String, from source: Value?) throws -> SetValue {
        switch source {
        case .host(let set as SetValue) where set.elementType == type:
            return SetValue(table: set.table.copy())
        case .host(let view as DictView) where view.part == .keys && view.elementType == type:
            let table = view.dictionary.copy { _ in .nothing }
            table.declaredTypes = DictTypes(key: type, value: "Nothing")
            return SetValue(table: table)
        default:
            let set = SetValue(elementType: type)
            if let source { try formUnion(set, source) }
            return set
        }
    }

    /// `x in itr` as the set functions ask it: `isequal` for a Set (and a Dict's keys),
    /// `==` for anything else, as Julia's `in` methods do.
    private func isMember(_ x: Value, of collection: Value) throws -> Bool {
        switch collection {
        case .host(let set as SetValue): return set.contains(x)
        case .host(let view as DictView) where view.part == .keys: return dictKey(x).map { view.dictionary[$0] != nil } ?? false
        default: return try contains(collection, x)
        }
    }

    /// Julia's `hasfastin`: Sets, Dicts (and their key sets) and ranges answer `in` at once.
    private func hasFastIn(_ value: Value) -> Bool {
        switch value {
        case .host(is SetValue), .host(is DictView), .range, .dict: return true
        default: return false
        }
    }

    /// `Set(itr)` of what a set function takes, for the steps that turn an argument into one.
    private func setOf(_ value: Value, _ name: String) throws -> SetValue {
        if case .host(let set as SetValue) = value { return set }
        return try makeSet(try setSourceElementType(value, name), from: value)
    }

    // MARK: The set functions

    /// The arguments with a Dict's key set given first made a Set: Julia's methods for
    /// an AbstractSet first iterate it or copy its table (`copymutable`), so a Set
    /// copied from it gives the same answers in the same order.
    private func withSetFirst(_ args: [Value]) throws -> [Value] {
        guard case .host(let view as DictView) = args[0], view.part == .keys else { return args }
        return [.host(try makeSet(view.elementType, from: args[0]))] + args.dropFirst()
    }

    /// `union(s, itrs...)` with a Set first: a new Set of the promoted element type,
    /// `union!` with each argument in turn (one argument alone is copied).
    func union(_ given: [Value], _ name: String) throws -> Value {
        let args = try withSetFirst(given)
        if case .host(let set as SetValue) = args[0] {
            if args.count == 1 { return .host(SetValue(table: set.table.copy())) }
            let result = SetValue(elementType: try promotedElementType(args, name))
            for source in args { try formUnion(result, source) }
            return .host(result)
        }
        // Of vectors and other collections, a Vector of the promoted type with each
        // distinct element at its first appearance (base/array.jl's `_grow!`).
        let type = try promotedElementType(args, name)
        var seen = Seen()
        var kept: [Value] = []
        for source in args {
            try forEachElement(of: source) { x in
                if try seen.insert(x, self) { kept.append(try converted(x, to: type, name)) }
                try checkBudget(kept.count)
                return true
            }
        }
        return vectorOfElementType(kept, type)
    }

    /// `intersect(s, itrs...)`.
    func intersection(_ given: [Value], _ name: String) throws -> Value {
        let args = try withSetFirst(given)
        if args.count == 1 { return try union(args, name) }
        if case .host(let set as SetValue) = args[0] { return .host(try intersection(set, Array(args.dropFirst()), name)) }
        if args.count == 2, let result = try rangeIntersection(args[0], args[1], name) { return result }
        // `_shrink(intersect!, itr, itrs)`: a Set of the first collection, narrowed by
        // each other one, then the first collection's elements in order, each once.
        let type = try promotedElementType(args, name)
        let keep = try makeSet(type, from: args[0])
        for other in args.dropFirst() { try narrow(keep, to: other, name) }
        return try filteredInOrder([args[0]], keeping: keep, type, name)
    }

    /// `intersect(s::AbstractSet, itr, itrs...)`: a large set is intersected with the
    /// shortest argument first; with one argument, the smaller side is walked when the
    /// other answers `in` fast, else the argument, and what is in both is pushed in
    /// that walk's order.
    private func intersection(_ set: SetValue, _ others: [Value], _ name: String) throws -> SetValue {
        var others = others
        let lengths = others.map(knownLength)
        if set.table.count > 50, others.count > 1, lengths.allSatisfy({ $0 != nil }) {
            let rest = lengths.dropFirst().map { $0 ?? 0 }
            if let shortest = rest.min(), let index = rest.firstIndex(of: shortest), (lengths[0] ?? 0) > shortest {
                others.swapAt(0, index + 1)
            }
        }
        let type = try promotedElementType([.host(set)] + others, name)
        let pairType = try promotedElementType([.host(set), others[0]], name)
        let result: SetValue
        if type == pairType {
            let itr = others[0]
            result = SetValue(elementType: type)
            if let n = knownLength(itr), hasFastIn(itr), set.table.count < n {
                for x in set.elements where try isMember(x, of: itr) { try insert(x, into: result) }
            } else {
                try forEachElement(of: itr) { x in
                    if set.contains(x) { try insert(x, into: result) }
                    return true
                }
            }
        } else {
            result = SetValue(elementType: type)
            try formUnion(result, .host(set))
            try narrow(result, to: others[0], name)
        }
        for other in others.dropFirst() { try narrow(result, to: other, name) }
        return result
    }

    /// `intersect!(s, itr)`: the elements of s not in itr (made a Set first) deleted.
    func narrow(_ set: SetValue, to other: Value, _ name: String) throws {
        let other = try setOf(other, name)
        for key in set.table.keys where !other.contains(key.value) { set.table[key] = nil }
    }

    /// `intersect(v::AbstractVector, r::AbstractRange)` (either order): v's elements in
    /// order that are in r by `==`, each once; of two unit ranges, the range they share.
    /// Nil for other pairs, which take the general method.
    private func rangeIntersection(_ a: Value, _ b: Value, _ name: String) throws -> Value? {
        switch (a, b) {
        case (.range(let r), .range(let s)):
            if case .int(let p, 1, let q) = r, case .int(let u, 1, let v) = s { return .range(.units(Swift.max(p, u), Swift.min(q, v))) }
            throw RuntimeError("intersect of the ranges \(show(a)) and \(show(b)) is not supported (Julia makes a range of them)", kind: .notSupported)
        case (.range, .array), (.range, .list): return try rangeIntersection(b, a, name)
        case (.array(let box), .range) where box.tensor.rank == 1:
            break
        case (.list, .range): break
        default: return nil
        }
        let type = try promotedElementType([a, b], name)
        var common: [Value] = []
        try forEachElement(of: a) { x in
            if try contains(b, x) { common.append(x) }
            return true
        }
        let list = Value.list(ListBox(common, isAny: true))
        return try filteredInOrder([list], keeping: try makeSet(type, from: list), type, name)
    }

    /// `vectorfilter(T, _shrink_filter!(keep), itr)` over each source in turn: the
    /// elements that are in keep, each taken out of keep as it is met (so each appears
    /// once), as a Vector{T}.
    private func filteredInOrder(_ sources: [Value], keeping keep: SetValue, _ type: String, _ name: String) throws -> Value {
        var kept: [Value] = []
        for source in sources {
            try forEachElement(of: source) { x in
                if let key = dictKey(x), keep.table[key] != nil {
                    keep.table[key] = nil
                    kept.append(try converted(x, to: type, name))
                }
                return true
            }
        }
        return vectorOfElementType(kept, type)
    }

    /// `setdiff(s, itrs...)`.
    func difference(_ given: [Value], _ name: String) throws -> Value {
        let args = try withSetFirst(given)
        if case .host(let set as SetValue) = args[0] {
            let result = SetValue(table: set.table.copy())
            for other in args.dropFirst() { try subtract(other, from: result) }
            return .host(result)
        }
        if args.count == 1 { return try union(args, name) }
        let type = try promotedElementType(args, name)
        let keep = try makeSet(type, from: args[0])
        for other in args.dropFirst() { try subtract(other, from: keep) }
        return try filteredInOrder([args[0]], keeping: keep, type, name)
    }

    /// `setdiff!(s, itr)`: each element of itr deleted from s; from another Set, the
    /// smaller side is walked (base/set.jl).
    func subtract(_ other: Value, from set: SetValue) throws {
        if case .host(let t as SetValue) = other, 2 * set.table.count < t.table.count {
            for key in set.table.keys where t.contains(key.value) { set.table[key] = nil }
            return
        }
        try forEachElement(of: other) { x in
            if let key = dictKey(x) { set.table[key] = nil }
            return true
        }
    }

    /// `symdiff(s, itrs...)`: the elements in an odd number of the arguments (each
    /// argument counted as a Set); a Set when s is one, else a Vector in
    /// first-appearance order.
    func symmetricDifference(_ given: [Value], _ name: String) throws -> Value {
        let args = try withSetFirst(given)
        if case .host(let set as SetValue) = args[0], args.count == 1 { return .host(SetValue(table: set.table.copy())) }
        let type = try promotedElementType(args, name)
        let odd = SetValue(elementType: type)
        for source in args { try toggle(source, in: odd, name) }
        if args[0].isSet { return .host(odd) }
        return try filteredInOrder(args, keeping: odd, type, name)
    }

    /// `symdiff!(s, itr)`: each element of itr (made a Set first) deleted from s when
    /// there, pushed when not.
    func toggle(_ source: Value, in set: SetValue, _ name: String) throws {
        for x in try setOf(source, name).elements {
            if set.contains(x), let key = dictKey(x) { set.table[key] = nil } else { try insert(x, into: set) }
        }
    }

    /// `issubset(a, b)`, `a ⊆ b`: a Set longer than b is not; a vector b longer than 70
    /// elements is made a Set first (so `in` becomes `isequal`); then every element of a in b.
    func isSubset(_ a: Value, _ b: Value, _ name: String) throws -> Bool {
        var b = b
        if let length = knownLength(b), a.isSet || !hasFastIn(b) {
            if a.isSet, let count = knownLength(a), count > length { return false }
            if !hasFastIn(b) && length > 70 { b = .host(try setOf(b, name)) }
        }
        var answer = true
        try forEachElement(of: a) { x in
            if try !isMember(x, of: b) { answer = false }
            return answer
        }
        return answer
    }

    /// `a ⊊ b`: both as Sets, a shorter and a subset.
    func isProperSubset(_ a: Value, _ b: Value, _ name: String) throws -> Bool {
        let (s, t) = (try setOf(a, name), try setOf(b, name))
        return try s.table.count < t.table.count && isSubset(.host(s), .host(t), name)
    }

    /// `issetequal(a, b)`: the same elements, each argument made a Set where needed.
    func isSetEqual(_ a: Value, _ b: Value, _ name: String) throws -> Bool {
        switch (a.isSet, b.isSet) {
        case (true, true): return try isSubset(a, b, name) && knownLength(a) == knownLength(b)
        case (true, false): return try isSetEqual(a, .host(try setOf(b, name)), name)
        case (false, true):
            if let n = knownLength(a), let m = knownLength(b), n < m { return false }
            return try isSetEqual(.host(try setOf(a, name)), b, name)
        case (false, false): return try isSetEqual(a, .host(try setOf(b, name)), name)
        }
    }

    /// `isdisjoint(a, b)`: no element of one in the other, walking the shorter side
    /// when both lengths are known, asking whichever answers `in` fast.
    func isDisjoint(_ a: Value, _ b: Value, _ name: String) throws -> Bool {
        func noneOf(_ items: Value, in collection: Value) throws -> Bool {
            var none = true
            try forEachElement(of: items) { x in
                if try isMember(x, of: collection) { none = false }
                return none
            }
            return none
        }
        func disjoint(_ a: Value, _ b: Value) throws -> Bool {
            if hasFastIn(b) { return try noneOf(a, in: b) }
            if hasFastIn(a) { return try noneOf(b, in: a) }
            if let n = knownLength(b), n < 70 { return try noneOf(a, in: b) }
            return try noneOf(a, in: .host(try setOf(b, name)))
        }
        if let n = knownLength(a), let m = knownLength(b), m < n { return try disjoint(b, a) }
        return try disjoint(a, b)
    }
}

/// The elements met so far, by `isequal`, as the `Set{T}` that Julia's vector set
/// functions keep: a hash set for the values that can be keys, a scan for the rest.
private struct Seen {
    private var keys = Swift.Set<DictKey>()
    private var others: [Value] = []

    /// Adds x; false when an element `isequal` to it was already there.
    mutating func insert(_ x: Value, _ runtime: any Runtime) throws -> Bool {
        if let key = dictKey(x) { return keys.insert(key).inserted }
        if try others.contains(where: { try runtime.isEqual($0, x) }) { return false }
        others.append(x)
        return true
    }
}

extension Value {
    /// Whether this is an AbstractSet: a Set, or a Dict's key set.
    var isSet: Bool {
        switch self {
        case .host(is SetValue): return true
        case .host(let view as DictView): return view.part == .keys
        default: return false
        }
    }
}

extension Library {
    mutating func registerSetBuiltins() {
        define("Set", 0...1, help: "Set(itr) — the distinct elements of itr (by isequal); Set() is an empty Set{Any}") { interp, args in
            guard args.count == 1 else { return .host(SetValue(elementType: "Any")) }
            return .host(try interp.makeSet(try interp.setSourceElementType(args[0], "Set"), from: args[0]))
        }
        define("union", 1...Int.max, help: "union(s, itrs...), s ∪ t — every element of any; a Set when s is one, else a vector in first-appearance order") { interp, args in
            try interp.union(args.values, "union")
        }
        define("intersect", 1...Int.max, help: "intersect(s, itrs...), s ∩ t — the elements in all; a Set when s is one, else a vector in s's order") { interp, args in
            try interp.intersection(args.values, "intersect")
        }
        define("setdiff", 1...Int.max, help: "setdiff(s, itrs...) — the elements of s in none of the others; a Set when s is one, else a vector in s's order") { interp, args in
            try interp.difference(args.values, "setdiff")
        }
        define("symdiff", 1...Int.max, help: "symdiff(s, itrs...) — the elements in an odd number of the arguments; a Set when s is one, else a vector") { interp, args in
            try interp.symmetricDifference(args.values, "symdiff")
        }
        alias("∪", to: "union")
        alias("∩", to: "intersect")
        for name in ["union!", "intersect!", "setdiff!", "symdiff!"] {
            define(name, 1...Int.max, help: "\(name)(s, itrs...) — \(name.dropLast()) of s and the others, stored into the Set s") { interp, args in
                guard case .host(let set as SetValue) = args[0] else {
                    throw RuntimeError("\(name) of \(describeType(args[0])) is not supported; use \(name.dropLast()), which makes a new vector", kind: .notSupported)
                }
                for other in args.values.dropFirst() {
                    switch name {
                    case "union!": try interp.formUnion(set, other)
                    case "setdiff!": try interp.subtract(other, from: set)
                    case "symdiff!": try interp.toggle(other, in: set, name)
                    default: try interp.narrow(set, to: other, name)
                    }
                }
                return args[0]
            }
        }
        define("issubset", 2...2, help: "issubset(a, b), a ⊆ b — whether every element of a is in b") { interp, args in
            .bool(try interp.isSubset(args[0], args[1], "issubset"))
        }
        alias("⊆", to: "issubset")
        define("⊇", 2...2, help: "a ⊇ b — whether every element of b is in a (b ⊆ a)") { interp, args in
            .bool(try interp.isSubset(args[1], args[0], "⊇"))
        }
        define("⊈", 2...2, help: "a ⊈ b — whether some element of a is not in b") { interp, args in
            .bool(!(try interp.isSubset(args[0], args[1], "⊈")))
        }
        define("⊉", 2...2, help: "a ⊉ b — whether some element of b is not in a") { interp, args in
            .bool(!(try interp.isSubset(args[1], args[0], "⊉")))
        }
        define("⊊", 2...2, help: "a ⊊ b — whether a is a subset of b with fewer elements") { interp, args in
            .bool(try interp.isProperSubset(args[0], args[1], "⊊"))
        }
        define("⊋", 2...2, help: "a ⊋ b — whether b is a subset of a with fewer elements") { interp, args in
            .bool(try interp.isProperSubset(args[1], args[0], "⊋"))
        }
        define("issetequal", 2...2, help: "issetequal(a, b) — whether a and b have the same elements") { interp, args in
            .bool(try interp.isSetEqual(args[0], args[1], "issetequal"))
        }
        define("isdisjoint", 2...2, help: "isdisjoint(a, b) — whether a and b have no element in common") { interp, args in
            .bool(try interp.isDisjoint(args[0], args[1], "isdisjoint"))
        }
    }
}
