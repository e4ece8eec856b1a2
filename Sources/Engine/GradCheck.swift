/// The result of comparing an autodiff gradient with central differences.
public struct GradCheckReport: Sendable {
    /// The largest error over all checked elements, measured as
    /// `|analytic - numeric| / max(1, |analytic|, |numeric|)`: relative for large
    /// gradients and absolute for small ones, where the finite difference's own
    /// rounding error (about 1e-16 · |f| / step) would swamp a purely relative measure.
    public let worstError: Double
    /// Which parameter and element (0-based linear index) had it.
    public let worstParameter: Int
    public let worstElement: Int
    public let checkedElements: Int
}

/// Checks `f`'s autodiff gradient at `parameters` against central differences
/// `(f(x + h) - f(x - h)) / 2h`, element by element.
///
/// `maxElementsPerParameter` bounds the cost on large parameters: elements are then
/// taken at evenly spaced positions.
public func gradcheck(
    at parameters: [Tensor], step: Double = 1e-5, maxElementsPerParameter: Int = 200,
    of f: ([Var]) throws -> Var
) throws -> GradCheckReport {
    let (_, analytic) = try valueAndGradient(at: parameters, of: f)
    func evaluate(_ ps: [Tensor]) throws -> Double {
        try f(ps.map { Var($0) }).value.scalarValue()
    }
    var worst = (error: 0.0, parameter: 0, element: 0)
    var checked = 0
    var shifted = parameters
    for p in parameters.indices {
        let n = parameters[p].count
        let stride = Swift.max(1, n / Swift.max(maxElementsPerParameter, 1))
        for e in Swift.stride(from: 0, to: n, by: stride) {
            let x = parameters[p].scalars[e]
            shifted[p].scalars[e] = x + step
            let up = try evaluate(shifted)
            shifted[p].scalars[e] = x - step
            let down = try evaluate(shifted)
            shifted[p].scalars[e] = x
            let numeric = (up - down) / (2 * step)
            let a = analytic[p].scalars[e]
            let error = Swift.abs(a - numeric) / Swift.max(1, Swift.abs(a), Swift.abs(numeric))
            if error > worst.error || error.isNaN { worst = (error, p, e) }
            checked += 1
        }
    }
    return GradCheckReport(
        worstError: worst.error, worstParameter: worst.parameter, worstElement: worst.element,
        checkedElements: checked)
}
