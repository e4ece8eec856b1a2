import Engine

/// Changing vectors, lists and dictionaries in place (`insert!`, `deleteat!`, `splice!`,
/// `resize!`, `copy!`, `get!`, `empty!`, `filter!`, `map!`, `merge!`, ...), searching
/// them (`findlast`, `findnext`, `findmax`, `argmax(f, xs)`, ...), set operations on
/// vectors, and questions about a value (`eltype`, `sizeof`, `summary`).
extension Runtime {

    /// `findfirst`, `findlast`, `findnext` and `findprev` of a predicate over a collection
    /// or string, of a character or substring in a string, or (with one argument) of
    /// true in a vector of Bools. `start` is the 1-based index the search begins at.
    /// `findnext(f, A, I)` and `findprev(f, A, I)` of a matrix from a CartesianIndex I,
    /// walking A's keys (its CartesianIndices) in column-major order from I: nil when
    /// the start is no CartesianIndex or A no array of two or more dimensions.
    fileprivate func findFromCartesian(_ args: Arguments, fromEnd: Bool) throws -> Value? {
        guard case .host(let start as CartesianIndex) = args[2], case .array(let box) = args[1], box.tensor.rank >= 2 else {
            return nil
        }
        let shape = box.tensor.shape
        guard start.indices.count == shape.count, zip(start.indices, shape).allSatisfy({ $0 >= 1 && $0 <= $1 }) else {
            throw RuntimeError("\(args.function) from \(start.show()), which is not an index of a \(describeType(args[1])), is not supported", kind: .notSupported)
        }
        var offset = 0
        var stride = 1
        for (i, n) in zip(start.indices, shape) {
            offset += (i - 1) * stride
            stride *= n
        }
        var flat = args
        flat.values[1] = .list(ListBox(try collectElements(args[1])))
        let found = try find(flat, fromEnd: fromEnd, start: offset + 1)
        guard case .int(let k) = found else { return found }
        return .host(CartesianIndex.of(offset: k - 1, in: shape))
    }

    fileprivate func find(_ args: Arguments, fromEnd: Bool, start: Int?) throws -> Value {
        let name = args.function
        // Julia searches `keys(A)`: a matrix's are CartesianIndex values, a dictionary's
        // and a named tuple's are its keys, so the answer is one of those.
        let searchedAt = args.count == 1 ? 0 : 1
        let searched = args[searchedAt]
        switch searched {
        case .array(let box) where box.tensor.rank >= 2:
            guard start == nil else {
                throw RuntimeError("\(name) of a matrix from an integer start is not supported (Julia starts from a CartesianIndex)", kind: .notSupported)
            }
            var flat = args
            flat.values[searchedAt] = .list(ListBox(try collectElements(searched)))
            let found = try find(flat, fromEnd: fromEnd, start: nil)
            guard case .int(let k) = found else { return found }
            return .host(CartesianIndex.of(offset: k - 1, in: box.tensor.shape))
        case .dict, .namedTuple:
            throw RuntimeError("\(name) of a \(describeType(searched)) (which answers with a key) is not supported", kind: .notSupported)
        default: break
        }
        if args.count == 1 {
            let items = try collectElements(args[0])
            return try search(items.count, fromEnd: fromEnd, start: start, name) { try truth(items[$0], name) }
        }
        let (pattern, collection) = (args[0], args[1])
        if case .string(let s) = collection {
            // Searched by character, answered in Julia's byte indices (ByteIndices).
            let text = ByteIndices(s)
            let chars = text.characters
            var from: Int? = nil
            if let start {
                guard let position = try text.position(ofByte: start, fromEnd: fromEnd, name) else { return .nothing }
                from = position
            }
            func byteIndex(_ found: Value) -> Value {
                guard case .int(let k) = found else { return found }
                return .int(text.starts[k - 1])
            }
            switch pattern {
            case .char(let c):
                let target = Array(String(c).unicodeScalars)
                guard target.count == 1 else { return .nothing }
                return byteIndex(try search(chars.count, fromEnd: fromEnd, start: from, name) { chars[$0] == target[0] })
            case .string(let needle):
                guard !needle.isEmpty else {
                    let at = start ?? (fromEnd ? text.byteCount + 1 : 1)
                    return .range(.int(start: at, step: 1, stop: at - 1))
                }
                let wanted = Array(needle.unicodeScalars)
                let n = wanted.count
                let places = chars.count - n + 1
                guard places >= 1 else { return .nothing }
                if !fromEnd, let from, from > places { return .nothing }
                let found = try search(places, fromEnd: fromEnd, start: from.map { Swift.min($0, places) }, name) { i in
                    Array(chars[i..<(i + n)]) == wanted
                }
                guard case .int(let k) = found else { return found }
                return .range(.int(start: text.starts[k - 1], step: 1, stop: text.starts[k - 1 + n - 1]))
            default:
                return byteIndex(try search(chars.count, fromEnd: fromEnd, start: from, name) { i in
                    try truth(try call(pattern, [.char(Character(chars[i]))], [:], at: nowhere), name)
                })
            }
        }
        if case .function = pattern {
            let items = try collectElements(collection)
            return try search(items.count, fromEnd: fromEnd, start: start, name) { i in
                try truth(try call(pattern, [items[i]], [:], at: nowhere), name)
            }
        }
        throw RuntimeError("\(name)(\(describeType(pattern)), \(describeType(collection))): give a function such as isequal(x)", kind: .method)
    }

