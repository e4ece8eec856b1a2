import Engine

/// Array literals: `[a, b, c]` (a vector, or a list when the elements are not
/// numbers), `Float64[...]`/`Any[...]`, and concatenation: `[a; b]`, `[a b; c d]`, `[a;; b]`.
extension Runtime {
    /// `[a, b, c]`: numbers make a numeric vector; anything else makes a list.
    func makeVector(_ values: [Value]) throws -> Value {
        try checkBudget(values.count)
        if values.isEmpty { return .list(ListBox([], isAny: true)) }
        try refuseRationalArray(values)
        if let withNothing = try vectorWithNothing(values) { return withNothing }
        if values.contains(where: { if case .host(let o) = $0 { o is IrrationalConstant } else { false } }),
           values.contains(where: \.isNumber) {
            // π beside other numbers promotes to Float64, as `[π, 1]` does in Julia.
            return try makeVector(values.map { v in
                if case .host(let o as IrrationalConstant) = v { return .float(o.value) }
                return v
            })
        }
        var type: ElementType? = nil
        var doubles: [Double] = []
        doubles.reserveCapacity(values.count)
        var tracked = false
        for v in values {
            switch v {
            case .int(let n):
                type = ElementType.promoted(type ?? .int64, .int64)
                try checkStorable(n)
                doubles.append(Double(n))
            case .bool(let b):
                type = ElementType.promoted(type ?? .bool, .bool)
                doubles.append(b ? 1 : 0)
            case .float(let x):
                type = .float64
                doubles.append(x)
            case .float32(let x):
                type = ElementType.promoted(type ?? .float32, .float32)
                doubles.append(Double(x))
            case .tracked(let t) where t.value.count == 1:
                tracked = true
                doubles.append(t.value.scalars[0])
            default:
                if values.contains(where: \.isFloat32), values.contains(where: { $0.complexParts != nil }) {
                    throw RuntimeError("ComplexF32 (a complex number with Float32 parts) is not supported; write the parts as Float64", kind: .notSupported)
                }
                return .list(ListBox(promotedToComplex(values) ?? values))
            }
        }
        // Julia promotes each element to Float32: an integer rounds to the nearest one.
        if type == .float32 { doubles = doubles.map { Double(Float($0)) } }
        if tracked {
            let parts = values.map { v -> Var in
                if case .tracked(let t) = v { return (try? t.reshaped([1])) ?? t }
                return Var(Tensor(vector: [scalarDouble(v) ?? 0]))
            }
            return .tracked(try Var.vcat(parts))
        }
        return .array(ArrayBox(Tensor(vector: doubles), elementType: type ?? .float64))
    }

    /// The vector that `map`, `collect`, comprehensions and dot calls of functions make.
    /// Unlike a literal's, its element type is the join of the elements' types (Julia's
    /// `promote_typejoin`), not their promotion: a mix of Int and Float64 results is a
    /// `Vector{Real}` that keeps each element as it is (`Real[1.5, 0]`), a mix of Bool
    /// and Int a `Vector{Integer}`, of real and complex numbers a `Vector{Number}`.
    func makeCollected(_ values: [Value]) throws -> Value {
        var types = Set<String>()
        for v in values {
            switch v {
            case .int, .bool, .float, .float32, .complex: types.insert(typeName(v))
            default: return try makeVector(values)
            }
        }
        guard types.count > 1 else { return try makeVector(values) }
        let box = ListBox(values)
        box.declaredElementType = typeJoin(Array(types))
        return .list(box)
    }

    /// Numbers beside a complex number promote to one complex type, as Julia's literals
    /// do (`[1, 2im]` is a Vector{Complex{Int64}}); nil when not every element is a number.
    private func promotedToComplex(_ values: [Value]) -> [Value]? {
        var parts: ElementType? = nil
        var sawComplex = false
        for v in values {
            if case .complex(_, _, let t) = v {
                sawComplex = true
                parts = ElementType.promoted(parts ?? t, t)
            } else if let t = ElementType.of(v) {
                parts = ElementType.promoted(parts ?? t, t)
            } else {
                return nil
            }
        }
        guard sawComplex, let parts else { return nil }
        return values.map { v in
            let (re, im) = complexDoubles(v)
            return .complex(re: re, im: im, parts: parts)
        }
    }

