import RealModule

// Elementwise arithmetic with Julia's broadcasting (`.+`, `.-`, `.*`, `./`, and `pow` for `.^`).
// Operators between two tensors throw when the shapes cannot broadcast; operators
// with a plain number never fail.

extension Tensor {
    /// Applies `f` to every element.
    public func map(_ f: (Double) -> Double) -> Tensor {
        Tensor(unchecked: shape, scalars.map(f))
    }

    /// Broadcasts `self` and `other` and combines them elementwise.
    public func zip(_ other: Tensor, operation: String, _ f: (Double, Double) -> Double) throws -> Tensor {
        try Broadcast.apply(self, other, operation: operation, f)
    }

    public static func + (a: Tensor, b: Tensor) throws -> Tensor { try Broadcast.apply(a, b, operation: "+", +) }
    public static func - (a: Tensor, b: Tensor) throws -> Tensor { try Broadcast.apply(a, b, operation: "-", -) }
    /// Elementwise product (Julia's `.*`); matrix product is `matmul`.
    public static func .* (a: Tensor, b: Tensor) throws -> Tensor { try Broadcast.apply(a, b, operation: ".*", *) }
    public static func / (a: Tensor, b: Tensor) throws -> Tensor { try Broadcast.apply(a, b, operation: "./", /) }
    /// Elementwise power (Julia's `.^`). A method, not an operator: Swift's standard
    /// library already owns `.^` (for SIMD masks) at a precedence unfit for powers.
    public func pow(_ p: Tensor) throws -> Tensor {
        try Broadcast.apply(self, p, operation: ".^", elementPower)
    }

    public static func + (a: Tensor, b: Double) -> Tensor { a.map { $0 + b } }
    public static func + (a: Double, b: Tensor) -> Tensor { b.map { a + $0 } }
    public static func - (a: Tensor, b: Double) -> Tensor { a.map { $0 - b } }
    public static func - (a: Double, b: Tensor) -> Tensor { b.map { a - $0 } }
    public static func * (a: Tensor, b: Double) -> Tensor { a.map { $0 * b } }
    public static func * (a: Double, b: Tensor) -> Tensor { b.map { a * $0 } }
    public static func / (a: Tensor, b: Double) -> Tensor { a.map { $0 / b } }
    public static func / (a: Double, b: Tensor) -> Tensor { b.map { a / $0 } }
    public func pow(_ p: Double) -> Tensor { map { elementPower($0, p) } }
    public static prefix func - (a: Tensor) -> Tensor { a.map { -$0 } }

    /// Adds `other` (same shape) into this tensor without allocating; used to
    /// accumulate gradients.
    public mutating func add(_ other: Tensor, scaledBy alpha: Double = 1) throws {
        guard other.shape == shape else {
            throw EngineError.shapeMismatch(operation: "add!", left: shape, right: other.shape)
        }
        scalars.withUnsafeMutableBufferPointer { dst in
            other.scalars.withUnsafeBufferPointer { src in
                for i in 0..<dst.count { dst[i] += alpha * src[i] }
            }
        }
    }
}

/// `x^p` with small integer powers done by multiplication, which is both faster and
/// exact where `pow` may round differently across platforms.
@inlinable
public func elementPower(_ x: Double, _ p: Double) -> Double {
    if p == 2 { return x * x }
    if p == 1 { return x }
    if p == 3 { return x * x * x }
    if p == 0.5 { return x.squareRoot() }
    return Double.pow(x, p)
}

infix operator .*: MultiplicationPrecedence
