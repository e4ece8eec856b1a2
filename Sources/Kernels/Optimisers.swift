// Elementwise optimiser steps, handed to the build of the active path.

/// One clipped Adagrad step over `n` contiguous elements, in place:
/// g = clamp(gradient, ±limit); memory += g²; parameter -= learningRate · g / (√memory + epsilon).
public func clippedAdagrad(
    n: Int, parameter: UnsafeMutablePointer<Double>, gradient: UnsafePointer<Double>,
    memory: UnsafeMutablePointer<Double>, limit: Double, learningRate: Double, epsilon: Double
) {
    active.clippedAdagrad(n, parameter, gradient, memory, limit, learningRate, epsilon)
}
