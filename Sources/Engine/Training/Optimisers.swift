/// Something that moves parameters against their gradients, keeping its own state
/// (velocities, running averages) between steps.
public protocol Optimiser {
    /// Updates `parameters` in place from `gradients` (same count and shapes).
    mutating func update(_ parameters: inout [Tensor], with gradients: [Tensor]) throws
}

/// Checks that parameters and gradients line up, naming the first mismatch.
func checkAligned(_ parameters: [Tensor], _ gradients: [Tensor], _ name: String) throws {
    guard parameters.count == gradients.count else {
        throw EngineError.invalidArgument(
            operation: name, reason: "\(parameters.count) parameters but \(gradients.count) gradients")
    }
    for (p, g) in zip(parameters, gradients) where p.shape != g.shape {
        throw EngineError.shapeMismatch(operation: name, left: p.shape, right: g.shape)
    }
}

/// Per-parameter state, created with the parameters' shapes on first use. An
/// optimiser belongs to one model: parameters of other shapes later are refused.
func lazyState(_ state: inout [Tensor], like parameters: [Tensor], _ name: String) throws {
    if state.isEmpty {
        state = parameters.map { $0.zerosLike() }
        return
    }
    guard state.count == parameters.count, zip(state, parameters).allSatisfy({ $0.shape == $1.shape }) else {
        throw EngineError.invalidArgument(
            operation: name,
            reason: "this optimiser was set up for parameters of shapes \(state.map { shapeText($0.shape) }.joined(separator: ", ")); make a new one for a different model")
    }
}

/// The step Adagrad and RMSProp share: update each element's running scale `a` from
/// its gradient, then step by `lr · g / (√a + ε)`. They differ only in `accumulate`.
func scaledStep(
    _ parameters: inout [Tensor], _ gradients: [Tensor], _ scale: inout [Tensor],
    learningRate: Double, epsilon: Double, accumulate: (_ a: Double, _ g: Double) -> Double
) {
    for k in parameters.indices {
        withElements(&parameters[k], gradients[k], &scale[k]) { p, g, a, count in
            for i in 0..<count {
                let ai = accumulate(a[i], g[i])
                a[i] = ai
                p[i] -= learningRate * g[i] / (ai.squareRoot() + epsilon)
            }
        }
    }
}

/// Raw access to a parameter, its gradient and one state tensor of the same count:
/// the update loops run over pointers instead of re-checking three arrays per element.
func withElements(
    _ parameter: inout Tensor, _ gradient: Tensor, _ state: inout Tensor,
    _ body: (UnsafeMutablePointer<Double>, UnsafePointer<Double>, UnsafeMutablePointer<Double>, Int) -> Void
) {
    parameter.scalars.withUnsafeMutableBufferPointer { p in
        gradient.scalars.withUnsafeBufferPointer { g in
            state.scalars.withUnsafeMutableBufferPointer { s in
                body(p.baseAddress!, g.baseAddress!, s.baseAddress!, p.count)
            }
        }
    }
}

/// Stochastic gradient descent with optional (heavy-ball) momentum:
/// v = momentum·v − lr·g; p += v.
public struct SGD: Optimiser {
    public var learningRate: Double
    public var momentum: Double
    var velocity: [Tensor] = []

    public init(learningRate: Double, momentum: Double = 0) {
        self.learningRate = learningRate
        self.momentum = momentum
    }

    public mutating func update(_ parameters: inout [Tensor], with gradients: [Tensor]) throws {
        try checkAligned(parameters, gradients, "sgd")
        try lazyState(&velocity, like: parameters, "sgd")
        for k in parameters.indices {
            withElements(&parameters[k], gradients[k], &velocity[k]) { p, g, velocity, count in
                for i in 0..<count {
                    let v = momentum * velocity[i] - learningRate * g[i]
                    velocity[i] = v
                    p[i] += v
                }
            }
        }
    }
}

/// Adagrad: each parameter's step is divided by the root of its summed squared
/// gradients, so often-updated parameters slow down.
public struct Adagrad: Optimiser {
    public var learningRate: Double
    public var epsilon: Double
    var accumulated: [Tensor] = []

    public init(learningRate: Double, epsilon: Double = 1e-8) {
        self.learningRate = learningRate
        self.epsilon = epsilon
    }

    public mutating func update(_ parameters: inout [Tensor], with gradients: [Tensor]) throws {
        try checkAligned(parameters, gradients, "adagrad")
        try lazyState(&accumulated, like: parameters, "adagrad")
        scaledStep(&parameters, gradients, &accumulated, learningRate: learningRate, epsilon: epsilon) { a, g in a + g * g }
    }
}

/// RMSProp (Hinton 2012, lecture 6): like Adagrad with a decaying average of squared
/// gradients, so the step size does not shrink forever.
public struct RMSProp: Optimiser {
    public var learningRate: Double
    public var decay: Double
    public var epsilon: Double
    var average: [Tensor] = []

    public init(learningRate: Double, decay: Double = 0.9, epsilon: Double = 1e-8) {
        self.learningRate = learningRate
        self.decay = decay
        self.epsilon = epsilon
    }

    public mutating func update(_ parameters: inout [Tensor], with gradients: [Tensor]) throws {
        try checkAligned(parameters, gradients, "rmsprop")
        try lazyState(&average, like: parameters, "rmsprop")
        let decay = self.decay
        scaledStep(&parameters, gradients, &average, learningRate: learningRate, epsilon: epsilon) { a, g in
            decay * a + (1 - decay) * g * g
        }
    }
}

/// Adam (Kingma & Ba 2015): momentum on the gradient and an RMSProp-style scale,
/// both bias-corrected for their zero start.
public struct Adam: Optimiser {
    public var learningRate: Double
    public var beta1: Double
    public var beta2: Double
    public var epsilon: Double
    var firstMoment: [Tensor] = []
    var secondMoment: [Tensor] = []
    public private(set) var steps = 0

    public init(learningRate: Double = 0.001, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8) {
        self.learningRate = learningRate
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
    }

    public mutating func update(_ parameters: inout [Tensor], with gradients: [Tensor]) throws {
        try checkAligned(parameters, gradients, "adam")
        try lazyState(&firstMoment, like: parameters, "adam")
        try lazyState(&secondMoment, like: parameters, "adam")
        steps += 1
        let correction1 = 1 - elementPower(beta1, Double(steps))
        let correction2 = 1 - elementPower(beta2, Double(steps))
        let (beta1, beta2, learningRate, epsilon) = (self.beta1, self.beta2, self.learningRate, self.epsilon)
        for k in parameters.indices {
            var second = secondMoment[k]
            secondMoment[k] = Tensor(0)  // keep `second` uniquely referenced while it is written
            withElements(&parameters[k], gradients[k], &firstMoment[k]) { p, g, first, count in
                second.scalars.withUnsafeMutableBufferPointer { second in
                    for i in 0..<count {
                        let m = beta1 * first[i] + (1 - beta1) * g[i]
                        let v = beta2 * second[i] + (1 - beta2) * g[i] * g[i]
                        first[i] = m
                        second[i] = v
                        p[i] -= learningRate * (m / correction1) / ((v / correction2).squareRoot() + epsilon)
                    }
                }
            }
            secondMoment[k] = second
        }
    }
}
