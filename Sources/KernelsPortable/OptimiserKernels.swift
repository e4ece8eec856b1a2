// Elementwise update kernels for training: the optimiser steps run over every weight
// after every backward pass, and their square roots and divisions vectorise well.

/// One clipped Adagrad step over `n` contiguous elements, in place:
/// g = clamp(gradient, ±limit); memory += g²; parameter -= learningRate · g / (√memory + epsilon).
///
/// NaN gradients stay NaN through the clamp (they poison the weight, as they would
/// without clipping) rather than being silently replaced by a limit.
public func clippedAdagrad(
    n: Int, parameter: UnsafeMutablePointer<Double>, gradient: UnsafePointer<Double>,
    memory: UnsafeMutablePointer<Double>, limit: Double, learningRate: Double, epsilon: Double
) {
    let w = Lane.scalarCount
    let high = Lane(repeating: limit), low = Lane(repeating: -limit)
    let rate = Lane(repeating: learningRate), eps = Lane(repeating: epsilon)
    var i = 0
    while i &+ w <= n {
        var g = load(gradient + i)
        // `replacing(where:)` with ordered comparisons leaves NaN lanes alone.
        g.replace(with: high, where: g .> high)
        g.replace(with: low, where: g .< low)
        let m = multiplyAdd(load(memory + i), g, g)
        store(m, memory + i)
        store(load(parameter + i) - rate * g / (m.squareRoot() + eps), parameter + i)
        i &+= w
    }
    while i < n {
        var g = gradient[i]
        if g > limit { g = limit } else if g < -limit { g = -limit }
        let m = multiplyAdd(memory[i], g, g)
        memory[i] = m
        parameter[i] -= learningRate * g / (m.squareRoot() + epsilon)
        i &+= 1
    }
}
