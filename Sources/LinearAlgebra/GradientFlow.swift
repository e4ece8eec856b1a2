import Engine

/// How the norm of a gradient changes as backpropagation carries it back in time.
///
/// In an RNN `h_t = tanh(W h_{t-1} + U x_t + b)`, the gradient with respect to the
/// hidden state moves one step back by
///
///     dh_t = W' * (dh_{t+1} .* (1 .- h_{t+1}.^2))
///
/// and, for a linear recurrence (no hidden states given), by `dh_t = W' * dh_{t+1}`.
/// The same W' at every step is why the eigenvalues of W decide whether gradients
/// vanish or explode.
///
/// - Parameters:
///   - w: the n×n recurrent matrix W.
///   - start: the gradient dh_T at the last step (n entries); by default the unit
///     vector with equal entries.
///   - steps: T, how many steps to carry it back.
///   - hiddenStates: for a tanh RNN, an n×T matrix whose column t (0-based) is the
///     hidden state h_{t+1}; step back from dh_{t+1} uses h_{t+1}.
/// - Returns: T + 1 norms; entry t is ‖dh_{T−t}‖, the 2-norm after t steps back
///   (entry 0 is ‖start‖). The vector is renormalised internally, so the norms are
///   exact even where the vector itself would overflow or underflow; they become
///   +Inf only beyond Double's range.
/// - Throws: `LinearAlgebraError` for mismatched sizes, a negative T, or NaN/Inf input.
public func gradientNorms(_ w: Tensor, start: Tensor? = nil, steps: Int, hiddenStates: Tensor? = nil) throws -> [Double] {
    let operation = "gradient norms"
    var weights = try Matrix(square: w, operation: operation)
    // Huge (or tiny) weights are brought near 1 by a power of two 2^-k, so that one
    // step cannot overflow; each step then adds k back to the norm's exponent.
    let stepExponent = -Int(weights.scaleIntoSafeRange().exponent)
    let n = weights.rows
    // The cap keeps a typo (1e9 steps) from asking for gigabytes of norms.
    guard steps >= 0, steps <= maximumGradientSteps else {
        throw LinearAlgebraError.invalidArgument(
            operation: operation, reason: "steps must be between 0 and \(maximumGradientSteps), not \(steps)")
    }
    var vector: [Double]
    if let start {
        guard start.count == n, start.rank <= 2, start.shape.filter({ $0 != 1 }).count <= 1 else {
            throw LinearAlgebraError.shapeMismatch(operation: operation, left: w.shape, right: start.shape)
        }
        guard start.scalars.allSatisfy(\.isFinite) else { throw LinearAlgebraError.nonFinite(operation: operation) }
        vector = start.scalars
    } else {
        vector = [Double](repeating: n > 0 ? 1 / Double(n).squareRoot() : 0, count: n)
    }
    var states: Matrix?
    if let hiddenStates {
        let h = try Matrix(hiddenStates, operation: operation)
        guard h.rows == n, h.columns == steps else {
            throw LinearAlgebraError.shapeMismatch(operation: operation, left: [n, steps], right: hiddenStates.shape)
        }
        states = h
    }

    // Carry a unit vector, and the true norm as significand × 2^exponent, so that
    // neither overflows or underflows and each step adds one rounding at most.
    var significand = 1.0
    var exponent = 0
    // The start vector too is brought near 1 first (its norm could overflow).
    let startLargest = vector.reduce(0) { max($0, abs($1)) }
    if startLargest > 0 {
        exponent = Int(startLargest.exponent)
        for i in 0..<n { vector[i] = Double(sign: .plus, exponent: -exponent, significand: vector[i]) }
    }
    var norms: [Double] = []
    var next = [Double](repeating: 0, count: n)
    for t in 0...steps {
        let norm = euclideanNorm(vector)
        if norm == 0 {
            norms.append(contentsOf: [Double](repeating: 0, count: steps + 1 - t))
            break
        }
        significand *= norm
        exponent += Int(significand.exponent)
        significand = significand.significand
        // Beyond Int32 the value is 0 or +Inf anyway; clamping keeps the arithmetic safe.
        exponent = max(min(exponent, 1 << 30), -(1 << 30))
        norms.append(Double(sign: .plus, exponent: exponent, significand: significand))
        if t == steps { break }
        for i in 0..<n { vector[i] /= norm }
        if let states {
            // Hidden state h_{T−t} is column T−t−1.
            let column = steps - t - 1
            for i in 0..<n {
                let h = states[i, column]
                vector[i] *= 1 - h * h
            }
        }
        for j in 0..<n {
            var sum = 0.0
            for i in 0..<n { sum += weights[i, j] * vector[i] }
            next[j] = sum
        }
        swap(&vector, &next)
        exponent += stepExponent
    }
    return norms
}

/// The most steps `gradientNorms` will carry a gradient back.
public let maximumGradientSteps = 10_000_000

/// The 2-norm of a vector, scaled against overflow and underflow.
func euclideanNorm(_ x: [Double]) -> Double {
    let scale = x.reduce(0) { max($0, abs($1)) }
    guard scale > 0, scale.isFinite else { return scale }
    var sum = 0.0
    for v in x { let y = v / scale; sum += y * y }
    return scale * sum.squareRoot()
}
