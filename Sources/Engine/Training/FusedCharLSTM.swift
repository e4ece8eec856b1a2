import Kernels

import RealModule

/// The engine's fused-gate LSTM (`lstmCell`, row convention, batch 1) as a character
/// model, with its forward and backward passes written out over buffers allocated once:
///
///     z_t = W[x_t, :] + h_{t-1} W[V+1:V+H, :] + b     (a one-hot input picks a row)
///     f, i, o = σ(z blocks 1-3), g = tanh(z block 4)
///     c_t = f .* c_{t-1} + i .* g,   h_t = o .* tanh(c_t),   y_t = h_t Wy + by
///
/// As in the RNN, only the recurrence runs step by step in the backward pass; the
/// weight gradients of the recurrent rows and of the output layer are whole-window
/// matrix products. W is kept as two matrices, its input rows transposed (Wxᵀ, 4H × V,
/// so the row a character picks is one contiguous column) and its recurrent rows Wh
/// (H × 4H, so the products every step makes with it read one contiguous block); it
/// is joined again only when the weights are asked for.
final class FusedCharLSTM: FusedCharModel {
    let vocabulary: Int, hidden: Int, steps: Int

    var wxT, wh, b, wy, by: [Double]
    var gWxT, gWh, gb, gWy, gby: [Double]
    var mWxT, mWh, mb, mWy, mby: [Double]

    /// h_0 … h_T and c_0 … c_T as columns of H × (T+1) matrices; column 0 is carried.
    var hs: [Double], cs: [Double]
    /// The activated gates f, i, o, g of each step: 4H × T.
    var gates: [Double]
    /// tanh(c_t): H × T.
    var cellTanh: [Double]
    /// Scores, then `softmax - onehot`: V × T.
    var outputGradients: [Double]
    /// Wy dy_t for every t: H × T.
    var gradientsFromOutput: [Double]
    /// dL/dz_t, the gradient at the gates before their nonlinearities: 4H × T.
    var gateGradients: [Double]
    var hiddenFromNext: [Double], cellFromNext: [Double]
    /// Which input rows of W this window touched.
    var touched: [Bool]

    var weights: [[Double]] {
        // W's column j is row j of Wxᵀ followed by Wh's column j.
        let n = 4 * hidden
        var w = [Double]()
        w.reserveCapacity(wxT.count + wh.count)
        for j in 0..<n {
            for r in 0..<vocabulary { w.append(wxT[j + r * n]) }
            w += wh[(j * hidden)..<((j + 1) * hidden)]
        }
        return [w, b, wy, by]
    }

    init(vocabulary v: Int, hidden h: Int, steps t: Int, weights: [Tensor]) {
        vocabulary = v; hidden = h; steps = t
        let w = weights[0].scalars, n = 4 * h
        wxT = Array(repeating: 0, count: v * n); wh = []
        for j in 0..<n {
            for r in 0..<v { wxT[j + r * n] = w[r + j * (v + h)] }
            wh += w[(j * (v + h) + v)..<((j + 1) * (v + h))]
        }
        b = weights[1].scalars; wy = weights[2].scalars; by = weights[3].scalars
        gWxT = Array(repeating: 0, count: wxT.count); gWh = Array(repeating: 0, count: wh.count)
        gb = Array(repeating: 0, count: 4 * h)
        gWy = Array(repeating: 0, count: h * v); gby = Array(repeating: 0, count: v)
        mWxT = gWxT; mWh = gWh; mb = gb; mWy = gWy; mby = gby
        hs = Array(repeating: 0, count: h * (t + 1)); cs = hs
        gates = Array(repeating: 0, count: 4 * h * t)
        cellTanh = Array(repeating: 0, count: h * t)
        outputGradients = Array(repeating: 0, count: v * t)
        gradientsFromOutput = Array(repeating: 0, count: h * t)
        gateGradients = Array(repeating: 0, count: 4 * h * t)
        hiddenFromNext = Array(repeating: 0, count: h); cellFromNext = hiddenFromNext
        touched = Array(repeating: false, count: v)
    }

