import Kernels

/// A recording of the operations done on tracked values, for reverse-mode autodiff.
///
/// The design follows AutoGrad.jl and micrograd: every differentiable operation on a
/// tracked `Var` appends one node holding a closure that turns the gradient of its
/// output into gradients of its inputs. The tape is in creation order, which is
/// already a topological order, so the backward pass is one walk from the end.
///
/// A recording is used once. Its nodes' closures hold the `Var`s they read, and every
/// `Var` holds its tape, so a tape and what it recorded keep each other alive: the
/// cycle is broken by `finish()`, which `gradients(of:for:)` calls when the backward
/// pass is done (and `valueAndGradient` calls on every exit, errors included). After
/// that the tape's values are plain constants, so a tracked value that escaped the
/// recording (a learner's `global` inside the loss) computes on without recording.
public final class Tape {
    struct Node {
        /// Tape positions of the inputs that are themselves tracked (empty for `.single`,
        /// which names its one input itself).
        let inputs: [Int]
        let rule: Rule
    }

    /// How a node passes its output's gradient back. The cases keep the common ones
    /// cheap to record: a one-input operation holds only its rule's closure.
    enum Rule {
        /// A parameter (a leaf): nothing to pass back.
        case parameter
        /// One tracked input at tape position `input`: the output's gradient → its gradient.
        case single(input: Int, (Tensor) throws -> Tensor)
        /// Several inputs, `needed[k]` saying whether input k is tracked: the output's
        /// gradient → one gradient per input, nil where none is needed (`inputs` lists the
        /// tracked ones' positions, in order).
        case several(needed: [Bool], (Tensor, [Bool]) throws -> [Tensor?])
        /// Fused operations: adds the inputs' gradients straight into the table of
        /// gradients (see `GradientTable`), so a weight shared by every time step
        /// accumulates in one buffer instead of one new tensor per step.
        case accumulate((Tensor, inout GradientTable) throws -> Void)
    }

    var nodes: [Node] = []
    /// False once `finish()` has dropped the recording.
    public private(set) var isRecording = true

    /// Tapes alive in this process; a finished gradient call leaves none behind.
    public static let live = LiveCount()

    public init() { Self.live.made() }

    deinit { Self.live.freed() }

    /// Drops every recorded operation, breaking the cycle between the tape and the
    /// values its closures hold; from now on values made on this tape are constants.
    public func finish() {
        isRecording = false
        nodes = []
    }

    /// Number of recorded operations (parameters included); handy for tests and
    /// for seeing how large a graph a loss builds.
    public var count: Int { nodes.count }

    /// Starts tracking `value` as a parameter to differentiate with respect to.
    public func parameter(_ value: Tensor) -> Var {
        guard isRecording else { return Var(value) }
        nodes.append(Node(inputs: [], rule: .parameter))
        return Var(value: value, tape: self, id: nodes.count - 1)
    }

    func append(inputs: [Int], _ rule: Rule) -> Int {
        nodes.append(Node(inputs: inputs, rule: rule))
        return nodes.count - 1
    }

    /// Gradients of a scalar `loss` with respect to each of `parameters`.
    ///
    /// A parameter the loss does not depend on gets zeros of its shape. The tape is
    /// finished afterwards (see the type's documentation), whether or not this throws.
    /// - Throws: `EngineError.notScalar` when the loss has more than one element.
    public func gradients(of loss: Var, for parameters: [Var]) throws -> [Tensor] {
        let reached = try gradientsIfReached(of: loss, for: parameters)
        return zip(parameters, reached).map { p, g in g ?? p.value.zerosLike() }
    }

