import Kernels
import RealModule

// Elementwise functions. Each is the plain numeric kernel; the differentiable
// versions on `Var` (Autodiff/) call these and add their derivative.

/// The logistic function, computed without overflow for large |x|.
@inlinable
public func sigmoid(_ x: Double) -> Double {
    if x >= 0 {
        return 1 / (1 + Double.exp(-x))
    }
    let e = Double.exp(x)
    return e / (1 + e)
}

extension Tensor {
    /// tanh, vectorised (within 5 ulp of libm; see Kernels.tanhInPlace).
    public func tanh() -> Tensor { mapInPlace(Kernels.tanhInPlace) }
    /// Numerically stable logistic sigmoid (Knet's `sigm`), vectorised (within 3 ulp).
    public func sigm() -> Tensor { mapInPlace(Kernels.sigmoidInPlace) }
    public func relu() -> Tensor { map { Swift.max($0, 0) } }
    /// exp, vectorised (within 2 ulp of libm).
    public func exp() -> Tensor { mapInPlace(Kernels.expInPlace) }

    /// A copy with `kernel` applied to all its elements at once.
    func mapInPlace(_ kernel: (Int, UnsafeMutablePointer<Double>) -> Void) -> Tensor {
        var out = self
        out.scalars.withUnsafeMutableBufferPointer { if let base = $0.baseAddress { kernel($0.count, base) } }
        return out
    }
    /// Natural logarithm; non-positive elements give `-inf` or NaN, as in IEEE arithmetic.
    public func log() -> Tensor { map { Double.log($0) } }
    public func abs() -> Tensor { map { Swift.abs($0) } }
    public func sqrt() -> Tensor { map { $0.squareRoot() } }
    /// Elementwise `max(x, c)`.
    public func max(_ c: Double) -> Tensor { map { Swift.max($0, c) } }
    /// Elementwise `min(x, c)`.
    public func min(_ c: Double) -> Tensor { map { Swift.min($0, c) } }
    /// Elementwise clamp into `[lo, hi]`.
    public func clamped(_ lo: Double, _ hi: Double) -> Tensor { map { Swift.min(Swift.max($0, lo), hi) } }
}
