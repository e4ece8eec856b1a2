import Engine

/// An index after evaluation: one position, several (with the shape of the index
/// array, which the result takes, as in Julia: `A[[1 2; 1 2]]` is 2×2), or a whole dimension.
enum IndexValue {
    case single(Int)
    case many([Int], shape: [Int])
    case all
    case key(Value)

    static func many(_ positions: [Int]) -> IndexValue { .many(positions, shape: [positions.count]) }
}

/// Reading and writing `v[i]`, `A[i, j]`, `A[:, 1:h]`, `w[1][2, 3]`, `d[:a]`: 1-based
/// as the language is, turned into the engine's 0-based `TensorIndex`.
extension Interpreter {
    func evaluateIndex(_ baseExpr: Expr, _ indexExprs: [Expr], _ env: Environment) throws -> Value {
        let base = try evaluate(baseExpr, env)
        if case .host(let ref as RefValue) = base {
            // `r[]` is what the Ref holds.
            guard indexExprs.isEmpty else { throw RuntimeError("indexing a Ref other than r[] is not supported", kind: .notSupported) }
            return ref.value
        }
        // `getindex(v::Pairs, key) = v.data[key]`: `kw[:a]` is the named tuple's field.
        let namedTuple: Value? = switch base {
        case .namedTuple: base
        case .host(let pairs as PairsIterator): if case .namedTuple = pairs.source { pairs.source } else { nil }
        default: nil
        }
        if let namedTuple, case .namedTuple(let names, let values) = namedTuple {
            if indexExprs.count == 1, let picked = try namedTupleFields(names, values, try evaluate(indexExprs[0], env)) {
                return picked
            }
            return try index(namedTuple, try evaluateIndices(indexExprs, of: namedTuple, env))
        }
        if case .range(let r) = base, indexExprs.count == 1 { return try index(r, indexExprs[0], env) }
        return try index(base, try evaluateIndices(indexExprs, of: base, env))
    }

    /// A named tuple indexed by name (base/namedtuple.jl): `x[:a]` is the field, and a
    /// tuple or vector of names the named tuple of those fields, in that order. Nil for
    /// any other index.
    private func namedTupleFields(_ names: [String], _ values: TupleItems, _ index: Value) throws -> Value? {
        func field(_ name: String) throws -> Value {
            guard let k = names.firstIndex(of: name) else { throw RuntimeError("type NamedTuple has no field \(name)", kind: .error) }
            return values.values[k]
        }
        if case .symbol(let name) = index { return try field(name) }
        let wanted: [Value]
        switch index {
        case .tuple(let items) where !items.values.isEmpty: wanted = items.values
        case .list(let list) where !list.items.isEmpty: wanted = list.items
        default: return nil
        }
        let picked = wanted.compactMap { if case .symbol(let name) = $0 { name } else { nil } }
        guard picked.count == wanted.count else { return nil }
        guard Set(picked).count == picked.count else {
            throw RuntimeError("a named tuple of the fields \(show(index)), which names one twice, is not supported", kind: .notSupported)
        }
        return .namedTuple(names: picked, values: TupleItems(try picked.map(field)))
    }

    /// `r[i]`, `r[:]` (the range itself, `copy(r)`) and `r[s]` for an integer range `s`
    /// inside r, which Julia's `getindex` methods keep a range of r's kind.
    private func index(_ r: RangeValue, _ indexExpr: Expr, _ env: Environment) throws -> Value {
        if case .colonAll = indexExpr.kind { return .range(r) }
        endValues.append(try extent(of: .range(r), dimension: 0, of: 1))
        let value: Value
        do {
            defer { endValues.removeLast() }
            value = try evaluate(indexExpr, env)
        }
        if case .range(let s) = value, case .int = s.ordinal, let (first, _, last) = s.integerParts,
           s.count == 0 || (Swift.min(first, last) >= 1 && Swift.max(first, last) <= r.count) {
            return .range(try r.slice(s))
        }
        if case .host(let object) = value, let positions = object.indexPositions {
            return try index(.range(r), positions.map { .single($0) })
        }
        return try index(.range(r), [try indexValue(value, at: indexExpr.position)])
    }

