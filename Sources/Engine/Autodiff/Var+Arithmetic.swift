import Kernels

// Differentiable arithmetic. Each operation computes its value with the Tensor
// kernel and, right beside it, the gradient of each operand. Broadcasting operands
// get their gradient summed back to their own shape (`Broadcast.reduce`).

/// Outer-product gradients of at least this many elements are batched (see `Var.*`): a
/// smaller one fits in L1, where adding it at once costs about what the copies would.
let batchedOuterProductMinimum = 1024

extension Var {
    public static func + (a: Var, b: Var) throws -> Var {
        try record(a.value + b.value, from: [a, b]) { g, _ in
            [Broadcast.reduce(g, to: a.shape), Broadcast.reduce(g, to: b.shape)]
        }
    }

    public static func - (a: Var, b: Var) throws -> Var {
        try record(a.value - b.value, from: [a, b]) { g, _ in
            [Broadcast.reduce(g, to: a.shape), Broadcast.reduce(-g, to: b.shape)]
        }
    }

    /// Elementwise product (Julia's `.*`).
    public static func .* (a: Var, b: Var) throws -> Var {
        try record(a.value .* b.value, from: [a, b]) { g, need in
            [need[0] ? Broadcast.reduce(try g .* b.value, to: a.shape) : nil,
             need[1] ? Broadcast.reduce(try g .* a.value, to: b.shape) : nil]
        }
    }

    /// Elementwise quotient (Julia's `./`).
    public static func / (a: Var, b: Var) throws -> Var {
        try record(a.value / b.value, from: [a, b]) { g, need in
            [need[0] ? Broadcast.reduce(try g / b.value, to: a.shape) : nil,
             need[1] ? Broadcast.reduce(try (-g) .* a.value / (b.value .* b.value), to: b.shape) : nil]
        }
    }

    /// Elementwise power with a constant exponent: d/dx x^p = p x^(p-1).
    public func pow(_ p: Double) -> Var {
        Var.record1(value.pow(p), from: self) { g in try g .* (p * value.pow(p - 1)) }
    }

    /// Elementwise power with a differentiable exponent; d/dp a^p = a^p log a.
    public func pow(_ p: Var) throws -> Var {
        let y = try value.pow(p.value)
        return try Var.record(y, from: [self, p]) { g, need in
            [need[0] ? Broadcast.reduce(try g .* p.value .* (try value.pow(p.value - 1)), to: shape) : nil,
             need[1] ? Broadcast.reduce(try g .* y .* value.log(), to: p.shape) : nil]
        }
    }

    /// Matrix product (Julia's `*`): dA = G Bᵀ, dB = Aᵀ G, with vectors read as columns.
    /// The gradients are added in place (a weight used at every time step accumulates
    /// in one buffer, which the first product writes rather than adds to zeros), and the
    /// transposes are read where they lie, never copied. A gradient that is an outer
    /// product (b one column, or a one row) of a large matrix waits in the table to be
    /// added with the other time steps' as one matrix product (`addOuterProduct`).
    public static func * (a: Var, b: Var) throws -> Var {
        let y = try a.value.matmul(b.value)
        let (m, k) = a.value.matrixDimensions
        let n = b.value.size(1)
        return try recordFused(y, from: [a, b]) { g, ids, table in
            guard m > 0, n > 0, k > 0 else { return }
            g.scalars.withUnsafeBufferPointer { gp in
                a.value.scalars.withUnsafeBufferPointer { ap in
                    b.value.scalars.withUnsafeBufferPointer { bp in
                        let g = gp.baseAddress!, av = ap.baseAddress!, bv = bp.baseAddress!
                        // dA = g·bᵀ and dB = aᵀ·g, the vectors read where they lie.
                        if let aID = ids[0], n == 1, m * k >= batchedOuterProductMinimum {
                            table.addOuterProduct(into: aID, shape: a.shape, rows: m, columns: k, g, bv)
                        } else if let aID = ids[0] {
                            table.update(into: aID, shape: a.shape) { da, beta in
                                if juliaSmallProduct(transA: false, transB: true, m: m, n: k, k: n,
                                                     a: g, lda: m, b: bv, ldb: k, beta: beta, c: da, ldc: m) { return }
                                Kernels.gemm(transA: false, transB: true, m: m, n: k, k: n, alpha: 1,
                                                 a: g, lda: m, b: bv, ldb: k, beta: beta, c: da, ldc: m)
                            }
                        }
                        if let bID = ids[1], m == 1, k * n >= batchedOuterProductMinimum {
                            table.addOuterProduct(into: bID, shape: b.shape, rows: k, columns: n, av, g)
                        } else if let bID = ids[1] {
                            table.update(into: bID, shape: b.shape) { db, beta in
                                if juliaSmallProduct(transA: true, transB: false, m: k, n: n, k: m,
                                                     a: av, lda: m, b: g, ldb: m, beta: beta, c: db, ldc: k) { return }
                                Kernels.gemm(transA: true, transB: false, m: k, n: n, k: m, alpha: 1,
                                                 a: av, lda: m, b: g, ldb: m, beta: beta, c: db, ldc: k)
                            }
                        }
                    }
                }
            }
        }
    }

    public static prefix func - (a: Var) -> Var { record1(-a.value, from: a) { -$0 } }

    // Mixed with plain numbers: the number is a constant, so only `a` gets a gradient.
    public static func + (a: Var, b: Double) -> Var { record1(a.value + b, from: a) { $0 } }
    public static func + (a: Double, b: Var) -> Var { b + a }
    public static func - (a: Var, b: Double) -> Var { record1(a.value - b, from: a) { $0 } }
    public static func - (a: Double, b: Var) -> Var { record1(a - b.value, from: b) { -$0 } }
    public static func * (a: Var, b: Double) -> Var { record1(a.value * b, from: a) { $0 * b } }
    public static func * (a: Double, b: Var) -> Var { b * a }
    public static func / (a: Var, b: Double) -> Var { record1(a.value / b, from: a) { $0 / b } }
    public static func / (a: Double, b: Var) -> Var {
        record1(a / b.value, from: b) { g in try g .* (-a / (b.value .* b.value)) }
    }
}
