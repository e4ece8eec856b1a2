/// What `catch e` binds: the exception as an object of Julia's type (`ErrorException`,
/// `BoundsError`, ...), so `typeof(e)`, `e isa DomainError`, `e.msg` and `println(e)`
/// answer as Julia's do where the notebook knows the exception's fields.
///
/// `error("...")` and `@assert` carry the program's own message, so their `msg` and
/// their printed form (`ErrorException("...")`) are Julia's exactly; so are the
/// field-less `DivideError()` and `StackOverflowError()` and `UndefVarError(:x)`, and
/// those whose thrower wrote down Julia's form (`DomainError(-4.0, "...")`). Other
/// exceptions keep the notebook's message, not Julia's fields: they have no `msg`, and
/// printing them is refused (`checkPrintable`), since Julia would print their fields.
final class CaughtError: HostObject {
    let kind: RuntimeError.Kind
    let message: String
    let juliaForm: String?

    init(_ error: RuntimeError) {
        kind = error.kind
        message = error.message
        juliaForm = error.juliaForm
    }

    /// Whether `show` writes exactly what Julia's does.
    var showsAsJulia: Bool {
        if juliaForm != nil || julianMessage != nil { return true }
        switch kind {
        case .divide, .stackOverflow: return true
        case .undefinedVariable: return message.hasPrefix("undefined variable `")
        default: return false
        }
    }

    var juliaTypeName: String { kind.juliaName }

    /// The message Julia's exception holds, for the kinds whose message is the program's.
    private var julianMessage: String? {
        switch kind {
        case .error: return message
        case .assertion: return message.hasPrefix("AssertionError: ") ? String(message.dropFirst(16)) : message
        default: return nil
        }
    }

    func show() -> String {
        if let juliaForm { return juliaForm }
        if let julianMessage { return juliaTypeName + "(" + Language.show(.string(julianMessage)) + ")" }
        switch kind {
        case .divide, .stackOverflow: return juliaTypeName + "()"
        case .undefinedVariable:
            // The notebook's message names the variable between backquotes.
            let parts = message.split(separator: "`")
            if message.hasPrefix("undefined variable `"), parts.count >= 2 { return "UndefVarError(:\(parts[1]))" }
            return message
        default: return message
        }
    }

    func property(_ name: String) -> Value? {
        guard name == "msg", let julianMessage else { return nil }
        return .string(julianMessage)
    }

    var propertyNames: [String] { julianMessage == nil ? [] : ["msg"] }
}

/// Julia's exception types, as values for `isa` and `==` (`e isa BoundsError`).
let exceptionTypeNames: [String] = RuntimeError.Kind.allCases.filter(\.isCatchable).map(\.juliaName).filter { $0 != "Any" }

extension Runtime {
    /// Printing a caught exception whose Julia form the notebook does not know is refused
    /// rather than printed in other words (Julia prints the exception's fields).
    /// So is a value that holds a generator (a lazy iterator over one, a tuple of one)
    /// or an `Iterators.Stateful`, which Julia prints as its struct with the type of its
    /// iteration state (`Stateful{UnitRange{Int64}, Union{Nothing, Tuple{Int64, Int64}},
    /// Int64}(1:5, (1, 1), 5)`), not reproduced here.
    func checkPrintable(_ values: [Value]) throws {
        for value in values {
            if let refusal = printRefusal(value, depth: 0) { throw RuntimeError(refusal, kind: .notSupported) }
        }
    }

