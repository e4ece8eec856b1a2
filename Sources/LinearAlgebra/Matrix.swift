import Engine

/// A dense column-major matrix that the algorithms of this module work on in place.
///
/// The engine's `Tensor` keeps its storage setter internal to the Engine module, so the
/// routines here copy a tensor into this plain view, work on it, and copy the result
/// back out. Entry `(i, j)` sits at `data[i + j * rows]`, exactly as in `Tensor`.
struct Matrix: Equatable {
    var rows: Int
    var columns: Int
    var data: [Double]

    init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
        data = [Double](repeating: 0, count: rows * columns)
    }

    init(rows: Int, columns: Int, data: [Double]) {
        precondition(data.count == rows * columns, "Matrix storage does not match its size")
        self.rows = rows
        self.columns = columns
        self.data = data
    }

    static func identity(_ n: Int) -> Matrix {
        var m = Matrix(rows: n, columns: n)
        for i in 0..<n { m.data[i + i * n] = 1 }
        return m
    }

    subscript(i: Int, j: Int) -> Double {
        get { data[i + j * rows] }
        set { data[i + j * rows] = newValue }
    }

    var isSquare: Bool { rows == columns }

    /// Reads a tensor as a matrix for `operation`, refusing anything that is not finite.
    /// A scalar counts as a 1×1 matrix, as Julia's `eigvals(2.0)` does.
    init(_ tensor: Tensor, operation: String) throws {
        switch tensor.rank {
        case 0: self.init(rows: 1, columns: 1, data: tensor.scalars)
        case 2: self.init(rows: tensor.shape[0], columns: tensor.shape[1], data: tensor.scalars)
        default: throw LinearAlgebraError.notMatrix(operation: operation, shape: tensor.shape)
        }
        guard data.allSatisfy(\.isFinite) else { throw LinearAlgebraError.nonFinite(operation: operation) }
    }

    /// Like `init(_:operation:)`, and also insists on a square matrix.
    init(square tensor: Tensor, operation: String) throws {
        try self.init(tensor, operation: operation)
        guard isSquare else { throw LinearAlgebraError.notSquare(operation: operation, shape: tensor.shape) }
    }

    /// The matrix as an engine tensor of shape `[rows, columns]`.
    func tensor() throws -> Tensor {
        try Tensor(shape: [rows, columns], scalars: data)
    }

    func transposed() -> Matrix {
        var t = Matrix(rows: columns, columns: rows)
        for j in 0..<columns { for i in 0..<rows { t.data[j + i * columns] = data[i + j * rows] } }
        return t
    }

    /// The matrix product; sizes are the caller's responsibility (checked by precondition).
    static func * (a: Matrix, b: Matrix) -> Matrix {
        precondition(a.columns == b.rows, "Matrix product of incompatible sizes")
        var c = Matrix(rows: a.rows, columns: b.columns)
        let m = a.rows
        a.data.withUnsafeBufferPointer { pa in
            b.data.withUnsafeBufferPointer { pb in
                c.data.withUnsafeMutableBufferPointer { pc in
                    for j in 0..<b.columns {
                        for k in 0..<a.columns {
                            let bkj = pb[k + j * b.rows]
                            if bkj == 0 { continue }
                            let column = k * m, target = j * m
                            for i in 0..<m { pc[target + i] += pa[column + i] * bkj }
                        }
                    }
                }
            }
        }
        return c
    }

    /// The largest absolute entry; zero for an empty matrix.
    var maxAbs: Double { data.reduce(0) { Swift.max($0, abs($1)) } }

    /// The Frobenius norm, scaled so that squaring cannot overflow.
    var frobeniusNorm: Double {
        let scale = maxAbs
        guard scale > 0 else { return 0 }
        var sum = 0.0
        for x in data { let y = x / scale; sum += y * y }
        return scale * sum.squareRoot()
    }

    /// Columns p and q become (c·x − s·y, s·x + c·y): a plane rotation from the right.
    mutating func rotateColumns(_ p: Int, _ q: Int, c: Double, s: Double) {
        let m = rows
        data.withUnsafeMutableBufferPointer { a in
            let cp = p * m, cq = q * m
            for k in 0..<m {
                let x = a[cp + k], y = a[cq + k]
                a[cp + k] = c * x - s * y
                a[cq + k] = s * x + c * y
            }
        }
    }

    /// Multiplies by a power of two (exactly) when the largest entry lies beyond
    /// 2^±`limit`, bringing it just inside. With the default 450 (about 1e±135)
    /// products of two entries can neither overflow nor underflow; routines that
    /// multiply three quantities pass a smaller limit. Scaling no further than needed
    /// (as LAPACK does) keeps the smallest entries from underflowing when the entries
    /// span a huge range. Returns the factor used (1 when none was needed), so that
    /// results can be scaled back.
    mutating func scaleIntoSafeRange(limit: Int = 450) -> Double {
        let largest = maxAbs
        guard largest > 0 else { return 1 }
        let exponent = Int(largest.exponent)
        let target: Int
        if exponent >= limit {
            target = limit - 1
        } else if exponent < -limit {
            target = -limit
        } else {
            return 1
        }
        // A subnormal largest entry has exponent down to -1074; the factor stays finite.
        let factor = Double(sign: .plus, exponent: target - exponent, significand: 1)
        for k in data.indices { data[k] *= factor }
        return factor
    }
}
