import Kernels
import RealModule

// The cells as single fused tape operations. `rnnCell`, `lstmCell` and `dense` take
// these paths when their operands have the canonical shapes (rows are instances, the
// bias a 1 × N row) and fall back to composing general operations otherwise.

/// `act([x h] W .+ b)` as one tape entry: an implementation of `composedRNNCell`.
func fusedRNNCell(_ x: Var, _ h: Var, weight: Var, bias: Var, activation: Activation) throws -> Var? {
    guard let affine = FusedAffine(
        x: x.value, h: h.value, weight: weight.value, bias: bias.value, xTracked: x.isTracked,
        outputs: h.value.rank == 2 ? h.value.shape[1] : -1)
    else { return nil }
    var y = affine.forward(bias: bias.value)
    switch activation {
    case .tanh: y.withUnsafeMutableBufferPointer { Kernels.tanhInPlace(n: $0.count, $0.baseAddress!) }
    case .relu: for k in y.indices where !(y[k] > 0) { y[k] = y[k].isNaN ? y[k] : 0 }
    }
    let output = Tensor(unchecked: [affine.batch, affine.outputs], y)
    return try Var.recordFused(output, from: [x, h, weight, bias]) { g, ids, table in
        var dz = g.scalars
        switch activation {
        case .tanh: for k in dz.indices { dz[k] *= 1 - y[k] * y[k] }
        case .relu: for k in dz.indices { dz[k] *= y[k] > 0 ? 1 : 0 }
        }
        dz.withUnsafeBufferPointer { dz in
            affine.backward(dz.baseAddress!, x: ids[0], h: ids[1], weight: ids[2], bias: ids[3], table: &table)
        }
    }
}

/// `x W .+ b` as one tape entry.
func fusedDense(_ x: Var, weight: Var, bias: Var) throws -> Var? {
    guard let affine = FusedAffine(
        x: x.value, h: nil, weight: weight.value, bias: bias.value, xTracked: x.isTracked)
    else { return nil }
    let output = Tensor(unchecked: [affine.batch, affine.outputs], affine.forward(bias: bias.value))
    return try Var.recordFused(output, from: [x, weight, bias]) { g, ids, table in
        g.scalars.withUnsafeBufferPointer { dz in
            affine.backward(dz.baseAddress!, x: ids[0], h: nil, weight: ids[1], bias: ids[2], table: &table)
        }
    }
}

/// One LSTM step as one tape entry producing `[h' c']` (B × 2H), which the caller
/// splits: an implementation of `composedLSTMCell` (see `lstmCell` for the equations),
/// with the gate blocks where LSTMGate puts them.
func fusedLSTMCell(_ x: Var, _ h: Var, _ c: Var, weight: Var, bias: Var) throws -> (h: Var, c: Var)? {
    guard c.value.shape == h.value.shape, h.value.rank == 2, h.value.count > 0,
          let affine = FusedAffine(
            x: x.value, h: h.value, weight: weight.value, bias: bias.value, xTracked: x.isTracked,
            outputs: 4 * h.value.shape[1])
    else { return nil }
    let n = affine.batch * affine.hidden  // elements per gate block
    // Gate blocks are column ranges, so in column-major storage each is contiguous.
    var gates = affine.forward(bias: bias.value)
    gates.withUnsafeMutableBufferPointer { Kernels.lstmActivateGates(n: n, $0.baseAddress!) }
    // [h' c'] in storage order: h' = o·tanh(c') in the first block, c' in the second.
    let previous = c.value.scalars
    var joined = [Double](repeating: 0, count: 2 * n)
    var cellTanh = [Double](repeating: 0, count: n)
    joined.withUnsafeMutableBufferPointer { out in
        Kernels.lstmPointwiseForward(
            n: n, gates: gates, previousCell: previous, cell: out.baseAddress! + n, cellTanh: &cellTanh,
            hidden: out.baseAddress!)
    }
    let shape = [affine.batch, 2 * affine.hidden]
    let both = try Var.recordFused(Tensor(unchecked: shape, joined), from: [x, h, c, weight, bias]) { g, ids, table in
        // g holds dL/dh' then dL/dc'; the kernel turns the second into dL/dc.
        var dz = [Double](repeating: 0, count: 4 * n)
        var dPrevious = Array(g.scalars[n...])
        let noLaterStep = [Double](repeating: 0, count: n)
        Kernels.lstmPointwiseBackward(
            n: n, gates: gates, previousCell: previous, cellTanh: cellTanh, fromOutput: g.scalars,
            fromNext: noLaterStep, cellGradient: &dPrevious, gateGradients: &dz)
        if let cID = ids[2] {
            table.add(into: cID, shape: c.value.shape) { dc in for k in 0..<n { dc[k] += dPrevious[k] } }
        }
        dz.withUnsafeBufferPointer { dz in
            affine.backward(dz.baseAddress!, x: ids[0], h: ids[1], weight: ids[3], bias: ids[4], table: &table)
        }
    }
    return (both.leadingColumns(n, shape: h.value.shape), both.trailingColumns(n, shape: h.value.shape))
}

extension Var {
    /// The first `count` elements of a matrix whose halves are column blocks, as a
    /// tensor of `shape`: a cheap split of a fused operation's joined output.
    fileprivate func leadingColumns(_ count: Int, shape: [Int]) -> Var {
        let part = Tensor(unchecked: shape, Array(value.scalars[0..<count]))
        let whole = value.count
        return Var.record1(part, from: self) { g in
            Tensor(unchecked: value.shape, g.scalars + Array(repeating: 0, count: whole - count))
        }
    }

    /// The elements after the first `count`, as a tensor of `shape`.
    fileprivate func trailingColumns(_ count: Int, shape: [Int]) -> Var {
        let part = Tensor(unchecked: shape, Array(value.scalars[count...]))
        return Var.record1(part, from: self) { g in
            Tensor(unchecked: value.shape, Array(repeating: 0, count: count) + g.scalars)
        }
    }
}
