import Kernels

/// Julia's broadcasting rule: shapes are compared dimension by dimension, missing
/// trailing dimensions count as 1, and a dimension of size 1 stretches to match.
public enum Broadcast {
    /// The shape two operands broadcast to, or an error naming both shapes.
    public static func shape(_ a: [Int], _ b: [Int], operation: String) throws -> [Int] {
        if a == b { return a }
        let rank = max(a.count, b.count)
        var out = [Int]()
        out.reserveCapacity(rank)
        for d in 0..<rank {
            let x = d < a.count ? a[d] : 1
            let y = d < b.count ? b[d] : 1
            if x == y || y == 1 { out.append(x) } else if x == 1 { out.append(y) } else {
                throw EngineError.shapeMismatch(operation: operation, left: a, right: b)
            }
        }
        return out
    }

    /// Steps a column-major multi-index of `shape` to the next position, turning only the
    /// dimensions from `first` on (an odometer whose wheel `first` turns fastest): 0 walks
    /// every element; 1 walks the runs along the first dimension, one per column. Past
    /// the last position it wraps to all zeros.
    static func advance(_ index: inout [Int], shape: [Int], from first: Int = 0) {
        var d = first
        while d < shape.count {
            index[d] += 1
            if index[d] < shape[d] { return }
            index[d] = 0
            d += 1
        }
    }

    /// For each output element, the offset of the operand element it reads.
    /// A stretched dimension gets stride 0.
    public static func strides(of shape: [Int], in outShape: [Int]) -> [Int] {
        var strides = [Int](repeating: 0, count: outShape.count)
        var stride = 1
        for d in 0..<outShape.count {
            let n = d < shape.count ? shape[d] : 1
            strides[d] = n == 1 ? 0 : stride
            stride *= n
        }
        return strides
    }

    /// `op` elementwise after broadcasting `a` and `b` to a common shape: one kernel
    /// call per run along the first dimension (a whole operand, a column, or a column
    /// against one number), never a closure per element.
    static func apply(_ a: Tensor, _ b: Tensor, _ op: BinaryOperation, operation: String) throws -> Tensor {
        let outShape = try shape(a.shape, b.shape, operation: operation)
        if a.shape == b.shape {
            if a.count == 0 { return a }
            return a.reading { x in b.reading { y in
                Tensor.written(shape: outShape, count: a.count) { Kernels.elementwise(op, n: a.count, x, y, $0) }
            } }
        }
        let n = try Tensor.elementCount(of: outShape)
        if n == 0 { return Tensor(unchecked: outShape, []) }
        if b.count == 1 {
            let y = b.scalars[0]
            return a.reading { x in Tensor.written(shape: outShape, count: n) { Kernels.elementwise(op, n: n, x, scalar: y, $0) } }
        }
        if a.count == 1 {
            let x = a.scalars[0]
            return b.reading { y in Tensor.written(shape: outShape, count: n) { Kernels.elementwise(op, n: n, scalar: x, y, $0) } }
        }
        let sa = strides(of: a.shape, in: outShape)
        let sb = strides(of: b.shape, in: outShape)
        return a.reading { x in b.reading { y in
            Tensor.written(shape: outShape, count: n) { o in
                // Along the first dimension each operand either runs (stride 1) or holds
                // one number (stride 0); the other dimensions are stepped by hand.
                let n0 = outShape[0]
                var index = [Int](repeating: 0, count: outShape.count)
                var k = 0
                while k < n {
                    var ia = 0, ib = 0
                    for d in 1..<outShape.count { ia += index[d] * sa[d]; ib += index[d] * sb[d] }
                    switch (sa[0], sb[0]) {
                    case (0, 0):
                        Kernels.elementwise(op, n: 1, x + ia, y + ib, o + k)
                        (o + k + 1).initialize(repeating: o[k], count: n0 - 1)
                    case (0, _): Kernels.elementwise(op, n: n0, scalar: x[ia], y + ib, o + k)
                    case (_, 0): Kernels.elementwise(op, n: n0, x + ia, scalar: y[ib], o + k)
                    default: Kernels.elementwise(op, n: n0, x + ia, y + ib, o + k)
                    }
                    k += n0
                    advance(&index, shape: outShape, from: 1)
                }
            }
        } }
    }

    /// Applies `f` elementwise after broadcasting `a` and `b` to a common shape: the
    /// general form, for operations the kernels do not name (`÷`, `%`, powers).
    static func apply(
        _ a: Tensor, _ b: Tensor, operation: String, _ f: (Double, Double) -> Double
    ) throws -> Tensor {
        let outShape = try shape(a.shape, b.shape, operation: operation)
        let n = try Tensor.elementCount(of: outShape)
        let sa = strides(of: a.shape, in: outShape)
        let sb = strides(of: b.shape, in: outShape)
        var out = [Double](repeating: 0, count: n)
        var index = [Int](repeating: 0, count: outShape.count)
        for k in 0..<n {
            var ia = 0, ib = 0
            for d in 0..<outShape.count { ia += index[d] * sa[d]; ib += index[d] * sb[d] }
            out[k] = f(a.scalars[ia], b.scalars[ib])
            advance(&index, shape: outShape)
        }
        return Tensor(unchecked: outShape, out)
    }

    /// Sums a gradient of the broadcast shape back to an operand's `shape`
    /// (the adjoint of stretching).
    public static func reduce(_ grad: Tensor, to shape: [Int]) -> Tensor {
        if grad.shape == shape { return grad }
        let n = (try? Tensor.elementCount(of: shape)) ?? 0
        if n == 1 { return Tensor(unchecked: shape, [grad.sum()]) }
        if n == grad.count { return Tensor(unchecked: shape, grad.scalars) }
        // A column stretched across the columns of a matrix (a bias): the columns' sum.
        let m = grad.size(0)
        if m > 0, n == m, grad.count >= m, grad.count % m == 0, shape.count >= 1, shape[0] == m {
            return Tensor.written(shape: shape, count: n) { out in
                grad.reading { g in
                    out.initialize(from: g, count: m)
                    for j in 1..<Swift.max(grad.count / m, 1) { Kernels.elementwise(.add, n: m, out, g + j * m, out) }
                }
            }
        }
        var out = [Double](repeating: 0, count: n)
        let strides = strides(of: shape, in: grad.shape)
        var index = [Int](repeating: 0, count: grad.rank)
        for k in 0..<grad.count {
            var o = 0
            for d in 0..<grad.rank { o += index[d] * strides[d] }
            out[o] += grad.scalars[k]
            advance(&index, shape: grad.shape)
        }
        return Tensor(unchecked: shape, out)
    }
}
