import Engine

/// Calling an array type, as Julia's constructors do (base/boot.jl, base/baseext.jl,
/// base/array.jl and LinearAlgebra's uniformscaling.jl):
///
/// - `Vector{T}(undef, n)`, `Matrix{T}(undef, m, n)`, `Array{T}(undef, dims...)` and
///   the same with the dimensions as one tuple: an array of that size whose contents
///   Julia leaves arbitrary. Numeric ones hold zeros here, one of the contents Julia
///   may give. `Vector{Any}(undef, n)` is refused for n > 0: Julia's holds `#undef`
///   entries that every read must refuse, and the notebook's lists have none.
/// - `Vector{T}()`: the empty vector.
/// - `Vector{T}(A)`, `Array{T}(A)`, `Array(A)`: a new Array with A's elements converted
///   to T (or A's own element type), of A's rank.
/// - `Matrix{T}(I, m, n)`, `Matrix(I, m, n)`, `Array{T}(I, m, n)`: the identity.
///
/// Any other argument list is the MethodError Julia gives, and element types the
/// notebook's arrays cannot hold are refused.
struct ArrayTypeApplication {
    /// The type as written canonically (`Vector{Float64}`, `Array{Int64}`), for messages.
    let name: String
    /// The element type, nil for a bare `Array`, `Vector` or `Matrix`.
    let element: String?
    /// The rank the type fixes (1 for Vector, 2 for Matrix, N for `Array{T, N}`), nil for `Array{T}`.
    let rank: Int?

    /// The array type a type value names, or nil when it is no `Array` type.
    init?(_ type: TypeValue) {
        guard let syntax = TypeSyntax(type.name, heads: .names) else { return nil }
        let parameters = syntax.arguments.map(\.text)
        switch (syntax.head, parameters.count) {
        case ("Vector", 0...1): rank = 1
        case ("Matrix", 0...1): rank = 2
        case ("Array", 0...1): rank = nil
        case ("Array", 2):
            guard let n = Int(parameters[1]) else { return nil }
            rank = n
        default: return nil
        }
        name = type.name
        element = parameters.first
    }

    /// How Julia's MethodError names the type being called: a type with its parameters
    /// left open other than `Array` itself is written in parentheses (base/show.jl's
    /// show_signature_function), as `(Array{Float64})(::Int64)`.
    var calleeText: String {
        let isOpen = element == nil || rank == nil
        return isOpen && name != "Array" ? "(\(name))" : name
    }
}

/// What the elements of a constructed array are.
private enum ArrayElementKind {
    case numeric(ElementType)
    /// A `Vector{Any}`.
    case any
    /// A vector of strings, characters or symbols.
    case declared(String)

    init?(_ name: String) {
        switch name {
        case "Float64": self = .numeric(.float64)
        case "Float32": self = .numeric(.float32)
        case "Int64": self = .numeric(.int64)
        case "Bool": self = .numeric(.bool)
        case "Any": self = .any
        case "String", "Char", "Symbol": self = .declared(name)
        default: return nil
        }
    }
}

/// Julia's `undef`, the `UndefInitializer()` that asks an array constructor for
/// storage it leaves unset.
final class UndefInitializerValue: HostObject, Sendable {
    static let shared = UndefInitializerValue()
    private init() {}
    var juliaTypeName: String { "UndefInitializer" }
    func show() -> String { "UndefInitializer()" }
    func isEqual(to other: any HostObject) -> Bool { other is UndefInitializerValue }
    func deepCopy(copying: (Value) -> Value) -> (any HostObject)? { self }
}

extension Value {
    var isUndefInitializer: Bool {
        if case .host(let object) = self { return object is UndefInitializerValue }
        return false
    }

    /// Whether this is LinearAlgebra's `I`, the UniformScaling whose λ is `true`.
    var isIdentityScaling: Bool {
        if let scaling = uniformScaling, case .bool(true) = scaling.lambda { return true }
        return false
    }
}

