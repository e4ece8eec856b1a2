// The pointwise parts of recurrent cells, handed to the build of the active path.

/// One LSTM step's c = f·c_prev + i·g, tanh(c) and h = o·tanh(c) from its activated gates
/// (blocks of `n`: forget, input, output, candidate).
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
