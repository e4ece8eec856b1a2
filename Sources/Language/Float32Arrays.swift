import Engine

/// Arrays of Float32 (`Vector{Float32}`, `Matrix{Float32}`): a tensor whose Doubles are
/// each exactly a Float32, read back as Float32 scalars.
///
/// Their arithmetic goes element by element through the Float32 scalars, as Julia's
/// broadcast loop computes each element in Float32: `A .+ 1`, `2f0 .* A`, `A + B`,
/// `A / 2`, `sqrt.(A)`, `Float32.(B)`. Whatever would compute on the tensor as
/// Float64 refuses a Float32 array instead: a matrix product (Julia's Float32 BLAS sums
/// in Float32), a builtin without a Float32 method (`sum` of 16 or more elements, which
/// Julia adds in 8-lane SIMD partial sums; `mean`, `norm`, `dot`, ...), the fused
/// broadcast kernel, and gradients.
extension Value {
    /// Whether this is an array of Float32.
    var isFloat32Array: Bool {
        if case .array(let box) = self { return box.elementType == .float32 }
        return false
    }
}

extension Runtime {
    /// `a op b` (`a .op b` when `dotted`) where a Float32 array takes part, or a Float32
    /// number with an array: each element by the scalar operation, where Julia's result
    /// is elementwise; refused where it is a matrix operation. Nil when neither side
    /// is such an operand.
    func float32ArrayOperation(_ op: Operator, _ a: Value, _ b: Value, dotted: Bool) throws -> Value? {
        let involved = a.isFloat32Array || b.isFloat32Array
            || (a.isFloat32 && isNumericArray(b)) || (b.isFloat32 && isNumericArray(a))
        guard involved else { return nil }
        switch op {
        // Answered for any values by the general path: `==` of arrays compares their
        // elements' exact values, `in` each element with `==`.
        case .identical, .notIdentical, .pair, .in, .notIn: return nil
        case .equal, .notEqual where !dotted: return nil
        default: break
        }
        if case .tracked = a { throw float32TrackedRefusal() }
        if case .tracked = b { throw float32TrackedRefusal() }
        func isArray(_ v: Value) -> Bool { isNumericArray(v) }
        func shape(_ v: Value) -> [Int]? {
            switch v {
            case .array(let box): return box.tensor.shape
            case .range(let r): return [r.count]
            default: return nil
            }
        }
        let elementwise: Bool
        if dotted {
            elementwise = true
        } else {
            switch op {
            case .plus, .minus: elementwise = isArray(a) && isArray(b) && shape(a) == shape(b)
            case .times: elementwise = !isArray(a) || !isArray(b)
            case .divide: elementwise = !isArray(b)
            default: elementwise = false
            }
        }
        guard elementwise, let function = Library.standard.functions[op.spelling] else {
            throw RuntimeError(
                "`\(op.spelling)` of \(describeType(a)) and \(describeType(b)) is not supported: with Float32 arrays the notebook computes elementwise operations (`.\(op.spelling)`) only; Julia's Float32 matrix operations round as its BLAS does",
                kind: .notSupported)
        }
        return try broadcastCall(.function(function), [a, b], [:], at: nowhere)
    }

    /// Julia's `sum(A)` and `sum(f, A)` of a Float32 array of fewer than 16 elements:
    /// base/reduce.jl's `_mapreduce` adds them left to right from the first (zero for
    /// none, the element itself for one); from 16 on it adds in pairwise blocks whose
    /// SIMD loop the notebook does not reproduce for Float32, so it refuses.
    func float32Sum(_ box: ArrayBox, mapping f: Value?) throws -> Value {
        let count = box.tensor.count
        guard count < 16 else {
            throw RuntimeError(
                "sum of a Float32 array of \(count) elements is not supported: Julia adds 16 or more Float32s in SIMD partial sums, which the notebook does not reproduce; convert with Float64.(A) first",
                kind: .notSupported)
        }
        func term(_ k: Int) throws -> Value {
            let x = box.element(at: k)
            return try f.map { try call($0, [x], [:], at: nowhere) } ?? x
        }
        if count == 0 {
            guard f == nil else { throw RuntimeError("sum(f, A) of an empty Float32 array is not supported", kind: .notSupported) }
            return .float32(0)
        }
        var total = try term(0)
        for k in 1..<count { total = try binaryOperation(.plus, total, try term(k)) }
        return total
    }

    private func float32TrackedRefusal() -> RuntimeError {
        RuntimeError("Float32 values inside grad are not supported: the tape computes in Float64", kind: .notSupported)
    }
}
