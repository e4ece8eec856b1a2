import JuliaMath
import Kernels
import RealModule

// Pieces the fused character models share: the softmax cross-entropy of one step and
// column sums. Both work in place on raw buffers the models own (the clipped Adagrad
// update is FusedParameter's).

/// Replaces the scores `y` (length `n`) by `softmax(y) - onehot(target)`, the gradient
/// of `-log softmax(y)[target]`, and returns that loss. Shifting by the maximum keeps
/// `exp` from overflowing; the loss is `log Σ exp(y - max) - (y[target] - max)`.
@inline(__always)
func softmaxCrossEntropyInPlace(_ y: UnsafeMutablePointer<Double>, count n: Int, target: Int) -> Double {
    var largest = -Double.infinity
    for i in 0..<n where y[i] > largest { largest = y[i] }
    if !largest.isFinite { largest = 0 }
    let targetScore = y[target] - largest
    for i in 0..<n { y[i] -= largest }
    Kernels.expInPlace(n: n, y)
    var sum = 0.0
    for i in 0..<n { sum += y[i] }
    let inverse = 1 / sum
    for i in 0..<n { y[i] *= inverse }
    y[target] -= 1
    return Julia.log(sum) - targetScore  // Julia's log, as the unfused loss takes it
}

/// Sum of `columns` columns of length `rows` (stride `rows`) into `out`.
@inline(__always)
func sumColumns(_ a: UnsafePointer<Double>, rows: Int, columns: Int, into out: UnsafeMutablePointer<Double>) {
    out.update(repeating: 0, count: rows)
    for t in 0..<columns {
        let column = a + t * rows
        for i in 0..<rows { out[i] += column[i] }
    }
}
