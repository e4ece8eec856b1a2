import JuliaMath
import Kernels
import RealModule

// Elementwise functions. Each is the plain numeric kernel; the differentiable
// versions on `Var` (Autodiff/) call these and add their derivative.

/// The logistic function, computed without overflow for large |x|, on Julia's exp.
@inlinable
public func sigmoid(_ x: Double) -> Double {
    if x >= 0 {
        return 1 / (1 + Julia.exp(-x))
    }
    let e = Julia.exp(x)
    return e / (1 + e)
}

extension Tensor {
    /// tanh, vectorised (within 5 ulp of libm; see Kernels.tanhInPlace).
    public func tanh() -> Tensor { applying(.tanh) }
    /// Numerically stable logistic sigmoid (Knet's `sigm`), vectorised (within 3 ulp).
    public func sigm() -> Tensor { applying(.sigmoid) }
    /// Julia's `max(x, 0)`: NaN stays NaN.
    public func relu() -> Tensor { applying(.maximum, scalar: 0) }
    /// exp, vectorised (within 2 ulp of libm).
    public func exp() -> Tensor { applying(.exponential) }
    /// Natural logarithm; non-positive elements give `-inf` or NaN, as in IEEE arithmetic.
    public func log() -> Tensor { applying(.logarithm) }
    public func abs() -> Tensor { applying(.absolute) }
    public func sqrt() -> Tensor { applying(.squareRoot) }
    /// Elementwise `max(x, c)`, as Julia's `max`: NaN if x or c is NaN.
    public func max(_ c: Double) -> Tensor { applying(.maximum, scalar: c) }
    /// Elementwise `min(x, c)`, as Julia's `min`.
    public func min(_ c: Double) -> Tensor { applying(.minimum, scalar: c) }
    /// Elementwise clamp into `[lo, hi]`, as Julia's `clamp` (NaN stays NaN).
    public func clamped(_ lo: Double, _ hi: Double) -> Tensor {
        if count == 0 { return self }
        return reading { x in Tensor.written(shape: shape, count: count) { Kernels.clamp(n: count, x, low: lo, high: hi, $0) } }
    }
}
