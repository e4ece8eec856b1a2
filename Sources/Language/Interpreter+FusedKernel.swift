import Engine
import Kernels

/// The fast form of dot fusion: a broadcast tree of Float64 arithmetic and the engine's
/// elementwise functions, compiled to the engine's `FusedBroadcast` and run in one pass
/// (on tracked values, recorded as one tape entry).
///
/// A tree qualifies when each of its nodes computes a Float64 (or, at the root only, a
/// comparison's Bool) from numbers and numeric arrays by one of the operations below,
/// with the element types Julia gives them; anything else (integer results, a Bool
/// multiplying, keyword arguments, a function the program redefined) returns nil and
/// is left to the other evaluations. Each step computes what its unfused operation
/// computes (`Runtime.binaryOperation`, the builtins in Builtins+Math.swift), which the
/// fusion tests check value for value and gradient for gradient.
extension Interpreter {
    /// The tree run by the engine, or nil when it does not qualify.
    func broadcastFused(_ plan: BroadcastPlan, _ leaves: [Value]) throws -> Value? {
        // Measured with callgrind on bench/plain_rnn.jl (H = 100): a fused pass over
        // vectors of 100 costs more than the node-by-node operations, tape entries
        // included, so small broadcasts stay node by node, which computes the same.
        guard leaves.contains(where: { $0.elementCount >= fusedBroadcastMinimum }) else { return nil }
        var compiler = FusionCompiler(leaves: leaves, budget: elementBudget)
        // One step gains nothing from fusing: the unfused operation is that same kernel call.
        guard let (root, type) = compiler.compile(plan.root, isRoot: true), case .step = root, compiler.hasArray,
              compiler.steps.count >= 2
        else { return nil }
        let program = FusedBroadcast(steps: compiler.steps, leafCount: compiler.operands.count)
        return try compiler.reportingFailures {
            let shapes = try program.shapes(leaves: compiler.operands.map(\.shape))
            try checkBudget(try Tensor.elementCount(of: shapes.last!))
            if compiler.tracks {
                return .tracked(try Var.fusedBroadcast(program, compiler.operands))
            }
            let result = try program.evaluate(compiler.operands.map(\.value))
            return .array(ArrayBox(result, elementType: type))
        }
    }
}

extension Interpreter {
    /// `box .= tree` (op nil) or `box .op= tree` written into the Float64 array `box` in
    /// one pass, Julia's `broadcast!`: each element is computed from the operands' old
    /// values and then written, so a leaf that is `box` itself (`x .= x .* 2`) is read
    /// in place, and any other leaf is an array of its own already (the notebook has no
    /// views; a slice such as `x[end:-1:1]` is a copy, made when the leaves were
    /// evaluated), which is what Julia's `unalias` would have copied. False, having
    /// written nothing, when the tree does not qualify for the fused pass, the result's
    /// shape is not the destination's, or a value is tracked (the caller's ordinary
    /// write then computes the same, or reports the problem as it always has).
    func broadcastFused(
        into box: ArrayBox, _ op: Operator?, _ tree: BroadcastPlan.Node, _ leaves: [Value], at position: SourcePosition
    ) throws -> Bool {
        // `x .^= p` is left out: its one failure (a fractional power of a negative number)
        // would be reported at the right side rather than where the ordinary write reports it.
        // Measured with callgrind on bench/plain_rnn.jl: on its 100-element biases the
        // ordinary write is cheaper, as for any small broadcast.
        guard box.elementType == .float64, box.tensor.count >= fusedBroadcastMinimum, op != .power else { return false }
        let destination = leaves.count
        var all = leaves
        all.append(.array(box))
        let root: BroadcastPlan.Node =
            if let op { .binary(op, .leaf(destination), tree, position: position, operandPosition: position) } else { tree }
        var compiler = FusionCompiler(leaves: all, budget: elementBudget)
        guard let (result, type) = compiler.compile(root, isRoot: true), case .step = result,
              type == .float64 || type == .bool, !compiler.tracks
        else { return false }
        let program = FusedBroadcast(steps: compiler.steps, leafCount: compiler.operands.count)
        // The compiler's copies of the operands go, so the destination's storage is held by
        // `box` alone and is written where it lies.
        let operands = compiler.takeOperands(readingInPlace: box)
        // Shapes that do not fit go to the ordinary write, which names the mismatch as it always has.
        guard let shapes = try? program.shapes(leaves: operands.map { $0?.shape ?? box.tensor.shape }),
              (try? Broadcast.shape(box.tensor.shape, shapes.last!, operation: ".=")) == box.tensor.shape
        else { return false }
        try box.checkWritable()
        try compiler.reportingFailures { try program.evaluate(operands, into: &box.tensor) }
        return true
    }
}

/// The builtins a fused broadcast can run, by function value (a program that defines
/// a method of its own for one of these names makes a new function value, which then
/// runs as the program's function).
private enum FusableFunction {
    case unary(UnaryOperation, name: String)
    case relu
    case clamp
    case extremum(BinaryOperation, name: String)

