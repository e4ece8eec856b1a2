import Kernels

// The backward pass of a fused broadcast, also in one pass: per chunk, the steps'
// values are computed again (into scratch, as the forward pass computed them), then the
// steps are walked in reverse, each turning the gradient of its result into gradients
// of its operands. Each rule is the one the unfused operation records on the tape (see
// Var+Arithmetic.swift and Var+Math.swift), written with the same kernels in the same
// order, so a leaf used once gets the unfused gradient element for element; a leaf
// stretched by broadcasting gets its elements' sum, chunk by chunk.

extension FusedBroadcast {
    /// Whether each step's result depends on a leaf that `needed` marks.
    func stepsNeedingGradient(_ needed: [Bool]) -> [Bool] {
        var needs = [Bool](repeating: false, count: steps.count)
        for (i, step) in steps.enumerated() {
            needs[i] = step.operands.contains { operand in
                switch operand {
                case .leaf(let l): needed[l]
                case .step(let k): needs[k]
                case .constant: false
                }
            }
        }
        return needs
    }

    /// Whether the gradient can pass through every step that `needed` leaves reach:
    /// comparisons, `max` and `min` have no gradient here (as their unfused forms inside
    /// `grad` have none).
    public func isDifferentiable(withRespectTo needed: [Bool]) -> Bool {
        let needs = stepsNeedingGradient(needed)
        for (i, step) in steps.enumerated() where needs[i] {
            switch step.operation {
            case .binary(let op):
                switch op {
                case .add, .subtract, .multiply, .divide: continue
                default: return false
                }
            case .power, .unary, .relu, .clamp: continue
            }
        }
        return true
    }

    /// Which steps' values the backward rules read (a rule reads its operands, or for
    /// the activations and powers its own result), with the steps those are computed
    /// from. The last step's value is the forward result, never computed again.
    func stepsReadBackward(_ needs: [Bool]) -> [Bool] {
        var reads = [Bool](repeating: false, count: steps.count)
        func mark(_ operand: Operand) { if case .step(let k) = operand { reads[k] = true } }
        for (i, step) in steps.enumerated() where needs[i] {
            switch step.operation {
            case .binary(.add), .binary(.subtract), .unary(.negate):
                continue
            case .unary(.squareRoot), .unary(.exponential), .unary(.tanh), .unary(.sigmoid):
                reads[i] = true
            case .power:
                reads[i] = true
                step.operands.forEach(mark)
            default:
                step.operands.forEach(mark)
            }
        }
        for k in stride(from: steps.count - 2, through: 0, by: -1) where reads[k] {
            steps[k].operands.forEach(mark)
        }
        return reads
    }

    /// The gradient of each leaf marked in `needed` (nil for the others), given the
    /// gradient `outputGradient` of the result `output` (of the broadcast shape, as
    /// `evaluate(leaves)` computed it).
    /// - Precondition: `isDifferentiable(withRespectTo: needed)`.
    public func gradients(_ leaves: [Tensor], output: Tensor, outputGradient: Tensor, needed: [Bool]) throws -> [Tensor?] {
        let shapes = try self.shapes(leaves: leaves.map(\.shape))
        let shape = shapes.last!
        guard outputGradient.shape == shape, output.shape == shape else {
            throw EngineError.shapeMismatch(operation: "gradient", left: shape, right: outputGradient.shape)
        }
        let needs = stepsNeedingGradient(needed)
        var gradientOffsets = [Int](repeating: 0, count: leafCount)
        var total = 0
        for l in 0..<leafCount where needed[l] {
            gradientOffsets[l] = total
            total += leaves[l].count
        }
        var storage = [Double](repeating: 0, count: total)
        let count = outputGradient.count
        if count > 0 {
            let layout = ChunkLayout(operands: leaves.map(\.shape), output: shape, count: count)
            storage.withUnsafeMutableBufferPointer { gradientBuffer in
                let gradientBase = gradientBuffer.baseAddress
                withReading(leaves + [outputGradient, output]) { bases in
                    let length = layout.longestChunk
                    withUnsafeTemporaryAllocation(of: Double.self, capacity: (2 * steps.count + 2) * length) { scratch in
                        let pass = BackwardPass(
                            program: self, leafShapes: leaves.map(\.shape), shapes: shapes, needed: needed, needs: needs,
                            reads: stepsReadBackward(needs), scratch: scratch.baseAddress!, length: length)
                        layout.forEachChunk { start, n, offsets, runs in
                            pass.run(start: start, n: n, offsets: offsets, runs: runs, bases: bases,
                                     gradients: gradientBase, gradientOffsets: gradientOffsets)
                            return true
                        }
                    }
                }
            }
        }
        return (0..<leafCount).map { l in
            guard needed[l] else { return nil }
            let start = gradientOffsets[l]
            return Tensor(unchecked: leaves[l].shape, Array(storage[start..<start + leaves[l].count]))
        }
    }
}

