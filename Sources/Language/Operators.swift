import Engine
import JuliaMath
import RealModule

/// The arithmetic, comparison and broadcasting operators on values.
///
/// Numbers follow Julia: `Int` arithmetic stays `Int` (and overflow is an error here,
/// where Julia would wrap), `/` always gives a float, `^` of two integers is an
/// integer. Arrays go through the engine's differentiable `Var` operations, so the
/// same code computes plain values and, inside `grad`, records the tape.
/// How deep `==` follows containers inside containers before it gives up.
let deepestComparison = 10_000

extension Runtime {
    /// Any binary operator on evaluated operands, including those that call functions
    /// (`x |> f`, `x .|> f`), make them (`f ∘ g`) or ask about types (`x isa T`).
    func applyOperator(_ op: Operator, _ a: Value, _ b: Value, dotted: Bool, at position: SourcePosition) throws -> Value {
        switch op {
        case .pipe: return dotted ? try broadcastCall(b, [a], [:], at: position) : try call(b, [a], [:], at: position)
        case .compose: return try compose(a, b)
        case .isa: return .bool(try isa(a, b))
        case .subtype: return .bool(try subtypeTest(a, b))
        case .supertype: return .bool(try subtypeTest(b, a))
        case _ where op.callsItsFunction:
            guard let function = Library.standard.functions[op.spelling] else { throw RuntimeError("`\(op.spelling)` has no function", kind: .method) }
            return try call(.function(function), [a, b], [:], at: position)
        default: return try binaryOperation(op, a, b, dotted: dotted)
        }
    }

    /// `f ∘ g`, the function that calls g, then f on its result.
    fileprivate func compose(_ f: Value, _ g: Value) throws -> Value {
        guard case .function(let outer) = f, case .function(let inner) = g else {
            let part = { if case .function = f { return g } else { return f } }()
            throw RuntimeError("`∘` composes functions, got \(describeType(part))", kind: .method)
        }
        let name = shownComposition(outer, inner)
        var builtin = Builtin(name: name, help: name, arity: 0...Int.max, elementwise: false) { interp, args in
            let inner = try interp.call(g, args.values, args.keywords, at: interp.nowhere)
            args.keywords = [:]
            return try interp.call(f, [inner], [:], at: interp.nowhere)
        }
        builtin.keywords = .forwarded
        // `read ∘ (x -> "/etc/passwd")` made by a course stays the course's code.
        builtin.confinement = settings.confinement
        let composed = FunctionValue(name: name, methods: [.builtin(builtin)])
        composed.composition = (outer, inner)
        return .function(composed)
    }

    /// How Julia shows `outer ∘ inner` (base/operators.jl): `!f` when the outer function
    /// is `!`; otherwise each side as itself, but an operator in parentheses (`(+) ∘
    /// abs`), and so a composition on the inner side, unless it is a negation; an outer
    /// composition chains without them (`f ∘ g ∘ h`).
    fileprivate func shownComposition(_ outer: FunctionValue, _ inner: FunctionValue) -> String {
        func part(_ f: FunctionValue) -> String {
            let text = show(.function(f))
            if let composition = f.composition { return composition.outer.name == "!" ? text : "(" + text + ")" }
            return Operator.allCases.contains(where: { $0.spelling == f.name }) ? "(" + text + ")" : text
        }
        if outer.name == "!", outer.composition == nil { return "!" + part(inner) }
        return (outer.composition != nil ? show(.function(outer)) : part(outer)) + " ∘ " + part(inner)
    }

    /// `!f` of a function: Julia's `(!) ∘ f`, and `!` of that is f again (base/operators.jl).
    fileprivate func negated(_ f: FunctionValue) throws -> Value {
        if let composition = f.composition, composition.outer.name == "!" { return .function(composition.inner) }
        guard let not = Library.standard.functions["!"] else { throw RuntimeError("`!` has no function", kind: .method) }
        return try compose(.function(not), .function(f))
    }

    /// `A'` (or `transpose(A)` when `adjoint` is false): Julia's Adjoint (Transpose) of A,
    /// a box that shares A's memory (ArrayBox.swift), so each sees the other's writes; of
    /// a vector or range it is a 1×n row. Transposing one of them again gives A itself,
    /// as Julia's `adjoint(A::Adjoint) = A.parent` does (and, the elements being real,
    /// `transpose` of an Adjoint and `adjoint` of a Transpose).
    func transpose(_ value: Value, adjoint: Bool = true) throws -> Value {
        if let array = try numericHostValue(value) { return try transpose(array, adjoint: adjoint) }
        // Q' of a QR factorisation is LinearAlgebra's AdjointQ (transpose too: Q is real).
        if case .host(let q as OrthogonalFactorValue) = value { return .host(q.adjoint()) }
        func wrapper(of value: Value, rank: Int) -> ArrayWrapper {
            adjoint ? .adjoint(of: typeName(value), ofVector: rank == 1) : .transpose(of: typeName(value), ofVector: rank == 1)
        }
        switch value {
        case .int, .float, .bool: return value
        case .array(let box):
            if case let (parent, .transposed)? = box.parent {
                if let range = parent.standsFor { return .range(range) }
                return .array(parent)
            }
            switch box.wrapper {
            case .reshapedRange, .view:
                // Julia names it `adjoint(reshape(::UnitRange{Int64}, 2, 3))`, nesting the summaries.
                throw RuntimeError("the adjoint or transpose of a reshaped range or a view is not supported; collect it first: collect(x)'", kind: .notSupported)
            default: break
            }
            guard box.tensor.rank == 1 || box.tensor.rank == 2 else {
                // Julia defines adjoint and transpose only for vectors and matrices.
                throw RuntimeError("MethodError: no method matching \(adjoint ? "adjoint" : "transpose")(::\(typeName(value)))", kind: .method)
            }
            return .array(try ArrayBox(sharing: .transposed, of: box, wrapper: wrapper(of: value, rank: box.tensor.rank)))
        case .tracked(let v) where v.value.rank == 1:
            // Julia's v' is an Adjoint row whose product with a vector is a number; a
            // tracked value carries no wrapper yet, and a plain 1×n matrix would make
            // v' * w a 1-element vector: a different answer, so say so instead.
            throw RuntimeError(
                "the adjoint of a vector inside grad is not supported yet; write dot(v, w) or sum(v .* w) for a dot product, or reshape(v, 1, length(v)) for a row",
                kind: .notSupported)
        case .tracked(let v): return .tracked(try v.transposed())
        case .range(let r):
            try checkBudget(r.count)
            let parent = ArrayBox(standingFor: r, Tensor(vector: try r.storableDoubles()))
            return .array(try ArrayBox(sharing: .transposed, of: parent, wrapper: wrapper(of: value, rank: 1)))
        default: break
        }
        if case .list = value {
            // Julia's adjoint of a vector of complex numbers (or of arrays) conjugates each.
            throw RuntimeError("the adjoint or transpose of a \(describeType(value)) is not supported", kind: .notSupported)
        }
        throw RuntimeError("cannot transpose \(describeType(value))", kind: .method)
    }