    /// The 1-based index of the first (or last) of `count` positions where `matches`,
    /// looking from `start` on (or back from it); nothing when there is none.
    fileprivate func search(_ count: Int, fromEnd: Bool, start: Int?, _ name: String, _ matches: (Int) throws -> Bool) throws -> Value {
        let positions: StrideThrough<Int>
        if fromEnd {
            let from = (start ?? count) - 1
            guard from < count else { throw RuntimeError("\(name): index \(from + 1) is out of range", kind: .bounds) }
            positions = stride(from: from, through: 0, by: -1)
        } else {
            let from = (start ?? 1) - 1
            guard from >= 0 else { throw RuntimeError("\(name): index \(from + 1) is out of range", kind: .bounds) }
            positions = stride(from: from, through: count - 1, by: 1)
        }
        for i in positions {
            try checkCancelled()
            if try matches(i) { return .int(i + 1) }
        }
        return .nothing
    }

    /// `argmax(f, xs)`, `argmin(f, xs)`: the element (not the index) where f is extreme.
    func extremeArgument(_ args: Arguments, largest: Bool) throws -> Value {
        let (_, index) = try extreme(args, largest: largest)
        return try collectElements(args[1])[index]
    }

    /// The extreme value and its 0-based position in a vector (of f.(v) with two arguments);
    /// the first one wins a tie, and NaN counts as extreme, as in Julia.
    fileprivate func extreme(_ args: Arguments, largest: Bool) throws -> (Value, Int) {
        let collection = args[args.count - 1]
        if args.count == 2, case .array(let box) = collection, box.tensor.rank > 1 {
            throw RuntimeError("\(args.function)(f, A) of a \(describeType(collection)) gives a CartesianIndex; use \(args.function)(f, vec(A))", kind: .notSupported)
        }
        var items = try collectElements(collection)
        if args.count == 2 { items = try items.map { try call(args[0], [$0], [:], at: nowhere) } }
        guard var best = items.first else { throw RuntimeError("\(args.function): the collection is empty (ArgumentError)", kind: .argument) }
        var position = 0
        for (i, item) in items.enumerated().dropFirst() {
            if case .float(let x) = best, x.isNaN { break }
            if case .float(let x) = item, x.isNaN { (best, position) = (item, i); break }
            if try largest ? isLess(best, item) : isLess(item, best) { (best, position) = (item, i) }
        }
        return (best, position)
    }

    /// Julia's `isequal`: `==`, except that NaN equals NaN and -0.0 is not 0.0.
    func isEqual(_ a: Value, _ b: Value, depth: Int = 0) throws -> Bool {
        if let x = scalarDouble(a), let y = scalarDouble(b), case (.float, .float) = (a, b) {
            if x.isNaN || y.isNaN { return x.isNaN && y.isNaN }
            return x == y && x.sign == y.sign
        }
        func elementwise(_ p: [Value], _ q: [Value]) throws -> Bool {
            // The bound and the Ctrl-C poll of `==`: a list inside itself, or one that
            // shares its parts, must neither overflow the stack nor run unstoppably.
            guard depth < deepestComparison else {
                throw RuntimeError("`isequal` cannot compare values nested more than \(deepestComparison) deep", kind: .stackOverflow)
            }
            try checkCancelled()
            guard p.count == q.count else { return false }
            for (u, v) in zip(p, q) where try !isEqual(u, v, depth: depth + 1) { return false }
            return true
        }
        // A tuple equals only a tuple; arrays, lists and ranges are all AbstractArrays.
        switch (a, b) {
        case (.tuple(let x), .tuple(let y)): return try elementwise(x.values, y.values)
        case (.tuple, _), (_, .tuple): return false
        default: break
        }
        if a.isArrayLike || b.isArrayLike || isListLike(a) || isListLike(b) {
            // Arrays are equal only with the same axes: a 4-element list is not a 2×2 matrix.
            guard let p = arrayShape(a), let q = arrayShape(b), p == q else { return false }
            return try elementwise(try collectElements(a), try collectElements(b))
        }
        return try binaryOperation(.equal, a, b).isTrue
    }

