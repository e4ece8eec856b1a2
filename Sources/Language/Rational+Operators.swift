/// The operators on rational numbers, as Julia promotes them: with an integer (or a
/// Bool) the result is exact and rational, with a float it is the float computed from
/// `Float64(r)`, and comparisons with floats are exact. `//` of two integers builds one.
///
/// What Julia would compute and the notebook cannot (arrays of rationals, complex
/// numbers with rational parts, `÷` and `%` of rationals) is refused, never answered
/// in another type.
extension Value {
    var rational: RationalNumber? {
        if case .host(let object as RationalNumber) = self { return object }
        return nil
    }
}

/// One side of an operator beside a rational.
private enum RationalOperand {
    case exact(RationalNumber)
    case float(Double)
    case complex(Value)
    case array
    case other

    init(_ value: Value) {
        switch value {
        case .host(let r as RationalNumber): self = .exact(r)
        case .int(let n): self = .exact(.integer(n))
        case .bool(let b): self = .exact(.integer(b ? 1 : 0))
        case .float(let x): self = .float(x)
        case .complex: self = .complex(value)
        case .array, .range, .list, .tracked: self = .array
        default: self = .other
        }
    }
}

/// `what` names the construct, with its verb: "arrays of rational numbers are".
private func rationalRefusal(_ what: String) -> RuntimeError {
    RuntimeError("\(what) not supported yet", kind: .notSupported)
}

extension Runtime {
    /// `a op b` when `op` is `//` or either side is a rational; nil otherwise, and for
    /// the operators that look at any value (`===`, `=>`, `in`).
    func rationalOperation(_ op: Operator, _ a: Value, _ b: Value, dotted: Bool) throws -> Value? {
        guard op == .rational || a.rational != nil || b.rational != nil else { return nil }
        switch op {
        case .identical, .notIdentical, .pair, .in, .notIn: return nil
        default: break
        }
        let x = RationalOperand(a), y = RationalOperand(b)
        if case .array = x { throw rationalRefusal("arrays of rational numbers (`\(op.spelling)` with an array) are") }
        if case .array = y { throw rationalRefusal("arrays of rational numbers (`\(op.spelling)` with an array) are") }
        switch (x, y) {
        case (.exact(let p), .exact(let q)):
            if op == .rational, a.rational == nil, b.rational == nil {
                if case .bool = a, case .bool = b { throw rationalRefusal("Rational{Bool} (`//` of two Bools) is") }
                // Julia's Rational(n, d): 0//0 is an ArgumentError before any gcd.
                return .host(try RationalNumber.make(p.numerator, q.numerator))
            }
            return try exactOperation(op, p, q, exponentIsRational: b.rational != nil)
        case (.exact(let p), .float(let v)):
            return try mixedOperation(op, rational: p, float: v, rationalOnLeft: true)
        case (.float(let v), .exact(let q)):
            return try mixedOperation(op, rational: q, float: v, rationalOnLeft: false)
        case (.exact(let p), .complex(let z)):
            return try complexOperation(op, rational: p, complex: z, rationalOnLeft: true)
        case (.complex(let z), .exact(let q)):
            return try complexOperation(op, rational: q, complex: z, rationalOnLeft: false)
        case (.float, .float), (.float, .complex), (.complex, .float), (.complex, .complex):
            // `//` of floats has no method in Julia; complex `//` makes Complex{Rational}.
            if op == .rational, case .complex = x { throw rationalRefusal("complex rationals (`//` of a complex number) are") }
            if op == .rational, case .complex = y { throw rationalRefusal("complex rationals (`//` of a complex number) are") }
            throw RuntimeError("no method matching //(::\(typeName(a)), ::\(typeName(b))): `//` takes integers or rationals (MethodError)", kind: .method)
        default:
            if case .host = a { throw rationalRefusal("`\(op.spelling)` of \(describeType(a)) and \(describeType(b)) is") }
            if case .host = b { throw rationalRefusal("`\(op.spelling)` of \(describeType(a)) and \(describeType(b)) is") }
            throw RuntimeError("no method matching \(op.spelling)(::\(typeName(a)), ::\(typeName(b))) (MethodError)", kind: .method)
        }
    }

