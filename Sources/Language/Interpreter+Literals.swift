import Engine

extension Interpreter {
    func concatenate(_ rows: [[Expr]], _ env: Environment) throws -> Value {
        var valueRows: [[Value]] = []
        for row in rows { valueRows.append(try evaluateItems(row, env)) }
        return try concatenate(valueRows)
    }
}

/// Array literals: `[a, b, c]` (a vector, or a list when the elements are not
/// numbers), `Float64[...]`/`Any[...]`, and `[a b; c d]` concatenation.
extension Runtime {
    /// `[a, b, c]`: numbers make a numeric vector; anything else makes a list.
    func makeVector(_ values: [Value]) throws -> Value {
        try checkBudget(values.count)
        if values.isEmpty { return .list(ListBox([], isAny: true)) }
        var type: ElementType? = nil
        var doubles: [Double] = []
        doubles.reserveCapacity(values.count)
        var tracked = false
        for v in values {
            switch v {
            case .int(let n):
                type = type == nil || type == .int64 ? .int64 : (type == .bool ? .int64 : .float64)
                try checkStorable(n)
                doubles.append(Double(n))
            case .bool(let b):
                type = type == nil || type == .bool ? .bool : type
                doubles.append(b ? 1 : 0)
            case .float(let x):
                type = .float64
                doubles.append(x)
            case .tracked(let t) where t.value.count == 1:
                tracked = true
                doubles.append(t.value.scalars[0])
            default:
                return .list(ListBox(values))
            }
        }
        if tracked {
            let parts = values.map { v -> Var in
                if case .tracked(let t) = v { return (try? t.reshaped([1])) ?? t }
                return Var(Tensor(vector: [scalarDouble(v) ?? 0]))
            }
            return .tracked(try Var.vcat(parts))
        }
        return .array(ArrayBox(Tensor(vector: doubles), elementType: type ?? .float64))
    }

    func makeTypedVector(_ type: String, _ values: [Value]) throws -> Value {
        switch type {
        case "Bool":
            let bits = try values.map { v -> Double in
                guard case .bool(let b) = v else { throw RuntimeError("Bool[...] holds true and false, got \(describeType(v))", kind: .argument) }
                return b ? 1 : 0
            }
            return .array(ArrayBox(Tensor(vector: bits), elementType: .bool))
        case "Float64", "Float32", "Real", "Number":
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
        default:
            return .list(ListBox(values, isAny: true))
        }
    }

    /// `[a b; c d]`: each row is joined side by side (hcat), then rows are stacked (vcat).
    func concatenate(_ valueRows: [[Value]]) throws -> Value {
        let rows = valueRows
        let all = valueRows.flatMap { $0 }
        // Bools join integers as integers, as Julia promotes them.
        let allInts = all.allSatisfy {
            if case .int = $0 { return true }
            if case .bool = $0 { return true }
            if case .array(let b) = $0 { return b.elementType != .float64 }
            if case .range(let r) = $0 { return r.isIntegral }
            return false
        }
        let allBools = all.allSatisfy {
            if case .bool = $0 { return true }
            if case .array(let b) = $0 { return b.elementType == .bool }
            return false
        }
        var parts: [Var] = []
        for row in valueRows {
            let operands = try row.map { v -> Var in
                guard let (x, _) = try operand(v) else {
                    throw RuntimeError("cannot put \(describeType(v)) in an array literal with spaces or `;`", kind: .method)
                }
                return x.value.rank == 0 ? try x.reshaped([1, 1]) : x
            }
            parts.append(operands.count == 1 && rows.count > 1 ? operands[0] : try Var.hcat(operands))
        }
        var result = rows.count == 1 ? parts[0] : try Var.vcat(parts)
        // `[1; 2; 3]` of numbers is a vector, as in Julia.
        if rows.count > 1, valueRows.allSatisfy({ $0.count == 1 }), all.allSatisfy({ $0.isNumber }) {
            result = try result.reshaped([result.value.count])
        }
        try checkBudget(result.value.count)
        return try wrap(result, allBools ? .bool : allInts ? .int64 : .float64)
    }

    /// Arrays keep integers in Float64, exact up to 2^53; larger ones are refused rather than rounded.
    func checkStorable(_ n: Int) throws {
        guard n.magnitude <= 1 << 53 else {
            throw RuntimeError("the integer \(n) is too large to store in an array (arrays hold integers exactly up to 2^53)", kind: .notSupported)
        }
    }
}
