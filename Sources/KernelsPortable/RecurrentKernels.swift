// The pointwise part of an LSTM step, forward and backward, over whole registers: the
// products of gates, cell and their derivatives that sit between the matrix products.
// They implement the engine's composed `lstmCell` (its fused tape operation runs on them,
// and FusedCellTests hold that against the composition on every kernel path); the gate
// blocks stand where LSTMGate puts them.

import KernelsSupport

/// Given the activated gates of one step (blocks of `n`: forget f, input i, output o,
/// candidate g, placed as LSTMGate orders them) and the previous cell state, writes
/// c = f·c_prev + i·g, tanh(c) and h = o·tanh(c).
public func lstmPointwiseForward(
    n: Int, gates: UnsafePointer<Double>, previousCell: UnsafePointer<Double>,
    cell: UnsafeMutablePointer<Double>, cellTanh: UnsafeMutablePointer<Double>,
    hidden: UnsafeMutablePointer<Double>
) {
    let f = gates + LSTMGate.forget.start(blockLength: n), i = gates + LSTMGate.input.start(blockLength: n)
    let g = gates + LSTMGate.candidate.start(blockLength: n)
    let w = Lane.scalarCount
    var k = 0
    while k &+ w <= n {
        store(multiplyAdd(load(f + k) * load(previousCell + k), load(i + k), load(g + k)), cell + k)
        k &+= w
    }
    while k < n {
        cell[k] = multiplyAdd(f[k] * previousCell[k], i[k], g[k])
        k &+= 1
    }
    cellTanh.update(from: cell, count: max(n, 0))
    tanhInPlace(n: n, cellTanh)
    let o = gates + LSTMGate.output.start(blockLength: n)
    k = 0
    while k &+ w <= n {
        store(load(o + k) * load(cellTanh + k), hidden + k)
        k &+= w
    }
    while k < n {
        hidden[k] = o[k] * cellTanh[k]
        k &+= 1
    }
}

/// The backward pass through one step's pointwise part. With dh = `fromOutput` +
/// `fromNext` (the gradient reaching h_t) and `cellGradient` holding the gradient
/// reaching c_t from the next step, writes the gradients at the gates before their
/// nonlinearities (blocks of `n`, as the gates) and replaces `cellGradient` by the
/// gradient reaching c_{t-1}:
///
///     dc = dh·o·(1 − tanh²c) + dc_next
///     dz_f = dc·c_prev·f(1−f),  dz_i = dc·g·i(1−i),  dz_o = dh·tanh(c)·o(1−o),
///     dz_g = dc·i·(1−g²),       dc_prev = dc·f
public func lstmPointwiseBackward(
    n: Int, gates: UnsafePointer<Double>, previousCell: UnsafePointer<Double>,
    cellTanh: UnsafePointer<Double>, fromOutput: UnsafePointer<Double>, fromNext: UnsafePointer<Double>,
    cellGradient: UnsafeMutablePointer<Double>, gateGradients: UnsafeMutablePointer<Double>
) {
    // The gates and their gradients in the same blocks.
    let f = LSTMGate.forget.start(blockLength: n), i = LSTMGate.input.start(blockLength: n)
    let o = LSTMGate.output.start(blockLength: n), g = LSTMGate.candidate.start(blockLength: n)
    let w = Lane.scalarCount
    let one = Lane(repeating: 1)
    var k = 0
    while k &+ w <= n {
        let fk = load(gates + (f &+ k)), ik = load(gates + (i &+ k))
        let ok = load(gates + (o &+ k)), gk = load(gates + (g &+ k))
        let t = load(cellTanh + k)
        let dh = load(fromOutput + k) + load(fromNext + k)
        let dc = multiplyAdd(load(cellGradient + k), dh * ok, one - t * t)
        store(dc * load(previousCell + k) * fk * (one - fk), gateGradients + (f &+ k))
        store(dc * gk * ik * (one - ik), gateGradients + (i &+ k))
        store(dh * t * ok * (one - ok), gateGradients + (o &+ k))
        store(dc * ik * (one - gk * gk), gateGradients + (g &+ k))
        store(dc * fk, cellGradient + k)
        k &+= w
    }
    while k < n {
        let fk = gates[f &+ k], ik = gates[i &+ k], ok = gates[o &+ k], gk = gates[g &+ k]
        let t = cellTanh[k]
        let dh = fromOutput[k] + fromNext[k]
        let dc = multiplyAdd(cellGradient[k], dh * ok, 1 - t * t)
        gateGradients[f &+ k] = dc * previousCell[k] * fk * (1 - fk)
        gateGradients[i &+ k] = dc * gk * ik * (1 - ik)
        gateGradients[o &+ k] = dh * t * ok * (1 - ok)
        gateGradients[g &+ k] = dc * ik * (1 - gk * gk)
        cellGradient[k] = dc * fk
        k &+= 1
    }
}
