import Engine

/// One implementation of the benchmark's training loop. It keeps the loop's state
/// (pointer, iteration count, recurrent state, optimiser memory) between calls, so
/// timing chunks continue one training run.
protocol CharTrainer: AnyObject {
    /// Runs `iterations` iterations and returns their losses (each before its update).
    func train(iterations: Int) throws -> [Double]
}

/// The implementations bench/run compares with numpy and JAX.
enum CharImplementation: String, CaseIterable {
    /// The engine's `CharModelTrainer`.
    case native
    /// The same model through the engine's general autodiff tape (`valueAndGradient`
    /// over cells, nll, clipping and Adagrad), the way a user of the engine writes it.
    case tape
    /// bench/min_char_rnn.jl or bench/min_char_lstm.jl run by the notebook interpreter.
    case interpreted
    /// bench/plain_rnn.jl or bench/plain_lstm.jl: the model as a learner writes it, with
    /// no fused cell or optimiser builtin, run by the notebook interpreter.
    case plain

    /// The notebook program this implementation runs for `kind`, if it runs one.
    func programName(for kind: CharModelKind) -> String? {
        switch self {
        case .native, .tape: return nil
        case .interpreted: return "min_char_\(kind.rawValue).jl"
        case .plain: return "plain_\(kind.rawValue).jl"
        }
    }
}

/// The loop's bookkeeping shared by the Swift implementations: where the next window
/// starts, and whether the recurrent state must restart (first iteration, or the
/// window would run past the end of the text).
struct TextWindow {
    let sequenceLength: Int
    private(set) var pointer = 0
    private(set) var iteration = 0

    /// The next window's inputs and targets, and whether the state restarts with it.
    mutating func next(in data: [Int]) throws -> (inputs: ArraySlice<Int>, targets: ArraySlice<Int>, restart: Bool) {
        guard data.count > sequenceLength else {
            throw BenchError("the text has \(data.count) characters; it needs more than \(sequenceLength)")
        }
        let restart = iteration == 0 || pointer + sequenceLength + 1 > data.count
        if restart { pointer = 0 }
        let window = (data[pointer..<(pointer + sequenceLength)], data[(pointer + 1)..<(pointer + sequenceLength + 1)])
        pointer += sequenceLength
        iteration += 1
        return (window.0, window.1, restart)
    }
}