/// The state of one backward pass: scratch for the steps' values and gradients, reused
/// from chunk to chunk. (A class, so the rules can hand their results to `deliver`
/// while they read the steps' values.)
private final class BackwardPass {
    let program: FusedBroadcast
    let leafShapes: [[Int]]
    let shapes: [[Int]]
    let needed: [Bool]
    let needs: [Bool]
    /// The steps whose values the rules read (`stepsReadBackward`).
    let reads: [Bool]
    let scratch: UnsafeMutablePointer<Double>
    let length: Int
    var lanes: [Lane]
    var values: [Lane]
    /// Each step's gradient on the chunk so far; nil until something reached it.
    var adjoints: [UnsafePointer<Double>?]

    init(program: FusedBroadcast, leafShapes: [[Int]], shapes: [[Int]], needed: [Bool], needs: [Bool], reads: [Bool],
         scratch: UnsafeMutablePointer<Double>, length: Int) {
        self.reads = reads
        self.program = program
        self.leafShapes = leafShapes
        self.shapes = shapes
        self.needed = needed
        self.needs = needs
        self.scratch = scratch
        self.length = length
        lanes = [Lane](repeating: .scalar(0), count: program.leafCount)
        values = [Lane](repeating: .scalar(0), count: program.steps.count)
        adjoints = [UnsafePointer<Double>?](repeating: nil, count: program.steps.count)
    }

    private var stepCount: Int { program.steps.count }
    private func valueSlot(_ i: Int) -> UnsafeMutablePointer<Double> { scratch + i * length }
    private func adjointSlot(_ i: Int) -> UnsafeMutablePointer<Double> { scratch + (stepCount + i) * length }
    private var first: UnsafeMutablePointer<Double> { scratch + 2 * stepCount * length }
    private var second: UnsafeMutablePointer<Double> { scratch + (2 * stepCount + 1) * length }

    private func isNeeded(_ operand: FusedBroadcast.Operand) -> Bool {
        switch operand {
        case .leaf(let l): needed[l]
        case .step(let k): needs[k]
        case .constant: false
        }
    }

    func run(
        start: Int, n: Int, offsets: [Int], runs: [Bool], bases: [UnsafePointer<Double>],
        gradients: UnsafeMutablePointer<Double>?, gradientOffsets: [Int]
    ) {
        for l in 0..<program.leafCount {
            lanes[l] = runs[l] ? .vector(bases[l] + offsets[l]) : .scalar(bases[l][offsets[l]])
        }
        var ignored: FusedBroadcast.FailureRecord?
        for i in 0..<stepCount - 1 where reads[i] {
            values[i] = program.perform(i, lanes, values, n, valueSlot(i), &ignored)
        }
        // The last step's value is the forward result itself.
        values[stepCount - 1] = .vector(bases[program.leafCount + 1] + start)
        for i in 0..<stepCount { adjoints[i] = nil }
        adjoints[stepCount - 1] = bases[program.leafCount] + start
        for i in stride(from: stepCount - 1, through: 0, by: -1) where needs[i] {
            guard let g = adjoints[i] else { continue }
            backward(i, .vector(g), n) { contribution, operand in
                deliver(contribution, to: operand, n, offsets, runs, gradients, gradientOffsets)
            }
        }
    }

    private func lane(_ operand: FusedBroadcast.Operand) -> Lane {
        switch operand {
        case .leaf(let l): lanes[l]
        case .step(let k): values[k]
        case .constant(let x): .scalar(x)
        }
    }

    /// Adds `contribution` into the gradient of `operand`.
    private func deliver(
        _ contribution: UnsafePointer<Double>, to operand: FusedBroadcast.Operand, _ n: Int, _ offsets: [Int],
        _ runs: [Bool], _ gradients: UnsafeMutablePointer<Double>?, _ gradientOffsets: [Int]
    ) {
        switch operand {
        case .constant:
            return
        case .step(let k):
            guard needs[k] else { return }
            let slot = adjointSlot(k)
            if adjoints[k] == nil {
                slot.update(from: contribution, count: n)
                adjoints[k] = UnsafePointer(slot)
            } else {
                Kernels.elementwise(.add, n: n, slot, contribution, slot)
            }
        case .leaf(let l):
            guard needed[l], let gradients else { return }
            let target = gradients + gradientOffsets[l] + offsets[l]
            if runs[l] {
                Kernels.elementwise(.add, n: n, target, contribution, target)
            } else {
                // A stretched operand: its one element gets the chunk's sum, left to right
                // as `Broadcast.reduce` sums.
                var sum = 0.0
                for k in 0..<n { sum += contribution[k] }
                target[0] += sum
            }
        }
    }

