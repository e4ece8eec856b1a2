/// Julia 1.10's answer for a reduction over an empty collection (base/reduce.jl), in
/// one place for `sum`, `prod`, `maximum`, `minimum`, `reduce`, `foldl`, `foldr`,
/// `mapreduce` and `extrema`:
///
/// - an iterator whose element type is unknown (a generator, `sum(x for x in v)`) is
///   refused first (`reduce_empty_iter(op, itr, ::EltypeUnknown)`: ArgumentError);
/// - `mapreduce_empty(f, op, T)` exists only for `identity`, `abs` and `abs2`, so any
///   other mapping is a MethodError, which Julia's errorshow words as "reducing over an
///   empty collection is not allowed; consider supplying `init` to the reducer";
/// - `reduce_empty(op, T)` is `zero(T)` for `+` (an Int for Bool), `one(T)` for `*`
///   (`""` for characters and strings), the ArgumentError "reducing with op over an empty
///   collection of element type Union{}" for both when there is no element type at all
///   (the empty tuple), and a MethodError for every other operator (`max`, `min`, ...).
enum EmptyReduction {
    /// The reducing operator, by the rule Julia has for it.
    enum Operator {
        /// `+`, and `sum`'s `add_sum`; `shown` is how Julia prints it in errors.
        case plus(shown: String)
        /// `*`, and `prod`'s `mul_prod`.
        case times(shown: String)
        /// `max` (`maximum`): no empty value, but `maximum(abs, Int[])` has one.
        case max
        /// `min`, `extrema`'s and any other operator: no empty value.
        case other

        /// `reduce(op, ...)`'s operator: `+` and `*` have empty values.
        static func of(_ function: Value) -> Operator {
            guard case .function(let f) = function, f.isBuiltin else { return .other }
            switch f.name {
            case "+": return .plus(shown: "+")
            case "*": return .times(shown: "*")
            case "max": return .max
            default: return .other
            }
        }
    }

    /// The function mapped over the elements first (`sum(f, v)`, `mapreduce(f, ...)`).
    enum Mapping {
        case identity, abs, abs2, other

        static func of(_ function: Value) -> Mapping {
            guard case .function(let f) = function, f.isBuiltin else { return .other }
            switch f.name {
            case "identity": return .identity
            case "abs": return .abs
            case "abs2": return .abs2
            default: return .other
            }
        }
    }

    /// What is known of the empty collection's elements.
    enum Elements {
        /// Julia's `eltype`, as it prints (`Int64`, `Any`, `Vector{Int64}`).
        case type(String)
        /// The empty tuple: `eltype(())` is `Union{}`.
        case none
        /// A generator: `IteratorEltype` is `EltypeUnknown`.
        case unknown

        /// The elements of an empty `collection` as Julia sees them.
        static func of(_ collection: Value) -> Elements {
            if case .tuple(let items) = collection, items.values.isEmpty { return .none }
            return juliaElementType(of: collection).map { .type($0) } ?? .unknown
        }
    }

    static let noInitMessage = "reducing over an empty collection is not allowed; consider supplying `init` to the reducer"

    private static func argumentError(_ message: String) -> RuntimeError { RuntimeError.argumentError(message) }

    /// The value of the reduction, or Julia's error for it.
    static func value(_ op: Operator, mapping: Mapping = .identity, over elements: Elements) throws -> Value {
        if case .unknown = elements {
            throw argumentError("reducing over an empty collection of unknown element type is not allowed.\nYou may be able to prevent this error by supplying an `init` value to the reducer.")
        }
        guard mapping != .other else { throw RuntimeError("MethodError: " + noInitMessage, kind: .method) }
        let type: String
        switch elements {
        case .type(let name): type = name
        case .none, .unknown:
            switch op {
            case .plus(let shown), .times(let shown):
                throw argumentError("reducing with \(shown) over an empty collection of element type Union{} is not allowed.\nYou may be able to prevent this error by supplying an `init` value to the reducer.")
            case .max, .other: throw RuntimeError("MethodError: " + noInitMessage, kind: .method)
            }
        }
        switch op {
        case .plus:
            switch type {
            case "Int64", "Bool": return .int(0)
            case "Float64": return .float(0)
            default: throw RuntimeError("MethodError: no method matching zero(::Type{\(type)})", kind: .method)
            }
        case .times:
            switch type {
            case "Int64": return .int(1)
            case "Float64": return .float(1)
            case "Bool" where mapping == .identity: return .bool(true)
            case "Char", "String" where mapping == .identity: return .string("")
            case "Bool", "Char", "String":
                throw RuntimeError("\(mapping) of an empty collection of \(type) is not supported", kind: .notSupported)
            default: throw RuntimeError("MethodError: no method matching one(::Type{\(type)})", kind: .method)
            }
        case .max, .other:
            // `mapreduce_empty(abs, max, T)` is abs(zero(T)): `maximum(abs, Int[])` is 0.
            if case .max = op, mapping == .abs || mapping == .abs2 {
                switch type {
                case "Int64", "Bool": return .int(0)
                case "Float64": return .float(0)
                default: break
                }
            }
            throw RuntimeError("MethodError: " + noInitMessage, kind: .method)
        }
    }
}

