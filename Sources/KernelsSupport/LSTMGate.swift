// The order of an LSTM's gates, stated once. It lives here, beside the operation enums,
// so that the kernel builds, the dispatcher and the engine name the same type.

/// The four gates of an LSTM step, in the order their blocks stand in the gate vector
/// `hcat(x, h) * W .+ b` (each block H wide). This is the one definition of that order:
/// the engine's composed `lstmCell` (the specification), its fused tape operation,
/// `FusedCharLSTM`, the recurrent kernels, the starting forget bias and, through a test
/// that holds `LSTM_GATES` in bench/char_reference.py to it, the Python references all
/// read it. Reordering the cases reorders every implementation together.
@frozen public enum LSTMGate: Int, CaseIterable, Sendable {
    case forget, input, output, candidate

    /// How a gate squashes its block: the three gates are logistic sigmoids in (0, 1),
    /// the candidate is a tanh in (−1, 1).
    @frozen public enum Activation: Sendable {
        case sigmoid, tanh
    }

    /// The squashing function of this gate's block.
    @inlinable public var activation: Activation { self == .candidate ? .tanh : .sigmoid }

    /// The offset of this gate's first element in a gate vector of blocks of `n`.
    @inlinable public func start(blockLength n: Int) -> Int { rawValue &* n }

    /// This gate's element range in a gate vector of blocks of `n`.
    @inlinable public func block(length n: Int) -> Range<Int> {
        let first = start(blockLength: n)
        return first..<(first &+ n)
    }
}