    /// Evaluates index expressions with `end` bound to the extent of each dimension.
    func evaluateIndices(_ exprs: [Expr], of base: Value, _ env: Environment) throws -> [IndexValue] {
        var result: [IndexValue] = []
        for (d, expr) in exprs.enumerated() {
            if case .colonAll = expr.kind {
                result.append(.all)
                continue
            }
            endValues.append(try extent(of: base, dimension: d, of: exprs.count))
            defer { endValues.removeLast() }
            let value = try evaluate(expr, env)
            if case .dict = base {
                result.append(.key(value))
                continue
            }
            // A CartesianIndex stands for one index per dimension.
            if case .host(let object) = value, let positions = object.indexPositions {
                result.append(contentsOf: positions.map { .single($0) })
                continue
            }
            result.append(try indexValue(value, at: expr.position))
        }
        return result
    }

    private func extent(of base: Value, dimension d: Int, of count: Int) throws -> Int {
        if let array = try numericHostValue(base) { return try extent(of: array, dimension: d, of: count) }
        switch base {
        case .array(let box): return count == 1 ? box.tensor.count : box.tensor.size(d)
        case .tracked(let v): return count == 1 ? v.value.count : v.value.size(d)
        case .list(let l): return l.items.count
        case .tuple(let items): return items.count
        case .string(let s):
            // `end` is the index of the last character's first byte (lastindex).
            let bytes = Array(s.utf8)
            var k = bytes.count
            while k > 1 && bytes[k - 1] & 0xC0 == 0x80 { k -= 1 }
            return k
        case .range(let r): return r.count
        case .host(let object): return object.length ?? 0
        default: return 0
        }
    }
}

extension Runtime {
    func indexValue(_ value: Value, at position: SourcePosition) throws -> IndexValue {
        switch value {
        case .int(let n): return .single(n)
        case .bool: throw RuntimeError("cannot index with a Bool; use an integer", kind: .argument, at: position)
        case .range(let r):
            guard r.isIntegral else { throw RuntimeError("cannot index with a float range", kind: .argument, at: position) }
            // Listed one by one below: `v[1:typemax(Int)]` must not try to list them.
            guard r.count <= elementBudget else {
                throw RuntimeError("the index \(show(value)) is out of range (it has \(r.count) elements)", kind: .bounds, at: position)
            }
            return .many((0..<r.count).map { i in if case .int(let n) = r.element(i) { return n } else { return 0 } })
        case .array(let box):
            if box.elementType == .bool {
                return .many(box.tensor.scalars.enumerated().compactMap { $0.element != 0 ? $0.offset + 1 : nil })
            }
            guard box.elementType == .int64 else {
                throw RuntimeError("indices must be integers, got \(describeType(value))", kind: .argument, at: position)
            }
            return .many(try box.tensor.scalars.map { x in
                guard let n = Int(exactly: x) else { throw RuntimeError("index \(formatFloat(x)) is not an integer", kind: .argument, at: position) }
                return n
            }, shape: box.tensor.shape)
        case .list(let list):
            return .many(try list.items.map { item -> Int in
                if case .host(is CartesianIndex) = item {
                    throw RuntimeError("indexing with a vector of CartesianIndex is not supported", kind: .notSupported, at: position)
                }
                guard case .int(let n) = item else { throw RuntimeError("indices must be integers", kind: .argument, at: position) }
                return n
            })
        case .float(let x):
            throw RuntimeError("indices must be integers, got the Float64 \(formatFloat(x)); use Int(x) or round(Int, x)", kind: .argument, at: position)
        case .host where try numericHostValue(value) != nil:
            // `v[eachindex(v)]`, `v[keys(v)]`: an index range held as a host object.
            return try indexValue(try numericHostValue(value)!, at: position)
        default:
            throw RuntimeError("indices must be integers, got \(describeType(value))", kind: .argument, at: position)
        }
    }

    /// The engine's index spec for an array; positions become 0-based.
    fileprivate func tensorIndices(_ indices: [IndexValue]) throws -> [TensorIndex] {
        try indices.map { index -> TensorIndex in
            switch index {
            case .single(let n): return .at(n &- 1)
            case .many(let list, _): return .list(list.map { $0 &- 1 })
            case .all: return .all
            case .key: throw RuntimeError("arrays are indexed by integers", kind: .argument)
            }
        }
    }

