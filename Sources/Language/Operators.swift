import Engine
import RealModule

/// The arithmetic, comparison and broadcasting operators on values.
///
/// Numbers follow Julia: `Int` arithmetic stays `Int` (and overflow is an error here,
/// where Julia would wrap), `/` always gives a float, `^` of two integers is an
/// integer. Arrays go through the engine's differentiable `Var` operations, so the
/// same code computes plain values and, inside `grad`, records the tape.
extension Interpreter {
    func binaryOperation(_ op: String, _ a: Value, _ b: Value) throws -> Value {
        // `&` and `|` already work elementwise on arrays; `.&` and `.|` are Julia's spelling for that.
        if op == ".&" || op == ".|" { return try binaryOperation(String(op.dropFirst()), a, b) }
        if trackedNumber(a) != nil || trackedNumber(b) != nil, Interpreter.orderingOps.contains(op) {
            // Comparing a tracked loss with a number compares values; it records nothing.
            return try binaryOperation(op, trackedNumber(a) ?? a, trackedNumber(b) ?? b)
        }
        switch (a, b) {
        case (.int(let x), .int(let y)): return try integerOperation(op, x, y)
        case (.bool(let x), .bool(let y)) where op == "&" || op == "|" || op == "==" || op == "!=":
            return .bool(op == "&" ? x && y : op == "|" ? x || y : op == "==" ? x == y : x != y)
        default: break
        }
        if let x = scalarDouble(a), let y = scalarDouble(b) {
            if case .bool = a, case .bool = b {} else if isInteger(a) && isInteger(b) {
                return try integerOperation(op, integerValue(a), integerValue(b))
            }
            return try floatOperation(op, x, y)
        }
        if let result = try textOperation(op, a, b) { return result }
        if let result = try complexOperation(op, a, b) { return result }
        if op == "==" || op == "!=" || op == "===" || op == "!==" {
            if isNumericArray(a) && isNumericArray(b) {
                let equal = try arrayEquals(a, b)
                return .bool((op == "==" || op == "===") == equal)
            }
            if equalityDepth == 0 { equalityGaveUp = false }
            let equal = valuesEqual(a, b)
            if equalityDepth == 0 && equalityGaveUp {
                equalityGaveUp = false
                throw RuntimeError("`\(op)` cannot compare values nested more than \(Interpreter.deepestComparison) deep")
            }
            return .bool((op == "==" || op == "===") == equal)
        }
        if op == "in" { return .bool(try contains(b, a)) }
        if op == "≈" { return .bool(try approximatelyEqual(a, b)) }
        return try arrayOperation(op, a, b)
    }

    // MARK: Scalars

    private static let orderingOps: Set<String> = ["==", "!=", "<", ">", "<=", ">=", "≈"]

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