    /// `T[a, b]`: each element converted to T as Julia's `convert` does (`Int[2.0]` is
    /// `[2]`, `Int[2.5]` an InexactError, `Float64["a"]` a MethodError).
    func makeTypedVector(_ type: String, _ values: [Value]) throws -> Value {
        var values = values
        if let elementType = typedLiteralElementType(type) {
            values = try values.map { try converted($0, to: elementType, "\(type)[...]") }
        }
        switch type {
        case "Bool":
            let bits = try values.map { v -> Double in
                guard case .bool(let b) = v else { throw RuntimeError("Bool[...] holds true and false, got \(describeType(v))", kind: .argument) }
                return b ? 1 : 0
            }
            return .array(ArrayBox(Tensor(vector: bits), elementType: .bool))
        case "Float32":
            // Each element was converted to a Float32 above.
            let doubles = values.map { v -> Double in if case .float32(let x) = v { Double(x) } else { .nan } }
            return .array(ArrayBox(Tensor(vector: doubles), elementType: .float32))
        case "Real", "Number":
            throw RuntimeError("\(type)[...] is a Vector{\(type)}, which keeps each element's own type; the notebook does not have it: write Float64[...] or Any[...]", kind: .notSupported)
        case "Float64":
            let doubles = try values.map { v -> Double in
                guard let x = scalarDouble(v) else { throw RuntimeError("\(type)[...] holds numbers, got \(describeType(v))", kind: .argument) }
                return x
            }
            return .array(ArrayBox(Tensor(vector: doubles)))
        case "Int", "Int64":
            let ints = try values.map { v -> Double in
                if case .int(let n) = v { try checkStorable(n) }
                guard let x = scalarDouble(v), x == x.rounded() else {
                    throw RuntimeError("\(type)[...] holds integers, got \(describeType(v))", kind: .argument)
                }
                return x
            }
            return .array(ArrayBox(Tensor(vector: ints), elementType: .int64))
        case "String", "Char", "Symbol":
            // A Vector{String} shows as ["a", "b"], as a list whose elements agree does.
            for v in values where typeName(v) != type {
                throw RuntimeError("\(type)[...] holds only \(type) values here, got \(describeType(v)) (Julia would try to convert it)", kind: .notSupported)
            }
            // The list keeps its type, so an empty one shows as Julia's `String[]` and
            // stays a Vector{String} when it is filled.
            let list = ListBox(values)
            list.declaredElementType = type
            return .list(list)
        case "Any":
            return .list(ListBox(values, isAny: true))
        default:
            throw RuntimeError("\(type)[...] is not supported; write Any[...] for a vector of any values", kind: .notSupported)
        }
    }

    /// Julia's `cat` along `dimension` (1 for `vcat` and `[a; b]`, 2 for `hcat` and
    /// `[a b]`, 3 for `[a;;; b]`): numbers count as 1-element arrays, vectors as
    /// columns, ranges as the vectors they hold, and sizes add up along `dimension`
    /// while every other size must agree. Stacking vectors and numbers gives a vector.
    /// Values that are not numbers stack into a vector (`["a"; "b"]`, lists spliced).
    func concatenate(_ values: [Value], along dimension: Int) throws -> Value {
        guard !values.isEmpty else { return .list(ListBox([], isAny: true)) }
        var parts: [Var] = []
        var types: [ElementType] = []
        for value in values {
            guard let (x, type) = try operand(value) else {
                guard dimension == 1 else {
                    throw RuntimeError("a matrix of \(describeType(value)) values is not supported; arrays here hold numbers", kind: .notSupported)
                }
                return try stackedElements(values)
            }
            parts.append(x)
            types.append(type)
        }
        let result: Var
        do {
            result = try Var.concatenate(parts, along: dimension - 1)
        } catch EngineError.shapeMismatch {
            let shapes = parts.map { $0.value.rank == 0 ? "a number" : shapeText($0.shape) }.joined(separator: ", ")
            let name = dimension == 1 ? "vcat" : dimension == 2 ? "hcat" : "cat"
            throw RuntimeError(
                "DimensionMismatch: \(name) joins along dimension \(dimension), and every other dimension must agree: \(shapes)",
                kind: .dimensionMismatch)
        }
        try checkBudget(result.value.count)
        return try wrap(result, ElementType.promoted(types) ?? .float64)
    }