    fileprivate func onePosition(_ indices: [IndexValue], count: Int, _ what: String) throws -> Int {
        guard indices.count == 1, case .single(let n) = indices[0] else {
            throw RuntimeError("\(what) takes one integer index", kind: .argument)
        }
        guard n >= 1 && n <= count else {
            throw RuntimeError("index \(n) is out of range for a \(what) of length \(count)", kind: .bounds)
        }
        return n - 1
    }

    func index(_ base: Value, _ indices: [IndexValue]) throws -> Value {
        if let array = try numericHostValue(base) { return try index(array, indices) }
        switch base {
        case .array(let box):
            let specs = try tensorIndices(indices)
            if specs.allSatisfy({ if case .at = $0 { return true } else { return false } }) {
                let positions = specs.map { if case .at(let i) = $0 { return i } else { return 0 } }
                do {
                    return box.element(at: try box.tensor.offset(of: positions))
                } catch {
                    throw boundsError(error, box, base, positions)
                }
            }
            let slice = try box.tensor.slice(specs)
            // A slice of a BitArray is a BitArray; a slice of a row is a plain array.
            return .array(ArrayBox(try slice.reshaped(resultShape(slice.shape, indices)), elementType: box.elementType,
                                   wrapper: box.wrapper == .bitArray ? .bitArray : .none))
        case .tracked(let v):
            let specs = try tensorIndices(indices)
            let result = try v.slice(specs)
            return .tracked(try result.reshaped(resultShape(result.shape, indices)))
        case .range(let r):
            if indices.count == 1, case .many(let list, let shape) = indices[0] {
                let picked = try makeVector(try list.map { n in
                    guard n >= 1 && n <= r.count else { throw RuntimeError("index \(n) is out of range for a range of length \(r.count)", kind: .bounds) }
                    return r.element(n - 1)
                })
                guard shape.count != 1, case .array(let box) = picked else { return picked }
                return .array(ArrayBox(try box.tensor.reshaped(shape), elementType: box.elementType))
            }
            return r.element(try onePosition(indices, count: r.count, "range"))
        case .list(let list):
            if indices.count == 1, case .many(let positions, let shape) = indices[0] {
                guard shape.count == 1 else {
                    throw RuntimeError("indexing a list with a \(shapeText(shape)) array of indices is not supported (a matrix of values that are not numbers)", kind: .notSupported)
                }
                return .list(ListBox(try positions.map { n in
                    guard n >= 1 && n <= list.items.count else {
                        throw RuntimeError("index \(n) is out of range for a list of length \(list.items.count)", kind: .bounds)
                    }
                    return list.items[n - 1]
                }))
            }
            return list.items[try onePosition(indices, count: list.items.count, "list")]
        case .tuple(let items):
            return items[try onePosition(indices, count: items.count, "tuple")]
        case .namedTuple(_, let values):
            return values[try onePosition(indices, count: values.count, "named tuple")]
        case .string(let s):
            // Julia indexes a string by its UTF-8 bytes: an index must be where a character starts.
            let bytes = Array(s.utf8)
            if indices.count == 1, case .many(let positions, _) = indices[0] {
                guard let first = positions.first, let last = positions.last else { return .string("") }
                if positions.count == last - first + 1 {
                    // s[a:b] is the bytes from a's character through b's.
                    let start = try characterStart(bytes, first)
                    let end = try characterStart(bytes, last) + utf8Length(bytes[last - 1])
                    return .string(String(decoding: bytes[start - 1..<end - 1], as: UTF8.self))
                }
                return .string(String(try positions.map { n in try character(bytes, at: n) }))
            }
            return .char(try character(bytes, at: try onePosition(indices, count: bytes.count, "string") + 1))
        case .dict(let box):
            guard indices.count == 1, case .key(let k) = indices[0] else { throw RuntimeError("a dictionary takes one key", kind: .argument) }
            guard let key = dictKey(k), let value = box[key] else {
                throw RuntimeError.keyError(k)
            }
            return value
        case .host(let object):
            if indices.count == 1, case .single(let n) = indices[0], let element = object.element(at: n) { return element }
            if let length = object.length, indices.count == 1, case .single(let n) = indices[0], n < 1 || n > length {
                throw RuntimeError("index \(n) is out of range for a \(object.juliaTypeName) of length \(length)", kind: .bounds)
            }
            throw RuntimeError("cannot index into \(describeType(base)) with these indices", kind: .method)
        case .int, .float, .bool, .complex:
            // A number is a 0-dimensional collection in Julia: x[1] (and x[1, 1]) is x,
            // any other position a BoundsError.
            var positions: [Int] = []
            for index in indices {
                guard case .single(let n) = index else {
                    throw RuntimeError("indexing a number with a range or an array is not supported yet", kind: .notSupported)
                }
                positions.append(n)
            }
            if positions.allSatisfy({ $0 == 1 }) { return base }
            throw RuntimeError("BoundsError: attempt to access \(typeName(base)) at index [\(positions.map(String.init).joined(separator: ", "))]", kind: .bounds)
        default:
            throw RuntimeError("cannot index into \(describeType(base))", kind: .method)
        }
    }

