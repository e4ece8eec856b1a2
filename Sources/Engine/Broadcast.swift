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

    /// For each output element, the offset of the operand element it reads.
    /// A stretched dimension gets stride 0.
    static func strides(of shape: [Int], in outShape: [Int]) -> [Int] {
        var strides = [Int](repeating: 0, count: outShape.count)
        var stride = 1
        for d in 0..<outShape.count {
            let n = d < shape.count ? shape[d] : 1
            strides[d] = n == 1 ? 0 : stride
            stride *= n
        }
        return strides
    }

    /// Applies `f` elementwise after broadcasting `a` and `b` to a common shape.
    static func apply(
        _ a: Tensor, _ b: Tensor, operation: String, _ f: (Double, Double) -> Double
    ) throws -> Tensor {
        // Fast paths for the common cases: equal shapes, and a scalar on either side.
        if a.shape == b.shape {
            var out = [Double](repeating: 0, count: a.count)
            a.scalars.withUnsafeBufferPointer { x in
                b.scalars.withUnsafeBufferPointer { y in
                    out.withUnsafeMutableBufferPointer { o in
                        for i in 0..<o.count { o[i] = f(x[i], y[i]) }
                    }
                }
            }
            return Tensor(unchecked: a.shape, out)
        }
        let outShape = try shape(a.shape, b.shape, operation: operation)
        if b.count == 1 {
            let y = b.scalars[0]
            return Tensor(unchecked: outShape, a.scalars.map { f($0, y) })
        }
        if a.count == 1 {
            let x = a.scalars[0]
            return Tensor(unchecked: outShape, b.scalars.map { f(x, $0) })
        }
        let sa = strides(of: a.shape, in: outShape)
        let sb = strides(of: b.shape, in: outShape)
        let n = try Tensor.elementCount(of: outShape)
        var out = [Double](repeating: 0, count: n)
        if n == 0 { return Tensor(unchecked: outShape, out) }
        var index = [Int](repeating: 0, count: outShape.count)
        a.scalars.withUnsafeBufferPointer { x in
            b.scalars.withUnsafeBufferPointer { y in
                out.withUnsafeMutableBufferPointer { o in
                    // Walk the first dimension in an inner loop; step the rest by hand.
                    let n0 = outShape[0]
                    var k = 0
                    while k < n {
                        var ia = 0
                        var ib = 0
                        for d in 1..<max(outShape.count, 1) { ia += index[d] * sa[d]; ib += index[d] * sb[d] }
                        for i in 0..<n0 { o[k + i] = f(x[ia + i * sa[0]], y[ib + i * sb[0]]) }
                        k += n0
                        var d = 1
                        while d < outShape.count {
                            index[d] += 1
                            if index[d] < outShape[d] { break }
                            index[d] = 0
                            d += 1
                        }
                    }
                }
            }
        }
        return Tensor(unchecked: outShape, out)
    }

    /// Sums a gradient of the broadcast shape back to an operand's `shape`
    /// (the adjoint of stretching).
    public static func reduce(_ grad: Tensor, to shape: [Int]) -> Tensor {
        if grad.shape == shape { return grad }
        let n = (try? Tensor.elementCount(of: shape)) ?? 0
        var out = [Double](repeating: 0, count: n)
        if n == 1 {
            out[0] = grad.scalars.reduce(0, +)
            return Tensor(unchecked: shape, out)
        }
        let strides = strides(of: shape, in: grad.shape)
        var index = [Int](repeating: 0, count: grad.rank)
        for k in 0..<grad.count {
            var o = 0
            for d in 0..<grad.rank { o += index[d] * strides[d] }
            out[o] += grad.scalars[k]
            Tensor.advance(&index, shape: grad.shape)
        }
        return Tensor(unchecked: shape, out)
    }
}
