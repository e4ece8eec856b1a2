import Kernels

/// `count` doubles that a fused model owns for its whole life: allocated and zeroed
/// once, freed with the model. The passes read and write them through `base`, so no
/// array is borrowed (and checked for uniqueness) inside a step.
final class FusedBuffer {
    let count: Int
    let base: UnsafeMutablePointer<Double>

    init(count: Int) {
        self.count = count
        base = .allocate(capacity: max(count, 1))
        base.initialize(repeating: 0, count: max(count, 1))
    }

    convenience init(_ values: [Double]) {
        self.init(count: values.count)
        base.update(from: values, count: values.count)
    }

    deinit { base.deallocate() }

    /// The contents, copied out.
    var scalars: [Double] { Array(UnsafeBufferPointer(start: base, count: count)) }
}

/// One trained parameter of a fused model: its value, the gradient the last window left
/// and its Adagrad memory, all of one length. An input weight, whose columns a one-hot
/// input picks, also keeps which columns the window touched: only those have a nonzero
/// gradient, so only those are zeroed and updated.
struct FusedParameter {
    let value: FusedBuffer
    let gradient: FusedBuffer
    let memory: FusedBuffer
    /// An input weight's column length; nil for a parameter updated whole.
    let columnLength: Int?
    /// Which columns of an input weight the last window touched (empty otherwise).
    private(set) var touched: [Bool]

    /// A parameter starting at `values`, with a zero gradient and memory; an input weight
    /// when `columnLength` is given.
    init(_ values: [Double], columnLength: Int? = nil) {
        value = FusedBuffer(values)
        gradient = FusedBuffer(count: values.count)
        memory = FusedBuffer(count: values.count)
        self.columnLength = columnLength
        touched = columnLength.map { Array(repeating: false, count: values.count / $0) } ?? []
    }

    /// An input weight's gradient for one window: column `inputs[t]` gets column t of
    /// `columns` (each `columnLength` long, one after the other) added; every other
    /// column is zero. Only the columns the previous window touched need zeroing.
    mutating func accumulateColumns(_ columns: UnsafePointer<Double>, pickedBy inputs: UnsafeBufferPointer<Int>) {
        guard let length = columnLength else { preconditionFailure("only an input weight has columns picked by inputs") }
        let g = gradient.base
        for c in touched.indices where touched[c] { (g + c * length).update(repeating: 0, count: length) }
        for c in touched.indices { touched[c] = false }
        for (t, c) in inputs.enumerated() {
            touched[c] = true
            let column = g + c * length, source = columns + t * length
            for i in 0..<length { column[i] += source[i] }
        }
    }

    /// One clipped Adagrad step in place, what `GradientClipping.clipByValue` followed
    /// by `Adagrad.update` computes: g = clamp(g, ±limit); m += g²; θ -= lr · g / (√m + ε).
    /// An input weight takes it on its touched columns only: the step would leave a
    /// column whose gradient is zero exactly as it is.
    func clippedAdagrad(limit: Double, learningRate: Double, epsilon: Double) {
        guard let length = columnLength else {
            Kernels.clippedAdagrad(n: value.count, parameter: value.base, gradient: gradient.base, memory: memory.base,
                                   limit: limit, learningRate: learningRate, epsilon: epsilon)
            return
        }
        for c in touched.indices where touched[c] {
            let offset = c * length
            Kernels.clippedAdagrad(n: length, parameter: value.base + offset, gradient: gradient.base + offset,
                                   memory: memory.base + offset, limit: limit, learningRate: learningRate,
                                   epsilon: epsilon)
        }
    }
}