    func resetState() {
        for i in 0..<hidden { hs[i] = 0; cs[i] = 0 }
    }

    func forwardBackward(inputs: UnsafeBufferPointer<Int>, targets: UnsafeBufferPointer<Int>) -> Double {
        let v = vocabulary, h = hidden, t = steps
        var loss = 0.0
        wxT.withUnsafeBufferPointer { wxT in
        wh.withUnsafeBufferPointer { wh in
        b.withUnsafeBufferPointer { b in
        wy.withUnsafeBufferPointer { wy in
        by.withUnsafeBufferPointer { by in
        hs.withUnsafeMutableBufferPointer { hs in
        cs.withUnsafeMutableBufferPointer { cs in
        gates.withUnsafeMutableBufferPointer { gates in
        cellTanh.withUnsafeMutableBufferPointer { cellTanh in
        outputGradients.withUnsafeMutableBufferPointer { dy in
            let wxT = wxT.baseAddress!, wh = wh.baseAddress!
            for step in 0..<t {
                let hPrev = hs.baseAddress! + step * h, hNow = hPrev + h
                let cPrev = cs.baseAddress! + step * h, cNow = cPrev + h
                let z = gates.baseAddress! + step * 4 * h, tc = cellTanh.baseAddress! + step * h
                let x = inputs[step]
                let row = wxT + x * 4 * h
                for j in 0..<(4 * h) { z[j] = b[j] + row[j] }
                Kernels.gemv(trans: true, m: h, n: 4 * h, alpha: 1, a: wh, lda: h, x: hPrev, beta: 1, y: z)
                Kernels.sigmoidInPlace(n: 3 * h, z)
                Kernels.tanhInPlace(n: h, z + 3 * h)
                Kernels.lstmPointwiseForward(n: h, gates: z, previousCell: cPrev, cell: cNow, cellTanh: tc, hidden: hNow)
            }
            // The read-out does not feed back into the recurrence, so all T steps go
            // through one matrix product: the columns of Wyᵀ [h_1 … h_T] .+ by.
            let scores = dy.baseAddress!
            for step in 0..<t { (scores + step * v).update(from: by.baseAddress!, count: v) }
            Kernels.gemm(transA: true, transB: false, m: v, n: t, k: h, alpha: 1, a: wy.baseAddress!, lda: h,
                         b: hs.baseAddress! + h, ldb: h, beta: 1, c: scores, ldc: v)
            for step in 0..<t {
                loss += softmaxCrossEntropyInPlace(scores + step * v, count: v, target: targets[step])
            }
        }}}}}}}}}}
        backward(inputs: inputs)
        for i in 0..<h {
            hs[i] = hs[t * h + i]
            cs[i] = cs[t * h + i]
        }
        return loss
    }