    /// Julia's BoundsError for `A[i, j, ...]` (0-based `positions`) out of range: it names
    /// the array by its summary and holds the array and the 1-based indices. Other errors
    /// pass through as they are.
    ///
    /// Julia lets `A[i, j]` omit trailing dimensions only when they have length one
    /// (`checkbounds_indices(Bool, IA, ()) = all(x -> length(x) == 1, IA)`); the engine's
    /// refusal of other omissions is that BoundsError too.
    private func boundsError(_ error: Error, _ box: ArrayBox, _ base: Value, _ positions: [Int]) -> Error {
        let omitted = if case EngineError.invalidArgument(operation: "index", _) = error { true } else { false }
        var error = error as? RuntimeError ?? RuntimeError(wrapping: error, at: nil)
        if omitted { error.kind = .bounds }
        guard error.kind == .bounds else { return error }
        let written = positions.map { String($0 &+ 1) }
        error.message = "BoundsError: attempt to access \(arraySummary(box)) at index [\(written.joined(separator: ", "))]"
        error.juliaForm = "BoundsError(\(show(base)), (\(written.joined(separator: ", "))\(written.count == 1 ? "," : "")))"
        return error
    }


    /// The shape Julia gives `A[indices...]`: each index contributes its own shape (a
    /// number none, a vector or range its length, a matrix of indices its two sizes), so
    /// the engine's slice, which has one dimension per non-number index, is reshaped.
    private func resultShape(_ sliceShape: [Int], _ indices: [IndexValue]) -> [Int] {
        var shape: [Int] = []
        var next = 0
        for index in indices {
            switch index {
            case .single: continue
            case .many(_, let indexShape) where indexShape.count != 1: shape += indexShape
            default: if next < sliceShape.count { shape.append(sliceShape[next]) }
            }
            next += 1
        }
        return next == sliceShape.count ? shape : sliceShape
    }

