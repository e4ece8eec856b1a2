/// A tensor that may be recorded on a `Tape`, so gradients can flow back to it.
///
/// A `Var` made with `Var(tensor)` is a constant: operations on constants only compute
/// values. Once any operand is tracked (made by `Tape.parameter`, or computed from
/// one), the result is tracked too and the operation is recorded.
public struct Var {
    public let value: Tensor
    /// The tape this value was recorded on, even after that tape finished.
    let recordedOn: Tape?
    let id: Int

    init(value: Tensor, tape: Tape?, id: Int) {
        self.value = value
        self.recordedOn = tape
        self.id = id
    }

    /// The tape recording this value; nil for constants, and for values whose tape
    /// has finished (they compute on as constants).
    public var tape: Tape? {
        guard let recordedOn, recordedOn.isRecording else { return nil }
        return recordedOn
    }

    /// A constant: not tracked, no gradient flows into it.
    public init(_ value: Tensor) {
        self.init(value: value, tape: nil, id: -1)
    }

    /// A constant scalar.
    public init(_ value: Double) {
        self.init(Tensor(value))
    }

    public var shape: [Int] { value.shape }
    public var isTracked: Bool { tape != nil }

    /// Records `value` as computed from `inputs`. `backward` receives the output's
    /// gradient and a flag per input saying whether that input needs a gradient, and
    /// returns one gradient per input (`nil` where not needed).
    ///
    /// - Throws: `EngineError.mixedTapes` when tracked inputs come from two tapes.
    static func record(
        _ value: Tensor, from inputs: [Var],
        backward: @escaping (_ grad: Tensor, _ needed: [Bool]) throws -> [Tensor?]
    ) throws -> Var {
        guard let tape = try commonTape(of: inputs) else { return Var(value) }
        var needed: [Bool] = [], ids: [Int] = []
        needed.reserveCapacity(inputs.count)
        ids.reserveCapacity(inputs.count)
        for input in inputs {
            let tracked = input.tape != nil
            needed.append(tracked)
            if tracked { ids.append(input.id) }
        }
        let id = tape.append(inputs: ids, .several(needed: needed, backward))
        return Var(value: value, tape: tape, id: id)
    }

    /// Records a fused operation, whose backward adds its inputs' gradients straight
    /// into the gradient table. `accumulate` gets the output's gradient and, per
    /// input, its tape position or `nil` when that input needs no gradient.
    ///
    /// - Throws: `EngineError.mixedTapes` when tracked inputs come from two tapes.
    static func recordFused(
        _ value: Tensor, from inputs: [Var],
        accumulate: @escaping (_ grad: Tensor, _ ids: [Int?], _ table: inout GradientTable) throws -> Void
    ) throws -> Var {
        guard let tape = try commonTape(of: inputs) else { return Var(value) }
        let ids: [Int?] = inputs.map { $0.tape == nil ? nil : $0.id }
        let id = tape.append(inputs: ids.compactMap { $0 }, .accumulate { grad, table in try accumulate(grad, ids, &table) })
        return Var(value: value, tape: tape, id: id)
    }

    /// The tape the tracked inputs share, nil when none is tracked.
    /// - Throws: `EngineError.mixedTapes` when they come from two tapes.
    static func commonTape(of inputs: [Var]) throws -> Tape? {
        var tape: Tape?
        for input in inputs {
            guard let t = input.tape else { continue }
            if let existing = tape, existing !== t { throw EngineError.mixedTapes }
            tape = t
        }
        return tape
    }

    /// `record` for one input, which cannot mix tapes and so cannot fail.
    static func record1(_ value: Tensor, from input: Var, backward: @escaping (Tensor) throws -> Tensor) -> Var {
        guard let tape = input.tape else { return Var(value) }
        let id = tape.append(inputs: [], .single(input: input.id, backward))
        return Var(value: value, tape: tape, id: id)
    }
}
