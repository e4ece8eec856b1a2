import Kernels

import RealModule

/// The engine's fused-gate LSTM (`lstmCell`, row convention, batch 1) as a character
/// model, with its forward and backward passes written out over buffers allocated once:
///
///     z_t = W[x_t, :] + h_{t-1} W[V+1:V+H, :] + b     (a one-hot input picks a row)
///     f, i, o = σ(z_t's f, i, o blocks), g = tanh(its candidate block)   (LSTMGate's order)
///     c_t = f .* c_{t-1} + i .* g,   h_t = o .* tanh(c_t),   y_t = h_t Wy + by
///
/// It implements `lstmCell`'s definition (`composedLSTMCell`) followed by `dense` and
/// `nll`; CharModelTrainerTests hold it against that composition.
///
/// As in the RNN, only the recurrence runs step by step in the backward pass; the
/// weight gradients of the recurrent rows and of the output layer are whole-window
/// matrix products. W is kept as two matrices, its input rows transposed (Wxᵀ, 4H × V,
/// so the row a character picks is one contiguous column) and its recurrent rows Wh
/// (H × 4H, so the products every step makes with it read one contiguous block); it
/// is joined again only when the weights are asked for.
final class FusedCharLSTM: FusedCharModel {
    let vocabulary: Int, hidden: Int, steps: Int

    /// Wxᵀ (an input weight: x_t picks a column), Wh, b, Wy, by.
    var wxT: FusedParameter
    let wh, b, wy, by: FusedParameter

    /// h_0 … h_T and c_0 … c_T as columns of H × (T+1) matrices; column 0 is carried.
    let hs: FusedBuffer, cs: FusedBuffer
    /// The activated gates f, i, o, g of each step: 4H × T.
    let gates: FusedBuffer
    /// tanh(c_t): H × T.
    let cellTanh: FusedBuffer
    /// Scores, then `softmax - onehot`: V × T.
    let outputGradients: FusedBuffer
    /// Wy dy_t for every t: H × T.
    let gradientsFromOutput: FusedBuffer
    /// dL/dz_t, the gradient at the gates before their nonlinearities: 4H × T.
    let gateGradients: FusedBuffer
    let hiddenFromNext: FusedBuffer, cellFromNext: FusedBuffer

    var weights: [[Double]] {
        [joined(wxT.value, wh.value), b.value.scalars, wy.value.scalars, by.value.scalars]
    }

    var gradients: [[Double]] {
        [joined(wxT.gradient, wh.gradient), b.gradient.scalars, wy.gradient.scalars, by.gradient.scalars]
    }

    /// W (V+H) × 4H from its two parts: W's column j is row j of Wxᵀ followed by Wh's column j.
    private func joined(_ transposedInput: FusedBuffer, _ recurrent: FusedBuffer) -> [Double] {
        let n = 4 * hidden, wxT = transposedInput.base, wh = recurrent.base
        var w = [Double]()
        w.reserveCapacity(transposedInput.count + recurrent.count)
        for j in 0..<n {
            for r in 0..<vocabulary { w.append(wxT[j + r * n]) }
            w += UnsafeBufferPointer(start: wh + j * hidden, count: hidden)
        }
        return w
    }

    init(vocabulary v: Int, hidden h: Int, steps t: Int, weights: [Tensor]) {
        vocabulary = v; hidden = h; steps = t
        let w = weights[0].scalars, n = 4 * h
        var transposed = [Double](repeating: 0, count: v * n), recurrent = [Double]()
        for j in 0..<n {
            for r in 0..<v { transposed[j + r * n] = w[r + j * (v + h)] }
            recurrent += w[(j * (v + h) + v)..<((j + 1) * (v + h))]
        }
        wxT = FusedParameter(transposed, columnLength: n)
        wh = FusedParameter(recurrent)
        b = FusedParameter(weights[1].scalars)
        wy = FusedParameter(weights[2].scalars); by = FusedParameter(weights[3].scalars)
        hs = FusedBuffer(count: h * (t + 1)); cs = FusedBuffer(count: h * (t + 1))
        gates = FusedBuffer(count: 4 * h * t)
        cellTanh = FusedBuffer(count: h * t)
        outputGradients = FusedBuffer(count: v * t)
        gradientsFromOutput = FusedBuffer(count: h * t)
        gateGradients = FusedBuffer(count: 4 * h * t)
        hiddenFromNext = FusedBuffer(count: h); cellFromNext = FusedBuffer(count: h)
    }

    func resetState() {
        hs.base.update(repeating: 0, count: hidden)
        cs.base.update(repeating: 0, count: hidden)
    }