    /// The row `w'` (or `transpose(w)`) of a new vector w holding `elements`: what Julia's
    /// `v' * A` and `copy(v')` make.
    func row(of elements: Tensor, _ type: ElementType, like row: ArrayWrapper) throws -> Value {
        let vector = ArrayBox(try elements.reshaped([elements.count]), elementType: type)
        let parent = "Vector{\(type.juliaName)}"
        let wrapper: ArrayWrapper = if case .transpose = row { .transpose(of: parent, ofVector: true) } else { .adjoint(of: parent, ofVector: true) }
        return .array(try ArrayBox(sharing: .transposed, of: vector, wrapper: wrapper))
    }

    func isa(_ value: Value, _ type: Value) throws -> Bool {
        if case .type(let t) = type { return try isa(value, type: t) }
        if case .function(let f) = type, let structType = f.structType { return structType.hasInstance(value) }
        guard case .function(let f) = type, let matches = typePredicates[f.name] else {
            throw RuntimeError("the right side of `isa` must be a type name such as Number or String", kind: .argument)
        }
        // The type tree of Dispatch.swift answers for values the predicates do not know (π isa Real).
        return matches(value) || supertypes(of: typeName(value)).contains(f.name)
    }

    fileprivate var typePredicates: [String: (Value) -> Bool] {
        [
            "Int": { if case .int = $0 { return true } else { return false } },
            "Int64": { if case .int = $0 { return true } else { return false } },
            "Integer": { if case .int = $0 { return true } else { if case .bool = $0 { return true }; return false } },
            "Float64": { if case .float = $0 { return true } else { return false } },
            "Float32": { $0.isFloat32 },
            "AbstractFloat": { if case .float = $0 { return true } else { return $0.isFloat32 } },
            "Number": { if case .complex = $0 { return true }; return $0.isNumber || $0.isFloat32 },
            "Real": { $0.isNumber || $0.isFloat32 },
            "String": { if case .string = $0 { return true } else { return false } },
            "Bool": { if case .bool = $0 { return true } else { return false } },
            "Symbol": { if case .symbol = $0 { return true } else { return false } },
            "AbstractArray": { if case .list = $0 { return true }; return $0.isArrayLike },
            "Function": { if case .function(let f) = $0 { return f.juliaType == nil } else { return false } },
            "Dict": { if case .dict = $0 { return true } else { return false } },
            "Set": { if case .host(let object) = $0 { return object is SetValue } else { return false } },
            "Tuple": { if case .tuple = $0 { return true } else { return false } },
            "Any": { _ in true },
            "Param": { if case .host(let object) = $0 { return object is Param } else { return false } },
        ]
    }

}

extension Runtime {
    /// `a op b`, or `a .op b` when `dotted`: the arithmetic, logic and comparison
    /// operators on values. (`|>`, `∘` and `isa` need the evaluator: see `applyOperator`.)
    func binaryOperation(_ op: Operator, _ a: Value, _ b: Value, dotted: Bool = false) throws -> Value {
        if let result = try float32Operation(op, a, b) { return result }
        if let result = try float32ArrayOperation(op, a, b, dotted: dotted) { return result }
        if let result = try floatArrayArithmetic(op, a, b, dotted: dotted) { return result }
        if let result = try uniformScalingOperation(op, a, b, dotted: dotted) { return result }
        if !dotted, case .host = a, let answer = try structOperation(op, a, b) { return answer }
        if !dotted, case .host = b, let answer = try structOperation(op, a, b) { return answer }
        if let result = try rationalOperation(op, a, b, dotted: dotted) { return result }
        // Range arithmetic Julia keeps as a range (RangeArithmetic.swift).
        if let range = try RangeValue.arithmetic(op, a, b, dotted: dotted) { return .range(range) }
        switch op {
        case .identical, .notIdentical, .pair, .equal, .notEqual, .in, .notIn: break
        default:
            // A host that answers for itself comes first (an Irrational orders by its
            // exact value, not its Float64); then a Param is its array in arithmetic
            // (recorded inside @diff).
            if case .host(let object) = a, let answer = try object.operation(op, dotted: dotted, with: b, selfOnLeft: true) { return answer }
            if case .host(let object) = b, let answer = try object.operation(op, dotted: dotted, with: a, selfOnLeft: false) { return answer }
            if case .host = a, let x = try numericHostValue(a) { return try binaryOperation(op, x, b, dotted: dotted) }
            if case .host = b, let y = try numericHostValue(b) { return try binaryOperation(op, a, y, dotted: dotted) }
        }
        if !dotted, op == .equal || op == .notEqual, a.asOneToRange != nil || b.asOneToRange != nil {
            // `Base.OneTo(n)` and a vector's `LinearIndices` are arrays of 1...n in Julia,
            // equal to any array or range of the same elements (`axes(A, 1) == 1:3`).
            return try binaryOperation(op, a.asOneToRange ?? a, b.asOneToRange ?? b)
        }
        if trackedNumber(a) != nil || trackedNumber(b) != nil, op.isComparison {
            // Comparing a tracked loss with a number compares values; it records nothing.
            return try binaryOperation(op, trackedNumber(a) ?? a, trackedNumber(b) ?? b, dotted: dotted)
        }
        switch op {
        case .identical: return .bool(identical(a, b))
        case .notIdentical: return .bool(!identical(a, b))
        case .in where !dotted: return .bool(try contains(b, a))
        case .notIn where !dotted: return .bool(!(try contains(b, a)))
        case .approx where !dotted: return .bool(try approximatelyEqual(a, b))
        case .notApprox where !dotted: return .bool(!(try approximatelyEqual(a, b)))
        case .pair: return .pair(a, b)
        default: break
        }
        if case .host(let object) = a, let answer = try object.operation(op, dotted: dotted, with: b, selfOnLeft: true) { return answer }
        if case .host(let object) = b, let answer = try object.operation(op, dotted: dotted, with: a, selfOnLeft: false) { return answer }
        switch (a, b) {
        case (.int(let x), .int(let y)): return try integerOperation(op, x, y)
        case (.bool(let x), .bool(let y)):
            switch op {
            case .bitAnd, .times: return .bool(x && y)
            case .bitOr: return .bool(x || y)
            case .xor, .notEqual: return .bool(x != y)
            case .equal: return .bool(x == y)
            default: break
            }
        default: break
        }
        if let x = scalarDouble(a), let y = scalarDouble(b) {
            if let ta = ElementType.of(a), let tb = ElementType.of(b), ta.isInteger && tb.isInteger {
                // Bools compute as integers; the result is a Bool where Julia's is (`true * true`, `true & false`).
                let result = try integerOperation(op, integerValue(a), integerValue(b))
                if case .int(let n) = result, ElementType.result(of: op, ta, tb) == .bool { return .bool(n != 0) }
                return result
            }
            // Julia's Bool + float is ifelse(b, 1 + y, y), so `false + -0.0` stays -0.0 (base/bool.jl).
            if op == .plus, case .bool(let one) = a { return .float(one ? 1 + y : y) }
            if op == .plus, case .bool(let one) = b { return .float(one ? 1 + x : x) }
            if op == .times, case .bool(let keep) = a { return .float(keep ? y : Double(signOf: y, magnitudeOf: 0)) }
            if op == .times, case .bool(let keep) = b { return .float(keep ? x : Double(signOf: x, magnitudeOf: 0)) }
            return try floatOperation(op, x, y)
        }
        if let result = try textOperation(op, a, b) { return result }
        if let result = try complexOperation(op, a, b) { return result }
        if !dotted && (op == .equal || op == .notEqual) {
            let equal = isNumericArray(a) && isNumericArray(b) ? try arrayEquals(a, b) : try valuesEqual(a, b)
            return .bool((op == .equal) == equal)
        }
        return try arrayOperation(op, a, b, dotted: dotted)
    }

