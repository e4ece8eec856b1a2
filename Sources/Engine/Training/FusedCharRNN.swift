import Kernels

import RealModule

/// min-char-rnn's vanilla RNN with its forward and backward passes written out over
/// buffers allocated once (column convention, batch 1):
///
///     h_t = tanh(Wxh[:, x_t] + Whh h_{t-1} + bh)      (a one-hot input picks a column)
///     y_t = Why h_t + by
///
/// The backward pass does per step only what the recurrence forces to be sequential
/// (δ_t and Whhᵀ δ_t); the weight gradients are then whole-window matrix products
/// (ΔWhy = DY Hᵀ, ΔWhh = Δ H_prevᵀ), which run far faster than T rank-one updates.
final class FusedCharRNN: FusedCharModel {
    let vocabulary: Int, hidden: Int, steps: Int

    // Weights, gradients and Adagrad memory, in the trainer's order.
    var wxh, whh, bh, why, by: [Double]
    var gWxh, gWhh, gbh, gWhy, gby: [Double]
    var mWxh, mWhh, mbh, mWhy, mby: [Double]

    /// h_0 … h_T as the columns of an H × (T+1) matrix; column 0 is the carried state.
    var states: [Double]
    /// Scores, then probabilities, then `p - onehot`: V × T.
    var outputGradients: [Double]
    /// Whyᵀ dy_t for every t (the output's share of dL/dh_t): H × T.
    var gradientsFromOutput: [Double]
    /// δ_t = dL/dh_t .* (1 - h_t²): H × T.
    var deltas: [Double]
    var gradientFromNext: [Double]
    /// Which input columns of Wxh this window touched (their gradients are nonzero).
    var touched: [Bool]

    var weights: [[Double]] { [wxh, whh, bh, why, by] }

    init(vocabulary v: Int, hidden h: Int, steps t: Int, weights: [Tensor]) {
        vocabulary = v; hidden = h; steps = t
        wxh = weights[0].scalars; whh = weights[1].scalars; bh = weights[2].scalars
        why = weights[3].scalars; by = weights[4].scalars
        gWxh = Array(repeating: 0, count: h * v); gWhh = Array(repeating: 0, count: h * h)
        gbh = Array(repeating: 0, count: h); gWhy = Array(repeating: 0, count: v * h)
        gby = Array(repeating: 0, count: v)
        mWxh = gWxh; mWhh = gWhh; mbh = gbh; mWhy = gWhy; mby = gby
        states = Array(repeating: 0, count: h * (t + 1))
        outputGradients = Array(repeating: 0, count: v * t)
        gradientsFromOutput = Array(repeating: 0, count: h * t)
        deltas = Array(repeating: 0, count: h * t)
        gradientFromNext = Array(repeating: 0, count: h)
        touched = Array(repeating: false, count: v)
    }

    func resetState() {
        for i in 0..<hidden { states[i] = 0 }
    }

    func forwardBackward(inputs: UnsafeBufferPointer<Int>, targets: UnsafeBufferPointer<Int>) -> Double {
        let v = vocabulary, h = hidden, t = steps
        var loss = 0.0
        wxh.withUnsafeBufferPointer { wxh in
        whh.withUnsafeBufferPointer { whh in
        bh.withUnsafeBufferPointer { bh in
        why.withUnsafeBufferPointer { why in
        by.withUnsafeBufferPointer { by in
        states.withUnsafeMutableBufferPointer { states in
        outputGradients.withUnsafeMutableBufferPointer { dy in
            let hs = states.baseAddress!, dys = dy.baseAddress!
            for step in 0..<t {
                let previous = hs + step * h, current = previous + h
                let column = wxh.baseAddress! + inputs[step] * h
                for i in 0..<h { current[i] = bh[i] + column[i] }
                Kernels.gemv(trans: false, m: h, n: h, alpha: 1, a: whh.baseAddress!, lda: h,
                                 x: previous, beta: 1, y: current)
                Kernels.tanhInPlace(n: h, current)
            }
            // The read-out does not feed back into the recurrence, so all T steps go
            // through one matrix product: [y_1 … y_T] = Why [h_1 … h_T] .+ by.
            for step in 0..<t { (dys + step * v).update(from: by.baseAddress!, count: v) }
            Kernels.gemm(transA: false, transB: false, m: v, n: t, k: h, alpha: 1, a: why.baseAddress!, lda: v,
                         b: hs + h, ldb: h, beta: 1, c: dys, ldc: v)
            for step in 0..<t {
                loss += softmaxCrossEntropyInPlace(dys + step * v, count: v, target: targets[step])
            }
        }}}}}}}
        backward(inputs: inputs)
        // The window's last state is carried into the next window.
        for i in 0..<h { states[i] = states[t * h + i] }
        return loss
    }

