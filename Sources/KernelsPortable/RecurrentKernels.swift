// The pointwise part of an LSTM step, forward and backward, over whole registers: the
// products of gates, cell and their derivatives that sit between the matrix products.

/// Given the activated gates of one step (blocks of `n`: forget f, input i, output o,
/// candidate g) and the previous cell state, writes c = f·c_prev + i·g, tanh(c) and
/// h = o·tanh(c).
public func lstmPointwiseForward(
    n: Int, gates: UnsafePointer<Double>, previousCell: UnsafePointer<Double>,
    cell: UnsafeMutablePointer<Double>, cellTanh: UnsafeMutablePointer<Double>,
    hidden: UnsafeMutablePointer<Double>
) {
    let f = gates, i = gates + n, g = gates + 3 &* n
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
    let o = gates + 2 &* n
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
    let w = Lane.scalarCount
    let one = Lane(repeating: 1)
    var k = 0
    while k &+ w <= n {
        let f = load(gates + k), i = load(gates + (n &+ k))
        let o = load(gates + (2 &* n &+ k)), g = load(gates + (3 &* n &+ k))
        let t = load(cellTanh + k)
        let dh = load(fromOutput + k) + load(fromNext + k)
        let dc = multiplyAdd(load(cellGradient + k), dh * o, one - t * t)
        store(dc * load(previousCell + k) * f * (one - f), gateGradients + k)
        store(dc * g * i * (one - i), gateGradients + (n &+ k))
        store(dh * t * o * (one - o), gateGradients + (2 &* n &+ k))
        store(dc * i * (one - g * g), gateGradients + (3 &* n &+ k))
        store(dc * f, cellGradient + k)
        k &+= w
    }
    while k < n {
        let f = gates[k], i = gates[n &+ k], o = gates[2 &* n &+ k], g = gates[3 &* n &+ k]
        let t = cellTanh[k]
        let dh = fromOutput[k] + fromNext[k]
        let dc = multiplyAdd(cellGradient[k], dh * o, 1 - t * t)
        gateGradients[k] = dc * previousCell[k] * f * (1 - f)
        gateGradients[n &+ k] = dc * g * i * (1 - i)
        gateGradients[2 &* n &+ k] = dh * t * o * (1 - o)
        gateGradients[3 &* n &+ k] = dc * i * (1 - g * g)
        cellGradient[k] = dc * f
        k &+= 1
    }
}
