// The pointwise parts of recurrent cells, handed to the build of the active path.

/// Squashes one LSTM step's gate pre-activations in place (blocks of `n`, in LSTMGate's
/// order): each block by its gate's activation. The vector activations give an element
/// the same result wherever it stands, so a block at a time rounds as one call over
/// several blocks would.
public func lstmActivateGates(n: Int, _ gates: UnsafeMutablePointer<Double>) {
    for gate in LSTMGate.allCases {
        let block = gates + gate.start(blockLength: n)
        switch gate.activation {
        case .sigmoid: active.sigmoidInPlace(n, block)
        case .tanh: active.tanhInPlace(n, block)
        }
    }
}

/// One LSTM step's c = f·c_prev + i·g, tanh(c) and h = o·tanh(c) from its activated gates
/// (blocks of `n`, in LSTMGate's order).
public func lstmPointwiseForward(
    n: Int, gates: UnsafePointer<Double>, previousCell: UnsafePointer<Double>,
    cell: UnsafeMutablePointer<Double>, cellTanh: UnsafeMutablePointer<Double>,
    hidden: UnsafeMutablePointer<Double>
) {
    active.lstmPointwiseForward(n, gates, previousCell, cell, cellTanh, hidden)
}

/// The backward pass through one LSTM step's pointwise part; see
/// `KernelsPortable.lstmPointwiseBackward` for the formulas.
public func lstmPointwiseBackward(
    n: Int, gates: UnsafePointer<Double>, previousCell: UnsafePointer<Double>,
    cellTanh: UnsafePointer<Double>, fromOutput: UnsafePointer<Double>, fromNext: UnsafePointer<Double>,
    cellGradient: UnsafeMutablePointer<Double>, gateGradients: UnsafeMutablePointer<Double>
) {
    active.lstmPointwiseBackward(n, gates, previousCell, cellTanh, fromOutput, fromNext, cellGradient, gateGradients)
}