    func integerOperation(_ op: String, _ x: Int, _ y: Int) throws -> Value {
        func checked(_ r: (partialValue: Int, overflow: Bool)) throws -> Value {
            guard !r.overflow else { throw RuntimeError("integer overflow in \(x) \(op) \(y); use floats (e.g. \(x).0) for large values") }
            return .int(r.partialValue)
        }
        switch op {
        case "+", ".+": return try checked(x.addingReportingOverflow(y))
        case "-", ".-": return try checked(x.subtractingReportingOverflow(y))
        case "*", ".*": return try checked(x.multipliedReportingOverflow(by: y))
        case "/", "./": return .float(Double(x) / Double(y))
        case "\\", ".\\": return .float(Double(y) / Double(x))
        case "÷", ".÷":
            guard y != 0 else { throw RuntimeError("integer division by zero (DivideError)") }
            return try checked(x.dividedReportingOverflow(by: y))
        case "%", ".%":
            guard y != 0 else { throw RuntimeError("integer remainder by zero (DivideError)") }
            return try checked(x.remainderReportingOverflow(dividingBy: y))
        case "^", ".^":
            guard y >= 0 else {
                throw RuntimeError("cannot raise the integer \(x) to the negative power \(y); write \(x).0^\(y) for a float")
            }
            return try integerPower(x, y)
        case "&": return .int(x & y)
        case "|": return .int(x | y)
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
                guard !o else { throw RuntimeError("integer overflow in \(base)^\(exponent); write \(base).0^\(exponent) for a float") }
                result = r
            }
            e >>= 1
            if e > 0 {
                let (s, o) = b.multipliedReportingOverflow(by: b)
                guard !o else { throw RuntimeError("integer overflow in \(base)^\(exponent); write \(base).0^\(exponent) for a float") }
                b = s
            }
        }
        return .int(result)
    }

    func floatOperation(_ op: String, _ x: Double, _ y: Double) throws -> Value {
        switch op {
        case "+", ".+": return .float(x + y)
        case "-", ".-": return .float(x - y)
        case "*", ".*": return .float(x * y)
        case "/", "./": return .float(x / y)
        case "\\", ".\\": return .float(y / x)
        case "÷", ".÷": return .float((x / y).rounded(.towardZero))
        case "%", ".%": return .float(x.truncatingRemainder(dividingBy: y))
        case "^", ".^":
            if x < 0 && y != y.rounded() {
                throw RuntimeError("\(formatFloat(x))^\(formatFloat(y)) has no real value (DomainError); use a complex number")
            }
            return .float(elementPower(x, y))
        default: return .bool(try compare(op, x, y, exact: x == y, less: x < y))
        }
    }

    private func compare(_ op: String, _ x: Double, _ y: Double, exact: Bool, less: Bool) throws -> Bool {
        switch op {
        case "==", ".==", "===": return exact
        case "!=", ".!=", "!==": return !exact
        case "<", ".<": return less
        case ">", ".>": return !less && !exact && !(x.isNaN || y.isNaN)
        case "<=", ".<=": return less || exact
        case ">=", ".>=": return !less && !(x.isNaN || y.isNaN)
        case "≈": return Swift.abs(x - y) <= 1.4901161193847656e-8 * Swift.max(Swift.abs(x), Swift.abs(y))
        default: throw RuntimeError("the operator `\(op)` does not apply to numbers")
        }
    }

    // MARK: Complex numbers

    private func complexParts(_ v: Value) -> (Double, Double)? {
        if case .complex(let re, let im) = v { return (re, im) }
        return scalarDouble(v).map { ($0, 0) }
    }

    /// Arithmetic with `im`, e.g. `1 + 2im` and eigenvalues; nil when neither side is complex.
    private func complexOperation(_ op: String, _ a: Value, _ b: Value) throws -> Value? {
        switch (a, b) {
        case (.complex, _), (_, .complex): break
        default: return nil
        }
        guard let (p, q) = complexParts(a), let (r, s) = complexParts(b) else { return nil }
        // A real operand combines with each part on its own, as Julia's methods for
        // (Real, Complex) do, so `Inf * im` is 0.0 + Inf*im rather than NaN + Inf*im.
        let aIsReal: Bool = if case .complex = a { false } else { true }
        let bIsReal: Bool = if case .complex = b { false } else { true }
        switch op {
        case "+", ".+": return .complex(re: p + r, im: aIsReal ? s : bIsReal ? q : q + s)
        case "-", ".-": return .complex(re: p - r, im: aIsReal ? -s : bIsReal ? q : q - s)
        case "*", ".*":
            if aIsReal { return .complex(re: p * r, im: p * s) }
            if bIsReal { return .complex(re: p * r, im: q * r) }
            return .complex(re: p * r - q * s, im: p * s + q * r)
        case "/", "./":
            if bIsReal { return .complex(re: p / r, im: q / r) }
            let d = r * r + s * s
            if aIsReal { return .complex(re: p * (r / d), im: p * (-s / d)) }
            return .complex(re: (p * r + q * s) / d, im: (q * r - p * s) / d)
        case "^", ".^":
            guard s == 0, r == r.rounded(), Swift.abs(r) <= 1024 else {
                let (x, y) = complexPower((p, q), (r, s))
                return .complex(re: x, im: y)
            }
            var result: Value = .complex(re: 1, im: 0)
            for _ in 0..<Int(Swift.abs(r)) { result = try complexOperation("*", result, a)! }
            return r < 0 ? try complexOperation("/", .complex(re: 1, im: 0), result) : result
        case "==", "===": return .bool(p == r && q == s)
        case "!=", "!==": return .bool(p != r || q != s)
        case "≈": return .bool(Swift.abs(p - r) + Swift.abs(q - s) <= 1.4901161193847656e-8 * Swift.max(Swift.abs(p) + Swift.abs(q), Swift.abs(r) + Swift.abs(s)))
        default: throw RuntimeError("`\(op)` is not defined for complex numbers")
        }
    }

    // MARK: Strings, symbols, characters

    private func textOperation(_ op: String, _ a: Value, _ b: Value) throws -> Value? {
        switch (a, b) {
        case (.string(let x), .string(let y)):
            switch op {
            case "*": return .string(x + y)
            case "==", "===": return .bool(x == y)
            case "!=", "!==": return .bool(x != y)
            case "<": return .bool(x < y)
            case ">": return .bool(x > y)
            case "<=": return .bool(x <= y)
            case ">=": return .bool(x >= y)
            default: return nil
            }
        case (.string(let x), .char(let c)) where op == "*": return .string(x + String(c))
        case (.char(let c), .string(let x)) where op == "*": return .string(String(c) + x)
        case (.char(let c), .char(let d)) where op == "*": return .string(String(c) + String(d))
        case (.string(let x), .int(let n)) where op == "^":
            guard n >= 0 else { throw RuntimeError("cannot repeat a string a negative number of times") }
            try checkBudget(x.count.multipliedReportingOverflow(by: n))
            return .string(String(repeating: x, count: n))
        case (.symbol(let x), .symbol(let y)) where op == "<" || op == ">":
            return .bool(op == "<" ? x < y : x > y)
        case (.char(let x), .char(let y)):
            switch op {
            case "==", "===": return .bool(x == y)
            case "!=", "!==": return .bool(x != y)
            case "<": return .bool(x < y)
            case ">": return .bool(x > y)
            default: return nil
            }
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
        case .array(let box): return (Var(box.tensor), box.elementType)
        case .range(let r):
            try checkBudget(r.count)
            return (Var(Tensor(vector: try r.storableDoubles())), r.isIntegral ? .int64 : .float64)
        case .tracked(let v): return (v, .float64)
        default: return nil
        }
    }

    /// Wraps an operation's result: tracked stays tracked, anything else becomes an array.
    func wrap(_ v: Var, _ type: ElementType = .float64) throws -> Value {
        if v.isTracked { return .tracked(v) }
        if type == .int64, v.value.scalars.contains(where: { Swift.abs($0) > 9.007199254740992e15 }) {
            throw RuntimeError("integer overflow in an integer array; convert it with float.(A) first")
        }
        return .array(ArrayBox(v.value, elementType: type))
    }

    private static let comparisonOps: Set<String> = [".==", ".!=", ".<", ".>", ".<=", ".>="]

    private func arrayOperation(_ op: String, _ a: Value, _ b: Value) throws -> Value {
        guard let (x, xt) = try operand(a), let (y, yt) = try operand(b) else {
            throw RuntimeError("no operator `\(op)` for \(describeType(a)) and \(describeType(b))")
        }
        let xScalar = x.value.rank == 0
        let yScalar = y.value.rank == 0
        let bothInts = (xt == .int64 || xt == .bool) && (yt == .int64 || yt == .bool)
        if op.hasPrefix(".") && op.count > 1 && !Interpreter.comparisonOps.contains(op) || op == "&" || op == "|" {
            try checkBudget(Broadcast.shape(x.shape, y.shape, operation: op).reduce(1) { $0 &* $1 })
        }
        switch op {
        case "+", "-":
            if xScalar != yScalar {
                throw RuntimeError(
                    "`\(op)` between an array of shape \(shapeText(xScalar ? y.shape : x.shape)) and a number is not defined; use `.\(op)` to apply it to every element")
            }
            guard x.shape == y.shape else {
                throw RuntimeError("dimensions must match for `\(op)`: \(shapeText(x.shape)) and \(shapeText(y.shape)); use `.\(op)` to broadcast")
            }
            return try wrap(op == "+" ? x + y : x - y, bothInts ? .int64 : .float64)
        case ".+": return try wrap(x + y, bothInts ? .int64 : .float64)
        case ".-": return try wrap(x - y, bothInts ? .int64 : .float64)
        case ".*": return try wrap(x .* y, bothInts ? .int64 : .float64)
        case "*":
            if xScalar || yScalar { return try wrap(x .* y, bothInts ? .int64 : .float64) }
            guard x.value.rank <= 2 && y.value.rank <= 2 else {
                throw RuntimeError("`*` multiplies matrices and vectors; shapes \(shapeText(x.shape)) and \(shapeText(y.shape)) are not; use `.*` for elementwise")
            }
            if x.value.rank == 1 && y.value.rank == 1 {
                throw RuntimeError("cannot multiply two vectors with `*`; use `dot(a, b)`, `a' * b`, or `.*` for elementwise")
            }
            guard x.value.size(1) == y.value.size(0) else {
                throw RuntimeError(
                    "matrix multiply: shapes \(shapeText(x.shape)) and \(shapeText(y.shape)) do not match (columns of the left must equal rows of the right)")
            }
            try checkBudget(x.value.size(0).multipliedReportingOverflow(by: y.value.size(1)))
            return try wrap(x * y, bothInts ? .int64 : .float64)
        case "./": return try wrap(x / y)
        case "/":
            guard yScalar else {
                throw RuntimeError("dividing by an array of shape \(shapeText(y.shape)) with `/` needs linear algebra (not yet); use `./` for elementwise")
            }
            return try wrap(x / y)
        case ".^", "^":
            if op == "^" && !xScalar {
                guard !x.isTracked else { throw RuntimeError("a matrix power is not differentiable yet; write the products out") }
                return try matrixOperation("^", x.value, b)
            }
            if yScalar && !y.isTracked {
                let p = y.value.scalars[0]
                if x.value.scalars.contains(where: { $0 < 0 }) && p != p.rounded() {
                    throw RuntimeError("a negative number to the fractional power \(formatFloat(p)) has no real value (DomainError)")
                }
                let intResult = bothInts && p >= 0
                return try wrap(x.pow(p), intResult ? .int64 : .float64)
            }
            return try wrap(x.pow(y))
        case ".\\": return try wrap(y / x)
        case ".÷", ".%":
            let r = try x.value.zip(y.value, operation: op) { p, q in
                op == ".÷" ? (p / q).rounded(.towardZero) : p.truncatingRemainder(dividingBy: q)
            }
            if bothInts && y.value.scalars.contains(0) { throw RuntimeError("integer division by zero (DivideError)") }
            return try wrap(Var(r), bothInts ? .int64 : .float64)
        case ".==", ".!=", ".<", ".>", ".<=", ".>=":
            let r = try x.value.zip(y.value, operation: op) { p, q in
                let result: Bool
                switch op {
                case ".==": result = p == q
                case ".!=": result = p != q
                case ".<": result = p < q
                case ".>": result = p > q
                case ".<=": result = p <= q
                default: result = p >= q
                }
                return result ? 1 : 0
            }
            return .array(ArrayBox(r, elementType: .bool))
        case "&", "|":
            let r = try x.value.zip(y.value, operation: op) { p, q in
                op == "&" ? ((p != 0 && q != 0) ? 1 : 0) : ((p != 0 || q != 0) ? 1 : 0)
            }
            return .array(ArrayBox(r, elementType: .bool))
        case "<", ">", "<=", ">=":
            throw RuntimeError("`\(op)` compares numbers, not arrays; use `.\(op)` for elementwise comparison")
        case "\\":
            guard !x.isTracked else { throw RuntimeError("`\\` is not differentiable yet") }
            return try matrixOperation("\\", x.value, b)
        default:
            throw RuntimeError("no operator `\(op)` for \(describeType(a)) and \(describeType(b))")
        }
    }

    func unaryOperation(_ op: String, _ v: Value) throws -> Value {
        switch (op, v) {
        case ("-", .int(let n)), (".-", .int(let n)):
            guard n != Int.min else { throw RuntimeError("integer overflow negating \(n)") }
            return .int(-n)
        case ("-", .float(let x)), (".-", .float(let x)): return .float(-x)
        case ("-", .bool(let b)): return .int(b ? -1 : 0)
        case ("+", _) where v.isNumber || isNumericArray(v): return v
        case ("-", .complex(let re, let im)): return .complex(re: -re, im: -im)
        case ("!", .bool(let b)): return .bool(!b)
        case (".!", .array(let box)) where box.elementType == .bool:
            return .array(ArrayBox(box.tensor.map { $0 == 0 ? 1 : 0 }, elementType: .bool))
        case ("-", _), (".-", _):
            if let (x, type) = try operand(v) { return try wrap(-x, type == .bool ? .int64 : type) }
        default: break
        }
        throw RuntimeError("no unary operator `\(op)` for \(describeType(v))")
    }

    // MARK: Equality and membership

    /// Julia's `isapprox`: ‖a - b‖ ≤ max(atol, rtol·max(‖a‖, ‖b‖)), for numbers and arrays.
    func approximatelyEqual(_ a: Value, _ b: Value, rtol: Double = 1.4901161193847656e-8, atol: Double = 0) throws -> Bool {
        guard let (x, _) = try operand(a), let (y, _) = try operand(b) else {
            throw RuntimeError("`≈` compares numbers or arrays, not \(describeType(a)) and \(describeType(b))")
        }
        guard x.value.count == y.value.count else { return false }
        let difference = try (x.value.vectorized() - y.value.vectorized()).norm()
        return difference <= Swift.max(atol, rtol * Swift.max(x.value.norm(), y.value.norm()))
    }

    private func arrayEquals(_ a: Value, _ b: Value) throws -> Bool {
        guard let (x, _) = try operand(a), let (y, _) = try operand(b) else { return false }
        return x.shape == y.shape && x.value.scalars == y.value.scalars
    }

    /// Structural equality (`==`) for everything but numeric arrays.
    func valuesEqual(_ a: Value, _ b: Value) -> Bool {
        // Lists that contain themselves would compare forever: give up past a depth, and
        // the outermost `==` reports it rather than answer false (Julia would overflow).
        equalityDepth += 1
        defer { equalityDepth -= 1 }
        if equalityDepth > Interpreter.deepestComparison {
            equalityGaveUp = true
            return false
        }
        switch (a, b) {
        case (.nothing, .nothing): return true
        case (.symbol(let x), .symbol(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.char(let x), .char(let y)): return x == y
        case (.tuple(let x), .tuple(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { equalValues($0, $1) }
        case (.namedTuple(let names, let x), .namedTuple(let otherNames, let y)):
            return names == otherNames && zip(x, y).allSatisfy { equalValues($0, $1) }
        case (.list(let x), .list(let y)):
            return x === y || (x.items.count == y.items.count && zip(x.items, y.items).allSatisfy { equalValues($0, $1) })
        case (.pair(let p), .pair(let q)): return equalValues(p.key, q.key) && equalValues(p.value, q.value)
        case (.function(let f), .function(let g)): return f === g
        case (.dict(let x), .dict(let y)):
            return x === y || (x.count == y.count && x.keys.allSatisfy { k in
                guard let v = x[k], let w = y[k] else { return false }
                return equalValues(v, w)
            })
        default:
            if let x = scalarDouble(a), let y = scalarDouble(b) { return x == y }
            return false
        }
    }

    func equalValues(_ a: Value, _ b: Value) -> Bool {
        if let r = try? binaryOperation("==", a, b), case .bool(let equal) = r { return equal }
        return false
    }

    func contains(_ collection: Value, _ item: Value) throws -> Bool {
        switch collection {
        case .dict(let box):
            guard case .pair(let p) = item, let key = dictKey(p.key), let stored = box[key] else { return false }
            return equalValues(stored, p.value)
        case .string(let s):
            switch item {
            case .char(let c): return s.contains(c)
            case .string(let t): return t.isEmpty || s.contains(t)
            default: throw RuntimeError("`in` on a string looks for a character or a substring, not \(describeType(item))")
            }
        default:
            var found = false
            try forEachElement(of: collection) { element in
                if equalValues(element, item) {
                    found = true
                    return false
                }
                return true
            }
            return found
        }
    }
}