    /// The REPL view (`display`) of a value whose multi-line form is not reproduced is
    /// refused, though `println` writes it: a CartesianIndices is a matrix of
    /// CartesianIndex there, laid out as Julia's print_matrix lays out any objects.
    func checkDisplayable(_ value: Value) throws {
        if case .host(let factorization as any FactorizationObject) = value, let refusal = factorization.displayRefusal {
            throw RuntimeError(refusal, kind: .notSupported)
        }
        if case .function(let f) = value, f.name.hasPrefix("#"), f.composition == nil {
            // Julia names it by a counter of the whole session (`#3`), which the notebook does not keep.
            throw RuntimeError("the REPL view of an anonymous function (Julia numbers it by a counter of its session) is not supported", kind: .notSupported)
        }
        if case .function(let f) = value, f.juliaType == nil, f.composition == nil, f.broadcastOperator == nil,
           f.fixedSecond == nil, f.structType == nil,
           f.methods.contains(where: { if case .builtin = $0 { true } else { false } }) {
            // Julia's line counts the methods of its own function (`sin (generic function
            // with 14 methods)`), which depend on its build and what is loaded.
            throw RuntimeError("the REPL view of Julia's function `\(f.name)` (its count of methods) is not supported; println(\(f.name)) writes its name", kind: .notSupported)
        }
        if case .host(let indices as CartesianIndicesValue) = value {
            throw RuntimeError("the REPL view of \(indices.juliaTypeName) (an array of CartesianIndex) is not supported; println(C) writes it, a loop over it gives each CartesianIndex", kind: .notSupported)
        }
        // A container's view shows its elements in their compact one-line form, which for
        // a factorisation (its fields, arrays in compact form) is not reproduced.
        if let refusal = nestedFactorizationRefusal(value, depth: 0, compact: true) { throw RuntimeError(refusal, kind: .notSupported) }
    }

    /// The print refusal of a factorisation inside a container (a vector, tuple, pair,
    /// named tuple, dictionary or struct), whose one-line form the container would show;
    /// `compact` (a REPL view's) refuses every factorisation found.
    private func nestedFactorizationRefusal(_ value: Value, depth: Int, compact: Bool = false) -> String? {
        guard depth < 8 else { return nil }
        func inner(_ values: some Sequence<Value>) -> String? {
            for v in values {
                if case .host(let factorization as any FactorizationObject) = v {
                    if let refusal = factorization.printRefusal { return refusal }
                    if compact {
                        return "the REPL view of a container holding a \(factorization.juliaTypeName) is not supported (Julia shows it in compact form); println writes it, and display(F) shows F itself"
                    }
                }
                if let refusal = nestedFactorizationRefusal(v, depth: depth + 1, compact: compact) { return refusal }
            }
            return nil
        }
        switch value {
        case .list(let box): return inner(box.items)
        case .tuple(let items): return inner(items.values)
        case .namedTuple(_, let items): return inner(items.values)
        case .pair(let p): return inner([p.key, p.value])
        case .dict(let box): return inner(box.keys.flatMap { key in [key.value] + (box[key].map { [$0] } ?? []) })
        case .host(let instance as StructInstance): return inner(instance.fields)
        default: return nil
        }
    }

    private func printRefusal(_ value: Value, depth: Int) -> String? {
        guard depth < 8 else { return nil }
        switch value {
        case .host(let generator as GeneratorValue): return generatorShowRefusal(generator)
        case .function(let f) where f.name.hasPrefix("#") && f.composition == nil:
            return "printing an anonymous function as Julia does (`#3`, numbered by a counter of its session) is not supported"
        case .host(let caught as CaughtError) where !caught.showsAsJulia:
            return "printing a caught \(caught.juliaTypeName) as Julia does (its fields) is not supported; test what it is with `e isa \(caught.juliaTypeName)`"
        case .host(let factorization as any FactorizationObject): return factorization.printRefusal
        case .host(is StatefulIterator):
            return "printing an Iterators.Stateful as Julia does (its fields, with the type of its iteration state) is not supported; collect(s) gives the elements left"
        case .host(let lazy as LazyIterator):
            return lazy.kind.sources.lazy.compactMap { self.printRefusal($0, depth: depth + 1) }.first
        case .tuple(let items):
            return items.values.lazy.compactMap { self.printRefusal($0, depth: depth + 1) }.first
        default: return nestedFactorizationRefusal(value, depth: depth)
        }
    }
}

/// Julia prints a generator as its struct, named after its anonymous function's type
/// (`Base.Generator{UnitRange{Int64}, var"#3#4"}(var"#3#4"(), 1:3)`), whose numbers come
/// from the session's counters: the notebook cannot print that, and does not guess.
func generatorShowRefusal(_ generator: GeneratorValue) -> String {
    "printing a generator as Julia does (\(generator.juliaTypeName), named after its anonymous function) is not supported; collect(g) gives its elements"
}
