import JuliaMath
import Kernels
import RealModule

/// A chain of elementwise operations over broadcast operands, evaluated as Julia
/// evaluates a fused dot expression (`w .- lr .* g ./ (sqrt.(m) .+ 1e-8)`): one pass over
/// the broadcast shape, every operation applied per output element, no array made for
/// any intermediate result.
///
/// The chain is a list of steps in evaluation order; each reads leaves (the operands
/// given at evaluation), earlier steps or constants, and the last step is the result.
/// Steps run on chunks of at most `chunkLength` output elements, each step as one
/// vector-kernel call on its chunk, so the pass costs what the separate operations
/// cost minus their temporary arrays. Every step rounds as its unfused operation on
/// tensors does (`Tensor` `+`, `.*`, `pow`, `tanh`, ...), so a fused result is the
/// unfused one, element for element.
public struct FusedBroadcast: Sendable {
    /// Where a step reads a value.
    public enum Operand: Sendable, Equatable {
        case leaf(Int)
        case step(Int)
        case constant(Double)
    }

    /// What a step computes from its operands.
    public enum Operation: Sendable, Equatable {
        /// Arithmetic, Julia's `max`/`min`, and comparisons (1 where they hold, else 0).
        case binary(BinaryOperation)
        /// `x ^ p` as `elementPower` computes it.
        case power
        case unary(UnaryOperation)
        /// `max(x, 0)`.
        case relu
        /// `clamp(x, lo, hi)`: three operands.
        case clamp

        var arity: Int {
            switch self {
            case .binary, .power: 2
            case .unary, .relu: 1
            case .clamp: 3
            }
        }
    }

    public struct Step: Sendable {
        public var operation: Operation
        public var operands: [Operand]
        /// How the step is written (`.+`, `tanh.()`), for error messages.
        public var name: String

        public init(_ operation: Operation, _ operands: [Operand], name: String) {
            self.operation = operation
            self.operands = operands
            self.name = name
        }
    }

    /// How `exp`, `log`, `tanh` and the sigmoid are computed: one element at a time by
    /// their scalar definitions (the notebook's plain arrays: `Julia.exp`, `Julia.log`, and
    /// `sigmoid` on exp; tanh is still libm's), or by the vector kernels (within a few ulp of those; what
    /// the tape's operations use).
    public enum Functions: Sendable {
        case scalar
        case vector
    }

    /// Why an evaluation stopped, naming the step; the caller words the error as the
    /// unfused operation would.
    public enum Failure: Error, Equatable {
        /// The operands of a step do not broadcast together (`error` names the shapes).
        case shape(step: Int, EngineError)
        /// `sqrt` or `log` of a negative number (`value`).
        case domain(step: Int, value: Double)
        /// A negative number to a fractional power.
        case fractionalPowerOfNegative(step: Int, exponent: Double)
    }

    public let steps: [Step]
    public let leafCount: Int

    /// Output elements per chunk: each step's intermediate fits in a scratch buffer that
    /// stays in the cache (8 KiB a step), and the per-chunk cost is small beside the work.
    static let chunkLength = 1024

    /// - Precondition: operands name existing leaves and earlier steps, with each
    ///   operation's number of operands, and there is at least one step.
    public init(steps: [Step], leafCount: Int) {
        precondition(!steps.isEmpty, "a fused broadcast needs a step")
        for (i, step) in steps.enumerated() {
            precondition(step.operands.count == step.operation.arity, "wrong operand count")
            for operand in step.operands {
                switch operand {
                case .leaf(let l): precondition(l >= 0 && l < leafCount, "no such leaf")
                case .step(let s): precondition(s >= 0 && s < i, "a step reads only earlier steps")
                case .constant: break
                }
            }
        }
        self.steps = steps
        self.leafCount = leafCount
    }

    /// The shape of every step's result, in order (the last is the output's), from the
    /// leaves' shapes.
    /// - Throws: `Failure.shape` at the first step whose operands do not broadcast, with
    ///   the error its unfused operation gives (named by the step's name).
    public func shapes(leaves: [[Int]]) throws -> [[Int]] {
        var shapes: [[Int]] = []
        shapes.reserveCapacity(steps.count)
        for (i, step) in steps.enumerated() {
            var shape: [Int] = []
            for operand in step.operands {
                let s: [Int]
                switch operand {
                case .leaf(let l): s = leaves[l]
                case .step(let k): s = shapes[k]
                case .constant: s = []
                }
                do {
                    shape = try Broadcast.shape(shape, s, operation: step.name)
                } catch let error as EngineError {
                    throw Failure.shape(step: i, error)
                }
            }
            shapes.append(shape)
        }
        return shapes
    }

    /// The result for `leaves`, a new tensor of the broadcast shape.
    /// - Throws: `Failure` when the leaves do not broadcast together or a value is
    ///   outside a function's domain; `EngineError.tooLarge` for a shape too large.
    public func evaluate(_ leaves: [Tensor], functions: Functions) throws -> Tensor {
        precondition(leaves.count == leafCount, "one tensor per leaf")
        let shape = try shapes(leaves: leaves.map(\.shape)).last!
        let count = try Tensor.elementCount(of: shape)
        var failure: Failure?
        let result = Tensor.written(shape: shape, count: count) { out in
            failure = run(leaves, destination: nil, shape: shape, count: count, functions: functions, out)
        }
        if let failure { throw failure }
        return result
    }

