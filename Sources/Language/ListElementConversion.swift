import Engine

/// A list keeps the element type it was made with, as a Julia `Vector{T}` does: what
/// `push!`, `append!`, `insert!`, `pushfirst!` and `v[i] = x` store goes through
/// Julia's `convert(T, x)` (base/array.jl's `push!` and `setindex!` call it): kept as it
/// is when it already is a `T`, converted when Julia converts it (`push!([[1]], [2.0])`
/// stores `[2]`), and refused with Julia's MethodError when it cannot be
/// (`push!([[1, 2]], "a")`).
extension Runtime {
    /// `items` as a list of `list`'s present element type stores them.
    func convertedForStorage(_ items: [Value], in list: ListBox, _ name: String) throws -> [Value] {
        if list.isAny || items.isEmpty { return items }
        // An element of the type of one already there fits: the element type is a join
        // of the elements' types, so it is a supertype of each (and this spares a walk
        // over the whole list at each push!).
        let firstType = list.items.first.map(typeName)
        if let firstType, items.allSatisfy({ typeName($0) == firstType }) { return items }
        guard let elementType = juliaElementType(of: .list(list)), !list.items.isEmpty || list.declaredElementType != nil else {
            return items
        }
        return try items.map { try converted($0, to: elementType, name) }
    }

    /// Julia's `convert(type, item)` for an element type of a list. Where the notebook
    /// is not sure what Julia's `convert` methods make of a pair of types (a Char into
    /// an Int64 list is its code point; a tuple converts elementwise), it refuses.
    func converted(_ item: Value, to type: String, _ name: String) throws -> Value {
        let own = typeName(item)
        if type == "Any" || own == type || supertypes(of: own).contains(type) { return item }
        // `convert(Union{Nothing, T}, x)` keeps `nothing` and converts anything else to T
        // (base/some.jl), as `[nothing, 1]` holds.
        if type.hasPrefix("Union{Nothing, "), type.hasSuffix("}") {
            if case .nothing = item { return item }
            return try converted(item, to: String(type.dropFirst("Union{Nothing, ".count).dropLast()), name)
        }
        let cannot = RuntimeError("MethodError: Cannot `convert` an object of type \(own) to an object of type \(type)", kind: .method)
        let isNumber: Bool, isContainer: Bool
        switch item {
        case .int, .float, .bool, .float32: (isNumber, isContainer) = (true, false)
        case .array, .list, .tuple, .namedTuple, .dict: (isNumber, isContainer) = (false, true)
        default: (isNumber, isContainer) = (false, false)
        }
        let isText: Bool = { if case .string = item { return true }; if case .symbol = item { return true }; return false }()
        let isNothing: Bool = { if case .nothing = item { return true }; return false }()
        switch type {
        case "Float32":
            // Julia's Float32(::Int64) rounds the integer itself, not its Float64.
            switch item {
            case .int(let n): return .float32(Float(n))
            case .float(let x): return .float32(Float(x))
            case .bool(let b): return .float32(b ? 1 : 0)
            default: break
            }
            if isText || isNothing || isContainer { throw cannot }
        case "Int64", "Float64", "Bool":
            if isNumber, let x = scalarDouble(item) ?? { if case .float32(let f) = item { Double(f) } else { nil } }() {
                return try storedNumber(x, as: type, shown: show(item))
            }
            if isText || isNothing || isContainer { throw cannot }
        case "String":
            if isNumber || isNothing || isContainer { throw cannot }
        default:
            guard let (rank, elementType) = numericArrayType(type) else { break }
            if case .array(let box) = item {
                guard box.tensor.rank == rank else {
                    throw RuntimeError("MethodError: no method matching \(type)(::\(own))", kind: .method)
                }
                // `convert(Vector{Int64}, [2.0])` is a new array, `Vector{Int64}(a)`.
                let scalars = try box.tensor.scalars.map { x -> Double in
                    let stored = try storedNumber(x, as: elementType.juliaName, shown: box.elementType == .float32 ? formatFloat32(Float(x), typed: true) : formatFloat(x))
                    if case .float32(let f) = stored { return Double(f) }
                    return scalarDouble(stored) ?? x
                }
                return .array(ArrayBox(try Tensor(shape: box.tensor.shape, scalars: scalars), elementType: elementType))
            }
            if isNumber || isText || isNothing { throw cannot }
            if case .tuple = item { throw cannot }
            if case .dict = item { throw cannot }
        }
        throw RuntimeError(
            "\(name): storing a \(own) in a Vector{\(type)} is not supported (the notebook cannot tell what Julia's convert makes of it)",
            kind: .notSupported)
    }

    /// A number stored as Julia's `convert` to Int64, Float64 or Bool does: exactly, or an InexactError.
    private func storedNumber(_ x: Double, as type: String, shown: String) throws -> Value {
        let inexact = RuntimeError("InexactError: \(type)(\(shown))", kind: .inexact)
        switch type {
        case "Float64": return .float(x)
        case "Float32": return .float32(Float(x))
        case "Int64":
            guard x == x.rounded(), Swift.abs(x) < 9.2e18 else { throw inexact }
            return .int(Int(x))
        case "Bool":
            guard x == 0 || x == 1 else { throw inexact }
            return .bool(x == 1)
        default: throw inexact
        }
    }

    /// `Vector{Int64}`, `Matrix{Float64}`, `Array{Bool, 3}`: the rank and element type
    /// of a numeric array type, or nil for another type.
    private func numericArrayType(_ type: String) -> (Int, ElementType)? {
        let elementTypes: [String: ElementType] = ["Int64": .int64, "Float64": .float64, "Float32": .float32, "Bool": .bool]
        for (prefix, rank) in [("Vector{", 1), ("Matrix{", 2)] where type.hasPrefix(prefix) && type.hasSuffix("}") {
            if let e = elementTypes[String(type.dropFirst(prefix.count).dropLast())] { return (rank, e) }
        }
        return nil
    }
}
