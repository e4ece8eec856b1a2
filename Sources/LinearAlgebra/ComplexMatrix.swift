import ComplexModule
import RealModule
import Engine

/// A dense complex matrix, column-major, stored as separate real and imaginary parts.
///
/// Eigenvectors of a real matrix are complex whenever its eigenvalues are, and the
/// engine's `Tensor` is real, so they come back in this small type. Each part is
/// available as a `Tensor` for the notebook to show or compute with.
public struct ComplexMatrix: Sendable, Equatable {
    public let rows: Int
    public let columns: Int
    /// Real parts, column-major: entry (i, j) at `i + j * rows`.
    public private(set) var real: [Double]
    /// Imaginary parts, laid out like `real`.
    public private(set) var imaginary: [Double]

    /// A matrix of zeros (sizes are the caller's to check).
    init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
        real = [Double](repeating: 0, count: rows * columns)
        imaginary = real
    }

    /// A complex matrix from its real and imaginary parts, which must have one shape.
    public init(real: Tensor, imaginary: Tensor) throws {
        guard real.shape == imaginary.shape else {
            throw LinearAlgebraError.shapeMismatch(operation: "complex matrix", left: real.shape, right: imaginary.shape)
        }
        let m = try Matrix(real, operation: "complex matrix")
        self.rows = m.rows
        self.columns = m.columns
        self.real = real.scalars
        self.imaginary = imaginary.scalars
    }

    /// Entry (i, j), 0-based; like an array subscript it requires indices in range
    /// (`element(_:_:)` checks them instead).
    public internal(set) subscript(i: Int, j: Int) -> Complex<Double> {
        get { Complex(real[i + j * rows], imaginary[i + j * rows]) }
        set {
            real[i + j * rows] = newValue.real
            imaginary[i + j * rows] = newValue.imaginary
        }
    }

    /// Entry (i, j), 0-based.
    /// - Throws: `LinearAlgebraError.invalidArgument` for an index out of range.
    public func element(_ i: Int, _ j: Int) throws -> Complex<Double> {
        guard (0..<rows).contains(i), (0..<columns).contains(j) else {
            throw LinearAlgebraError.invalidArgument(
                operation: "complex matrix index",
                reason: "(\(i + 1), \(j + 1)) is outside a \(rows)×\(columns) matrix (indices shown 1-based)")
        }
        return self[i, j]
    }

    /// The real part as a `rows × columns` tensor.
    public func realPart() throws -> Tensor { try Tensor(shape: [rows, columns], scalars: real) }

    /// The imaginary part as a `rows × columns` tensor.
    public func imaginaryPart() throws -> Tensor { try Tensor(shape: [rows, columns], scalars: imaginary) }

    /// A real matrix viewed as complex.
    init(_ m: Matrix) {
        rows = m.rows
        columns = m.columns
        real = m.data
        imaginary = [Double](repeating: 0, count: m.data.count)
    }

    /// The product of two complex matrices.
    /// - Throws: `LinearAlgebraError.shapeMismatch` when the inner sizes differ.
    public static func * (a: ComplexMatrix, b: ComplexMatrix) throws -> ComplexMatrix {
        guard a.columns == b.rows else {
            throw LinearAlgebraError.shapeMismatch(
                operation: "complex matrix multiply", left: [a.rows, a.columns], right: [b.rows, b.columns])
        }
        let (ar, ai) = a.parts, (br, bi) = b.parts
        // (Ar + i Ai)(Br + i Bi) = (Ar Br − Ai Bi) + i (Ar Bi + Ai Br)
        let rr = ar * br, ii = ai * bi, ri = ar * bi, ir = ai * br
        var c = ComplexMatrix(rows: a.rows, columns: b.columns)
        for k in 0..<c.real.count {
            c.real[k] = rr.data[k] - ii.data[k]
            c.imaginary[k] = ri.data[k] + ir.data[k]
        }
        return c
    }

    /// The inverse of a square complex matrix.
    ///
    /// `M = X + iY` acts on real vectors like the real matrix `[X −Y; Y X]` of twice the
    /// size, and the inverse of that block matrix has the same pattern with the blocks
    /// of M⁻¹; so one real LU does the work.
    /// - Throws: `LinearAlgebraError.notSquare` or `.singular`.
    public func inverse() throws -> ComplexMatrix {
        guard rows == columns else {
            throw LinearAlgebraError.notSquare(operation: "inverse of a complex matrix", shape: [rows, columns])
        }
        let n = rows
        var block = Matrix(rows: 2 * n, columns: 2 * n)
        for j in 0..<n {
            for i in 0..<n {
                let x = real[i + j * n], y = imaginary[i + j * n]
                block[i, j] = x
                block[i + n, j + n] = x
                block[i + n, j] = y
                block[i, j + n] = -y
            }
        }
        let inverseBlock = try LUFactorization(block).inverse(operation: "inverse of a complex matrix")
        var result = ComplexMatrix(rows: n, columns: n)
        for j in 0..<n {
            for i in 0..<n {
                result.real[i + j * n] = inverseBlock[i, j]
                result.imaginary[i + j * n] = inverseBlock[i + n, j]
            }
        }
        return result
    }

    /// Real and imaginary parts as internal matrices.
    private var parts: (Matrix, Matrix) {
        (Matrix(rows: rows, columns: columns, data: real), Matrix(rows: rows, columns: columns, data: imaginary))
    }
}