    /// The arithmetic of a training loop's arrays, straight to the engine: `+` and `-`
    /// between Float64 arrays or tracked values of one shape, `.+ .- .* ./` between them or
    /// with a Float64 number, and `*` between matrices and vectors. Each computes what the
    /// general path below computes for these operands (the checks it would pass through
    /// do not apply to them: no host object, rational, string or complex number takes
    /// part, and the operator is not a comparison), by the same `Var` operations, and
    /// hands every error case (shapes that do not fit, a vector times a vector) to it.
    /// Nil when the operands or the operator are any other.
    private func floatArrayArithmetic(_ op: Operator, _ a: Value, _ b: Value, dotted: Bool) throws -> Value? {
        func float(_ v: Value) -> Var? {
            switch v {
            case .tracked(let t): return t
            case .array(let box) where box.elementType == .float64 && box.wrapper == .none: return Var(box.tensor)
            case .float(let x) where dotted: return Var(x)
            default: return nil
            }
        }
        // Two numbers are not arrays: floatOperation computes them.
        if case .float = a, case .float = b { return nil }
        guard let x = float(a), let y = float(b) else { return nil }
        if dotted {
            guard op == .plus || op == .minus || op == .times || op == .divide else { return nil }
            // One shape, or a number stretched over an array: the result is an operand's size.
            guard x.shape == y.shape || x.value.rank == 0 || y.value.rank == 0 else { return nil }
            try checkBudget(Swift.max(x.value.count, y.value.count))
            switch op {
            case .plus: return try wrap(x + y)
            case .minus: return try wrap(x - y)
            case .times: return try wrap(x .* y)
            default: return try wrap(x / y)
            }
        }
        switch op {
        case .plus, .minus:
            guard x.shape == y.shape else { return nil }
            return try wrap(op == .plus ? x + y : x - y)
        case .times:
            let (xr, yr) = (x.value.rank, y.value.rank)
            guard xr >= 1, xr <= 2, yr >= 1, yr <= 2, xr == 2 || yr == 2, x.value.size(1) == y.value.size(0) else { return nil }
            try checkBudget(x.value.size(0).multipliedReportingOverflow(by: y.value.size(1)))
            return try wrap(x * y)
        default:
            return nil
        }
    }

    /// Julia's `===`: the same object for arrays, lists, dictionaries and functions;
    /// for everything else the same type and the same contents (so `1 === 1.0` is false).
    func identical(_ a: Value, _ b: Value) -> Bool {
        Language.identical(a, b)
    }
}

/// Julia's `===` (see `Runtime.identical`); a free function, so that a struct's
/// values can compare their fields with it (StructInstance.swift).
func identical(_ a: Value, _ b: Value) -> Bool {
    switch (a, b) {
    case (.array(let x), .array(let y)): return x === y
    case (.list(let x), .list(let y)): return x === y
    case (.dict(let x), .dict(let y)): return x === y
    case (.function(let x), .function(let y)): return x === y
    case (.type(let x), .type(let y)): return x == y
    // A Set (a Dict's key set) is an immutable struct around a Dict: `===` asks whether
    // they wrap the same Dict, where `==` compares elements.
    case (.host(let x as SetValue), .host(let y as SetValue)): return x.table === y.table
    case (.host(let x as DictView), .host(let y as DictView)): return x.part == y.part && x.dictionary === y.dictionary
    case (.host(let x as UniformScalingValue), .host(let y as UniformScalingValue)): return identical(x.lambda, y.lambda)
    case (.host(let x), .host(let y)): return x.isEqual(to: y)
    case (.tracked(let x), .tracked(let y)): return x.tape === y.tape && x.shape == y.shape && x.value.scalars == y.value.scalars
    case (.int(let x), .int(let y)): return x == y
    case (.bool(let x), .bool(let y)): return x == y
    case (.float(let x), .float(let y)): return x.bitPattern == y.bitPattern || (x.isNaN && y.isNaN)
    case (.float32(let x), .float32(let y)): return x.bitPattern == y.bitPattern || (x.isNaN && y.isNaN)
    case (.complex(let p, let q, let t), .complex(let r, let s, let u)):
        return t == u && identical(.float(p), .float(r)) && identical(.float(q), .float(s))
    case (.tuple(let x), .tuple(let y)): return x.count == y.count && zip(x, y).allSatisfy { identical($0, $1) }
    case (.namedTuple(let n, let x), .namedTuple(let m, let y)):
        return n == m && zip(x, y).allSatisfy { identical($0, $1) }
    case (.pair(let p), .pair(let q)): return identical(p.key, q.key) && identical(p.value, q.value)
    case (.nothing, .nothing): return true
    case (.string(let x), .string(let y)): return juliaEqual(x, y)
    case (.char(let x), .char(let y)): return juliaEqual(x, y)
    case (.symbol(let x), .symbol(let y)): return x == y
    case (.range(let x), .range(let y)): return x == y
    case (.plot(let x), .plot(let y)): return x == y
    default: return false
    }
}