    func forwardBackward(inputs: UnsafeBufferPointer<Int>, targets: UnsafeBufferPointer<Int>) -> Double {
        let v = vocabulary, h = hidden, t = steps
        let wxT = wxT.value.base, wh = wh.value.base, b = b.value.base
        let hs = hs.base, cs = cs.base, scores = outputGradients.base
        var loss = 0.0
        for step in 0..<t {
            let hPrev = hs + step * h, hNow = hPrev + h
            let cPrev = cs + step * h, cNow = cPrev + h
            let z = gates.base + step * 4 * h, tc = cellTanh.base + step * h
            let row = wxT + inputs[step] * 4 * h
            for j in 0..<(4 * h) { z[j] = b[j] + row[j] }
            Kernels.gemv(trans: true, m: h, n: 4 * h, alpha: 1, a: wh, lda: h, x: hPrev, beta: 1, y: z)
            Kernels.lstmActivateGates(n: h, z)
            Kernels.lstmPointwiseForward(n: h, gates: z, previousCell: cPrev, cell: cNow, cellTanh: tc, hidden: hNow)
        }
        // The read-out does not feed back into the recurrence, so all T steps go
        // through one matrix product: the columns of Wyᵀ [h_1 … h_T] .+ by.
        for step in 0..<t { (scores + step * v).update(from: by.value.base, count: v) }
        Kernels.gemm(transA: true, transB: false, m: v, n: t, k: h, alpha: 1, a: wy.value.base, lda: h,
                     b: hs + h, ldb: h, beta: 1, c: scores, ldc: v)
        for step in 0..<t {
            loss += softmaxCrossEntropyInPlace(scores + step * v, count: v, target: targets[step])
        }
        backward(inputs: inputs)
        hs.update(from: hs + t * h, count: h)
        cs.update(from: cs + t * h, count: h)
        return loss
    }

    private func backward(inputs: UnsafeBufferPointer<Int>) {
        let v = vocabulary, h = hidden, t = steps
        let hs = hs.base, dys = outputGradients.base
        let fromOut = gradientsFromOutput.base, dz = gateGradients.base
        let dhNext = hiddenFromNext.base, dcNext = cellFromNext.base
        // Output layer: ΔWy = [h_1 … h_T] DYᵀ, Δby = Σ dy_t, and Wy DY for all steps.
        Kernels.gemm(transA: false, transB: true, m: h, n: v, k: t, alpha: 1,
                     a: hs + h, lda: h, b: dys, ldb: v, beta: 0, c: wy.gradient.base, ldc: h)
        sumColumns(dys, rows: v, columns: t, into: by.gradient.base)
        Kernels.gemm(transA: false, transB: false, m: h, n: t, k: v, alpha: 1,
                     a: wy.value.base, lda: h, b: dys, ldb: v, beta: 0, c: fromOut, ldc: h)
        dhNext.update(repeating: 0, count: h)
        dcNext.update(repeating: 0, count: h)
        for step in stride(from: t - 1, through: 0, by: -1) {
            let z = gates.base + step * 4 * h, tc = cellTanh.base + step * h
            let cPrev = cs.base + step * h, own = fromOut + step * h
            let d = dz + step * 4 * h
            Kernels.lstmPointwiseBackward(n: h, gates: z, previousCell: cPrev, cellTanh: tc, fromOutput: own,
                                          fromNext: dhNext, cellGradient: dcNext, gateGradients: d)
            if step > 0 {
                // dL/dh_{t-1} through the gates: the recurrent rows of W times dz_t.
                Kernels.gemv(trans: false, m: h, n: 4 * h, alpha: 1, a: wh.value.base, lda: h, x: d, beta: 0, y: dhNext)
            }
        }
        // The recurrent rows of ΔW = [h_0 … h_{T-1}] DZᵀ; the input rows get dz_t
        // added into row x_t; Δb = Σ dz_t.
        Kernels.gemm(transA: false, transB: true, m: h, n: 4 * h, k: t, alpha: 1,
                     a: hs, lda: h, b: dz, ldb: 4 * h, beta: 0, c: wh.gradient.base, ldc: h)
        wxT.accumulateColumns(dz, pickedBy: inputs)
        sumColumns(dz, rows: 4 * h, columns: t, into: b.gradient.base)
    }

    func clipAndAdagrad(limit: Double, learningRate lr: Double, epsilon: Double) {
        // Only the rows of W whose character occurred (contiguous columns of Wxᵀ) have a
        // nonzero gradient; the input weight's own step visits those only.
        wxT.clippedAdagrad(limit: limit, learningRate: lr, epsilon: epsilon)
        wh.clippedAdagrad(limit: limit, learningRate: lr, epsilon: epsilon)
        b.clippedAdagrad(limit: limit, learningRate: lr, epsilon: epsilon)
        wy.clippedAdagrad(limit: limit, learningRate: lr, epsilon: epsilon)
        by.clippedAdagrad(limit: limit, learningRate: lr, epsilon: epsilon)
    }
}
