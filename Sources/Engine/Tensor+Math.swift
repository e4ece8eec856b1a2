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
    public func tanh() -> Tensor { map { Double.tanh($0) } }
    /// Numerically stable logistic sigmoid (Knet's `sigm`).
    public func sigm() -> Tensor { map(sigmoid) }
    public func relu() -> Tensor { map { Swift.max($0, 0) } }
    public func exp() -> Tensor { map { Double.exp($0) } }
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
