// The closed sets of elementwise operations the kernel builds implement. They live here,
// beside the builds' shared state, so that every build and the dispatcher name the same
// types (each build is its own module, and a type declared in their shared sources would
// be four different types).

/// An operation on two numbers, applied elementwise by the kernels.
public enum BinaryOperation: Sendable, CaseIterable {
    case add, subtract, multiply, divide
    /// Julia's `max` and `min`: NaN if either operand is NaN, and 0.0 above −0.0.
    case maximum, minimum
    /// Comparisons give 1 where they hold and 0 elsewhere (every comparison with NaN is
    /// false, `!=` true).
    case equal, notEqual, less, lessOrEqual, greater, greaterOrEqual
}

/// An operation on one number, applied elementwise by the kernels.
public enum UnaryOperation: Sendable, CaseIterable {
    case negate, absolute, squareRoot, exponential, logarithm, tanh, sigmoid
}

/// An activation whose derivative the kernels compute from its output y, in the one
/// pass a backward step needs: the incoming gradient times the derivative.
public enum ActivationDerivative: Sendable, CaseIterable {
    /// g·(1 − y²)
    case tanh
    /// g·y·(1 − y)
    case sigmoid
    /// g·y (exp is its own derivative)
    case exponential
    /// g / (2y) (the derivative of √x, from y = √x)
    case squareRoot
}