extension Interpreter {
    /// The array a call of an array type makes, or nil when `type` is no array type.
    func callArrayType(_ type: TypeValue, _ arguments: [Value], _ keywords: KeywordArguments, at position: SourcePosition) throws -> Value? {
        guard let array = ArrayTypeApplication(type) else { return nil }
        func noMethod() -> RuntimeError {
            // Julia fills the diagonal with any UniformScaling's λ (`Matrix{Float64}(2I, 2, 2)`);
            // only I's is done here.
            if arguments.contains(where: { $0.uniformScaling != nil }) {
                return RuntimeError("\(array.name) with I takes the identity's sizes, as in Matrix{Float64}(I, m, n); other calls with I are not supported", kind: .notSupported, at: position)
            }
            let types = arguments.map { "::" + typeName($0) }.joined(separator: ", ")
            return RuntimeError("MethodError: no method matching \(array.calleeText)(\(types))", kind: .method, at: position)
        }
        guard keywords.isEmpty else {
            throw RuntimeError("calling \(array.name) with keyword arguments is not supported", kind: .notSupported, at: position)
        }
        if case .nothing? = arguments.first {
            throw RuntimeError("\(array.name)(nothing, dims...) (an array filled with nothing) is not supported yet; write fill(nothing, dims...)", kind: .notSupported, at: position)
        }
        if arguments.first?.isUndefInitializer == true {
            guard let dims = try dimensions(Array(arguments.dropFirst())) else { throw noMethod() }
            // A bare Array has no method for undef; bare Vector and Matrix make Vector{Any}, Matrix{Any}.
            guard array.rank.map({ $0 == dims.count }) ?? (array.element != nil) else { throw noMethod() }
            return try uninitialisedArray(of: array.element ?? "Any", dims, at: position)
        }
        if arguments.isEmpty {
            guard array.rank == 1, array.element != nil || array.name == "Vector" else { throw noMethod() }
            return try uninitialisedArray(of: array.element ?? "Any", [0], at: position)
        }
        if arguments.first?.isIdentityScaling == true {
            guard array.rank == 2 || array.rank == nil && array.element != nil || array.name == "Array",
                  let dims = try dimensions(Array(arguments.dropFirst())), dims.count == 2 else { throw noMethod() }
            return try identityMatrix(of: array.element ?? "Bool", dims, at: position)
        }
        if arguments.count == 1, case .host(let q as OrthogonalFactorValue) = arguments[0], array.rank ?? 2 == 2, array.element ?? "Float64" == "Float64" {
            return .floats(try q.matrixForm())
        }
        guard arguments.count == 1, let source = try arraySource(arguments[0]) else { throw noMethod() }
        guard array.rank.map({ $0 == source.shape.count }) ?? true else { throw noMethod() }
        return try convertedArray(source, to: array.element, at: position)
    }

    /// The sizes in `(m, n)` or `((m, n),)`: Integers each, nil when the arguments are not that.
    private func dimensions(_ arguments: [Value]) throws -> [Int]? {
        var values = arguments
        if arguments.count == 1, case .tuple(let items) = arguments[0] { values = Array(items) }
        var dims: [Int] = []
        for value in values {
            switch value {
            case .int(let n): dims.append(n)
            case .bool(let b): dims.append(b ? 1 : 0)
            default: return nil
            }
        }
        return dims
    }

    /// An array of `dims` whose contents Julia leaves unset.
    private func uninitialisedArray(of element: String, _ dims: [Int], at position: SourcePosition) throws -> Value {
        guard let kind = ArrayElementKind(element) else { throw elementRefusal(element, at: position) }
        guard !dims.isEmpty else {
            throw RuntimeError("zero-dimensional arrays (Array{\(element)}(undef)) are not supported", kind: .notSupported, at: position)
        }
        // Julia checks each size and their product before allocating (src/array.c).
        var count = 1
        for n in dims {
            guard n >= 0 else { throw RuntimeError("ArgumentError: invalid Array dimensions", kind: .argument, at: position) }
            let (product, overflow) = count.multipliedReportingOverflow(by: n)
            guard !overflow else { throw RuntimeError("ArgumentError: invalid Array dimensions", kind: .argument, at: position) }
            count = product
        }
        try checkBudget(count)
        switch kind {
        case .numeric(let type):
            return .array(ArrayBox(try Tensor.zeros(shape: dims), elementType: type))
        case .any, .declared:
            guard dims.count == 1 else {
                throw RuntimeError("a \(dims.count)-dimensional array of \(element) is not supported; arrays of more than one dimension hold numbers", kind: .notSupported, at: position)
            }
            guard count == 0 else {
                throw RuntimeError("a vector of \(element) with #undef entries (Vector{\(element)}(undef, n) for n > 0) is not supported yet; start from \(element)[] and push! the values", kind: .notSupported, at: position)
            }
            let list = ListBox([], isAny: element == "Any")
            if case .declared(let name) = kind { list.declaredElementType = name }
            return .list(list)
        }
    }

