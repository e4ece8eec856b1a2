import Kernels

import RealModule

/// min-char-rnn's vanilla RNN with its forward and backward passes written out over
/// buffers allocated once (column convention, batch 1):
///
///     h_t = tanh(Wxh[:, x_t] + Whh h_{t-1} + bh)      (a one-hot input picks a column)
///     y_t = Why h_t + by
///
/// It implements `rnnCell`'s definition (transposed: the column convention) followed by
/// `dense` and `nll`; CharModelTrainerTests hold it against that composition.
///
/// The backward pass does per step only what the recurrence forces to be sequential
/// (δ_t and Whhᵀ δ_t); the weight gradients are then whole-window matrix products
/// (ΔWhy = DY Hᵀ, ΔWhh = Δ H_prevᵀ), which run far faster than T rank-one updates.
final class FusedCharRNN: FusedCharModel {
    let vocabulary: Int, hidden: Int, steps: Int

    /// Wxh (an input weight: x_t picks a column), Whh, bh, Why, by.
    var wxh: FusedParameter
    let whh, bh, why, by: FusedParameter

    /// h_0 … h_T as the columns of an H × (T+1) matrix; column 0 is the carried state.
    let states: FusedBuffer
    /// Scores, then probabilities, then `p - onehot`: V × T.
    let outputGradients: FusedBuffer
    /// Whyᵀ dy_t for every t (the output's share of dL/dh_t): H × T.
    let gradientsFromOutput: FusedBuffer
    /// δ_t = dL/dh_t .* (1 - h_t²): H × T.
    let deltas: FusedBuffer
    let gradientFromNext: FusedBuffer

    var parameters: [FusedParameter] { [wxh, whh, bh, why, by] }

    var weights: [[Double]] { parameters.map(\.value.scalars) }

    var gradients: [[Double]] { parameters.map(\.gradient.scalars) }

    init(vocabulary v: Int, hidden h: Int, steps t: Int, weights: [Tensor]) {
        vocabulary = v; hidden = h; steps = t
        wxh = FusedParameter(weights[0].scalars, columnLength: h)
        whh = FusedParameter(weights[1].scalars); bh = FusedParameter(weights[2].scalars)
        why = FusedParameter(weights[3].scalars); by = FusedParameter(weights[4].scalars)
        states = FusedBuffer(count: h * (t + 1))
        outputGradients = FusedBuffer(count: v * t)
        gradientsFromOutput = FusedBuffer(count: h * t)
        deltas = FusedBuffer(count: h * t)
        gradientFromNext = FusedBuffer(count: h)
    }

    func resetState() {
        states.base.update(repeating: 0, count: hidden)
    }

    func forwardBackward(inputs: UnsafeBufferPointer<Int>, targets: UnsafeBufferPointer<Int>) -> Double {
        let v = vocabulary, h = hidden, t = steps
        let hs = states.base, dys = outputGradients.base
        let wxh = wxh.value.base, whh = whh.value.base, bh = bh.value.base, why = why.value.base, by = by.value.base
        var loss = 0.0
        for step in 0..<t {
            let previous = hs + step * h, current = previous + h
            let column = wxh + inputs[step] * h
            for i in 0..<h { current[i] = bh[i] + column[i] }
            Kernels.gemv(trans: false, m: h, n: h, alpha: 1, a: whh, lda: h, x: previous, beta: 1, y: current)
            Kernels.tanhInPlace(n: h, current)
        }
        // The read-out does not feed back into the recurrence, so all T steps go
        // through one matrix product: [y_1 … y_T] = Why [h_1 … h_T] .+ by.
        for step in 0..<t { (dys + step * v).update(from: by, count: v) }
        Kernels.gemm(transA: false, transB: false, m: v, n: t, k: h, alpha: 1, a: why, lda: v,
                     b: hs + h, ldb: h, beta: 1, c: dys, ldc: v)
        for step in 0..<t {
            loss += softmaxCrossEntropyInPlace(dys + step * v, count: v, target: targets[step])
        }
        backward(inputs: inputs)
        // The window's last state is carried into the next window.
        hs.update(from: hs + t * h, count: h)
        return loss
    }

    private func backward(inputs: UnsafeBufferPointer<Int>) {
        let v = vocabulary, h = hidden, t = steps
        let hs = states.base, dys = outputGradients.base
        let fromOut = gradientsFromOutput.base, ds = deltas.base, dNext = gradientFromNext.base
        // Output layer: ΔWhy = DY · [h_1 … h_T]ᵀ, Δby = Σ dy_t, and Whyᵀ DY at once.
        Kernels.gemm(transA: false, transB: true, m: v, n: h, k: t, alpha: 1,
                     a: dys, lda: v, b: hs + h, ldb: h, beta: 0, c: why.gradient.base, ldc: v)
        sumColumns(dys, rows: v, columns: t, into: by.gradient.base)
        Kernels.gemm(transA: true, transB: false, m: h, n: t, k: v, alpha: 1,
                     a: why.value.base, lda: v, b: dys, ldb: v, beta: 0, c: fromOut, ldc: h)
        // The recurrence, newest step first: δ_t = (Whyᵀdy_t + Whhᵀδ_{t+1}) .* (1 - h_t²).
        dNext.update(repeating: 0, count: h)
        for step in stride(from: t - 1, through: 0, by: -1) {
            let current = hs + (step + 1) * h, delta = ds + step * h, own = fromOut + step * h
            for i in 0..<h { delta[i] = (own[i] + dNext[i]) * (1 - current[i] * current[i]) }
            if step > 0 {
                Kernels.gemv(trans: true, m: h, n: h, alpha: 1, a: whh.value.base, lda: h, x: delta, beta: 0, y: dNext)
            }
        }
        // ΔWhh = Δ · [h_0 … h_{T-1}]ᵀ, Δbh = Σ δ_t, ΔWxh[:, x_t] += δ_t.
        Kernels.gemm(transA: false, transB: true, m: h, n: h, k: t, alpha: 1,
                     a: ds, lda: h, b: hs, ldb: h, beta: 0, c: whh.gradient.base, ldc: h)
        sumColumns(ds, rows: h, columns: t, into: bh.gradient.base)
        wxh.accumulateColumns(ds, pickedBy: inputs)
    }

    func clipAndAdagrad(limit: Double, learningRate lr: Double, epsilon: Double) {
        // One by one rather than over `parameters`, whose array an iteration would allocate.
        wxh.clippedAdagrad(limit: limit, learningRate: lr, epsilon: epsilon)
        whh.clippedAdagrad(limit: limit, learningRate: lr, epsilon: epsilon)
        bh.clippedAdagrad(limit: limit, learningRate: lr, epsilon: epsilon)
        why.clippedAdagrad(limit: limit, learningRate: lr, epsilon: epsilon)
        by.clippedAdagrad(limit: limit, learningRate: lr, epsilon: epsilon)
    }
}