extension Runtime {
    // MARK: Scalars

    /// The plain number inside a one-element tracked value.
    private func trackedNumber(_ v: Value) -> Value? {
        if case .tracked(let t) = v, t.value.count == 1 { return .float(t.value.scalars[0]) }
        return nil
    }

    private func isInteger(_ v: Value) -> Bool {
        switch v {
        case .int, .bool: return true
        default: return false
        }
    }

    private func integerValue(_ v: Value) -> Int {
        switch v {
        case .int(let n): return n
        case .bool(let b): return b ? 1 : 0
        default: return 0
        }
    }

    func scalarDouble(_ v: Value) -> Double? {
        switch v {
        case .int(let n): return Double(n)
        case .float(let x): return x
        case .bool(let b): return b ? 1 : 0
        default: return nil
        }
    }

    func integerOperation(_ op: Operator, _ x: Int, _ y: Int) throws -> Value {
        func checked(_ r: (partialValue: Int, overflow: Bool)) throws -> Value {
            guard !r.overflow else {
                throw RuntimeError("integer overflow in \(x) \(op.spelling) \(y); use floats (e.g. \(x).0) for large values", kind: .notSupported)
            }
            return .int(r.partialValue)
        }
        switch op {
        case .plus: return try checked(x.addingReportingOverflow(y))
        case .minus: return try checked(x.subtractingReportingOverflow(y))
        case .times: return try checked(x.multipliedReportingOverflow(by: y))
        case .divide: return .float(Double(x) / Double(y))
        case .leftDivide: return .float(Double(y) / Double(x))
        case .integerDivide:
            guard y != 0 else { throw RuntimeError("integer division by zero (DivideError)", kind: .divide) }
            // Julia's checked_sdiv_int: typemin ÷ -1 is a DivideError too (src/intrinsics.cpp).
            guard !(x == Int.min && y == -1) else { throw RuntimeError("integer division error: \(x) ÷ -1 (DivideError)", kind: .divide) }
            return try checked(x.dividedReportingOverflow(by: y))
        case .remainder:
            guard y != 0 else { throw RuntimeError("integer remainder by zero (DivideError)", kind: .divide) }
            // Julia's checked_srem_int gives 0 for any x % -1, typemin included.
            if y == -1 { return .int(0) }
            return try checked(x.remainderReportingOverflow(dividingBy: y))
        case .power:
            // Julia's power_by_squaring: 1 and -1 to a negative power are ±1, any other integer an error.
            if y < 0 && (x == 1 || x == -1) { return .int(x == 1 || y % 2 == 0 ? 1 : -1) }
            guard y >= 0 else {
                throw RuntimeError("DomainError with \(y): cannot raise the integer \(x) to the negative power \(y); write \(x).0^\(y) for a float", kind: .domain)
            }
            return try integerPower(x, y)
        case .bitAnd: return .int(x & y)
        case .bitOr: return .int(x | y)
        case .xor: return .int(x ^ y)
        // Julia shifts by any amount: past the width gives 0 (or -1), a negative count shifts the other way.
        case .shiftLeft: return .int(y >= 0 ? (y >= 64 ? 0 : x << y) : (y <= -64 ? (x < 0 ? -1 : 0) : x >> -y))
        case .shiftRight: return .int(y >= 0 ? (y >= 64 ? (x < 0 ? -1 : 0) : x >> y) : (y <= -64 ? 0 : x << -y))
        case .unsignedShiftRight:
            let bits = UInt(bitPattern: x)
            return .int(Int(bitPattern: y >= 0 ? (y >= 64 ? 0 : bits >> UInt(y)) : (y <= -64 ? 0 : bits << UInt(-y))))
        default: return .bool(try compare(op, Double(x), Double(y), exact: x == y, less: x < y))
        }
    }

    private func integerPower(_ base: Int, _ exponent: Int) throws -> Value {
        var result = 1
        var b = base
        var e = exponent
        while e > 0 {
            if e & 1 == 1 {
                let (r, o) = result.multipliedReportingOverflow(by: b)
                guard !o else { throw RuntimeError("integer overflow in \(base)^\(exponent); write \(base).0^\(exponent) for a float", kind: .notSupported) }
                result = r
            }
            e >>= 1
            if e > 0 {
                let (s, o) = b.multipliedReportingOverflow(by: b)
                guard !o else { throw RuntimeError("integer overflow in \(base)^\(exponent); write \(base).0^\(exponent) for a float", kind: .notSupported) }
                b = s
            }
        }
        return .int(result)
    }

    func floatOperation(_ op: Operator, _ x: Double, _ y: Double) throws -> Value {
        switch op {
        case .plus: return .float(x + y)
        case .minus: return .float(x - y)
        case .times: return .float(x * y)
        case .divide: return .float(x / y)
        case .leftDivide: return .float(y / x)
        case .integerDivide: return .float(juliaFloatDivision(x, y, .towardZero))
        case .remainder: return .float(x.truncatingRemainder(dividingBy: y))
        case .bitAnd, .bitOr, .xor, .shiftLeft, .shiftRight, .unsignedShiftRight:
            throw RuntimeError("`\(op.spelling)` works on integers and Bools, not on Float64 (MethodError)", kind: .method)
        case .power:
            if x < 0 && y != y.rounded() {
                throw RuntimeError("\(formatFloat(x))^\(formatFloat(y)) has no real value (DomainError); use a complex number", kind: .domain)
            }
            return .float(elementPower(x, y))
        default: return .bool(try compare(op, x, y, exact: x == y, less: x < y))
        }
    }

    private func compare(_ op: Operator, _ x: Double, _ y: Double, exact: Bool, less: Bool) throws -> Bool {
        switch op {
        case .equal: return exact
        case .notEqual: return !exact
        case .less: return less
        case .greater: return !less && !exact && !(x.isNaN || y.isNaN)
        case .lessEqual: return less || exact
        case .greaterEqual: return !less && !(x.isNaN || y.isNaN)
        case .approx, .notApprox:
            return (op == .approx) == (x == y || Swift.abs(x - y) <= 1.4901161193847656e-8 * Swift.max(Swift.abs(x), Swift.abs(y)))
        default: throw RuntimeError("the operator `\(op.spelling)` does not apply to numbers", kind: .method)
        }
    }