    /// The shape of an array, range or list (lists and ranges are vectors); nil for others.
    fileprivate func arrayShape(_ v: Value) -> [Int]? {
        switch v {
        case .array(let box): return box.tensor.shape
        case .tracked(let t) where t.value.rank > 0: return t.value.shape
        case .range(let r): return [r.count]
        case .list(let l): return [l.items.count]
        default: return nil
        }
    }

    fileprivate func isListLike(_ v: Value) -> Bool {
        switch v {
        case .list, .tuple: return true
        default: return false
        }
    }

    fileprivate func byteSize(_ value: Value) throws -> Int {
        switch value {
        case .int, .float: return 8
        case .float32: return 4
        case .bool: return 1
        case .char: return 4
        case .complex(_, _, let parts): return parts == .bool ? 2 : 16
        case .string(let s): return s.utf8.count
        case .array(let box): return box.tensor.count * (box.elementType == .bool ? 1 : box.elementType == .float32 ? 4 : 8)
        case .range(let r): return r.byteSize
        case .function(let f):
            switch f.name {
            case "Int", "Int64", "Float64": return 8
            case "Bool": return 1
            case "Float32": throw RuntimeError("sizeof(Float32): the language has no Float32 yet", kind: .notSupported)
            default: throw RuntimeError("sizeof(\(f.name)) is not supported", kind: .notSupported)
            }
        // Julia has a size for most values (sizeof(sin) is 0), or an error of its own
        // for an abstract type: neither is known here.
        default: throw RuntimeError("sizeof of \(describeType(value)) is not supported", kind: .notSupported)
        }
    }

    fileprivate func summaryText(_ value: Value) throws -> String {
        switch value {
        case .array, .list, .tracked: return describeType(value)
        case .range(let r): return "\(r.count)-element \(typeName(value))"
        case .dict(let d): return "\(typeName(value)) with \(d.count) entr\(d.count == 1 ? "y" : "ies")"
        case .string: return "String"
        case .host(let param as Param): return param.summary
        case .host(let set as SetValue): return "\(set.juliaTypeName) with \(set.table.count) element\(set.table.count == 1 ? "" : "s")"
        default: return typeName(value)
        }
    }

    /// Whether a predicate's answer is true; Julia insists on a Bool.
    func truth(_ answer: Value, _ name: String) throws -> Bool {
        guard case .bool(let b) = answer else {
            throw RuntimeError("\(name): the function must return true or false, got \(describeType(answer)) (TypeError)")
        }
        return b
    }

    // MARK: Vectors and lists as item arrays

    /// The elements of a vector or list that an in-place edit will replace.
    fileprivate func editableItems(_ value: Value, _ name: String) throws -> [Value] {
        switch value {
        case .list(let l): return l.items
        case .array(let box) where box.tensor.rank == 1: return try collectElements(value)
        case .array: throw RuntimeError("\(name): expected a vector, got \(describeType(value))", kind: .method)
        default: throw RuntimeError("\(name): expected a vector or a list, got \(describeType(value)) (MethodError)", kind: .method)
        }
    }

    /// Stores `items` as the new contents of a vector or list, converting to a numeric
    /// vector's element type (or failing as Julia's `convert` does).
    fileprivate func replaceItems(of target: Value, with items: [Value], _ name: String) throws {
        try checkBudget(items.count)
        switch target {
        case .list(let l):
            try l.checkChangeable()
            l.items = try convertedForStorage(items, in: l, name)
        case .array(let box):
            let scalars = try storedScalars(items, box.elementType, name)
            // Julia's resize of an array whose data a reshape shares fails even when the
            // length stays (`empty!` of an empty vector, `filter!` that keeps everything).
            if scalars.count != box.tensor.count || ["empty!", "filter!"].contains(name) { try box.prepareToResize() }
            try box.checkWritable()
            box.tensor = Tensor(vector: scalars)
        default: throw RuntimeError("\(name): cannot change \(describeType(target)) in place")
        }
    }