    static let byFunction: [ObjectIdentifier: FusableFunction] = {
        let functions = Library.standard.functions
        var table: [ObjectIdentifier: FusableFunction] = [:]
        let entries: [(String, FusableFunction)] = [
            ("tanh", .unary(.tanh, name: "tanh")), ("sigm", .unary(.sigmoid, name: "sigm")),
            ("exp", .unary(.exponential, name: "exp")), ("log", .unary(.logarithm, name: "log")),
            ("sqrt", .unary(.squareRoot, name: "sqrt")), ("abs", .unary(.absolute, name: "abs")),
            ("relu", .relu), ("clamp", .clamp),
            ("max", .extremum(.maximum, name: "max")), ("min", .extremum(.minimum, name: "min")),
        ]
        for (name, function) in entries {
            if let value = functions[name] { table[ObjectIdentifier(value)] = function }
        }
        return table
    }()
}

/// Turns a plan into the engine's steps, with each node's element type.
private struct FusionCompiler {
    let leaves: [Value]
    /// The engine's leaves (arrays and tracked values), and which plan leaf each came from.
    private(set) var operands: [Var] = []
    private var operandOfLeaf: [Int?]
    private(set) var steps: [FusedBroadcast.Step] = []
    /// Where each step's node is written, for its errors.
    private var positions: [SourcePosition] = []
    private(set) var hasArray = false
    private(set) var tracks = false
    /// The element budget, which a range must fit to become an array.
    private let budget: Int

    init(leaves: [Value], budget: Int) {
        self.leaves = leaves
        self.budget = budget
        operandOfLeaf = [Int?](repeating: nil, count: leaves.count)
    }

    /// The operand for node and the element type of its value, or nil when the node
    /// cannot run fused.
    mutating func compile(_ node: BroadcastPlan.Node, isRoot: Bool = false) -> (FusedBroadcast.Operand, ElementType)? {
        switch node {
        case .leaf(let l):
            return leaf(l)
        case .unary(let op, let operand, let position):
            guard let (x, type) = compile(operand) else { return nil }
            switch op {
            case .minus where type == .float64:
                return (emit(.unary(.negate), [x], ".-", position), .float64)
            case .plus where type == .float64:
                return (x, .float64)
            default:
                return nil
            }
        case .literalPower(let operand, let k, let position):
            // Julia's literal_pow of Float64s: x itself for k = 1 and inv(x) for k = −1; for
            // any other k it is the power the kernel computes. Integers stay unfused.
            guard let (x, type) = compile(operand), type == .float64 else { return nil }
            switch k {
            case 1: return (x, .float64)
            case -1: return (emit(.binary(.divide), [.constant(1), x], ".^", position), .float64)
            default: return (emit(.power, [x, .constant(Double(k))], ".^", position), .float64)
            }
        case .binary(let op, let lhs, let rhs, let position, _):
            guard let (a, ta) = compile(lhs), let (b, tb) = compile(rhs) else { return nil }
            let name = "." + op.spelling
            let anyFloat = ta == .float64 || tb == .float64
            switch op {
            case .plus, .minus:
                // Bool + float keeps a -0.0 (`false + -0.0` is -0.0), which the kernels' sum does not.
                guard anyFloat, op == .minus || (ta != .bool && tb != .bool) else { return nil }
                return (emit(.binary(op == .plus ? .add : .subtract), [a, b], name, position), .float64)
            case .times:
                // A Bool is a strong zero (`false * NaN` is 0.0), which the kernels are not.
                guard anyFloat, ta != .bool, tb != .bool else { return nil }
                return (emit(.binary(.multiply), [a, b], name, position), .float64)
            case .divide:
                return (emit(.binary(.divide), [a, b], name, position), .float64)
            case .leftDivide:
                return (emit(.binary(.divide), [b, a], name, position), .float64)
            case .power:
                guard ta == .float64 || (ta == .int64 && tb == .float64) else { return nil }
                return (emit(.power, [a, b], name, position), .float64)
            case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual:
                guard isRoot, !tracks else { return nil }
                let comparison: BinaryOperation =
                    switch op {
                    case .equal: .equal
                    case .notEqual: .notEqual
                    case .less: .less
                    case .lessEqual: .lessOrEqual
                    case .greater: .greater
                    default: .greaterOrEqual
                    }
                return (emit(.binary(comparison), [a, b], name, position), .bool)
            default:
                return nil
            }
        case .call(let callee, let arguments, let keywords, let position):
            guard keywords.isEmpty, case .function(let f) = leaves[callee],
                  let function = FusableFunction.byFunction[ObjectIdentifier(f)]
            else { return nil }
            var compiled: [(FusedBroadcast.Operand, ElementType)] = []
            for argument in arguments {
                guard let c = compile(argument) else { return nil }
                compiled.append(c)
            }
            switch function {
            case .unary(let op, let name):
                guard compiled.count == 1 else { return nil }
                if op == .absolute && compiled[0].1 != .float64 { return nil }
                return (emit(.unary(op), [compiled[0].0], name + ".()", position), .float64)
            case .relu:
                guard compiled.count == 1, compiled[0].1 == .float64 else { return nil }
                return (emit(.relu, [compiled[0].0], "relu.()", position), .float64)
            case .clamp:
                // The unfused clamp takes its bounds as numbers.
                guard compiled.count == 3, compiled[0].1 == .float64,
                      case .constant = compiled[1].0, case .constant = compiled[2].0
                else { return nil }
                return (emit(.clamp, compiled.map(\.0), "clamp.()", position), .float64)
            case .extremum(let op, let name):
                guard compiled.count == 2, !tracks, compiled.contains(where: { $0.1 == .float64 }),
                      !compiled.contains(where: { $0.1 == .bool })
                else { return nil }
                return (emit(.binary(op), compiled.map(\.0), name + ".()", position), .float64)
            }
        }
    }

