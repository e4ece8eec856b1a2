import RealModule

/// The two character models of min-char-rnn's training loop that the engine runs with
/// hand-fused forward and backward passes.
public enum CharModelKind: String, Sendable, CaseIterable {
    /// A vanilla tanh RNN in the column convention (min-char-rnn's own layout).
    case rnn
    /// The engine's fused-gate LSTM in the row convention (`lstmCell`).
    case lstm
}

/// Trains a character model with min-char-rnn's loop: windows of `sequenceLength`
/// characters walked through the text, the recurrent state carried from one window to
/// the next, exact BPTT inside a window, every gradient element clipped, Adagrad.
///
/// This is the engine's fast path for a model whose shape is known in advance: the
/// forward and backward passes are written out by hand over buffers allocated once, so
/// an iteration does no heap allocation. The models implement the engine's definitions,
/// `composedRNNCell` (in the column convention) and `composedLSTMCell`, with a dense
/// read-out and `nll`; CharModelTrainerTests hold their losses and gradients to those
/// definitions run through the tape, which is what learners' code uses.
///
/// Parameter layouts (column-major):
/// - RNN: `Wxh` H×V, `Whh` H×H, `bh` H, `Why` V×H, `by` V;
///   `h_t = tanh(Wxh x_t + Whh h_{t-1} + bh)`, `y_t = Why h_t + by`.
/// - LSTM: `W` (V+H)×4H, `b` 1×4H, `Wy` H×V, `by` 1×V;
///   gates `[x_t h_{t-1}] W .+ b` in LSTMGate's order (forget, input, output, candidate).
public final class CharModelTrainer {
    public let kind: CharModelKind
    public let vocabulary: Int
    public let hidden: Int
    public let sequenceLength: Int
    public let learningRate: Double
    public let clip: Double

    /// The model's weights and its Adagrad memory, and the pass that uses them.
    let model: any FusedCharModel
    /// Position of the next window in the text, and iterations done so far.
    var position = 0
    var iteration = 0

    /// - Throws: when a size is not positive or `weights` do not have the layout above.
    public init(
        kind: CharModelKind, vocabulary: Int, hidden: Int, sequenceLength: Int = 25,
        learningRate: Double = 0.1, clip: Double = 5, weights: [Tensor]
    ) throws {
        guard vocabulary > 0, hidden > 0, sequenceLength > 0 else {
            throw EngineError.invalidArgument(
                operation: "CharModelTrainer",
                reason: "vocabulary, hidden size and sequence length must be positive")
        }
        guard clip > 0 else {
            throw EngineError.invalidArgument(operation: "CharModelTrainer", reason: "the clip limit must be positive")
        }
        let expected = CharModelWeights.shapes(kind: kind, vocabulary: vocabulary, hidden: hidden)
        guard weights.map(\.shape) == expected else {
            throw EngineError.invalidArgument(
                operation: "CharModelTrainer",
                reason: "expected weights of shapes \(expected.map(shapeText).joined(separator: ", ")), got \(weights.map { shapeText($0.shape) }.joined(separator: ", "))")
        }
        self.kind = kind
        self.vocabulary = vocabulary
        self.hidden = hidden
        self.sequenceLength = sequenceLength
        self.learningRate = learningRate
        self.clip = clip
        switch kind {
        case .rnn: model = FusedCharRNN(vocabulary: vocabulary, hidden: hidden, steps: sequenceLength, weights: weights)
        case .lstm: model = FusedCharLSTM(vocabulary: vocabulary, hidden: hidden, steps: sequenceLength, weights: weights)
        }
    }

    /// The current weights, in the layout the initialiser takes.
    public var parameters: [Tensor] {
        zip(model.weights, CharModelWeights.shapes(kind: kind, vocabulary: vocabulary, hidden: hidden))
            .map { Tensor(unchecked: $1, $0) }
    }

