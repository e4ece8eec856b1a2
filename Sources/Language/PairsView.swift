/// `pairs(x)`: Julia's `Base.Pairs`, the AbstractDict from each index of x to the
/// element there (base/iterators.jl). Its keys are those Julia gives: 1, 2, ... for
/// vectors, ranges and tuples (`pairs(IndexLinear(), v)`), a `CartesianIndex` for every
/// element of a matrix or higher array (`pairs(A) = pairs(IndexCartesian(), A)`), the
/// field names of a named tuple, and byte indices for a string (`keys(s)`). It prints as
/// a dictionary does: `Base.Pairs(1 => 10, 2 => 20)`, and in the REPL under Julia's
/// summary `pairs(IndexLinear(), ::Vector{Int64}) with 2 entries:`.
final class PairsIterator: HostObject {
    let source: Value

    init(_ source: Value) { self.source = source }

    /// The source's rank when it is an array (a list or a range counts as a vector).
    private var arrayRank: Int? {
        switch source {
        case .array(let box): return Swift.max(box.tensor.rank, 1)
        case .list, .range: return 1
        default: return nil
        }
    }

    private var sourceType: String { typeName(source) }

    /// K, V and Julia's full type, when the notebook knows it exactly.
    private var types: (key: String, value: String, full: String)? {
        switch source {
        case .array, .list, .range:
            guard let rank = arrayRank, let value = juliaElementType(of: source) else { return nil }
            if rank == 1 {
                return ("Int64", value, "Base.Pairs{Int64, \(value), LinearIndices{1, Tuple{Base.OneTo{Int64}}}, \(sourceType)}")
            }
            let axes = Array(repeating: "Base.OneTo{Int64}", count: rank).joined(separator: ", ")
            let key = "CartesianIndex{\(rank)}"
            return (key, value, "Base.Pairs{\(key), \(value), CartesianIndices{\(rank), Tuple{\(axes)}}, \(sourceType)}")
        case .tuple(let items):
            let value = tupleElementType(items.values)
            return ("Int64", value, "Base.Pairs{Int64, \(value), Base.OneTo{Int64}, \(sourceType)}")
        case .namedTuple(let names, let values):
            let value = tupleElementType(values.values)
            let keys = tupleTypeName(Array(repeating: "Symbol", count: names.count))
            return ("Symbol", value, "Base.Pairs{Symbol, \(value), \(keys), \(sourceType)}")
        default:
            return nil
        }
    }

    /// `eltype`: Base.Pairs{K, V} iterates `Pair{K, V}`s.
    var elementType: String? { types.map { "Pair{\($0.key), \($0.value)}" } }

    /// Julia's type, or nil when the notebook cannot name it exactly (`typeof` then refuses).
    var exactTypeName: String? { types?.full }

    var juliaTypeName: String { types?.full ?? "Base.Pairs" }

    /// The entries, keys as Julia gives them.
    func entries(_ runtime: (any Runtime)?) throws -> [(key: Value, value: Value)] {
        switch source {
        case .namedTuple(let names, let values):
            return zip(names, values.values).map { (.symbol($0), $1) }
        case .string(let text):
            var index = 1
            return text.unicodeScalars.map { scalar in
                defer { index += String(scalar).utf8.count }
                return (.int(index), .char(Character(scalar)))
            }
        case .array(let box) where box.tensor.rank >= 2:
            let shape = box.tensor.shape
            return (0..<box.tensor.count).map { offset in
                var rest = offset
                let position = shape.map { n -> Int in
                    defer { rest /= n }
                    return rest % n + 1
                }
                return (.host(CartesianIndex(position)), box.element(at: offset))
            }
        default:
            var items: [Value] = []
            if let runtime {
                try runtime.forEachElement(of: source) { items.append($0); return true }
            } else if case .list(let list) = source {
                items = list.items
            } else if case .tuple(let t) = source {
                items = t.values
            } else if case .array(let box) = source {
                items = (0..<box.tensor.count).map(box.element(at:))
            } else if case .range(let r) = source {
                items = (0..<r.count).map(r.element)
            }
            return items.enumerated().map { (.int($0 + 1), $1) }
        }
    }

    var length: Int? { knownLength(source) }

    func forEachElement(_ runtime: any Runtime, _ body: (Value) throws -> Bool) throws {
        for (key, value) in try entries(runtime) where try !body(.pair(key, value)) { return }
    }

    /// `pairs(v)[i]` is `v[i]`, as for any AbstractDict.
    func element(at index: Int) -> Value? {
        var isTuple = false
        if case .tuple = source { isTuple = true }
        guard arrayRank == 1 || isTuple else { return nil }
        let all = (try? entries(nil)) ?? []
        return index >= 1 && index <= all.count ? all[index - 1].value : nil
    }

    func show() -> String {
        let all = (try? entries(nil)) ?? []
        guard let types else { return "pairs(" + Language.show(source) + ")" }
        let implicit = !all.isEmpty && isImplicitInShow(types.key) && isImplicitInShow(types.value)
        let pairType = "Pair{\(types.key), \(types.value)}"
        return (implicit ? "Base.Pairs" : types.full) + "("
            + all.map { Language.show(.pair(Pair($0.key, $0.value)), typeinfo: pairType) }.joined(separator: ", ") + ")"
    }

    func display(width: Int, height: Int) -> String {
        let all = (try? entries(nil)) ?? []
        guard let types else { return show() }
        let described: String
        switch source {
        case .namedTuple: described = "pairs(::NamedTuple)"
        case _ where arrayRank == 1: described = "pairs(IndexLinear(), ::\(sourceType))"
        default:
            let index = types.full.dropFirst("Base.Pairs{".count)
            let parameters = splitParameters(String(index.dropLast()))
            described = "Iterators.Pairs(::\(sourceType), ::\(parameters.count > 2 ? parameters[2] : "?"))"
        }
        let summary = "\(described) with \(all.count) entr\(all.count == 1 ? "y" : "ies")"
        guard !all.isEmpty else { return summary }
        return dictionaryView(summary, all, keyType: types.key, valueType: types.value, inside: self, width: width, height: height)
    }
}

/// Julia's `eltype` of a tuple: the element types joined as `promote_typejoin` joins
/// them (base/tuple.jl), `Real` for `(1, 2.0)`, `Any` for `(1, "a")`.
func tupleElementType(_ items: [Value]) -> String {
    let names = items.map(typeName)
    guard !names.isEmpty else { return "Union{}" }
    return typeJoin(names)
}