    // MARK: Strings, symbols, characters

    private func textOperation(_ op: Operator, _ a: Value, _ b: Value) throws -> Value? {
        switch (a, b) {
        case (.string(let x), .string(let y)) where op == .times:
            try checkTextBudget(x.utf8.count + y.utf8.count)
            return .string(x + y)
        case (.string(let x), .string(let y)): return ordering(op, JuliaString(x), JuliaString(y))
        case (.string(let x), .char(let c)) where op == .times: return .string(x + String(c))
        case (.char(let c), .string(let x)) where op == .times: return .string(String(c) + x)
        case (.char(let c), .char(let d)) where op == .times: return .string(String(c) + String(d))
        case (.string(let x), .int(let n)) where op == .power:
            guard n >= 0 else { throw RuntimeError("cannot repeat a string a negative number of times", kind: .argument) }
            try checkTextBudget(x.utf8.count.multipliedReportingOverflow(by: n))
            return .string(String(repeating: x, count: n))
        case (.symbol(let x), .symbol(let y)) where op == .less || op == .greater:
            return .bool(op == .less ? x < y : x > y)
        // Julia's limited Char arithmetic: Char - Char is an Int, Char ± Int a Char.
        case (.char(let x), .char(let y)) where op == .minus:
            return .int(Int(try codePoint(x).value) - Int(try codePoint(y).value))
        case (.char(let c), .int(let n)) where op == .plus || op == .minus:
            return .char(try shifted(c, by: op == .plus ? n : 0 &- n))
        case (.int(let n), .char(let c)) where op == .plus:
            return .char(try shifted(c, by: n))
        case (.char(let x), .char(let y)): return ordering(op, JuliaChar(x), JuliaChar(y))
        default: return nil
        }
    }

    /// The one code point a Julia Char is.
    private func codePoint(_ c: Character) throws -> Unicode.Scalar {
        guard c.unicodeScalars.count == 1, let scalar = c.unicodeScalars.first else {
            throw RuntimeError("arithmetic on the character \(show(.char(c))), which is several code points, is not supported", kind: .notSupported)
        }
        return scalar
    }

    /// `c + n`: the character n code points on.
    private func shifted(_ c: Character, by n: Int) throws -> Character {
        let (target, overflow) = Int(try codePoint(c).value).addingReportingOverflow(n)
        guard !overflow, target >= 0, target <= 0x10FFFF else {
            throw RuntimeError("\(show(.char(c))) + \(n) is not a character (InexactError)", kind: .inexact)
        }
        guard let scalar = Unicode.Scalar(UInt32(target)) else {
            throw RuntimeError("the character U+\(String(target, radix: 16, uppercase: true)) (a surrogate) is not supported", kind: .notSupported)
        }
        return Character(scalar)
    }

    /// The six comparisons on anything ordered; nil for other operators.
    private func ordering<T: Comparable>(_ op: Operator, _ x: T, _ y: T) -> Value? {
        switch op {
        case .equal: return .bool(x == y)
        case .notEqual: return .bool(x != y)
        case .less: return .bool(x < y)
        case .greater: return .bool(x > y)
        case .lessEqual: return .bool(x <= y)
        case .greaterEqual: return .bool(x >= y)
        default: return nil
        }
    }

    // MARK: Arrays

    func isNumericArray(_ v: Value) -> Bool {
        switch v {
        case .array, .range, .tracked: return true
        default: return false
        }
    }

    /// The differentiable view of a numeric value: arrays, ranges, numbers and tracked values.
    func operand(_ v: Value) throws -> (Var, ElementType)? {
        switch v {
        case .int(let n): return (Var(Double(n)), .int64)
        case .bool(let b): return (Var(b ? 1 : 0), .bool)
        case .float(let x): return (Var(x), .float64)
        case .float32(let x): return (Var(Double(x)), .float32)
        case .array(let box): return (Var(box.tensor), box.elementType)
        case .range(let r):
            try checkBudget(r.count)
            return (Var(Tensor(vector: try r.storableDoubles())), r.isIntegral ? .int64 : .float64)
        case .tracked(let v): return (v, .float64)
        case .host: return try numericHostValue(v).flatMap { try operand($0) }
        default: return nil
        }
    }

    /// Wraps an operation's result: tracked stays tracked, anything else becomes an array.
    func wrap(_ v: Var, _ type: ElementType = .float64) throws -> Value {
        if v.isTracked { return .tracked(v) }
        if type == .int64, v.value.scalars.contains(where: { Swift.abs($0) > 9.007199254740992e15 }) {
            throw RuntimeError("integer overflow in an integer array; convert it with float.(A) first", kind: .notSupported)
        }
        return .array(ArrayBox(v.value, elementType: type))
    }