    /// Runs `iterations` training iterations over `data` (0-based character ids) and
    /// returns each iteration's loss, summed over its window and taken before its update.
    /// - Throws: when the text is shorter than one window plus one, or an id is outside
    ///   the vocabulary.
    public func train(_ data: [Int], iterations: Int) throws -> [Double] {
        guard data.count > sequenceLength else {
            throw EngineError.invalidArgument(
                operation: "CharModelTrainer.train",
                reason: "the text has \(data.count) characters; one window needs \(sequenceLength + 1)")
        }
        if let bad = data.first(where: { $0 < 0 || $0 >= vocabulary }) {
            throw EngineError.invalidArgument(
                operation: "CharModelTrainer.train", reason: "character id \(bad) is outside 0..<\(vocabulary)")
        }
        var losses: [Double] = []
        losses.reserveCapacity(max(iterations, 0))
        for _ in 0..<max(iterations, 0) {
            if iteration == 0 || position + sequenceLength + 1 > data.count {
                model.resetState()
                position = 0
            }
            let loss = data.withUnsafeBufferPointer { text in
                model.forwardBackward(
                    inputs: UnsafeBufferPointer(rebasing: text[position..<(position + sequenceLength)]),
                    targets: UnsafeBufferPointer(rebasing: text[(position + 1)...(position + sequenceLength)]))
            }
            model.clipAndAdagrad(limit: clip, learningRate: learningRate, epsilon: 1e-8)
            losses.append(loss)
            position += sequenceLength
            iteration += 1
        }
        return losses
    }
}

/// What the trainer needs of a fused model: one window's loss and gradients, then the
/// update. Implementations own every buffer they touch.
protocol FusedCharModel: AnyObject {
    /// The weights as flat column-major arrays, in the trainer's parameter order.
    var weights: [[Double]] { get }
    /// The gradients the last `forwardBackward` left, in the layout of `weights`.
    var gradients: [[Double]] { get }
    /// Zeroes the carried recurrent state.
    func resetState()
    /// Forward over the window from the carried state, then BPTT; leaves the gradients
    /// in the model, advances the carried state, and returns the summed loss.
    func forwardBackward(inputs: UnsafeBufferPointer<Int>, targets: UnsafeBufferPointer<Int>) -> Double
    /// Clamps every gradient element to ±limit and takes one Adagrad step in place.
    func clipAndAdagrad(limit: Double, learningRate: Double, epsilon: Double)
}

/// Starting weights shared bit for bit with the Python references in `bench/`: one
/// 64-bit linear congruential stream (Knuth's MMIX constants) turned into uniforms in
/// [-0.5, 0.5), so that numpy, JAX and the engine can start from identical weights
/// without exchanging files.
public enum CharModelWeights {
    /// Parameter shapes in the trainer's order.
    public static func shapes(kind: CharModelKind, vocabulary v: Int, hidden h: Int) -> [[Int]] {
        switch kind {
        case .rnn: return [[h, v], [h, h], [h], [v, h], [v]]
        case .lstm: return [[v + h, 4 * h], [1, 4 * h], [h, v], [1, v]]
        }
    }

    /// The starting weights: RNN weights uniform with width 0.02 and zero biases; LSTM
    /// weights Glorot-uniform, zero biases except the forget block of `b`, which is 1.
    public static func initial(kind: CharModelKind, vocabulary v: Int, hidden h: Int) -> [Tensor] {
        var stream = UniformStream(seed: 20261127)
        let shapes = shapes(kind: kind, vocabulary: v, hidden: h)
        func drawn(_ shape: [Int], scale: Double) -> Tensor {
            let count = shape.reduce(1, *)
            return Tensor(unchecked: shape, (0..<count).map { _ in stream.next() * scale })
        }
        func zeros(_ shape: [Int]) -> Tensor { Tensor(unchecked: shape, Array(repeating: 0, count: shape.reduce(1, *))) }
        switch kind {
        case .rnn:
            let wxh = drawn(shapes[0], scale: 0.02), whh = drawn(shapes[1], scale: 0.02)
            let why = drawn(shapes[3], scale: 0.02)
            return [wxh, whh, zeros(shapes[2]), why, zeros(shapes[4])]
        case .lstm:
            let w = drawn(shapes[0], scale: 2 * (6 / Double(v + h + 4 * h)).squareRoot())
            let wy = drawn(shapes[2], scale: 2 * (6 / Double(h + v)).squareRoot())
            var b = zeros(shapes[1])
            for j in LSTMGate.forget.block(length: h) { b.scalars[j] = 1 }
            return [w, b, wy, zeros(shapes[3])]
        }
    }

    struct UniformStream {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) * 0x1p-53 - 0.5
        }
    }
}