    private func backward(inputs: UnsafeBufferPointer<Int>) {
        let v = vocabulary, h = hidden, t = steps
        wh.withUnsafeBufferPointer { wh in
        wy.withUnsafeBufferPointer { wy in
        hs.withUnsafeBufferPointer { hs in
        cs.withUnsafeBufferPointer { cs in
        gates.withUnsafeBufferPointer { gates in
        cellTanh.withUnsafeBufferPointer { cellTanh in
        outputGradients.withUnsafeBufferPointer { dy in
        gradientsFromOutput.withUnsafeMutableBufferPointer { fromOutput in
        gateGradients.withUnsafeMutableBufferPointer { gateGradients in
        hiddenFromNext.withUnsafeMutableBufferPointer { dhNext in
        cellFromNext.withUnsafeMutableBufferPointer { dcNext in
            let wh = wh.baseAddress!, hs = hs.baseAddress!, dys = dy.baseAddress!
            let fromOut = fromOutput.baseAddress!, dz = gateGradients.baseAddress!
            let dhNext = dhNext.baseAddress!, dcNext = dcNext.baseAddress!
            // Output layer: ΔWy = [h_1 … h_T] DYᵀ, Δby = Σ dy_t, and Wy DY for all steps.
            gWy.withUnsafeMutableBufferPointer { g in
                Kernels.gemm(transA: false, transB: true, m: h, n: v, k: t, alpha: 1,
                                 a: hs + h, lda: h, b: dys, ldb: v, beta: 0, c: g.baseAddress!, ldc: h)
            }
            gby.withUnsafeMutableBufferPointer { sumColumns(dys, rows: v, columns: t, into: $0.baseAddress!) }
            Kernels.gemm(transA: false, transB: false, m: h, n: t, k: v, alpha: 1,
                             a: wy.baseAddress!, lda: h, b: dys, ldb: v, beta: 0, c: fromOut, ldc: h)
            dhNext.update(repeating: 0, count: h)
            dcNext.update(repeating: 0, count: h)
            for step in stride(from: t - 1, through: 0, by: -1) {
                let z = gates.baseAddress! + step * 4 * h, tc = cellTanh.baseAddress! + step * h
                let cPrev = cs.baseAddress! + step * h, own = fromOut + step * h
                let d = dz + step * 4 * h
                Kernels.lstmPointwiseBackward(n: h, gates: z, previousCell: cPrev, cellTanh: tc, fromOutput: own,
                                              fromNext: dhNext, cellGradient: dcNext, gateGradients: d)
                if step > 0 {
                    // dL/dh_{t-1} through the gates: the recurrent rows of W times dz_t.
                    Kernels.gemv(trans: false, m: h, n: 4 * h, alpha: 1, a: wh, lda: h, x: d, beta: 0, y: dhNext)
                }
            }
            // The recurrent rows of ΔW = [h_0 … h_{T-1}] DZᵀ; the input rows get dz_t
            // added into row x_t; Δb = Σ dz_t.
            gWh.withUnsafeMutableBufferPointer { g in
                Kernels.gemm(transA: false, transB: true, m: h, n: 4 * h, k: t, alpha: 1,
                             a: hs, lda: h, b: dz, ldb: 4 * h, beta: 0, c: g.baseAddress!, ldc: h)
            }
            gWxT.withUnsafeMutableBufferPointer { g in
                let gx = g.baseAddress!
                for r in 0..<v where touched[r] { (gx + r * 4 * h).update(repeating: 0, count: 4 * h) }
                for r in 0..<v { touched[r] = false }
                for step in 0..<t {
                    let r = inputs[step], d = dz + step * 4 * h, row = gx + r * 4 * h
                    touched[r] = true
                    for j in 0..<(4 * h) { row[j] += d[j] }
                }
            }
            gb.withUnsafeMutableBufferPointer { sumColumns(dz, rows: 4 * h, columns: t, into: $0.baseAddress!) }
        }}}}}}}}}}}
    }

    func clipAndAdagrad(limit: Double, learningRate lr: Double, epsilon: Double) {
        let n = 4 * hidden
        // Only the rows of W whose character occurred (contiguous columns of Wxᵀ) have a
        // nonzero gradient.
        clippedAdagradColumns(&wxT, gWxT, &mWxT, length: n, columns: touched,
                              limit: limit, learningRate: lr, epsilon: epsilon)
        clippedAdagradStep(&wh, gWh, &mWh, limit: limit, learningRate: lr, epsilon: epsilon)
        clippedAdagradStep(&b, gb, &mb, limit: limit, learningRate: lr, epsilon: epsilon)
        clippedAdagradStep(&wy, gWy, &mWy, limit: limit, learningRate: lr, epsilon: epsilon)
        clippedAdagradStep(&by, gby, &mby, limit: limit, learningRate: lr, epsilon: epsilon)
    }
}