    private func arrayOperation(_ op: Operator, _ a: Value, _ b: Value, dotted: Bool) throws -> Value {
        guard let (x, xt) = try operand(a), let (y, yt) = try operand(b) else {
            if dotted, a.isListOrTuple || b.isListOrTuple, let function = Library.standard.functions[op.spelling] {
                // `names .== "bob"`, `(1, 2) .+ (10, 20)`: the operator on each element.
                do {
                    return try broadcastCall(.function(function), [a, b], [:], at: nowhere)
                } catch var error as RuntimeError where error.position == nowhere {
                    // The operator's own position, which the evaluator gives errors without one.
                    error.position = nil
                    throw error
                }
            }
            throw RuntimeError("no operator `\(dotted ? "." : "")\(op.spelling)` for \(describeType(a)) and \(describeType(b))", kind: .method)
        }
        let xScalar = x.value.rank == 0
        let yScalar = y.value.rank == 0
        let resultType = ElementType.result(of: op, xt, yt)
        if dotted {
            // The name is spelled out only when the shapes differ (it is an error's wording).
            try checkBudget(x.shape == y.shape ? x.value.count : Broadcast.shape(x.shape, y.shape, operation: "." + op.spelling).reduce(1) { $0 &* $1 })
            return try broadcastOperation(op, x, xt, y, yt)
        }
        switch op {
        case .plus, .minus:
            if xScalar != yScalar {
                throw RuntimeError(
                    "`\(op.spelling)` between an array of shape \(shapeText(xScalar ? y.shape : x.shape)) and a number is not defined; use `.\(op.spelling)` to apply it to every element", kind: .argument)
            }
            guard x.shape == y.shape else {
                // Julia's promote_shape: shapes that agree but for trailing 1s add, giving the longer shape.
                func trimmed(_ shape: [Int]) -> [Int] { Array(shape.reversed().drop { $0 == 1 }.reversed()) }
                if trimmed(x.shape) == trimmed(y.shape) { return try broadcastOperation(op, x, xt, y, yt) }
                throw RuntimeError("dimensions must match for `\(op.spelling)`: \(shapeText(x.shape)) and \(shapeText(y.shape)); use `.\(op.spelling)` to broadcast", kind: .dimensionMismatch)
            }
            // `+` of same-shaped arrays is their elementwise sum, with Bool's own rule for floats.
            return op == .plus ? try broadcastOperation(.plus, x, xt, y, yt) : try wrap(x - y, resultType)
        case .times:
            if xScalar || yScalar { return try broadcastOperation(.times, x, xt, y, yt) }
            guard x.value.rank <= 2 && y.value.rank <= 2 else {
                throw RuntimeError("`*` multiplies matrices and vectors; shapes \(shapeText(x.shape)) and \(shapeText(y.shape)) are not; use `.*` for elementwise", kind: .method)
            }
            if x.value.rank == 1 && y.value.rank == 1 {
                throw RuntimeError("cannot multiply two vectors with `*`; use `dot(a, b)`, `a' * b`, or `.*` for elementwise", kind: .method)
            }
            guard x.value.size(1) == y.value.size(0) else {
                throw RuntimeError(
                    "matrix multiply: shapes \(shapeText(x.shape)) and \(shapeText(y.shape)) do not match (columns of the left must equal rows of the right)", kind: .dimensionMismatch)
            }
            try checkBudget(x.value.size(0).multipliedReportingOverflow(by: y.value.size(1)))
            // A matrix product sums products, so Bool matrices multiply to Int, as Julia's `matprod` does.
            let productType = ElementType.result(of: .plus, resultType, resultType)
            if case .array(let row) = a, row.wrapper.isRowOfVector {
                // A row made from a vector times a vector is their dot product, a number;
                // times a matrix it is a row again (Julia: adjoint(A' * v)).
                let product = try x * y
                if y.value.rank == 1 { return Value.number(product.value.scalars[0], as: productType) }
                if case .array(let result) = try wrap(product, productType) {
                    return try self.row(of: result.tensor, result.elementType, like: row.wrapper)
                }
            }
            return try wrap(x * y, productType)
        case .divide:
            guard yScalar else {
                throw RuntimeError("dividing by an array of shape \(shapeText(y.shape)) with `/` needs linear algebra (not yet); use `./` for elementwise", kind: .notSupported)
            }
            return try wrap(x / y)
        case .power:
            if !xScalar {
                guard !x.isTracked else { throw RuntimeError("a matrix power is not differentiable yet; write the products out", kind: .notSupported) }
                return try matrixOperation(.power, x.value, xt, b)
            }
            if !yScalar {
                // Julia's x^A is exp(log(x) * A) for a square matrix, and an error for any
                // other array; never x to each element.
                if y.value.rank == 2 && y.shape[0] == y.shape[1] {
                    throw RuntimeError(
                        "x^A of a square matrix A is Julia's matrix exponential exp(log(x) * A), which the notebook does not compute; write x .^ A for each element",
                        kind: .notSupported)
                }
                throw RuntimeError("no operator `^` for \(describeType(a)) and \(describeType(b)); use `.^` for elementwise", kind: .method)
            }
            return try broadcastOperation(.power, x, xt, y, yt)
        case .leftDivide:
            guard !x.isTracked else { throw RuntimeError("`\\` is not differentiable yet", kind: .notSupported) }
            return try matrixOperation(.leftDivide, x.value, xt, b)
        case .bitAnd, .bitOr, .xor:
            // Julia asks for `.&` on arrays; the elementwise meaning is the only one there is.
            if xt == .bool && yt == .bool { return try broadcastOperation(op, x, xt, y, yt) }
            throw RuntimeError("no operator `\(op.spelling)` for \(describeType(a)) and \(describeType(b)); use `.\(op.spelling)` for elementwise", kind: .method)
        case .less, .greater, .lessEqual, .greaterEqual, .equal, .notEqual:
            throw RuntimeError("`\(op.spelling)` compares numbers, not arrays; use `.\(op.spelling)` for elementwise comparison", kind: .method)
        default:
            throw RuntimeError("no operator `\(op.spelling)` for \(describeType(a)) and \(describeType(b)); use `.\(op.spelling)` for elementwise", kind: .method)
        }
    }