    /// Writes `items` over the elements of an array or list of the same length.
    fileprivate func overwriteElements(of target: Value, with items: [Value], _ name: String) throws {
        switch target {
        case .list(let l):
            try l.checkChangeable()
            guard items.count == l.items.count else { throw RuntimeError("\(name): \(items.count) results for \(l.items.count) places (DimensionMismatch)") }
            l.items = items
        case .array(let box):
            guard items.count == box.tensor.count else {
                throw RuntimeError("\(name): \(items.count) results for \(box.tensor.count) places (DimensionMismatch)")
            }
            try box.checkWritable()
            box.tensor = try Tensor(shape: box.tensor.shape, scalars: try storedScalars(items, box.elementType, name))
        default: throw RuntimeError("\(name): cannot write into \(describeType(target))")
        }
    }

    /// Numbers as a numeric array of `type` stores them, refusing what does not convert.
    func storedScalars(_ items: [Value], _ type: ElementType, _ name: String) throws -> [Double] {
        try items.map { item -> Double in
            if case .int(let n) = item { try checkStorable(n) }
            guard let x = scalarDouble(item) else {
                throw RuntimeError(
                    "\(name): MethodError: Cannot `convert` an object of type \(typeName(item)) to an object of type \(type.juliaName) (a list, Any[], holds anything)",
                    kind: .method)
            }
            switch type {
            case .float64: return x
            case .float32: return Double(Float(x))
            case .int64 where x == x.rounded() && x.isFinite: return x
            case .bool where x == 0 || x == 1: return x
            default: throw RuntimeError("\(name): cannot store \(show(item)) in a \(type.juliaName) array (InexactError)", kind: .inexact)
            }
        }
    }

    fileprivate func rebuiltVector(like original: Value, _ items: [Value]) throws -> Value {
        if case .list(let l) = original { return .list(ListBox(items, isAny: l.isAny)) }
        if items.isEmpty, case .array(let box) = original { return .array(ArrayBox(Tensor(vector: []), elementType: box.elementType)) }
        return try makeVector(items)
    }

    /// What `deleteat!(a, inds)` leaves of `items` (base/array.jl): a Bool vector is a
    /// mask of a's length (a BoundsError otherwise); a Bool alone is the index 1 or 0;
    /// other indices are walked in order, and one that does not come after the previous
    /// is Julia's ArgumentError "indices must be unique and sorted".
    fileprivate func keptAfterDeleting(_ indices: Value, from items: [Value]) throws -> [Value] {
        if case .array(let mask) = indices, mask.elementType == .bool, mask.tensor.rank == 1 {
            guard mask.tensor.count == items.count else {
                throw RuntimeError("deleteat!: a mask of \(mask.tensor.count) elements for \(items.count) (BoundsError)", kind: .bounds)
            }
            return zip(items, mask.tensor.scalars).compactMap { $1 == 0 ? $0 : nil }
        }
        let positions: [Value]
        switch indices {
        case .int: positions = [indices]
        case .bool(let b): positions = [.int(b ? 1 : 0)]
        default: positions = try collectElements(indices)
        }
        var doomed = Set<Int>()
        var previous = 0
        for position in positions {
            guard case .int(let i) = position else {
                throw RuntimeError("deleteat! with an index of type \(typeName(position)) is not supported (only integers, or a Bool mask)", kind: .notSupported)
            }
            // The first index is bounds-checked; a later one must come after the one before.
            if previous > 0, i <= previous { throw RuntimeError.argumentError("indices must be unique and sorted") }
            guard i >= 1 && i <= items.count else {
                throw RuntimeError("deleteat!: index \(i) is out of range for \(items.count) elements (BoundsError)", kind: .bounds)
            }
            doomed.insert(i - 1)
            previous = i
        }
        return items.indices.filter { !doomed.contains($0) }.map { items[$0] }
    }
}

extension Library {
    mutating func registerContainerBuiltins() {
        registerInPlaceBuiltins()
        registerSearchBuiltins()
        registerDescriptionBuiltins()
    }

