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

/// `x^p` as Julia 1.10's `^(::Float64, ::Float64)` (base/math.jl): 1.0^p and x^0 are 1,
/// an integral p (also one beyond 1.5·2^62, clamped there) goes through Julia's
/// compensated power by squaring, so `0.0^0`, `NaN^0` and `(-1.0)^Inf` are 1.0 as there;
/// 0 and infinities to a fractional power follow Julia's special cases, and the rest is
/// libm's `pow` (Julia computes it with its own log and exp, both within an ulp).
/// A negative x with a fractional p is a DomainError, which callers raise before this.
@inlinable
public func elementPower(_ x: Double, _ p: Double) -> Double {
    if p == 2 { return x * x }
    if p == 1 { return x }
    if p == 3 { return x * x * x }
    // Julia's pow, not sqrt, at ±0: (-0.0)^0.5 is 0.0 (IEEE pow), while sqrt(-0.0) is -0.0.
    if p == 0.5 { return x == 0 ? 0 : x.squareRoot() }
    if x == 1 && x.sign == .plus { return 1 }
    var y = p
    if !(Swift.abs(y) < 0x1.8p62) {
        if y.isNaN { return y }
        y = y < 0 ? -0x1.8p62 : 0x1.8p62
    }
    if y == y.rounded(.towardZero) { return compensatedPower(x, Int(y)) }
    if x == 0 { return y > 0 ? 0 : .infinity }
    if x < 0 { return .nan }
    if !x.isFinite { return y > 0 || x.isNaN ? x : 0 }
    return Double.pow(x, y)
}

/// Julia 1.10's `^(x::Float64, n::Integer)` (`pow_body` in base/math.jl): power by
/// squaring that carries each product's rounding error along, so the result is nearly
/// correctly rounded; `muladd` is taken as fused, as on any x86-64 CPU with FMA.
@inlinable
public func compensatedPower(_ base: Double, _ exponent: Int) -> Double {
    if exponent == 0 { return 1 }
    if exponent == 3 { return base * base * base }
    var x = base
    var n = exponent
    var y = 1.0
    var xnlo = 0.0
    var ynlo = 0.0
    if n < 0 {
        let rx = 1 / x
        if n == -2 { return rx * rx }
        if x.isFinite { xnlo = -(-1.0).addingProduct(x, rx) * rx }
        x = rx
        n = -n
    }
    @inline(__always) func twoProduct(_ a: Double, _ b: Double) -> (Double, Double) {
        let ab = a * b
        return (ab, (-ab).addingProduct(a, b))
    }
    while n > 1 {
        if n & 1 > 0 {
            let err = (x * ynlo).addingProduct(y, xnlo)
            (y, ynlo) = twoProduct(x, y)
            ynlo += err
        }
        let err = x * 2 * xnlo
        (x, xnlo) = twoProduct(x, x)
        xnlo += err
        n >>= 1
    }
    let err = (x * ynlo).addingProduct(y, xnlo)
    return x.isFinite && err.isFinite ? err.addingProduct(x, y) : x * y
}

infix operator .*: MultiplicationPrecedence