    /// `gradients(of:for:)`, with nil for a parameter the backward pass never reached
    /// (the loss does not depend on it), as AutoGrad's `grad` answers `nothing`.
    public func gradientsIfReached(of loss: Var, for parameters: [Var]) throws -> [Tensor?] {
        defer { finish() }
        guard loss.value.count == 1 else { throw EngineError.notScalar(shape: loss.value.shape) }
        guard isRecording else {
            throw EngineError.invalidArgument(operation: "gradient", reason: "this recording was already used for a gradient")
        }
        for p in parameters where p.tape !== self {
            throw EngineError.invalidArgument(operation: "gradient", reason: "a parameter was not recorded on this tape")
        }
        guard loss.tape === self else { return parameters.map { _ in nil } }
        var table = GradientTable(count: loss.id + 1)
        table.slots[loss.id] = Tensor(unchecked: loss.value.shape, [1])
        for i in stride(from: loss.id, through: 0, by: -1) {
            // The gradient of an intermediate is no longer needed once it has been
            // passed back; free it early.
            guard let g = table.take(i) else { continue }
            switch nodes[i].rule {
            case .parameter:
                table.slots[i] = g
            case .single(let input, let backward):
                try table.accumulate(into: input, try backward(g))
            case .several(let needed, let backward):
                let all = try backward(g, needed)
                var k = 0
                for (gradient, need) in zip(all, needed) where need {
                    // An op that forgets a needed gradient is a bug in the engine, not in
                    // the learner's code; report it rather than trap.
                    guard let gradient else {
                        throw EngineError.invalidArgument(operation: "gradient", reason: "internal: missing input gradient")
                    }
                    try table.accumulate(into: nodes[i].inputs[k], gradient)
                    k += 1
                }
            case .accumulate(let accumulate):
                try accumulate(g, &table)
            }
        }
        table.addPendingProducts()
        let grads = table.slots
        return parameters.map { p in p.id < grads.count ? grads[p.id] : nil }
    }
}

/// The gradients found so far during a backward pass, by tape position. Fused
/// operations add into it in place.
public struct GradientTable {
    /// The gradients by tape position, not counting the outer products still waiting in
    /// `pending`. Entries are only ever added into (every method below adds), so the
    /// waiting products need to be in only when an entry is read: `take` and the end of
    /// the backward pass add them first.
    var slots: [Tensor?]
    /// Outer products to be added into an entry's gradient, kept to be added all at once
    /// (see `addOuterProduct`); a few entries at a time, searched in order.
    private var pending: [PendingProducts] = []

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    /// The gradient of tape entry `id`, its outer products added, taken out of the table
    /// (the backward pass's reading of an entry when it reaches it).
    mutating func take(_ id: Int) -> Tensor? {
        if !pending.isEmpty { addPendingProducts(of: id) }
        let g = slots[id]
        slots[id] = nil
        return g
    }

    /// Adds x·yᵀ into the gradient of tape entry `id`, or into its r×c block starting at
    /// element `offset` with leading dimension `ld` (x has r elements, y has c), later:
    /// the products of one block are kept (copies of x and y, side by side) and added
    /// together as one matrix product, G += X·Yᵀ, when the entry is read or 64 of them
    /// have been kept. A weight shared by every time step gets one
    /// outer product per step (dW += δₜ·hₜ₋₁ᵀ); one at a time each is a pass over the
    /// whole weight gradient (`ger`, bound by memory once the matrix leaves L1), while
    /// together they are one gemm, which keeps blocks of the gradient in registers and
    /// reads it once. The sum is the same up to rounding: the products are added in gemm's
    /// order rather than one after another.
    /// `shape` is the entry's own (a vector's gradient is r×1 read as r elements).
    mutating func addOuterProduct(
        into id: Int, shape: [Int], rows r: Int, columns c: Int, offset: Int = 0, ld: Int? = nil,
        _ x: UnsafePointer<Double>, _ y: UnsafePointer<Double>
    ) {
        guard r > 0, c > 0 else { return }
        let ld = ld ?? r
        var k = pending.firstIndex { $0.id == id && $0.offset == offset && $0.rows == r && $0.columns == c && $0.ld == ld }
        if k == nil {
            pending.append(PendingProducts(id: id, shape: shape, rows: r, columns: c, offset: offset, ld: ld))
            k = pending.count - 1
        }
        pending[k!].append(x, y)
        if pending[k!].count == PendingProducts.limit { addPending(pending.remove(at: k!)) }
    }

    /// Adds every kept outer product into its entry (the end of a backward pass).
    mutating func addPendingProducts() {
        while let last = pending.popLast() { addPending(last) }
    }

    /// Adds the outer products kept for `id`, if any, into its gradient.
    private mutating func addPendingProducts(of id: Int) {
        while let k = pending.firstIndex(where: { $0.id == id }) { addPending(pending.remove(at: k)) }
    }

