import Kernels

/// `[x h] · W .+ b`, the affine map inside every cell, done as one fused operation.
///
/// Written out instead of composed from `hcat`, `*` and `+` so that a cell step is one
/// tape entry, and so that its backward pass adds straight into the gradients of W
/// and b: over a sequence, W's gradient is one buffer that every step adds into,
/// not a new W-sized tensor per step.
///
/// When x is a single untracked row that is exactly one-hot (a character or token id,
/// as lessons feed them), the product with x's rows of W is a row lookup and its
/// gradient a row update, the "embedding" shortcut. It treats 0 · w as 0, which differs
/// from the dense product only when W holds an infinity or NaN.
struct FusedAffine {
    let batch: Int, inputs: Int, hidden: Int, outputs: Int
    /// The index of x's single 1 when the shortcut applies.
    let hotIndex: Int?
    /// [x h] in storage order (a B × (X+H) matrix), kept for the backward pass.
    let stacked: [Double]
    let weight: Tensor

    /// Shapes this fused path takes: x B×X, h B×H (or none), W (X+H)×N, b 1×N, with N
    /// `outputs` when given, none of them empty. Anything else returns nil, and the caller composes the
    /// general operations, which also report shape errors.
    init?(x: Tensor, h: Tensor?, weight: Tensor, bias: Tensor, xTracked: Bool, outputs expected: Int? = nil) {
        guard x.rank == 2, weight.rank == 2, bias.rank == 2 else { return nil }
        let b = x.shape[0], xs = x.shape[1]
        var hs = 0
        if let h {
            guard h.rank == 2, h.shape[0] == b else { return nil }
            hs = h.shape[1]
        }
        let n = weight.shape[1]
        guard b > 0, n > 0, weight.shape[0] == xs + hs, bias.shape == [1, n], expected == nil || expected == n else {
            return nil
        }
        batch = b; inputs = xs; hidden = hs; outputs = n
        self.weight = weight
        hotIndex = (b == 1 && !xTracked) ? FusedAffine.hotIndex(of: x.scalars) : nil
        // Column-major [x h] is x's elements followed by h's.
        stacked = hotIndex != nil ? (h?.scalars ?? []) : x.scalars + (h?.scalars ?? [])
    }

    /// The position of the only nonzero element when it is exactly 1.
    static func hotIndex(of values: [Double]) -> Int? {
        var hot: Int?
        for (i, v) in values.enumerated() where v != 0 {
            guard v == 1, hot == nil else { return nil }
            hot = i
        }
        return hot
    }

    /// z = [x h] W .+ b, B × N in storage order.
    func forward(bias: Tensor) -> [Double] {
        let b = batch, n = outputs, ld = inputs + hidden
        var z = [Double](repeating: 0, count: b * n)
        z.withUnsafeMutableBufferPointer { zp in
            weight.scalars.withUnsafeBufferPointer { w in
                stacked.withUnsafeBufferPointer { s in
                    let z = zp.baseAddress!, w = w.baseAddress!
                    for j in 0..<n { for r in 0..<b { z[r + j * b] = bias.scalars[j] } }
                    if let hot = hotIndex {
                        for j in 0..<n { z[j] += w[hot + j * ld] }
                        if hidden > 0 {
                            Kernels.gemv(trans: true, m: hidden, n: n, alpha: 1, a: w + inputs, lda: ld,
                                             x: s.baseAddress!, beta: 1, y: z)
                        }
                    } else if ld > 0 {
                        Kernels.gemm(transA: false, transB: false, m: b, n: n, k: ld, alpha: 1,
                                         a: s.baseAddress!, lda: b, b: w, ldb: ld, beta: 1, c: z, ldc: b)
                    }
                }
            }
        }
        return z
    }

    /// Adds the gradients of x, h, W and b (those with a tape position) for the output
    /// gradient `dz` (B × N) into `table`.
    func backward(
        _ dz: UnsafePointer<Double>, x xID: Int?, h hID: Int?, weight wID: Int?, bias bID: Int?,
        table: inout GradientTable
    ) {
        let b = batch, n = outputs, ld = inputs + hidden
        stacked.withUnsafeBufferPointer { s in
            weight.scalars.withUnsafeBufferPointer { w in
                let s = s.baseAddress, w = w.baseAddress!
                // One row of [x h] (a batch of one): W's gradient is outer products, of h's
                // rows (x one-hot) or of all of them, which wait to be added with the other
                // steps' as one gemm (`GradientTable.addOuterProduct`).
                let rowsOfProduct = hotIndex != nil ? hidden : ld
                if let wID, b == 1, rowsOfProduct * n >= batchedOuterProductMinimum {
                    if let hot = hotIndex {
                        table.add(into: wID, shape: weight.shape) { dw in for j in 0..<n { dw[hot + j * ld] += dz[j] } }
                    }
                    table.addOuterProduct(
                        into: wID, shape: weight.shape, rows: rowsOfProduct, columns: n, offset: hotIndex != nil ? inputs : 0,
                        ld: ld, s!, dz)
                } else if let wID {
                    table.add(into: wID, shape: weight.shape) { dw in
                        if let hot = hotIndex {
                            for j in 0..<n { dw[hot + j * ld] += dz[j] }
                            if hidden > 0 {
                                Kernels.gemm(transA: true, transB: false, m: hidden, n: n, k: 1, alpha: 1,
                                                 a: s!, lda: 1, b: dz, ldb: 1, beta: 1, c: dw + inputs, ldc: ld)
                            }
                        } else if ld > 0 {
                            Kernels.gemm(transA: true, transB: false, m: ld, n: n, k: b, alpha: 1,
                                             a: s!, lda: b, b: dz, ldb: b, beta: 1, c: dw, ldc: ld)
                        }
                    }
                }
                if let bID {
                    table.add(into: bID, shape: [1, n]) { db in
                        for j in 0..<n { for r in 0..<b { db[j] += dz[r + j * b] } }
                    }
                }
                // dx = dz W[1:X, :]ᵀ and dh = dz W[X+1:X+H, :]ᵀ.
                if let xID, inputs > 0 {
                    table.add(into: xID, shape: [b, inputs]) { dx in
                        Kernels.gemm(transA: false, transB: true, m: b, n: inputs, k: n, alpha: 1,
                                         a: dz, lda: b, b: w, ldb: ld, beta: 1, c: dx, ldc: b)
                    }
                }
                if let hID, hidden > 0 {
                    table.add(into: hID, shape: [b, hidden]) { dh in
                        Kernels.gemm(transA: false, transB: true, m: b, n: hidden, k: n, alpha: 1,
                                         a: dz, lda: b, b: w + inputs, ldb: ld, beta: 1, c: dh, ldc: b)
                    }
                }
            }
        }
    }
}