    /// `vcat` of values that are not all numbers: lists and vectors give their elements,
    /// other values are elements themselves; a list written `Any[...]` keeps the result `Any`.
    private func stackedElements(_ values: [Value]) throws -> Value {
        var items: [Value] = []
        var isAny = false
        for value in values {
            switch value {
            case .list(let list):
                isAny = isAny || list.isAny
                items.append(contentsOf: list.items)
            case .array(let box) where box.tensor.rank > 1:
                throw RuntimeError("stacking a \(describeType(value)) with values that are not numbers is not supported", kind: .notSupported)
            case .array, .range, .tracked:
                items.append(contentsOf: try collectElements(value))
            default:
                items.append(value)
            }
            try checkBudget(items.count)
        }
        if isAny { return .list(ListBox(items, isAny: true)) }
        let stacked = try makeVector(items)
        if case .list(let list) = stacked { list.isAny = false }
        return stacked
    }

    /// Arrays keep integers in Float64, exact up to 2^53; larger ones are refused rather than rounded.
    func checkStorable(_ n: Int) throws {
        guard n.magnitude <= 1 << 53 else {
            throw RuntimeError("the integer \(n) is too large to store in an array (arrays hold integers exactly up to 2^53)", kind: .notSupported)
        }
    }
}

extension Runtime {
    /// `[nothing, 1]`: Julia's promote_rule for Nothing (base/some.jl) makes it a
    /// `Vector{Union{Nothing, Int64}}`, the other elements promoted among themselves
    /// first (`[nothing, 1, 2.0]` holds 1.0 and 2.0). Nil when there is no `nothing`, or
    /// nothing else, or the others join only to Any (then it is a Vector{Any}, as in Julia).
    fileprivate func vectorWithNothing(_ values: [Value]) throws -> Value? {
        func isNothing(_ v: Value) -> Bool { if case .nothing = v { return true } else { return false } }
        let others = values.filter { !isNothing($0) }
        guard others.count < values.count, !others.isEmpty else { return nil }
        let rest = try makeVector(others)
        if case .tracked = rest { return nil }
        guard let type = juliaElementType(of: rest), type != "Any" else { return nil }
        var promoted = try collectElements(rest).makeIterator()
        let items = values.map { isNothing($0) ? $0 : promoted.next() ?? $0 }
        let list = ListBox(items)
        list.declaredElementType = "Union{Nothing, \(type)}"
        return .list(list)
    }
}

/// The element types `T[...]` and `T[x for x in xs]` convert to, by the name written
/// (`Int` is `Int64`); nil for the ones the notebook does not build (`Real`, `Float32`,
/// `Vector`, ...), which `makeTypedVector` refuses by name.
func typedLiteralElementType(_ written: String) -> String? {
    switch written {
    case "Int", "Int64": return "Int64"
    case "Float64", "Float32", "Bool", "String", "Char", "Symbol", "Any": return written
    default: return nil
    }
}

/// For messages: the element types a typed comprehension takes.
let typedComprehensionTypes = "Float64, Float32, Int (Int64), Bool, String, Char, Symbol and Any"