    /// A leaf: a number is a constant, a numeric array or tracked value an engine leaf.
    private mutating func leaf(_ l: Int) -> (FusedBroadcast.Operand, ElementType)? {
        switch leaves[l] {
        case .float(let x): return (.constant(x), .float64)
        case .int(let n):
            // Past 2^53 a Float64 no longer holds every integer, and Julia compares an Int
            // with a Float64 exactly: such a number stays with the unfused evaluation.
            guard n.magnitude <= 1 << 53 else { return nil }
            return (.constant(Double(n)), .int64)
        case .bool(let b): return (.constant(b ? 1 : 0), .bool)
        // Float32 elements compute one operation at a time, each rounded (Float32Arrays.swift).
        case .array(let box) where box.elementType == .float32: return nil
        case .array(let box): return (operand(l, Var(box.tensor)), box.elementType)
        case .tracked(let v):
            // A value whose recording has finished computes on as a plain one.
            if v.isTracked { tracks = true }
            return (operand(l, v, isArray: v.value.rank > 0), .float64)
        case .range:
            // Julia's `broadcasted` turns `r .* x`, `r .+ r`, ... into ranges before any
            // fusion (base/broadcast.jl), with elements of their own (twice precision);
            // the node-by-node evaluation does the same.
            return nil
        default:
            return nil
        }
    }

    /// The operands' tensors, nil for those that are `destination` itself (read where they
    /// are written); the compiler keeps none of them.
    mutating func takeOperands(readingInPlace destination: ArrayBox) -> [Tensor?] {
        var tensors: [Tensor?] = operands.map(\.value)
        for (l, k) in operandOfLeaf.enumerated() {
            if let k, case .array(let b) = leaves[l], b === destination { tensors[k] = nil }
        }
        operands = []
        return tensors
    }

    private mutating func operand(_ l: Int, _ v: Var, isArray: Bool = true) -> FusedBroadcast.Operand {
        if isArray { hasArray = true }
        if let k = operandOfLeaf[l] { return .leaf(k) }
        operands.append(v)
        operandOfLeaf[l] = operands.count - 1
        return .leaf(operands.count - 1)
    }

    private mutating func emit(
        _ operation: FusedBroadcast.Operation, _ args: [FusedBroadcast.Operand], _ name: String, _ position: SourcePosition
    ) -> FusedBroadcast.Operand {
        steps.append(FusedBroadcast.Step(operation, args, name: name))
        positions.append(position)
        return .step(steps.count - 1)
    }

    /// Where the root is written.
    var lastPosition: SourcePosition? { positions.last }

    /// Runs the compiled pass, its failures worded and placed as the unfused operations'.
    func reportingFailures<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let failure as FusedBroadcast.Failure {
            throw error(for: failure)
        } catch let error as RuntimeError {
            throw error
        } catch {
            throw RuntimeError(wrapping: error, at: lastPosition)
        }
    }

    /// The error the unfused operation gives for `failure`.
    func error(for failure: FusedBroadcast.Failure) -> RuntimeError {
        switch failure {
        case .shape(let step, let error):
            return RuntimeError(wrapping: error, at: positions[step])
        case .domain(let step, let value):
            let name = String(steps[step].name.dropLast(3))
            var error = RealDomain.nonNegative.error(name, value)
            error.position = positions[step]
            return error
        case .fractionalPowerOfNegative(let step, let exponent):
            return RuntimeError(
                "a negative number to the fractional power \(formatFloat(exponent)) has no real value (DomainError)", kind: .domain,
                at: positions[step])
        }
    }
}

extension Value {
    /// How many numbers an array, range or tracked value holds (1 for anything else).
    fileprivate var elementCount: Int {
        switch self {
        case .array(let box): box.tensor.count
        case .range(let r): r.count
        case .tracked(let v): v.value.count
        default: 1
        }
    }
}