    private func exactOperation(_ op: Operator, _ p: RationalNumber, _ q: RationalNumber, exponentIsRational: Bool) throws -> Value {
        switch op {
        case .plus: return .host(try p.adding(q, subtract: false))
        case .minus: return .host(try p.adding(q, subtract: true))
        case .times: return .host(try p.multiplied(by: q))
        case .divide, .rational: return .host(try p.divided(by: q))
        case .leftDivide: return .host(try q.divided(by: p))
        case .power:
            // An integer exponent stays exact; a rational one (even 3//1) goes through
            // Float64, as Julia's `x^(y.num/y.den)` does.
            if exponentIsRational { return try floatOperation(.power, p.doubleValue, q.doubleValue) }
            return .host(try p.power(q.numerator))
        case .equal: return .bool(p.compare(q) == 0)
        case .notEqual: return .bool(p.compare(q) != 0)
        case .less: return .bool(p.compare(q) < 0)
        case .lessEqual: return .bool(p.compare(q) <= 0)
        case .greater: return .bool(p.compare(q) > 0)
        case .greaterEqual: return .bool(p.compare(q) >= 0)
        default: throw rationalRefusal("`\(op.spelling)` of rational numbers is")
        }
    }

    private func mixedOperation(_ op: Operator, rational r: RationalNumber, float v: Double, rationalOnLeft: Bool) throws -> Value {
        if let order = comparison(op) {
            // Exact, as Julia compares a float with a rational; NaN makes every order false.
            guard let sign = r.compare(v) else { return .bool(op == .notEqual) }
            return .bool(order(rationalOnLeft ? sign : -sign))
        }
        switch op {
        case .plus, .minus, .times, .divide, .leftDivide, .power:
            return try rationalOnLeft ? floatOperation(op, r.doubleValue, v) : floatOperation(op, v, r.doubleValue)
        case .rational:
            throw RuntimeError("no method matching //(::\(rationalOnLeft ? "Rational{Int64}" : "Float64"), ::\(rationalOnLeft ? "Float64" : "Rational{Int64}")) (MethodError)", kind: .method)
        default: throw rationalRefusal("`\(op.spelling)` of a rational and a float is")
        }
    }

    private func complexOperation(_ op: Operator, rational r: RationalNumber, complex z: Value, rationalOnLeft: Bool) throws -> Value {
        guard case .complex(let re, let im, let parts) = z else { throw rationalRefusal("this complex number is") }
        if op == .equal || op == .notEqual {
            // A complex number equals a real one when it is real and its real part does.
            let real: Value = parts == .float64 ? .float(re) : parts == .bool ? .bool(re != 0) : .int(Int(re))
            let equal = im == 0 ? try binaryOperation(.equal, .host(r), real) : .bool(false)
            guard case .bool(let e) = equal else { return equal }
            return .bool((op == .equal) == e)
        }
        guard parts == .float64 else { throw rationalRefusal("complex numbers with rational parts (Complex{Rational{Int64}}) are") }
        let x = Value.float(r.doubleValue)
        return try rationalOnLeft ? binaryOperation(op, x, z) : binaryOperation(op, z, x)
    }

    /// `-r`, `+r`.
    func rationalUnary(_ op: Operator, _ r: RationalNumber) throws -> Value {
        switch op {
        case .minus: return .host(try r.negated())
        case .plus: return .host(r)
        default: throw RuntimeError("no method matching \(op.spelling)(::Rational{Int64}) (MethodError)", kind: .method)
        }
    }
}

/// For an ordering operator, what it says of the sign of left − right.
private func comparison(_ op: Operator) -> ((Int) -> Bool)? {
    switch op {
    case .equal: return { $0 == 0 }
    case .notEqual: return { $0 != 0 }
    case .less: return { $0 < 0 }
    case .lessEqual: return { $0 <= 0 }
    case .greater: return { $0 > 0 }
    case .greaterEqual: return { $0 >= 0 }
    default: return nil
    }
}

extension Runtime {
    /// Julia makes `[1//2, 1]` a `Vector{Rational{Int64}}` and `[1//2, 0.5]` a
    /// `Vector{Float64}`; the notebook's numeric arrays hold neither, so a literal or
    /// collection of numbers with a rational among them is refused. (Beside values that
    /// are not numbers, a rational sits in a `Vector{Any}` as Julia's does.)
    func refuseRationalArray(_ values: [Value]) throws {
        guard values.contains(where: { $0.rational != nil }) else { return }
        let numbers = values.allSatisfy { v in
            switch v {
            case .int, .bool, .float, .complex: return true
            default: return v.rational != nil
            }
        }
        if numbers { throw rationalRefusal("arrays of rational numbers (Vector{Rational{Int64}}) are") }
    }
}