    private mutating func registerInPlaceBuiltins() {
        define("insert!", 3...3, help: "insert!(v, i, x) — put x at index i, moving later elements up") { interp, args in
            var items = try interp.editableItems(args[0], "insert!")
            let i = try args.integer(1, "index")
            guard i >= 1 && i <= items.count + 1 else {
                throw RuntimeError("insert!: index \(i) is out of range for \(items.count) elements (BoundsError)", kind: .bounds)
            }
            items.insert(args[2], at: i - 1)
            try interp.replaceItems(of: args[0], with: items, "insert!")
            return args[0]
        }
        define("deleteat!", 2...2, help: "deleteat!(v, i), deleteat!(v, indices), deleteat!(v, mask) — remove elements by index (sorted, unique) or where a Bool vector of v's length is true") { interp, args in
            let items = try interp.editableItems(args[0], "deleteat!")
            let kept = try interp.keptAfterDeleting(args[1], from: items)
            try interp.replaceItems(of: args[0], with: kept, "deleteat!")
            return args[0]
        }
        define("splice!", 2...3, help: "splice!(v, i, [replacement]) — remove element i (or a range) and return it") { interp, args in
            var items = try interp.editableItems(args[0], "splice!")
            let replacement = args.count == 3 ? try interp.collectElements(args[2]) : []
            let removed: Value
            if case .range(let r) = args[1] {
                // Julia's method takes an AbstractUnitRange; an empty one, `4:3`, removes
                // nothing and inserts the replacement before its first index (base/array.jl).
                guard case let .int(start, 1, stop) = r else {
                    throw RuntimeError("MethodError: no method matching splice!(\(args.values.map { "::" + typeName($0) }.joined(separator: ", ")))", kind: .method)
                }
                let outOfRange = RuntimeError("splice!: the range \(r.shown) is out of range for \(items.count) elements (BoundsError)", kind: .bounds)
                var taken: [Value] = []
                if stop < start {
                    if !replacement.isEmpty {
                        guard start >= 1 && start <= items.count + 1 else { throw outOfRange }
                        items.insert(contentsOf: replacement, at: start - 1)
                    }
                } else {
                    guard start >= 1 && stop <= items.count else { throw outOfRange }
                    taken = Array(items[(start - 1)..<stop])
                    items.replaceSubrange((start - 1)..<stop, with: replacement)
                }
                removed = try interp.rebuiltVector(like: args[0], taken)
            } else {
                let i = try args.integer(1, "index")
                guard i >= 1 && i <= items.count else {
                    throw RuntimeError("splice!: index \(i) is out of range for \(items.count) elements (BoundsError)", kind: .bounds)
                }
                removed = items[i - 1]
                items.replaceSubrange((i - 1)...(i - 1), with: replacement)
            }
            try interp.replaceItems(of: args[0], with: items, "splice!")
            return removed
        }
        define("resize!", 2...2, help: "resize!(v, n) — shorten v to n elements, or lengthen it with zeros") { interp, args in
            var items = try interp.editableItems(args[0], "resize!")
            let n = try args.integer(1, "length")
            guard n >= 0 else { throw RuntimeError("resize!: the new length must not be negative (ArgumentError)") }
            try interp.checkBudget(n)
            if n < items.count {
                items.removeLast(items.count - n)
            } else if n > items.count {
                guard case .array(let box) = args[0] else {
                    throw RuntimeError("resize!: lengthening a list would leave its new elements undefined; push! values instead")
                }
                items += Array(repeating: box.elementType == .float64 ? .float(0) : box.elementType == .bool ? .bool(false) : .int(0),
                               count: n - items.count)
            }
            try interp.replaceItems(of: args[0], with: items, "resize!")
            return args[0]
        }
        define("prepend!", 2...2, help: "prepend!(v, xs) — put the elements of xs in front of v") { interp, args in
            let items = try interp.editableItems(args[0], "prepend!")
            try interp.replaceItems(of: args[0], with: try interp.collectElements(args[1]) + items, "prepend!")
            return args[0]
        }
        define("pushfirst!", 2...Int.max, help: "pushfirst!(v, x...) — put the values in front of v") { interp, args in
            let items = try interp.editableItems(args[0], "pushfirst!")
            try interp.replaceItems(of: args[0], with: Array(args.values.dropFirst()) + items, "pushfirst!")
            return args[0]
        }
        define("popfirst!", 1...1, help: "popfirst!(v) — remove and return the first element") { interp, args in
            // `popfirst!(s::Stateful)`: the element it holds ready (base/iterators.jl).
            if case .host(let stateful as StatefulIterator) = args[0] {
                guard let item = try stateful.popFirst() else {
                    throw RuntimeError("popfirst! of a finished Iterators.Stateful (Julia's EOFError) is not supported", kind: .notSupported)
                }
                return item
            }
            var items = try interp.editableItems(args[0], "popfirst!")
            guard !items.isEmpty else { throw RuntimeError("popfirst!: the collection is empty (ArgumentError)", kind: .argument) }
            let first = items.removeFirst()
            try interp.replaceItems(of: args[0], with: items, "popfirst!")
            return first
        }
        define("copy!", 2...2, help: "copy!(dst, src) — replace the contents of dst with those of src, in place") { interp, args in
            if case .dict(let target) = args[0] {
                guard case .dict(let source) = args[1] else { throw RuntimeError("copy!: a dictionary copies from a dictionary") }
                // Julia's copy! is merge!(empty!(dst), src): the table keeps its size first.
                target.declaredTypes = target.types
                _ = target.removeAll()
                try interp.merge(source, into: target)
                return args[0]
            }
            let items = try interp.collectElements(args[1])
            if case .array(let box) = args[0], box.tensor.rank > 1 {
                guard items.count == box.tensor.count else {
                    throw RuntimeError("copy!: \(describeType(args[1])) does not fit \(describeType(args[0])) (DimensionMismatch)")
                }
                let scalars = try interp.storedScalars(items, box.elementType, "copy!")
                try box.checkWritable()
                box.tensor = try Tensor(shape: box.tensor.shape, scalars: scalars)
                return args[0]
            }
            try interp.replaceItems(of: args[0], with: items, "copy!")
            return args[0]
        }
        define("empty!", 1...1, help: "empty!(c) — remove every element of a vector, list, dictionary or Set") { interp, args in
            if case .host(let set as SetValue) = args[0] {
                _ = set.table.removeAll()
                return args[0]
            }
            if case .dict(let d) = args[0] {
                d.declaredTypes = d.types
                _ = d.removeAll()
                return args[0]
            }
            _ = try interp.editableItems(args[0], "empty!")
            try interp.replaceItems(of: args[0], with: [], "empty!")
            return args[0]
        }
        define("get!", 3...3, help: "get!(d, k, default), get!(f, d, k) — d[k], storing the default (or f()) first when k is missing") { interp, args in
            // get!(d, k, default) or, with a function first, get!(f, d, k).
            let functionFirst: Bool = if case .dict = args[0] { false } else { true }
            let (dict, key) = functionFirst ? (args[1], args[2]) : (args[0], args[1])
            guard case .dict(let d) = dict else { throw RuntimeError("get!: expected a dictionary, got \(describeType(dict))", kind: .method) }
            guard let k = dictKey(key) else { throw RuntimeError("get!: \(describeType(key)) cannot be a dictionary key", kind: .notSupported) }
            if let stored = d[k] { return stored }
            let value = functionFirst ? try interp.call(args[0], [], [:], at: interp.nowhere) : args[2]
            d[k] = value
            return value
        }
        define("filter!", 2...2, help: "filter!(f, v) — keep only the elements (or dictionary pairs) for which f is true, in place") { interp, args in
            if case .host(let set as SetValue) = args[1] {
                for key in set.table.keys where try !interp.truth(try interp.call(args[0], [key.value], [:], at: interp.nowhere), "filter!") {
                    set.table[key] = nil
                }
                return args[1]
            }
            if case .dict(let d) = args[1] {
                for key in d.keys {
                    guard let v = d[key] else { continue }
                    if try !interp.truth(try interp.call(args[0], [.pair(key.value, v)], [:], at: interp.nowhere), "filter!") {
                        d[key] = nil
                    }
                }
                return args[1]
            }
            let items = try interp.editableItems(args[1], "filter!")
            let kept = try items.filter { try interp.truth(try interp.call(args[0], [$0], [:], at: interp.nowhere), "filter!") }
            try interp.replaceItems(of: args[1], with: kept, "filter!")
            return args[1]
        }
        define("map!", 3...Int.max, help: "map!(f, dst, xs...) — dst[i] = f(xs[i]...) for each i, in place, as far as the shortest of dst and xs; the rest of dst stays") { interp, args in
            let collections = try args.values.dropFirst(2).map { try interp.collectElements($0) }
            let destination = try interp.collectElements(args[1])
            // With one or two sources Julia zips dst's indices with theirs, stopping at the
            // shortest (base/abstractarray.jl); with more it walks the first source's
            // indices unchecked, which only equal lengths make safe.
            if collections.count > 2, Set(collections.map(\.count) + [destination.count]).count > 1 {
                throw RuntimeError("map! with three or more sources of different lengths (or a destination of another length) is not supported", kind: .notSupported)
            }
            let n = (collections.map(\.count) + [destination.count]).min() ?? 0
            var results = destination
            for i in 0..<n { results[i] = try interp.call(args[0], collections.map { $0[i] }, [:], at: interp.nowhere) }
            try interp.overwriteElements(of: args[1], with: results, "map!")
            return args[1]
        }
        define("broadcast", 1...Int.max, keywords: .forwarded, help: "broadcast(f, xs...) — the dot call f.(xs...)") { interp, args in
            let result = try interp.broadcastCall(args[0], Array(args.values.dropFirst()), args.keywords, at: interp.nowhere)
            args.keywords = [:]
            return result
        }
        define("broadcast!", 2...Int.max, help: "broadcast!(f, dst, xs...) — the dot call f.(xs...) written into dst") { interp, args in
            let result = try interp.broadcastCall(args[0], Array(args.values.dropFirst(2)), [:], at: interp.nowhere)
            try interp.overwriteElements(of: args[1], with: try interp.collectElements(result), "broadcast!")
            return args[1]
        }
        define("merge", 1...Int.max, help: "merge(d, others...) — a new dictionary with the pairs of all; later ones win; merge(nt, others...) of named tuples likewise") { interp, args in
            if case .namedTuple = args[0] { return try interp.mergedNamedTuple(args.values) }
            let dicts = try args.values.map { argument -> DictBox in
                guard case .dict(let d) = argument else { throw RuntimeError("merge: expected dictionaries, got \(describeType(argument))") }
                return d
            }
            return .dict(try interp.merged(dicts))
        }
        define("merge!", 1...Int.max, help: "merge!(d, others...) — add the pairs of the others to d; later ones win") { interp, args in
            guard case .dict(let target) = args[0] else { throw RuntimeError("merge!: expected a dictionary, got \(describeType(args[0]))", kind: .method) }
            for argument in args.values.dropFirst() {
                guard case .dict(let d) = argument else { throw RuntimeError("merge!: expected dictionaries, got \(describeType(argument))") }
                try interp.merge(d, into: target)
            }
            return args[0]
        }
        define("identity", 1...1, help: "identity(x) — x itself") { _, args in args[0] }
    }