    /// LinearAlgebra's `Matrix{T}(I, m, n)`: ones on the diagonal, zeros elsewhere.
    private func identityMatrix(of element: String, _ dims: [Int], at position: SourcePosition) throws -> Value {
        guard case .numeric(let type)? = ArrayElementKind(element) else { throw elementRefusal(element, at: position) }
        let (m, n) = (dims[0], dims[1])
        guard m >= 0, n >= 0 else { throw RuntimeError("ArgumentError: invalid Array dimensions", kind: .argument, at: position) }
        try checkBudget(m.multipliedReportingOverflow(by: n))
        var scalars = [Double](repeating: 0, count: m * n)
        for k in 0..<Swift.min(m, n) { scalars[k * m + k] = 1 }
        return .array(ArrayBox(try Tensor(shape: [m, n], scalars: scalars), elementType: type))
    }

    /// An array-like argument's elements in column-major order and its shape, or nil
    /// for a value that is no AbstractArray.
    private func arraySource(_ value: Value) throws -> (items: [Value], shape: [Int], element: String)? {
        switch value {
        case .array(let box) where box.wrapper == .none || box.wrapper == .bitArray:
            let items = box.tensor.scalars.map { Value.number($0, as: box.elementType) }
            return (items, box.tensor.shape, box.elementType.juliaName)
        case .range:
            let items = try collectElements(value)
            return (items, [items.count], elementTypeName(of: value))
        case .list(let list) where list.slicesTypeName == nil:
            return (list.items, [list.items.count], elementTypeName(of: value))
        case .array, .tracked, .host:
            // Views, adjoints, Params and other arrays that are not Arrays: Julia copies
            // them too, which the notebook has not been taught to do for each.
            throw RuntimeError("converting \(typeName(value)) to an Array by calling an array type is not supported yet; write collect(x) or copy(x)", kind: .notSupported)
        default:
            return nil
        }
    }

    private func elementTypeName(of value: Value) -> String {
        let name = typeName(value)
        if let syntax = TypeSyntax(name, heads: .anything), let first = syntax.arguments.first { return first.text }
        return "Any"
    }

    /// `Array{T,N}(A)`: a new array of A's shape with each element converted to T, as
    /// `convert(T, x)` does (an inexact one is Julia's InexactError).
    private func convertedArray(_ source: (items: [Value], shape: [Int], element: String), to element: String?, at position: SourcePosition) throws -> Value {
        let target = element ?? source.element
        guard let kind = ArrayElementKind(target) else { throw elementRefusal(target, at: position) }
        switch kind {
        case .numeric(let type):
            let scalars = try source.items.map { try convertedScalar($0, to: type, at: position) }
            return .array(ArrayBox(try Tensor(shape: source.shape, scalars: scalars), elementType: type))
        case .any, .declared:
            guard source.shape.count == 1 else {
                throw RuntimeError("a \(source.shape.count)-dimensional array of \(target) is not supported; arrays of more than one dimension hold numbers", kind: .notSupported, at: position)
            }
            if case .declared(let name) = kind, let other = source.items.first(where: { typeName($0) != name }) {
                throw RuntimeError("converting a \(typeName(other)) to \(name) is not supported", kind: .notSupported, at: position)
            }
            let list = ListBox(source.items, isAny: kind.isAny)
            if case .declared(let name) = kind { list.declaredElementType = name }
            return .list(list)
        }
    }

    /// `convert(T, x)` of a number into an array of element type T.
    private func convertedScalar(_ value: Value, to type: ElementType, at position: SourcePosition) throws -> Double {
        let x: Double
        switch value {
        case .int(let n):
            try checkStorable(n)
            x = Double(n)
        case .float(let d): x = d
        case .float32(let f): x = Double(f)
        case .bool(let b): x = b ? 1 : 0
        default:
            guard isInstance(value, of: "Number") else {
                throw RuntimeError("MethodError: Cannot `convert` an object of type \(typeName(value)) to an object of type \(type.juliaName)", kind: .method, at: position)
            }
            throw RuntimeError("converting a \(typeName(value)) to \(type.juliaName) is not supported", kind: .notSupported, at: position)
        }
        switch type {
        case .float64: return x
        // convert(Float32, n) rounds the integer itself to the nearest Float32.
        case .float32: if case .int(let n) = value { return Double(Float(n)) } else { return Double(Float(x)) }
        case .int64 where x == x.rounded() && Swift.abs(x) < 9.2e18, .bool where x == 0 || x == 1: return x
        case .int64, .bool:
            throw RuntimeError("InexactError: \(type.juliaName)(\(show(value)))", kind: .inexact, at: position)
        }
    }

    private func elementRefusal(_ element: String, at position: SourcePosition) -> RuntimeError {
        RuntimeError("arrays of \(element) are not supported; the notebook's arrays hold Float64, Int64, Bool, or (vectors) Any, String, Char and Symbol", kind: .notSupported, at: position)
    }
}

private extension ArrayElementKind {
    var isAny: Bool {
        if case .any = self { return true }
        return false
    }
}