    /// The gradients of step `i`'s operands from the gradient `g` of its result, each
    /// handed to `deliver` in operand order.
    private func backward(
        _ i: Int, _ g: Lane, _ n: Int, _ deliver: (UnsafePointer<Double>, FusedBroadcast.Operand) -> Void
    ) {
        let step = program.steps[i]
        let operands = step.operands
        let a = lane(operands[0])
        let y = values[i]
        func give(_ result: Lane, _ operand: FusedBroadcast.Operand) {
            guard case .vector(let p) = result else {
                // Only when the incoming gradient is one number, which it never is.
                first.update(repeating: result.element(0), count: n)
                deliver(first, operand)
                return
            }
            deliver(p, operand)
        }
        switch step.operation {
        case .binary(let op):
            let b = lane(operands[1])
            switch op {
            case .add:
                if isNeeded(operands[0]) { give(g, operands[0]) }
                if isNeeded(operands[1]) { give(g, operands[1]) }
            case .subtract:
                if isNeeded(operands[0]) { give(g, operands[0]) }
                if isNeeded(operands[1]) { give(Lane.unary(.negate, g, n, first), operands[1]) }
            case .multiply:
                if isNeeded(operands[0]) { give(Lane.binary(.multiply, g, b, n, first), operands[0]) }
                if isNeeded(operands[1]) { give(Lane.binary(.multiply, g, a, n, first), operands[1]) }
            case .divide:
                if isNeeded(operands[0]) { give(Lane.binary(.divide, g, b, n, first), operands[0]) }
                if isNeeded(operands[1]) {
                    // (−g)·a / (b·b), in the unfused order.
                    let numerator = Lane.binary(.multiply, Lane.unary(.negate, g, n, first), a, n, first)
                    let square = Lane.binary(.multiply, b, b, n, second)
                    give(Lane.binary(.divide, numerator, square, n, first), operands[1])
                }
            default:
                return
            }
        case .power:
            let p = lane(operands[1])
            if isNeeded(operands[0]) {
                if isRankZero(operands[1]) && !isNeeded(operands[1]) {
                    // A constant exponent: g · (p · x^(p−1)).
                    let exponent = p.element(0)
                    let derivative = Lane.map(a, n, first) { elementPower($0, exponent - 1) }
                    let scaled = Lane.binary(.multiply, .scalar(exponent), derivative, n, first)
                    give(Lane.binary(.multiply, g, scaled, n, first), operands[0])
                } else {
                    // (g · p) · x^(p−1).
                    let gp = Lane.binary(.multiply, g, p, n, first)
                    let lowered = Lane.binary(.subtract, p, .scalar(1), n, second)
                    let power = Lane.map2(a, lowered, n, second, elementPower)
                    give(Lane.binary(.multiply, gp, power, n, first), operands[0])
                }
            }
            if isNeeded(operands[1]) {
                // (g · y) · log x.
                let gy = Lane.binary(.multiply, g, y, n, first)
                let logarithm = Lane.unary(.logarithm, a, n, second)
                give(Lane.binary(.multiply, gy, logarithm, n, first), operands[1])
            }
        case .unary(let op):
            guard isNeeded(operands[0]) else { return }
            switch op {
            case .negate:
                give(Lane.unary(.negate, g, n, first), operands[0])
            case .absolute:
                let positive = Lane.binary(.greater, a, .scalar(0), n, first)
                let negative = Lane.binary(.less, a, .scalar(0), n, second)
                let sign = Lane.binary(.subtract, positive, negative, n, first)
                give(Lane.binary(.multiply, g, sign, n, first), operands[0])
            case .logarithm:
                give(Lane.binary(.divide, g, a, n, first), operands[0])
            case .squareRoot, .exponential, .tanh, .sigmoid:
                let activation: ActivationDerivative =
                    switch op {
                    case .squareRoot: .squareRoot
                    case .exponential: .exponential
                    case .tanh: .tanh
                    default: .sigmoid
                    }
                guard case .vector(let gradient) = g else { return }
                let output: UnsafePointer<Double>
                switch y {
                case .vector(let v): output = v
                case .scalar(let v):
                    second.update(repeating: v, count: n)
                    output = UnsafePointer(second)
                }
                Kernels.activationGradient(activation, n: n, gradient: gradient, output: output, first)
                deliver(first, operands[0])
            }
        case .relu:
            guard isNeeded(operands[0]) else { return }
            let passes = Lane.binary(.greater, a, .scalar(0), n, first)
            give(Lane.binary(.multiply, g, passes, n, first), operands[0])
        case .clamp:
            guard isNeeded(operands[0]) else { return }
            let above = Lane.binary(.greater, a, lane(operands[1]), n, first)
            let partial = Lane.binary(.multiply, g, above, n, first)
            let below = Lane.binary(.less, a, lane(operands[2]), n, second)
            give(Lane.binary(.multiply, partial, below, n, first), operands[0])
        }
    }

    /// Whether an operand is a number rather than an array (the unfused `.^` takes the
    /// constant-exponent rule for those).
    private func isRankZero(_ operand: FusedBroadcast.Operand) -> Bool {
        switch operand {
        case .leaf(let l): leafShapes[l].isEmpty
        case .step(let k): shapes[k].isEmpty
        case .constant: true
        }
    }
}