    private mutating func registerSearchBuiltins() {
        define("findfirst", 1...2, help: "findfirst(f, xs), findfirst(c or sub, s), findfirst(bools) — the first index where f is true, c occurs (sub: a range), or nothing") { interp, args in
            try interp.find(args, fromEnd: false, start: nil)
        }
        define("findlast", 1...2, help: "findlast(f, xs), findlast(c or sub, s), findlast(bools) — the last index where f is true, c occurs (sub: a range), or nothing") { interp, args in
            try interp.find(args, fromEnd: true, start: nil)
        }
        define("findnext", 3...3, help: "findnext(f or c or sub, xs, i) — the first match at index i or after, or nothing; of a matrix i is a CartesianIndex") { interp, args in
            if let found = try interp.findFromCartesian(args, fromEnd: false) { return found }
            return try interp.find(args, fromEnd: false, start: try args.integer(2, "start index"))
        }
        define("findprev", 3...3, help: "findprev(f or c or sub, xs, i) — the last match at index i or before, or nothing; of a matrix i is a CartesianIndex") { interp, args in
            if let found = try interp.findFromCartesian(args, fromEnd: true) { return found }
            return try interp.find(args, fromEnd: true, start: try args.integer(2, "start index"))
        }
        for (name, largest) in [("findmax", true), ("findmin", false)] {
            define(name, 1...2, keywords: .named(["dims"]), help: "\(name)(v), \(name)(f, v) — (the \(largest ? "largest" : "smallest") value, its index); with f, of f.(v); \(name)(A; dims) — the values and CartesianIndex matrices along dims") { interp, args in
                if let dims = args.keyword("dims") { return try interp.extremaAlongDims(args, dims: dims, largest: largest, giving: .valuesAndPositions) }
                let (value, index) = try interp.extreme(args, largest: largest)
                if args.count == 1, case .array(let box) = args[0], box.tensor.rank > 1 {
                    return .tuple(TupleItems([value, .host(CartesianIndex.of(offset: index, in: box.tensor.shape))]))
                }
                return .tuple(TupleItems([value, .int(index + 1)]))
            }
        }
        define("isequal", 1...2, help: "isequal(a, b) — equality where NaN equals NaN and -0.0 differs from 0.0; isequal(a) — the predicate x -> isequal(x, a)") { interp, args in
            guard args.count == 1 else {
                // isequal of two Eigens compares their vectors: refused where those are.
                if case .host(let a as EigenValue) = args[0], case .host(let b as EigenValue) = args[1] {
                    return .bool(try EigenValue.compare(a, b, isEqual: true))
                }
                return .bool(try interp.isEqual(args[0], args[1]))
            }
            // Julia's Base.Fix2(isequal, a), as findfirst(isequal(9), v) uses it.
            return try interp.fixSecond(ofFunctionNamed: "isequal", args[0])
        }
    }

