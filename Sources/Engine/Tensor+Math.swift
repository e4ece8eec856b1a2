import Kernels
import RealModule

// Elementwise functions. Each is the plain numeric kernel; the differentiable
// versions on `Var` (Autodiff/) call these and add their derivative.

extension Tensor {
    /// Julia's tanh (`Julia.tanh`), vectorised.
    public func tanh() -> Tensor { applying(.tanh) }
    /// The logistic sigmoid as Knet's `sigm` computes it (`Julia.sigm`), vectorised.
    public func sigm() -> Tensor { applying(.sigmoid) }
    /// Julia's `max(x, 0)`: NaN stays NaN.
    public func relu() -> Tensor { applying(.maximum, scalar: 0) }
    /// Julia's exp (`Julia.exp`), vectorised.
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
