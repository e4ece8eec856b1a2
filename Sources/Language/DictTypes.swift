import Engine

/// A Julia `Dict{K, V}` has its key and value types from the moment it is made: a
/// literal takes them from its entries, `Dict{String, Int64}()` from the type written,
/// and they stay when the dictionary is emptied (`empty!(d)` prints
/// `Dict{String, Float64}()`). A value stored later is converted to V as Julia's
/// `setindex!` does (an Int into a Float64 dictionary becomes a float), or refused.
public struct DictTypes: Sendable, Equatable {
    public var key: String
    public var value: String
}

extension DictBox {
    /// Julia's K and V of this `Dict{K, V}`: the types it was made with, else those its
    /// entries join to, `Any` for an empty one. Its type name, its views and its display
    /// all read them here rather than parsing them back out of the name.
    var types: DictTypes {
        declaredTypes ?? typesOfEntries() ?? DictTypes(key: "Any", value: "Any")
    }

    /// The entries' types joined as Julia's `Dict(pairs...)` joins them (`Dict(:a => 1,
    /// :b => 2.0)` is a Dict{Symbol, Real}); nil when there are none.
    func typesOfEntries() -> DictTypes? {
        guard count > 0 else { return nil }
        return DictTypes(key: typeJoin(keys.map { typeName($0.value) }),
                         value: typeJoin(keys.compactMap { self[$0] }.map(typeName)))
    }
}

extension Runtime {
    /// `Dict{K, V}(pairs...)`: a dictionary that keeps the written types.
    func typedDictionary(_ type: TypeValue, _ entries: [Value]) throws -> Value? {
        let name = type.name
        guard name.hasPrefix("Dict{"), name.hasSuffix("}") else { return nil }
        let inner = name.dropFirst("Dict{".count).dropLast()
        var depth = 0
        guard let comma = inner.firstIndex(where: { c in
            if c == "{" { depth += 1 } else if c == "}" { depth -= 1 }
            return c == "," && depth == 0
        }) else { return nil }
        let types = DictTypes(key: String(inner[..<comma]).trimmingCharacters(in: .whitespaces),
                              value: String(inner[inner.index(after: comma)...]).trimmingCharacters(in: .whitespaces))
        // Julia's `Dict{K,V}(pairs...)` reserves room for every pair, then stores each in
        // turn (converted to K and V); a repeated key keeps its first slot.
        var pairs = entries
        if entries.count == 1, case .pair = entries[0] {} else if entries.count == 1 {
            pairs = try collectElements(entries[0])
        }
        let box = DictBox()
        box.declaredTypes = types
        box.reserve(pairs.count)
        for entry in pairs {
            switch entry {
            case .pair(let pair): try storeInDictionary(box, key: pair.key, pair.value)
            case .tuple(let items) where items.count == 2: try storeInDictionary(box, key: items[0], items[1])
            default: throw RuntimeError("Dict takes pairs like :a => 1, got \(describeType(entry))")
            }
        }
        return .dict(box)
    }

    /// `d[k] = v` for a dictionary with declared types: the key and value converted to
    /// them as Julia's `convert` does, or an error naming the types. `keyRole` names
    /// the key in those errors (a Set's elements are its Dict's keys).
    func storeInDictionary(_ box: DictBox, key: Value, _ value: Value, keyRole: String = "a key of this Dict") throws {
        if box.declaredTypes?.key == "Char" { try checkCharKey(key) }
        let k = try converted(key, to: box.declaredTypes?.key, role: keyRole)
        let v = try converted(value, to: box.declaredTypes?.value, role: "a value of this Dict")
        guard let dictKey = dictKey(k) else { throw RuntimeError("\(describeType(k)) cannot be a dictionary key", kind: .notSupported) }
        if box[dictKey] == nil { try checkBudget(box.count + 1) }
        box[dictKey] = v
    }

    /// A number stored under a Char key type: Julia's `setindex!` converts it (`Char(65)`
    /// is 'A') and then finds the converted key not `isequal` to the one given, an
    /// ArgumentError (base/dict.jl). Numbers `Char` itself refuses are not followed here.
    private func checkCharKey(_ key: Value) throws {
        let codePoint: Double
        switch key {
        case .int(let n): codePoint = Double(n)
        case .bool(let b): codePoint = b ? 1 : 0
        case .float(let x): codePoint = x
        default: return
        }
        guard codePoint == codePoint.rounded(), codePoint >= 0, codePoint <= 0x10FFFF else {
            throw RuntimeError("converting \(show(key)) to a Char key (Julia's Char(\(show(key))) fails its own way) is not supported", kind: .notSupported)
        }
        throw RuntimeError("ArgumentError: \(show(key)) is not a valid key for type Char", kind: .argument)
    }

    private func converted(_ value: Value, to type: String?, role: String) throws -> Value {
        guard let type, type != "Any", !supertypes(of: typeName(value)).contains(type) else { return value }
        switch (type, value) {
        case ("Float64", .int(let n)): return .float(Double(n))
        case ("Float64", .bool(let b)): return .float(b ? 1 : 0)
        case ("Int64", .bool(let b)): return .int(b ? 1 : 0)
        // convert(Bool, x) is Bool(x): true for 1, false for 0, InexactError otherwise.
        case ("Bool", .int(let n)):
            guard n == 0 || n == 1 else { throw RuntimeError("InexactError: Bool(\(n)) (\(role))", kind: .inexact) }
            return .bool(n == 1)
        case ("Bool", .float(let x)):
            guard x == 0 || x == 1 else { throw RuntimeError("InexactError: Bool(\(formatFloat(x))) (\(role))", kind: .inexact) }
            return .bool(x == 1)
        case ("Int64", .float(let x)):
            guard x == x.rounded(), Swift.abs(x) < 9.2e18 else {
                throw RuntimeError("InexactError: Int64(\(formatFloat(x))) (\(role))", kind: .inexact)
            }
            return .int(Int(x))
        case (_, .tuple(let items)) where tupleTypeParameters(type) != nil:
            // convert(Tuple{Int64, Float64}, (1.0, 2)) converts each element.
            let parts = tupleTypeParameters(type) ?? []
            guard parts.count == items.count else { fallthrough }
            return .tuple(TupleItems(try zip(items, parts).map { try converted($0, to: $1, role: role) }))
        default:
            throw RuntimeError("MethodError: Cannot `convert` an object of type \(typeName(value)) to an object of type \(type) (\(role))", kind: .method)
        }
    }
}
