import JuliaMath
import Kernels
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

    /// `op` elementwise with broadcasting, as the vector kernels compute it.
    public func zip(_ other: Tensor, _ op: BinaryOperation, operation: String) throws -> Tensor {
        try Broadcast.apply(self, other, op, operation: operation)
    }

    public static func + (a: Tensor, b: Tensor) throws -> Tensor { try Broadcast.apply(a, b, .add, operation: "+") }
    public static func - (a: Tensor, b: Tensor) throws -> Tensor { try Broadcast.apply(a, b, .subtract, operation: "-") }
    /// Elementwise product (Julia's `.*`); matrix product is `matmul`.
    public static func .* (a: Tensor, b: Tensor) throws -> Tensor { try Broadcast.apply(a, b, .multiply, operation: ".*") }
    public static func / (a: Tensor, b: Tensor) throws -> Tensor { try Broadcast.apply(a, b, .divide, operation: "./") }
    /// Elementwise power (Julia's `.^`). A method, not an operator: Swift's standard
    /// library already owns `.^` (for SIMD masks) at a precedence unfit for powers.
    public func pow(_ p: Tensor) throws -> Tensor {
        try Broadcast.apply(self, p, operation: ".^", elementPower)
    }

    public static func + (a: Tensor, b: Double) -> Tensor { a.applying(.add, scalar: b) }
    public static func + (a: Double, b: Tensor) -> Tensor { b.applying(.add, scalarOnLeft: a) }
    public static func - (a: Tensor, b: Double) -> Tensor { a.applying(.subtract, scalar: b) }
    public static func - (a: Double, b: Tensor) -> Tensor { b.applying(.subtract, scalarOnLeft: a) }
    public static func * (a: Tensor, b: Double) -> Tensor { a.applying(.multiply, scalar: b) }
    public static func * (a: Double, b: Tensor) -> Tensor { b.applying(.multiply, scalarOnLeft: a) }
    public static func / (a: Tensor, b: Double) -> Tensor { a.applying(.divide, scalar: b) }
    public static func / (a: Double, b: Tensor) -> Tensor { b.applying(.divide, scalarOnLeft: a) }
    public func pow(_ p: Double) -> Tensor {
        if p == 2 { return reading { x in Tensor.written(shape: shape, count: count) { Kernels.elementwise(.multiply, n: count, x, x, $0) } } }
        return map { elementPower($0, p) }
    }
    public static prefix func - (a: Tensor) -> Tensor { a.applying(.negate) }

    /// Adds `other` (same shape) into this tensor without allocating; used to
    /// accumulate gradients.
    public mutating func add(_ other: Tensor, scaledBy alpha: Double = 1) throws {
        guard other.shape == shape else {
            throw EngineError.shapeMismatch(operation: "add!", left: shape, right: other.shape)
        }
        if count == 0 { return }
        scalars.withUnsafeMutableBufferPointer { dst in
            other.reading { src in
                if alpha == 1 {
                    Kernels.elementwise(.add, n: dst.count, dst.baseAddress!, src, dst.baseAddress!)
                } else {
                    Kernels.axpy(n: dst.count, alpha: alpha, x: src, y: dst.baseAddress!)
                }
            }
        }
    }
}

/// `x^p` as Julia 1.10's `^(::Float64, ::Float64)` (`Julia.pow`), with the exponents
/// where Julia's result is a plain product first: x^2 and x^3 are x·x and x·x·x there too.
/// A negative x with a fractional p is a DomainError, which callers raise before this
/// (here NaN).
@inlinable
public func elementPower(_ x: Double, _ p: Double) -> Double {
    if p == 2 { return x * x }
    if p == 3 { return x * x * x }
    return Julia.pow(x, p)
}

infix operator .*: MultiplicationPrecedence
