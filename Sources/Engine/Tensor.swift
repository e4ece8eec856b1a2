/// An n-dimensional array of `Double`, stored column-major as in Julia.
///
/// `Tensor` is a value type: copying one is cheap (the elements live in a Swift
/// array, which is copied only when a shared copy is written to). Shapes follow
/// Julia: `[]` is a scalar, `[n]` a vector, `[m, n]` a matrix, `[m, n, k]` a stack
/// of matrices. Element `(i, j)` of an `m×n` matrix sits at offset `i + j*m`.
///
/// Indices in this Swift API are 0-based; the notebook language adds 1.
public struct Tensor: Sendable, Equatable {
    /// The size of each dimension.
    public private(set) var shape: [Int]
    /// The elements in column-major order.
    public internal(set) var scalars: [Double]

    /// Wraps `scalars` (column-major) in the given shape.
    /// - Throws: `EngineError` when a dimension is negative or the count is wrong.
    public init(shape: [Int], scalars: [Double]) throws {
        let count = try Tensor.elementCount(of: shape)
        guard count == scalars.count else {
            throw EngineError.elementCountMismatch(expected: count, got: scalars.count)
        }
        self.shape = shape
        self.scalars = scalars
    }

    /// Builds without checking; callers inside the engine guarantee the count.
    init(unchecked shape: [Int], _ scalars: [Double]) {
        self.shape = shape
        self.scalars = scalars
    }

    /// A rank-0 tensor holding one number.
    public init(_ value: Double) {
        self.init(unchecked: [], [value])
    }

    /// A vector from its elements.
    public init(vector: [Double]) {
        self.init(unchecked: [vector.count], vector)
    }

    /// A matrix from its rows, as one writes it: `Tensor(rows: [[1, 2], [3, 4]])`.
    public init(rows: [[Double]]) throws {
        let m = rows.count
        let n = rows.first?.count ?? 0
        guard rows.allSatisfy({ $0.count == n }) else {
            throw EngineError.invalidArgument(operation: "Tensor(rows:)", reason: "rows have different lengths")
        }
        var data = [Double](repeating: 0, count: m * n)
        for i in 0..<m { for j in 0..<n { data[i + j * m] = rows[i][j] } }
        self.init(unchecked: [m, n], data)
    }

    /// The number of elements a shape holds.
    /// - Throws: when a dimension is negative or the product overflows `Int`.
    public static func elementCount(of shape: [Int]) throws -> Int {
        var count = 1
        for d in shape {
            guard d >= 0 else {
                throw EngineError.invalidShape(operation: "shape", shape: shape, reason: "has a negative dimension")
            }
            let (product, overflow) = count.multipliedReportingOverflow(by: d)
            guard !overflow else { throw EngineError.tooLarge(shape: shape) }
            count = product
        }
        guard count <= maximumElementCount else { throw EngineError.tooLarge(shape: shape) }
        return count
    }

    /// The most elements one tensor may hold (2^28 doubles, 2 GiB): larger requests are
    /// refused with `EngineError.tooLarge` instead of failing inside the allocator or
    /// pushing a shared 24 GiB machine into swap. Nothing a lesson does comes near it.
    public static let maximumElementCount = 1 << 28

    public var count: Int { scalars.count }
    public var rank: Int { shape.count }
    public var isScalar: Bool { scalars.count == 1 }

    /// Size of dimension `d`, with Julia's convention that missing trailing dimensions are 1.
    public func size(_ d: Int) -> Int { d >= 0 && d < shape.count ? shape[d] : 1 }

    /// The single element of a one-element tensor.
    /// - Throws: `EngineError.notScalar` when there are more (or fewer) elements.
    public func scalarValue() throws -> Double {
        guard scalars.count == 1 else { throw EngineError.notScalar(shape: shape) }
        return scalars[0]
    }

    /// Column-major offset of a full index, or an error naming the index and shape.
    public func offset(of index: [Int]) throws -> Int {
        // Julia allows trailing 1s beyond the rank (A[i, j, 1]) and one linear index.
        if index.count == 1 {
            guard index[0] >= 0 && index[0] < count else {
                throw EngineError.indexOutOfRange(index: index, shape: shape)
            }
            return index[0]
        }
        var offset = 0
        var stride = 1
        for (d, i) in index.enumerated() {
            let n = size(d)
            guard i >= 0 && i < n else { throw EngineError.indexOutOfRange(index: index, shape: shape) }
            offset += i * stride
            stride *= n
        }
        guard index.count >= shape.count || shape[index.count...].allSatisfy({ $0 == 1 }) else {
            throw EngineError.invalidArgument(
                operation: "index", reason: "\(index.count) indices for an array of shape \(shapeText(shape))")
        }
        return offset
    }

    /// The element at a (0-based) index; one index reads the column-major linear position.
    public func element(at index: [Int]) throws -> Double {
        scalars[try offset(of: index)]
    }

    /// Writes one element.
    public mutating func setElement(_ value: Double, at index: [Int]) throws {
        let o = try offset(of: index)
        scalars[o] = value
    }

    /// Rows and columns of a matrix, with a vector read as a column.
    var matrixDimensions: (rows: Int, columns: Int) { (size(0), size(1)) }
}

extension Tensor: CustomStringConvertible {
    /// A compact description for debugging; the notebook has its own display.
    public var description: String {
        if shape.isEmpty { return "\(scalars[0])" }
        let shown = scalars.prefix(12).map { "\($0)" }.joined(separator: ", ")
        return "Tensor\(shapeText(shape))[\(shown)\(count > 12 ? ", …" : "")]"
    }
}