    private mutating func addPending(_ products: PendingProducts) {
        if products.offset == 0 && products.ld == products.rows {
            update(into: products.id, shape: products.shape) { g, beta in products.add(into: g, beta: beta) }
        } else {
            // A block: the rest of a new entry is zeros.
            add(into: products.id, shape: products.shape) { g in products.add(into: g + products.offset, beta: 1) }
        }
    }

    /// Adds `gradient` into the gradient of tape entry `id` (which takes it whole when
    /// it has none yet).
    mutating func accumulate(into id: Int, _ gradient: Tensor) throws {
        if slots[id] == nil {
            slots[id] = gradient
        } else {
            try slots[id]!.add(gradient)
        }
    }

    /// Writes or adds into the gradient of tape entry `id` through `body`, which gets the
    /// gradient's elements and the factor its present contents keep, BLAS's beta: 1 when
    /// the entry has a gradient already, 0 when it has none, and then the elements are
    /// uninitialised and `body` must write every one without reading it (a gemm with
    /// beta 0 does). Saves zeroing a gradient only to add into it: a weight's gradient
    /// is first written by the last time step's product.
    mutating func update(
        into id: Int, shape: [Int], _ body: (UnsafeMutablePointer<Double>, _ beta: Double) throws -> Void
    ) rethrows {
        if slots[id] != nil {
            try slots[id]!.scalars.withUnsafeMutableBufferPointer { try body($0.baseAddress!, 1) }
            return
        }
        let count = shape.reduce(1, *)
        let scalars = try [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
            if count > 0 { try body(buffer.baseAddress!, 0) }
            initialized = count
        }
        slots[id] = Tensor(unchecked: shape, scalars)
    }

    /// Adds into the gradient of tape entry `id` (created as zeros of `shape` when it
    /// has none yet) through `body`, which gets the gradient's elements.
    mutating func add(into id: Int, shape: [Int], _ body: (UnsafeMutablePointer<Double>) throws -> Void) rethrows {
        if slots[id] == nil {
            slots[id] = Tensor(unchecked: shape, Array(repeating: 0, count: shape.reduce(1, *)))
        }
        try slots[id]!.scalars.withUnsafeMutableBufferPointer { try body($0.baseAddress!) }
    }
}

/// Outer products x·yᵀ waiting to be added into one r×c gradient (or an r×c block of one,
/// at `offset` with leading dimension `ld`): the xs as the columns of an r×count matrix
/// and the ys as the columns of a c×count one.
struct PendingProducts {
    /// Products kept before they are added: enough for gemm to run at full speed, few
    /// enough that the copies stay small (64 columns of a 1000-row weight are 512 KB).
    static let limit = 64

    let id: Int
    let shape: [Int]
    let rows: Int
    let columns: Int
    let offset: Int
    let ld: Int
    private(set) var left: [Double] = []
    private(set) var right: [Double] = []
    private(set) var count = 0

    init(id: Int, shape: [Int], rows: Int, columns: Int, offset: Int, ld: Int) {
        self.id = id
        self.shape = shape
        self.rows = rows
        self.columns = columns
        self.offset = offset
        self.ld = ld
        left.reserveCapacity(rows * 8)
        right.reserveCapacity(columns * 8)
    }

    mutating func append(_ x: UnsafePointer<Double>, _ y: UnsafePointer<Double>) {
        left.append(contentsOf: UnsafeBufferPointer(start: x, count: rows))
        right.append(contentsOf: UnsafeBufferPointer(start: y, count: columns))
        count += 1
    }

    /// G ← X·Yᵀ + beta·G, G being r×c with leading dimension `ld` (beta 0 or 1, as
    /// `GradientTable.update` gives it).
    func add(into g: UnsafeMutablePointer<Double>, beta: Double) {
        left.withUnsafeBufferPointer { x in
            right.withUnsafeBufferPointer { y in
                Kernels.gemm(transA: false, transB: true, m: rows, n: columns, k: count, alpha: 1,
                             a: x.baseAddress!, lda: rows, b: y.baseAddress!, ldb: columns, beta: beta, c: g, ldc: ld)
            }
        }
    }
}
