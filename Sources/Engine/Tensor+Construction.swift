extension Tensor {
    /// A tensor of the given shape with every element equal to `value`.
    public static func filled(_ value: Double, shape: [Int]) throws -> Tensor {
        Tensor(unchecked: shape, [Double](repeating: value, count: try elementCount(of: shape)))
    }

    public static func zeros(_ shape: Int...) throws -> Tensor { try filled(0, shape: shape) }
    public static func zeros(shape: [Int]) throws -> Tensor { try filled(0, shape: shape) }
    public static func ones(_ shape: Int...) throws -> Tensor { try filled(1, shape: shape) }
    public static func ones(shape: [Int]) throws -> Tensor { try filled(1, shape: shape) }

    /// A tensor of zeros shaped like this one.
    public func zerosLike() -> Tensor {
        Tensor(unchecked: shape, [Double](repeating: 0, count: count))
    }

    /// The n×n identity matrix.
    public static func identity(_ n: Int) throws -> Tensor {
        var t = try zeros(n, n)
        for i in 0..<n { t.scalars[i + i * n] = 1 }
        return t
    }

    /// A tensor whose elements are `f(linear index)`; handy in tests and examples.
    public static func generate(shape: [Int], _ f: (Int) throws -> Double) throws -> Tensor {
        let n = try elementCount(of: shape)
        var data = [Double]()
        data.reserveCapacity(n)
        for i in 0..<n { data.append(try f(i)) }
        return Tensor(unchecked: shape, data)
    }
}
