import Kernels

// The bridge from tensors to the vector kernels: every elementwise operation and
// reduction on tensors runs as one kernel call per contiguous run, with the operation
// named by case (no closure per element) and the output written once, never zeroed first.

extension Tensor {
    /// A tensor of `shape` whose `count` elements `body` writes, every one of them.
    static func written(shape: [Int], count: Int, _ body: (UnsafeMutablePointer<Double>) -> Void) -> Tensor {
        let scalars = [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
            if count > 0 { body(buffer.baseAddress!) }
            initialized = count
        }
        return Tensor(unchecked: shape, scalars)
    }

    /// `body` on the first element, for a tensor that is not empty.
    func reading<R>(_ body: (UnsafePointer<Double>) -> R) -> R {
        scalars.withUnsafeBufferPointer { body($0.baseAddress!) }
    }

    /// `op` on every element.
    func applying(_ op: UnaryOperation) -> Tensor {
        if count == 0 { return self }
        return reading { x in Tensor.written(shape: shape, count: count) { Kernels.elementwise(op, n: count, x, $0) } }
    }

    /// `self[i] op y` for every element.
    func applying(_ op: BinaryOperation, scalar y: Double) -> Tensor {
        if count == 0 { return self }
        return reading { x in Tensor.written(shape: shape, count: count) { Kernels.elementwise(op, n: count, x, scalar: y, $0) } }
    }

    /// `x op self[i]` for every element.
    func applying(_ op: BinaryOperation, scalarOnLeft x: Double) -> Tensor {
        if count == 0 { return self }
        return reading { y in Tensor.written(shape: shape, count: count) { Kernels.elementwise(op, n: count, scalar: x, y, $0) } }
    }

    /// The incoming gradient `self` times an activation's derivative, from its output
    /// `y` (same shape): one pass of the backward step.
    func timesDerivative(_ activation: ActivationDerivative, output y: Tensor) -> Tensor {
        if count == 0 { return self }
        return reading { g in
            y.reading { yv in
                Tensor.written(shape: shape, count: count) {
                    Kernels.activationGradient(activation, n: count, gradient: g, output: yv, $0)
                }
            }
        }
    }
}