    private mutating func registerDescriptionBuiltins() {
        define("eltype", 1...1, help: "eltype(x) — the type of x's elements, e.g. Float64 for a Vector{Float64}") { interp, args in
            guard let element = juliaElementType(of: args[0]) else { throw RuntimeError("eltype: \(describeType(args[0])) has no elements") }
            return typeValue(named: element)
        }
        define("sizeof", 1...1, help: "sizeof(x) — the size of x in bytes (for an array, of its elements)") { interp, args in
            .int(try interp.byteSize(args[0]))
        }
        define("summary", 1...1, help: "summary(x) — a short description of x: its size and type") { interp, args in
            .string(try interp.summaryText(args[0]))
        }
    }
}

/// Julia's `eltype` of a value: the element type of an array, range, string, list, tuple
/// (joined as `promote_typejoin` joins them) or dictionary (a `Pair` type), a number's
/// own type; nil for a value with no elements.
func juliaElementType(of value: Value) -> String? {
    switch value {
    case .array(let box): return box.elementType.juliaName
    case .range(let r): return r.isIntegral ? "Int64" : "Float64"
    case .string: return "Char"
    case .list, .tuple, .dict:
        let full = typeName(value)
        if case .dict = value, let open = full.firstIndex(of: "{") {
            return "Pair" + full[open...]
        }
        if case .tuple(let items) = value { return tupleElementType(items.values) }
        guard let open = full.firstIndex(of: "{"), full.hasSuffix("}") else { return "Any" }
        return String(full[full.index(after: open)..<full.index(before: full.endIndex)])
    case .int, .float, .bool, .char, .complex: return typeName(value)
    case .host(let view as DictView): return view.elementType
    case .host(let set as SetValue): return set.elementType
    case .host(let indices as CartesianIndicesValue): return "CartesianIndex{\(indices.axes.count)}"
    case .host(is LinearIndicesValue), .host(is LinearIndicesOfVector), .host(is OneTo): return "Int64"
    case .host(let pairs as PairsIterator): return pairs.elementType
    // Iterators that hand on their source's elements have its element type.
    case .host(let stateful as StatefulIterator): return juliaElementType(of: stateful.source)
    case .host(let lazy as LazyIterator):
        switch lazy.kind {
        case .filter(_, let x), .take(let x, _), .drop(let x, _), .takeWhile(_, let x), .dropWhile(_, let x), .reverse(let x), .cycle(let x):
            return juliaElementType(of: x)
        default: return nil
        }
    default: return nil
    }
}