    /// Writes the result into `destination`, which must have the broadcast shape (Julia's
    /// `broadcast!`, behind `x .= ...`). A nil leaf reads the destination itself: each
    /// output element is computed from its own old value before it is written, so
    /// `x .= x .* 2` needs no copy of x.
    /// - Throws: as `evaluate`; also `EngineError.shapeMismatch` when the result's shape
    ///   is not the destination's (Julia's DimensionMismatch for `broadcast!`). On a `Failure`, elements before the failing one may
    ///   already be written (as in Julia).
    public func evaluate(_ leaves: [Tensor?], into destination: inout Tensor, functions: Functions) throws {
        precondition(leaves.count == leafCount, "one tensor per leaf")
        let shape = try shapes(leaves: leaves.map { $0?.shape ?? destination.shape }).last!
        let combined = try Broadcast.shape(destination.shape, shape, operation: ".=")
        guard combined == destination.shape else {
            throw EngineError.shapeMismatch(operation: ".=", left: destination.shape, right: shape)
        }
        let count = destination.count
        if count == 0 { return }
        let readable = leaves.map { $0 ?? Tensor(unchecked: [0], []) }
        let readsDestination = leaves.map { $0 == nil }
        var failure: Failure?
        let destinationShape = destination.shape
        destination.scalars.withUnsafeMutableBufferPointer { out in
            failure = run(readable, destination: readsDestination, shape: destinationShape, count: count,
                          functions: functions, out.baseAddress!)
        }
        if let failure { throw failure }
    }

    /// The pass itself: every chunk of the output, each step in order on it.
    private func run(
        _ leaves: [Tensor], destination: [Bool]?, shape: [Int], count: Int, functions: Functions,
        _ out: UnsafeMutablePointer<Double>
    ) -> Failure? {
        if count == 0 { return nil }
        let operandShapes = leaves.indices.map { destination?[$0] == true ? shape : leaves[$0].shape }
        let layout = ChunkLayout(operands: operandShapes, output: shape, count: count)
        return withReading(leaves) { bases in
            var bases = bases
            if let destination {
                for l in destination.indices where destination[l] { bases[l] = UnsafePointer(out) }
            }
            let length = layout.longestChunk
            return withUnsafeTemporaryAllocation(of: Double.self, capacity: steps.count * length) { scratch in
                let slots = scratch.baseAddress!
                var lanes = [Lane](repeating: .scalar(0), count: leafCount)
                var values = [Lane](repeating: .scalar(0), count: steps.count)
                var failure: FailureRecord?
                layout.forEachChunk { start, n, offsets, runs in
                    for l in 0..<leafCount {
                        lanes[l] = runs[l] ? .vector(bases[l] + offsets[l]) : .scalar(bases[l][offsets[l]])
                    }
                    for i in steps.indices {
                        let target = i == steps.count - 1 ? out + start : slots + i * length
                        values[i] = perform(i, lanes, values, n, target, functions, &failure)
                    }
                    if failure != nil { return false }
                    if case .scalar(let x) = values[steps.count - 1] { (out + start).update(repeating: x, count: n) }
                    return true
                }
                return failure?.failure
            }
        }
    }

    /// Step `i` on one chunk of `n` elements, written to `target` unless every operand is
    /// one number. A value outside the domain is recorded in `failure` (the earliest
    /// element wins) and the chunk runs on, so the error names the first element, as
    /// Julia's one loop would.
    func perform(
        _ i: Int, _ leaves: [Lane], _ values: [Lane], _ n: Int, _ target: UnsafeMutablePointer<Double>,
        _ functions: Functions, _ failure: inout FailureRecord?
    ) -> Lane {
        let step = steps[i]
        func lane(_ operand: Operand) -> Lane {
            switch operand {
            case .leaf(let l): return leaves[l]
            case .step(let k): return values[k]
            case .constant(let x): return .scalar(x)
            }
        }
        let a = lane(step.operands[0])
        switch step.operation {
        case .binary(let op):
            return Lane.binary(op, a, lane(step.operands[1]), n, target)
        case .power:
            let p = lane(step.operands[1])
            if let k = a.firstIndex(n, where: { $0 < 0 }, pairedWith: p, { $0 != $0.rounded() }) {
                record(.fractionalPowerOfNegative(step: i, exponent: p.element(k)), at: k, &failure)
            }
            return Lane.map2(a, p, n, target, elementPower)
        case .unary(let op):
            if op == .squareRoot || op == .logarithm, let k = a.firstNegative(n) {
                record(.domain(step: i, value: a.element(k)), at: k, &failure)
            }
            if functions == .scalar {
                switch op {
                case .exponential: return Lane.map(a, n, target, Julia.exp)
                case .tanh: return Lane.map(a, n, target) { Double.tanh($0) }
                case .sigmoid: return Lane.map(a, n, target, sigmoid)
                case .logarithm: return Lane.map(a, n, target, Julia.log)
                default: break
                }
            }
            return Lane.unary(op, a, n, target)
        case .relu:
            if functions == .scalar { return Lane.map(a, n, target) { Swift.max($0, 0) } }
            return Lane.binary(.maximum, a, .scalar(0), n, target)
        case .clamp:
            let lo = lane(step.operands[1]), hi = lane(step.operands[2])
            if case .scalar(let low) = lo, case .scalar(let high) = hi {
                return Lane.clamp(a, low, high, n, target)
            }
            // Bounds that vary along the chunk: one element at a time, by the same kernel.
            for k in 0..<n {
                target[k] = Lane.clamp(.scalar(a.element(k)), lo.element(k), hi.element(k), 1, target + k).element(0)
            }
            return .vector(UnsafePointer(target))
        }
    }

    /// A failure and the element of its chunk where it happened.
    struct FailureRecord {
        var failure: Failure
        var element: Int
    }

    private func record(_ candidate: Failure, at element: Int, _ failure: inout FailureRecord?) {
        // Steps run in order over the whole chunk, so a later step's failure at an earlier
        // element replaces an earlier step's at a later one.
        if failure == nil || element < failure!.element {
            failure = FailureRecord(failure: candidate, element: element)
        }
    }
}
