// The pointwise parts of recurrent cells, handed to the build of the active path.

import KernelsAVX2
import KernelsAVX512
import KernelsPortable

/// One LSTM step's c = f·c_prev + i·g, tanh(c) and h = o·tanh(c) from its activated gates
/// (blocks of `n`: forget, input, output, candidate).
public func lstmPointwiseForward(
    n: Int, gates: UnsafePointer<Double>, previousCell: UnsafePointer<Double>,
    cell: UnsafeMutablePointer<Double>, cellTanh: UnsafeMutablePointer<Double>,
    hidden: UnsafeMutablePointer<Double>
) {
    switch activePath {
    case .portable:
        KernelsPortable.lstmPointwiseForward(
            n: n, gates: gates, previousCell: previousCell, cell: cell, cellTanh: cellTanh, hidden: hidden)
    case .avx2:
        KernelsAVX2.lstmPointwiseForward(
            n: n, gates: gates, previousCell: previousCell, cell: cell, cellTanh: cellTanh, hidden: hidden)
    case .avx512:
        KernelsAVX512.lstmPointwiseForward(
            n: n, gates: gates, previousCell: previousCell, cell: cell, cellTanh: cellTanh, hidden: hidden)
    }
}

/// The backward pass through one LSTM step's pointwise part; see
/// `KernelsPortable.lstmPointwiseBackward` for the formulas.
public func lstmPointwiseBackward(
    n: Int, gates: UnsafePointer<Double>, previousCell: UnsafePointer<Double>,
    cellTanh: UnsafePointer<Double>, fromOutput: UnsafePointer<Double>, fromNext: UnsafePointer<Double>,
    cellGradient: UnsafeMutablePointer<Double>, gateGradients: UnsafeMutablePointer<Double>
) {
    switch activePath {
    case .portable:
        KernelsPortable.lstmPointwiseBackward(
            n: n, gates: gates, previousCell: previousCell, cellTanh: cellTanh, fromOutput: fromOutput,
            fromNext: fromNext, cellGradient: cellGradient, gateGradients: gateGradients)
    case .avx2:
        KernelsAVX2.lstmPointwiseBackward(
            n: n, gates: gates, previousCell: previousCell, cellTanh: cellTanh, fromOutput: fromOutput,
            fromNext: fromNext, cellGradient: cellGradient, gateGradients: gateGradients)
    case .avx512:
        KernelsAVX512.lstmPointwiseBackward(
            n: n, gates: gates, previousCell: previousCell, cellTanh: cellTanh, fromOutput: fromOutput,
            fromNext: fromNext, cellGradient: cellGradient, gateGradients: gateGradients)
    }
}