    /// `x .op y` with size-1 dimensions stretched. The arithmetic the tape can
    /// differentiate goes through `Var`; the rest works on plain values.
    private func broadcastOperation(_ op: Operator, _ x: Var, _ xt: ElementType, _ y: Var, _ yt: ElementType) throws -> Value {
        let bothInts = xt.isInteger && yt.isInteger
        let resultType = ElementType.result(of: op, xt, yt)
        // Spelled out only where used (errors, the element-by-element forms): not per operation.
        var spelling: String { "." + op.spelling }
        switch op {
        case .plus:
            if (xt == .bool || yt == .bool) && !bothInts && !x.isTracked && !y.isTracked {
                // Julia's Bool + float is ifelse(b, 1 + y, y): `false + -0.0` keeps the -0.0,
                // where the float sum 0.0 + -0.0 is 0.0 (base/bool.jl).
                let r = try x.value.zip(y.value, operation: spelling) { p, q in
                    xt == .bool ? (p != 0 ? 1 + q : q) : (q != 0 ? p + 1 : p)
                }
                return .array(ArrayBox(r))
            }
            return try wrap(x + y, resultType)
        case .minus: return try wrap(x - y, resultType)
        case .times:
            if (xt == .bool || yt == .bool) && !bothInts && !x.isTracked && !y.isTracked {
                // A Bool is a strong zero in Julia: `false * NaN` is 0.0 (with the float's sign).
                let r = try x.value.zip(y.value, operation: spelling) { p, q in
                    xt == .bool ? (p != 0 ? q : Double(signOf: q, magnitudeOf: 0)) : (q != 0 ? p : Double(signOf: p, magnitudeOf: 0))
                }
                return .array(ArrayBox(r))
            }
            return try wrap(x .* y, resultType)
        case .divide: return try wrap(x / y, resultType)
        case .leftDivide: return try wrap(y / x, resultType)
        case .power:
            if y.value.rank == 0 && !y.isTracked {
                let p = y.value.scalars[0]
                if x.value.scalars.contains(where: { $0 < 0 }) && p != p.rounded() {
                    throw RuntimeError("a negative number to the fractional power \(formatFloat(p)) has no real value (DomainError)", kind: .domain)
                }
                if bothInts && p < 0 {
                    throw RuntimeError("cannot raise integers to the negative power \(formatFloat(p)) (DomainError); convert with float.(x) first", kind: .domain)
                }
                return try wrap(x.pow(p), resultType)
            }
            // Element by element, as Julia's loop meets them: the first negative base with
            // a fractional exponent is a DomainError, as for one exponent above.
            let fractional = try x.value.zip(y.value, operation: spelling) { a, p in a < 0 && p != p.rounded() ? 1 : 0 }
            if let k = fractional.scalars.firstIndex(of: 1) {
                let p = try x.value.zip(y.value, operation: spelling) { _, p in p }.scalars[k]
                throw RuntimeError("a negative number to the fractional power \(formatFloat(p)) has no real value (DomainError)", kind: .domain)
            }
            if bothInts && y.value.scalars.contains(where: { $0 < 0 }) {
                throw RuntimeError("cannot raise integers to negative powers (DomainError); convert with float.(x) first", kind: .domain)
            }
            return try wrap(x.pow(y), resultType)
        default: break
        }
        guard !x.isTracked && !y.isTracked else {
            throw RuntimeError("`\(spelling)` is not differentiable, so it cannot be used on values inside `grad`", kind: .notSupported)
        }
        let p = x.value, q = y.value
        switch op {
        case .integerDivide, .remainder:
            if bothInts && q.scalars.contains(0) { throw RuntimeError("integer division by zero (DivideError)", kind: .divide) }
            let r = try p.zip(q, operation: spelling) { a, b in
                op == .remainder ? a.truncatingRemainder(dividingBy: b)
                    : bothInts ? (a / b).rounded(.towardZero) : juliaFloatDivision(a, b, .towardZero)
            }
            return try wrap(Var(r), resultType)
        case .equal, .notEqual, .less, .greater, .lessEqual, .greaterEqual, .approx, .notApprox:
            let r = try p.zip(q, operation: spelling) { a, b in
                (try? compare(op, a, b, exact: a == b, less: a < b)) == true ? 1 : 0
            }
            return .array(ArrayBox(r, elementType: resultType))
        case .bitAnd, .bitOr, .xor, .shiftLeft, .shiftRight, .unsignedShiftRight:
            guard bothInts else {
                throw RuntimeError("`\(spelling)` works on integers and Bools, not on Float64 arrays (MethodError)", kind: .method)
            }
            let r = try p.zip(q, operation: spelling) { a, b in
                guard case .int(let n)? = try? integerOperation(op, Int(a), Int(b)) else { return 0 }
                return Double(n)
            }
            return try wrap(Var(r), resultType)
        default:
            throw RuntimeError("no operator `\(spelling)` for arrays", kind: .method)
        }
    }

    func unaryOperation(_ op: Operator, _ v: Value, dotted: Bool = false) throws -> Value {
        if let r = v.rational { return try rationalUnary(op, r) }
        // -J and +J of a UniformScaling negate (keep) λ.
        if let j = v.uniformScaling, op == .minus || op == .plus, !dotted { return .host(UniformScalingValue(try unaryOperation(op, j.lambda))) }
        if case .host = v, let x = try numericHostValue(v) { return try unaryOperation(op, x, dotted: dotted) }
        if op == .not, !dotted, case .function(let f) = v, f.structType == nil { return try negated(f) }
        switch (op, v) {
        case (.minus, .range(let r)):
            return .range(try r.negated())
        case (.minus, .int(let n)):
            guard n != Int.min else { throw RuntimeError("integer overflow negating \(n)", kind: .notSupported) }
            return .int(-n)
        case (.minus, .float(let x)): return .float(-x)
        case (.minus, .float32(let x)), (.plus, .float32(let x)): return try float32Unary(op, x)
        case (.minus, .bool(let b)): return .int(b ? -1 : 0)
        case (.plus, .bool(let b)): return .int(b ? 1 : 0)
        case (.plus, _) where v.isNumber || isNumericArray(v): return v
        case (.minus, .complex):
            let (re, im) = v.complexParts!
            return try .complex(unaryOperation(.minus, re), unaryOperation(.minus, im))
        case (.plus, .complex): return v
        case (.not, .bool(let b)), (.bitNot, .bool(let b)): return .bool(!b)
        case (.bitNot, .int(let n)): return .int(~n)
        case (.not, .array(let box)) where dotted && box.elementType == .bool,
            (.bitNot, .array(let box)) where dotted && box.elementType == .bool:
            return .array(ArrayBox(box.tensor.map { $0 == 0 ? 1 : 0 }, elementType: .bool))
        case (.bitNot, .array(let box)) where dotted && box.elementType == .int64:
            return .array(ArrayBox(box.tensor.map { Double(~Int($0)) }, elementType: .int64))
        case (.minus, _):
            if let (x, type) = try operand(v) { return try wrap(-x, type.negated()) }
        default: break
        }
        throw RuntimeError("no unary operator `\(dotted ? "." : "")\(op.spelling)` for \(describeType(v))", kind: .method)
    }

    // MARK: Equality and membership