extension Runtime {
    /// `merge(a::NamedTuple, bs...)` (base/namedtuple.jl), from the left: a field of both
    /// keeps its place in the first and takes the later value, a new field goes at the
    /// end. After the first, each argument is a named tuple or, as the last of two, an
    /// iterable of `name => value` pairs.
    func mergedNamedTuple(_ arguments: [Value]) throws -> Value {
        guard case .namedTuple(var names, let first) = arguments[0] else { return arguments[0] }
        var values = first.values
        for (position, given) in arguments.enumerated().dropFirst() {
            // `pairs(nt)` (keyword arguments) merges as nt does.
            var argument = given
            if case .host(let pairs as PairsIterator) = given, case .namedTuple = pairs.source { argument = pairs.source }
            let fields: [(String, Value)]
            switch argument {
            case .namedTuple(let otherNames, let otherValues): fields = Array(zip(otherNames, otherValues.values))
            default:
                guard arguments.count == 2, position == 1 else {
                    throw RuntimeError("MethodError: no method matching merge(\(arguments.map { "::" + typeName($0) }.joined(separator: ", ")))", kind: .method)
                }
                fields = try collectElements(argument).map { item in
                    guard case .pair(let pair) = item, case .symbol(let name) = pair.key else {
                        throw RuntimeError("merge of a named tuple with \(describeType(item)) elements is not supported (only name => value pairs)", kind: .notSupported)
                    }
                    return (name, pair.value)
                }
            }
            for (name, value) in fields {
                if let k = names.firstIndex(of: name) { values[k] = value } else { names.append(name); values.append(value) }
            }
        }
        return .namedTuple(names: names, values: TupleItems(values))
    }
}
