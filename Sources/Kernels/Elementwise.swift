// Vectorised elementwise operations and reductions, handed to the active build.

/// Replaces each of the `n` elements at `x` by exp(x), bit for bit as `Julia.exp`.
public func expInPlace(n: Int, _ x: UnsafeMutablePointer<Double>) { active.expInPlace(n, x) }

/// Replaces each of the `n` elements at `x` by tanh(x), bit for bit as `Julia.tanh`.
public func tanhInPlace(n: Int, _ x: UnsafeMutablePointer<Double>) { active.tanhInPlace(n, x) }

/// Replaces each of the `n` elements at `x` by 1 / (1 + exp(−x)), bit for bit as
/// `Julia.sigm` (Knet's `sigm` on Julia's exp).
public func sigmoidInPlace(n: Int, _ x: UnsafeMutablePointer<Double>) { active.sigmoidInPlace(n, x) }

/// out[i] = x[i] op y[i] for i < n; `out` may be `x` or `y`. Rounds as the scalar operator.
public func elementwise(
    _ op: BinaryOperation, n: Int, _ x: UnsafePointer<Double>, _ y: UnsafePointer<Double>,
    _ out: UnsafeMutablePointer<Double>
) {
    active.elementwise(op, n, x, y, out)
}

/// out[i] = x[i] op y for i < n; `out` may be `x`.
public func elementwise(
    _ op: BinaryOperation, n: Int, _ x: UnsafePointer<Double>, scalar y: Double, _ out: UnsafeMutablePointer<Double>
) {
    active.elementwiseWithScalar(op, n, x, y, out)
}

/// out[i] = x op y[i] for i < n; `out` may be `y`.
public func elementwise(
    _ op: BinaryOperation, n: Int, scalar x: Double, _ y: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>
) {
    active.elementwiseOfScalar(op, n, x, y, out)
}

/// out[i] = op(x[i]) for i < n; `out` may be `x`. exp, tanh and the sigmoid are the
/// vectorised forms of JuliaMath's above; log is `Julia.log` element by element.
public func elementwise(_ op: UnaryOperation, n: Int, _ x: UnsafePointer<Double>, _ out: UnsafeMutablePointer<Double>) {
    active.map(op, n, x, out)
}

/// out[i] = clamp(x[i], low, high) for i < n, as Julia's `clamp`; `out` may be `x`.
public func clamp(n: Int, _ x: UnsafePointer<Double>, low: Double, high: Double, _ out: UnsafeMutablePointer<Double>) {
    active.clamp(n, x, low, high, out)
}

/// out[i] = gradient[i] × the activation's derivative, from its output y = output[i].
public func activationGradient(
    _ activation: ActivationDerivative, n: Int, gradient: UnsafePointer<Double>, output: UnsafePointer<Double>,
    _ out: UnsafeMutablePointer<Double>
) {
    active.activationGradient(activation, n, gradient, output, out)
}

/// The largest (or smallest) of `n` ≥ 1 contiguous elements by Julia's `max` (`min`):
/// NaN when any is NaN.
public func extremum(largest: Bool, n: Int, _ x: UnsafePointer<Double>) -> Double { active.extremum(largest, n, x) }