    /// Julia's `isapprox` (base/floatfuncs.jl). Numbers: `x == y`, or both finite and
    /// |x - y| ≤ max(atol, rtol·max(|x|, |y|)), with |z| a complex number's modulus.
    /// Arrays: the same with norms, element by element when the norm of the difference
    /// is not finite. rtol defaults to √eps for Float64 operands and to 0 for integers
    /// (and to 0 whenever atol is given): `100000000 ≈ 100000001` is false.
    func approximatelyEqual(_ a: Value, _ b: Value, rtol given: Double? = nil, atol: Double = 0) throws -> Bool {
        if let x = approximationScalar(a), let y = approximationScalar(b) {
            let rtol = given ?? (atol > 0 || !(x.isFloat || y.isFloat) ? 0 : 1.4901161193847656e-8)
            if x.re == y.re && x.im == y.im { return true }
            guard x.re.isFinite, x.im.isFinite, y.re.isFinite, y.im.isFinite else { return false }
            let difference = Julia.hypot(x.re - y.re, x.im - y.im)
            return difference <= Swift.max(atol, rtol * Swift.max(Julia.hypot(x.re, x.im), Julia.hypot(y.re, y.im)))
        }
        guard let (x, xType) = try operand(a), let (y, yType) = try operand(b) else {
            throw RuntimeError("`≈` of \(describeType(a)) and \(describeType(b)) is not supported (only numbers and arrays of numbers)", kind: .notSupported)
        }
        func trimmed(_ shape: [Int]) -> [Int] { Array(shape.reversed().drop { $0 == 1 }.reversed()) }
        guard trimmed(x.shape) == trimmed(y.shape) else {
            throw RuntimeError("DimensionMismatch: dimensions must match: a has shape \(shapeText(x.shape)), b has shape \(shapeText(y.shape))", kind: .dimensionMismatch)
        }
        let rtol = given ?? (atol > 0 || (xType != .float64 && yType != .float64) ? 0 : 1.4901161193847656e-8)
        let difference = try (x.value.vectorized() - y.value.vectorized()).norm()
        guard difference.isFinite else {
            return try zip(x.value.scalars, y.value.scalars).allSatisfy { p, q in
                try approximatelyEqual(.float(p), .float(q), rtol: rtol, atol: atol)
            }
        }
        return difference <= Swift.max(atol, rtol * Swift.max(x.value.norm(), y.value.norm()))
    }

    /// A number as the parts isapprox compares, and whether it is a float (whose default
    /// rtol is √eps); nil for what is no Int64, Float64, Bool or complex number.
    private func approximationScalar(_ v: Value) -> (re: Double, im: Double, isFloat: Bool)? {
        switch v {
        case .int(let n): return (Double(n), 0, false)
        case .bool(let b): return (b ? 1 : 0, 0, false)
        case .float(let x): return (x, 0, true)
        case .complex(let re, let im, let parts): return (re, im, parts == .float64)
        default: return nil
        }
    }

    private func arrayEquals(_ a: Value, _ b: Value) throws -> Bool {
        guard let (x, _) = try operand(a), let (y, _) = try operand(b) else { return false }
        return x.shape == y.shape && x.value.scalars == y.value.scalars
    }

    /// Structural equality (`==`) for everything but numeric arrays. Lists that contain
    /// themselves would compare forever: past `deepestComparison` levels this says so
    /// rather than answer false (Julia would overflow its stack).
    func valuesEqual(_ a: Value, _ b: Value, depth: Int = 0) throws -> Bool {
        func equal(_ x: Value, _ y: Value) throws -> Bool { try equalValues(x, y, depth: depth + 1) }
        switch (a, b) {
        case (.nothing, .nothing): return true
        case (.symbol(let x), .symbol(let y)): return x == y
        case (.string(let x), .string(let y)): return juliaEqual(x, y)
        case (.char(let x), .char(let y)): return juliaEqual(x, y)
        case (.tuple(let x), .tuple(let y)):
            return try x.count == y.count && zip(x, y).allSatisfy { try equal($0, $1) }
        case (.namedTuple(let n, let x), .namedTuple(let m, let y)):
            return try n == m && zip(x, y).allSatisfy { try equal($0, $1) }
        case (.list(let x), .list(let y)):
            return try x === y || (x.items.count == y.items.count && zip(x.items, y.items).allSatisfy { try equal($0, $1) })
        case (.pair(let p), .pair(let q)): return try equal(p.key, q.key) && equal(p.value, q.value)
        case (.function(let f), .function(let g)): return f === g
        case (.type(let x), .type(let y)): return x == y
        case (.host(let x), .host(let y)): return x.isEqual(to: y)
        case (.list(let x), _) where b.isArrayLike, (_, .list(let x)) where a.isArrayLike:
            // A list and a numeric vector are both AbstractVectors: `Any[1, 2] == [1, 2]`.
            let other = try collectElements(a.isArrayLike ? a : b)
            guard case .array(let box) = (a.isArrayLike ? a : b), box.tensor.rank != 1 else {
                return try x.items.count == other.count && zip(x.items, other).allSatisfy { try equal($0, $1) }
            }
            return false
        case (.dict(let x), .dict(let y)):
            return try x === y || (x.count == y.count && x.keys.allSatisfy { k in
                guard let v = x[k], let w = y[k] else { return false }
                return try equal(v, w)
            })
        default:
            if let x = scalarDouble(a), let y = scalarDouble(b) { return x == y }
            return false
        }
    }

    /// `a == b` as a Bool, for the collection functions (`in`, `unique`, ...).
    func equalValues(_ a: Value, _ b: Value, depth: Int = 0) throws -> Bool {
        guard depth < deepestComparison else {
            throw RuntimeError("`==` cannot compare values nested more than \(deepestComparison) deep", kind: .stackOverflow)
        }
        switch (a, b) {
        case (.tuple, .tuple), (.namedTuple, .namedTuple), (.list, .list), (.pair, .pair), (.dict, .dict):
            // Lists that share their parts can take 2^depth steps to compare, as in Julia:
            // Ctrl-C must still stop them.
            try checkCancelled()
            return try valuesEqual(a, b, depth: depth)
        default:
            if let r = try? binaryOperation(.equal, a, b), case .bool(let equal) = r { return equal }
            return false
        }
    }

    func contains(_ collection: Value, _ item: Value) throws -> Bool {
        switch collection {
        // A Set and a Dict's keys answer by `isequal` (`haskey`): -0.0 is not in Set([0.0]).
        case .host(let set as SetValue): return set.contains(item)
        case .host(let view as DictView) where view.part == .keys: return dictKey(item).map { view.dictionary[$0] != nil } ?? false
        case .dict(let box):
            guard case .pair(let p) = item, let key = dictKey(p.key), let stored = box[key] else { return false }
            return try equalValues(stored, p.value)
        case .string(let s):
            switch item {
            case .char(let c): return s.contains(c)
            case .string(let t): return t.isEmpty || s.contains(t)
            default: throw RuntimeError("`in` on a string looks for a character or a substring, not \(describeType(item))")
            }
        default:
            var found = false
            try forEachElement(of: collection) { element in
                if try equalValues(element, item) {
                    found = true
                    return false
                }
                return true
            }
            return found
        }
    }
}

extension Value {
    fileprivate var isListOrTuple: Bool {
        switch self {
        case .list, .tuple: return true
        default: return false
        }
    }
}