    func assignIndex(_ base: Value, _ indices: [IndexValue], _ value: Value) throws {
        switch base {
        case .array(let box):
            let specs = try tensorIndices(indices)
            if case .int(let n) = value { try checkStorable(n) }
            guard var (v, type) = try operand(value) else {
                throw RuntimeError("cannot store \(describeType(value)) in a numeric array; use a list (Any[...]) for mixed values", kind: .method)
            }
            // Julia's convert(Float32, x) rounds each value stored in a Float32 array.
            if box.elementType == .float32, type != .float32, !v.isTracked { v = Var(v.value.map { Double(Float($0)) }) }
            if v.isTracked {
                throw RuntimeError("cannot write a tracked value into an array inside `grad` (not yet); build the result with hcat/vcat or a comprehension", kind: .notSupported)
            }
            if box.elementType != type {
                for x in v.value.scalars { _ = try box.elementType.stored(x) }
            }
            try box.checkWritable()
            let single = specs.allSatisfy { if case .at = $0 { return true } else { return false } }
            do {
                if box.isDerived, single, v.value.count == 1 {
                    // One element through an array that shares its parent's memory: written
                    // to the parent's element directly (ArrayBox.store).
                    let positions = specs.map { if case .at(let i) = $0 { return i } else { return 0 } }
                    try box.store(v.value.scalars[0], at: try box.tensor.offset(of: positions))
                    return
                }
                try box.tensor.assignSlice(specs, v.value)
            } catch {
                guard single else { throw error }
                throw boundsError(error, box, base, specs.map { if case .at(let i) = $0 { return i } else { return 0 } })
            }
        case .list(let list):
            try list.checkChangeable()
            let position = try onePosition(indices, count: list.items.count, "list")
            list.items[position] = try convertedForStorage([value], in: list, "setindex!")[0]
        case .dict(let box):
            guard indices.count == 1, case .key(let k) = indices[0] else { throw RuntimeError("a dictionary takes one key", kind: .argument) }
            try storeInDictionary(box, key: k, value)
        case .tuple, .namedTuple:
            throw RuntimeError("tuples cannot be changed; build a new one, or use a list (Any[...])", kind: .method)
        case .string:
            throw RuntimeError("strings cannot be changed; build a new one with * or string(...)", kind: .method)
        case .range:
            throw RuntimeError("ranges cannot be changed; collect(r) makes an array you can change", kind: .method)
        case .tracked:
            throw RuntimeError("cannot write into a tracked array inside `grad` (not yet)", kind: .notSupported)
        default:
            throw RuntimeError("cannot index into \(describeType(base))", kind: .method)
        }
    }
}

/// The dictionary key for a value, or nil for values that cannot be keys.
func dictKey(_ value: Value, depth: Int = 0) -> DictKey? {
    guard depth < 100 else { return nil }
    switch value {
    case .int(let n): return .int(n)
    case .float(let x): return .float(x)
    case .bool(let b): return .bool(b)
    case .string(let s): return .string(s)
    case .char(let c): return .char(c)
    case .symbol(let s): return .symbol(s)
    case .nothing: return .nothing
    case .tuple(let items):
        var keys: [DictKey] = []
        for item in items {
            guard let k = dictKey(item, depth: depth + 1) else { return nil }
            keys.append(k)
        }
        return .tuple(keys)
    default: return nil
    }
}

/// The 1-based byte index `n` of a string's UTF-8 `bytes`, checked to start a character.
private func characterStart(_ bytes: [UInt8], _ n: Int) throws -> Int {
    guard n >= 1 && n <= bytes.count else {
        throw RuntimeError("BoundsError: attempt to access \(bytes.count)-codeunit String at index [\(n)]", kind: .bounds)
    }
    guard bytes[n - 1] & 0xC0 != 0x80 else {
        var before = n - 1
        while before > 1 && bytes[before - 1] & 0xC0 == 0x80 { before -= 1 }
        var after = n + 1
        while after <= bytes.count && bytes[after - 1] & 0xC0 == 0x80 { after += 1 }
        var nearby = "[\(before)]=>\(show(.char(decodedCharacter(bytes, before))))"
        if after <= bytes.count { nearby += ", [\(after)]=>\(show(.char(decodedCharacter(bytes, after))))" }
        throw RuntimeError("StringIndexError: invalid index [\(n)], valid nearby indices \(nearby)", kind: .stringIndex)
    }
    return n
}

/// How many bytes the UTF-8 character starting with `lead` has.
private func utf8Length(_ lead: UInt8) -> Int {
    lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
}

/// The character (one Unicode scalar, as Julia's Char) starting at byte `n`.
private func decodedCharacter(_ bytes: [UInt8], _ n: Int) -> Character {
    let end = Swift.min(bytes.count, n - 1 + utf8Length(bytes[n - 1]))
    let text = String(decoding: bytes[n - 1..<end], as: UTF8.self)
    return text.unicodeScalars.first.map { Character($0) } ?? "\u{FFFD}"
}

private func character(_ bytes: [UInt8], at n: Int) throws -> Character {
    decodedCharacter(bytes, try characterStart(bytes, n))
}
