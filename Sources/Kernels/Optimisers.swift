// Elementwise optimiser steps, handed to the build of the active path.

import KernelsAVX2
import KernelsAVX512
import KernelsPortable

/// One clipped Adagrad step over `n` contiguous elements, in place:
/// g = clamp(gradient, ±limit); memory += g²; parameter -= learningRate · g / (√memory + epsilon).
public func clippedAdagrad(
    n: Int, parameter: UnsafeMutablePointer<Double>, gradient: UnsafePointer<Double>,
    memory: UnsafeMutablePointer<Double>, limit: Double, learningRate: Double, epsilon: Double
) {
    switch activePath {
    case .portable:
        KernelsPortable.clippedAdagrad(n: n, parameter: parameter, gradient: gradient, memory: memory,
                                       limit: limit, learningRate: learningRate, epsilon: epsilon)
    case .avx2:
        KernelsAVX2.clippedAdagrad(n: n, parameter: parameter, gradient: gradient, memory: memory,
                                   limit: limit, learningRate: learningRate, epsilon: epsilon)
    case .avx512:
        KernelsAVX512.clippedAdagrad(n: n, parameter: parameter, gradient: gradient, memory: memory,
                                     limit: limit, learningRate: learningRate, epsilon: epsilon)
    }
}
