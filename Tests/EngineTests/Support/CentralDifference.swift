import Testing
@testable import Engine

/// Numerical gradients written independently of the engine's `gradcheck`, so the
/// gradient tests do not rely on the code they test. Only the forward pass of the
/// engine is used (it is checked against numpy separately).
enum CentralDifference {
    /// The gradient of `f` at `parameters` by the five-point central stencil
    /// `(-f(x+2h) + 8 f(x+h) - 8 f(x-h) + f(x-2h)) / 12h`.
    ///
    /// Why five points: its truncation error is O(h⁴), so with h = 1e-4 it is about
    /// 1e-16 · f⁽⁵⁾, and the rounding error is about 1e-16 · |f| / h = 1e-12 · |f|.
    /// The plain two-point difference would be limited to about 1e-8 at best, too
    /// coarse to hold a correct gradient to 1e-8.
    static func gradient(
        at parameters: [Tensor], step h: Double = 1e-4, of f: ([Var]) throws -> Var
    ) throws -> [Tensor] {
        func evaluate(_ ps: [Tensor]) throws -> Double {
            try f(ps.map { Var($0) }).value.scalarValue()
        }
        var shifted = parameters
        var result = parameters.map { $0.zerosLike() }
        for p in parameters.indices {
            for e in 0..<parameters[p].count {
                let x = parameters[p].scalars[e]
                func at(_ offset: Double) throws -> Double {
                    shifted[p].scalars[e] = x + offset
                    return try evaluate(shifted)
                }
                let numeric = (-(try at(2 * h)) + 8 * (try at(h)) - 8 * (try at(-h)) + (try at(-2 * h))) / (12 * h)
                shifted[p].scalars[e] = x
                result[p].scalars[e] = numeric
            }
        }
        return result
    }

    /// The mixed error `|a - n| / max(1, |a|, |n|)` over every element of every
    /// parameter: relative for gradients larger than 1, absolute below, because a
    /// finite difference of a loss of size |f| carries an absolute rounding error of
    /// about 1e-12 · |f| whatever the size of the gradient element.
    static func worstMixedError(_ analytic: [Tensor], _ numeric: [Tensor]) -> Double {
        var worst = 0.0
        for (a, n) in zip(analytic, numeric) {
            guard a.shape == n.shape else { return .infinity }
            for (x, y) in zip(a.scalars, n.scalars) {
                let e = Swift.abs(x - y) / Swift.max(1, Swift.abs(x), Swift.abs(y))
                worst = e.isNaN ? .infinity : Swift.max(worst, e)
            }
        }
        return worst
    }
}

/// Checks `f`'s autodiff gradient against `CentralDifference` at `tolerance` (mixed
/// error, see `worstMixedError`), and also runs the engine's own `gradcheck` at the
/// issue's 1e-6 so that helper is exercised on the same functions.
/// Returns the worst mixed error against the independent differences.
@discardableResult
func expectGradientMatchesDifferences(
    _ what: String, at parameters: [Tensor], tolerance: Double = 1e-8, step: Double = 1e-4,
    sourceLocation: SourceLocation = #_sourceLocation, of f: ([Var]) throws -> Var
) throws -> Double {
    let analytic = try gradient(at: parameters, of: f)
    let numeric = try CentralDifference.gradient(at: parameters, step: step, of: f)
    let worst = CentralDifference.worstMixedError(analytic, numeric)
    #expect(worst <= tolerance, "\(what): gradient differs from central differences by \(worst)",
            sourceLocation: sourceLocation)
    Closeness.report("gradient \(what)", worst)
    let report = try gradcheck(at: parameters, of: f)
    #expect(report.worstError <= 1e-6, "\(what): engine gradcheck reports \(report.worstError)",
            sourceLocation: sourceLocation)
    return worst
}