    private func backward(inputs: UnsafeBufferPointer<Int>) {
        let v = vocabulary, h = hidden, t = steps
        states.withUnsafeBufferPointer { states in
        outputGradients.withUnsafeBufferPointer { dy in
        gradientsFromOutput.withUnsafeMutableBufferPointer { fromOutput in
        deltas.withUnsafeMutableBufferPointer { deltas in
        gradientFromNext.withUnsafeMutableBufferPointer { next in
        whh.withUnsafeBufferPointer { whh in
        why.withUnsafeBufferPointer { why in
            let hs = states.baseAddress!, dys = dy.baseAddress!
            let fromOut = fromOutput.baseAddress!, ds = deltas.baseAddress!, dNext = next.baseAddress!
            // Output layer: ΔWhy = DY · [h_1 … h_T]ᵀ, Δby = Σ dy_t, and Whyᵀ DY at once.
            gWhy.withUnsafeMutableBufferPointer { g in
                Kernels.gemm(transA: false, transB: true, m: v, n: h, k: t, alpha: 1,
                                 a: dys, lda: v, b: hs + h, ldb: h, beta: 0, c: g.baseAddress!, ldc: v)
            }
            gby.withUnsafeMutableBufferPointer { sumColumns(dys, rows: v, columns: t, into: $0.baseAddress!) }
            Kernels.gemm(transA: true, transB: false, m: h, n: t, k: v, alpha: 1,
                             a: why.baseAddress!, lda: v, b: dys, ldb: v, beta: 0, c: fromOut, ldc: h)
            // The recurrence, newest step first: δ_t = (Whyᵀdy_t + Whhᵀδ_{t+1}) .* (1 - h_t²).
            dNext.update(repeating: 0, count: h)
            for step in stride(from: t - 1, through: 0, by: -1) {
                let current = hs + (step + 1) * h, delta = ds + step * h, own = fromOut + step * h
                for i in 0..<h { delta[i] = (own[i] + dNext[i]) * (1 - current[i] * current[i]) }
                if step > 0 {
                    Kernels.gemv(trans: true, m: h, n: h, alpha: 1, a: whh.baseAddress!, lda: h,
                                     x: delta, beta: 0, y: dNext)
                }
            }
            // ΔWhh = Δ · [h_0 … h_{T-1}]ᵀ, Δbh = Σ δ_t, ΔWxh[:, x_t] += δ_t.
            gWhh.withUnsafeMutableBufferPointer { g in
                Kernels.gemm(transA: false, transB: true, m: h, n: h, k: t, alpha: 1,
                                 a: ds, lda: h, b: hs, ldb: h, beta: 0, c: g.baseAddress!, ldc: h)
            }
            gbh.withUnsafeMutableBufferPointer { sumColumns(ds, rows: h, columns: t, into: $0.baseAddress!) }
            gWxh.withUnsafeMutableBufferPointer { g in
                let gx = g.baseAddress!
                for c in 0..<v where touched[c] { (gx + c * h).update(repeating: 0, count: h) }
                for c in 0..<v { touched[c] = false }
                for step in 0..<t {
                    let c = inputs[step]
                    touched[c] = true
                    let column = gx + c * h, delta = ds + step * h
                    for i in 0..<h { column[i] += delta[i] }
                }
            }
        }}}}}}}
    }

    func clipAndAdagrad(limit: Double, learningRate lr: Double, epsilon: Double) {
        let h = hidden
        // Only the columns of Wxh whose input occurred have a nonzero gradient.
        clippedAdagradColumns(&wxh, gWxh, &mWxh, length: h, columns: touched,
                              limit: limit, learningRate: lr, epsilon: epsilon)
        clippedAdagradStep(&whh, gWhh, &mWhh, limit: limit, learningRate: lr, epsilon: epsilon)
        clippedAdagradStep(&bh, gbh, &mbh, limit: limit, learningRate: lr, epsilon: epsilon)
        clippedAdagradStep(&why, gWhy, &mWhy, limit: limit, learningRate: lr, epsilon: epsilon)
        clippedAdagradStep(&by, gby, &mby, limit: limit, learningRate: lr, epsilon: epsilon)
    }
}
