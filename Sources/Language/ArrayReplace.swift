import Engine

/// `replace(A, old => new, ...; count)` and `replace(f, A; count)` of a numeric array
/// (base/set.jl): a new array of A's shape in which each element equal (`isequal`) to
/// an `old` becomes its `new`, or becomes `f(x)`. With pairs, the element type is A's
/// promoted with the new values' (`replace([1, 2], 1 => 0.5)` is a Vector{Float64});
/// with a function it stays A's, as `similar(A)` keeps it, so a value that does not fit
/// is Julia's InexactError. `count` caps the replacements, counted in A's order: with
/// a function only those where `f(x) !== x`, and f is no longer called after the last.
extension Runtime {
    func replacedInArray(_ args: inout Arguments) throws -> Value? {
        let usesFunction: Bool
        switch (args[0], args.count > 1 ? args[1] : .nothing) {
        case (.array, _): usesFunction = false
        case (.function, .array) where args.count == 2: usesFunction = true
        default: return nil
        }
        guard case .array(let box) = args[usesFunction ? 1 : 0], box.wrapper == .none || box.wrapper == .bitArray else {
            if case .array = args[usesFunction ? 1 : 0] {
                throw RuntimeError("replace of a \(describeType(args[usesFunction ? 1 : 0])) is not supported; collect it first", kind: .notSupported)
            }
            return nil
        }
        let limit = try replacementLimit(args.keyword("count"))
        var elementType = box.elementType
        var rules: [(old: Value, new: Value)] = []
        if !usesFunction {
            for rule in args.values.dropFirst() {
                guard case .pair(let pair) = rule else {
                    throw RuntimeError("MethodError: no method matching replace(\(args.values.map { "::" + typeName($0) }.joined(separator: ", ")))", kind: .method)
                }
                guard let type = numberElementType(pair.value) else {
                    throw RuntimeError("replace with a \(typeName(pair.value)) for elements of a \(describeType(args[0])) is not supported (the result would hold mixed types)", kind: .notSupported)
                }
                elementType = Swift.max(elementType, type)
                rules.append((pair.key, pair.value))
            }
        }
        let elements = (0..<box.tensor.count).map(box.element(at:))
        var replaced = 0
        var results: [Value] = []
        results.reserveCapacity(elements.count)
        for x in elements {
            guard replaced < limit else { results.append(x); continue }
            let y: Value
            if usesFunction {
                y = try call(args[0], [x], [:], at: nowhere)
                if !identical(y, x) { replaced += 1 }
            } else if let rule = try rules.first(where: { try isEqual($0.old, x) }) {
                y = rule.new
                replaced += 1
            } else {
                y = x
            }
            results.append(y)
        }
        let scalars = try storedScalars(results, elementType, "replace")
        return .array(ArrayBox(try Tensor(shape: box.tensor.shape, scalars: scalars), elementType: elementType,
                               wrapper: elementType == .bool ? box.wrapper : .none))
    }

    /// Julia's `check_count`: no keyword is no limit; a negative count is a DomainError.
    private func replacementLimit(_ count: Value?) throws -> Int {
        guard let count else { return Int.max }
        guard case .int(let n) = count else {
            throw RuntimeError("replace: count must be an integer, got \(describeType(count))", kind: .type)
        }
        guard n >= 0 else { throw RuntimeError("DomainError with \(n): `count` must not be negative (got \(n))", kind: .domain) }
        return n
    }

    private func numberElementType(_ value: Value) -> ElementType? {
        switch value {
        case .bool: .bool
        case .int: .int64
        case .float: .float64
        default: nil
        }
    }
}