extension Runtime {
    /// Julia's answer for reducing argument `position` of `args` when it has no
    /// elements, or nil when it has some (the reduction then runs as usual).
    func emptyReduction(
        _ op: EmptyReduction.Operator, mapping: EmptyReduction.Mapping = .identity, _ args: Arguments, _ position: Int
    ) throws -> Value? {
        let collection = args[position]
        let isEmpty: Bool
        switch collection {
        case .array(let box): isEmpty = box.tensor.count == 0
        case .list(let list): isEmpty = list.items.isEmpty
        case .tuple(let items): isEmpty = items.values.isEmpty
        case .string(let s): isEmpty = s.isEmpty
        case .range(let r): isEmpty = r.count == 0
        case .dict(let d): isEmpty = d.count == 0
        case .host(let generator) where collection.isGenerator:
            // Julia does not know a generator's element type (its IteratorEltype is
            // EltypeUnknown), which decides what an empty reduction gives. One whose
            // length is not known is not probed (that would run its body an extra
            // time): the reduction runs, and `requireYielded` answers if it made nothing.
            guard generator.length == 0 else { return nil }
            return try EmptyReduction.value(op, mapping: mapping, over: .unknown)
        case .host(let object):
            guard object.length == 0 else { return nil }
            return try emptyWalkReduction(op, mapping: mapping, collection, args.function)
        default: isEmpty = false
        }
        guard isEmpty else { return nil }
        return try EmptyReduction.value(op, mapping: mapping, over: .of(collection))
    }

    /// Julia's answer for reducing a lazy iterator that yielded nothing: by its element
    /// type, which a filter, take, drop or Stateful has from its source
    /// (`reduce_empty_iter` with `HasEltype`), so `sum(Iterators.filter(p, Float64[...]))`
    /// is 0.0; a generator's is unknown. An iterator whose type is not known here is refused.
    func emptyWalkReduction(_ op: EmptyReduction.Operator, mapping: EmptyReduction.Mapping, _ collection: Value, _ function: String) throws -> Value {
        if collection.isGenerator { return try EmptyReduction.value(op, mapping: mapping, over: .unknown) }
        guard let type = juliaElementType(of: collection) else {
            throw RuntimeError(
                "\(function) of an empty \(typeName(collection)) is not supported (the notebook does not know its element type); collect it first",
                kind: .notSupported)
        }
        return try EmptyReduction.value(op, mapping: mapping, over: .type(type))
    }
}

extension EmptyReduction {
    /// After a reduction over `source` saw `count` elements: Julia's error for a
    /// generator that made none (its element type is unknown, whatever the operator),
    /// which `emptyReduction` leaves to be found this way rather than by running the
    /// generator's body twice.
    static func requireYielded(_ source: Value, count: Int) throws {
        guard count == 0, source.isGenerator else { return }
        _ = try value(.other, over: .unknown)
    }
}

extension Value {
    /// A `Base.Generator`: a generator expression, or `Iterators.map` (which makes one).
    var isGenerator: Bool {
        switch self {
        case .host(is GeneratorValue): return true
        case .host(let lazy as LazyIterator): if case .map = lazy.kind { return true } else { return false }
        default: return false
        }
    }

    /// Ranges reduce by range.jl's own methods (`maximum(1:0)` is "range must be
    /// non-empty"), not by the empty-collection rule.
    var isRange: Bool {
        if case .range = self { return true }
        return false
    }
}
