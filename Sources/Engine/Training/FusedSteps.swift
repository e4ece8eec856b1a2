import Kernels
import RealModule

// Pieces the fused character models share: the softmax cross-entropy of one step and
// the clipped Adagrad update. Both work in place on raw buffers the models own.

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
    return Double.log(sum) - targetScore
}

/// One clipped Adagrad step over whole arrays of the same length: g = clamp(g, ±limit);
/// m += g²; θ -= lr · g / (√m + ε), what `GradientClipping.clipByValue` followed by
/// `Adagrad.update` computes, vectorised by the kernels.
func clippedAdagradStep(
    _ parameter: inout [Double], _ gradient: [Double], _ memory: inout [Double],
    limit: Double, learningRate: Double, epsilon: Double
) {
    parameter.withUnsafeMutableBufferPointer { p in
        gradient.withUnsafeBufferPointer { g in
            memory.withUnsafeMutableBufferPointer { m in
                Kernels.clippedAdagrad(n: p.count, parameter: p.baseAddress!, gradient: g.baseAddress!,
                                       memory: m.baseAddress!, limit: limit, learningRate: learningRate,
                                       epsilon: epsilon)
            }
        }
    }
}

/// `clippedAdagradStep` on the columns of length `length` marked in `columns` only: a
/// column whose gradient is zero (an input that did not occur) would be left exactly
/// as it is, so it is skipped.
func clippedAdagradColumns(
    _ parameter: inout [Double], _ gradient: [Double], _ memory: inout [Double], length: Int, columns: [Bool],
    limit: Double, learningRate: Double, epsilon: Double
) {
    parameter.withUnsafeMutableBufferPointer { p in
        gradient.withUnsafeBufferPointer { g in
            memory.withUnsafeMutableBufferPointer { m in
                for c in columns.indices where columns[c] {
                    let offset = c * length
                    Kernels.clippedAdagrad(n: length, parameter: p.baseAddress! + offset,
                                           gradient: g.baseAddress! + offset, memory: m.baseAddress! + offset,
                                           limit: limit, learningRate: learningRate, epsilon: epsilon)
                }
            }
        }
    }
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
