import Engine

/// Everything the linear-algebra routines refuse to do, with enough detail to fix it.
///
/// No routine in this module traps or loops forever: bad shapes, NaN or infinite
/// entries, singular matrices and iterations that fail to settle all end here.
public enum LinearAlgebraError: Error, Equatable, CustomStringConvertible {
    /// The input is not a matrix (rank 2) where one is needed.
    case notMatrix(operation: String, shape: [Int])
    /// The input is a matrix but not a square one.
    case notSquare(operation: String, shape: [Int])
    /// An entry is NaN or ±Inf; no decomposition of such a matrix means anything.
    case nonFinite(operation: String)
    /// An iterative method did not settle within its limit.
    case noConvergence(operation: String, iterations: Int)
    /// An exact zero pivot turned up: the matrix has no inverse.
    case singular(operation: String)
    /// Two operands whose sizes do not fit together.
    case shapeMismatch(operation: String, left: [Int], right: [Int])
    /// Any other argument out of its domain.
    case invalidArgument(operation: String, reason: String)
    /// The caller asked to stop (see `Cancellation`).
    case interrupted

    /// The same error, naming `operation` instead (see `EngineError.attributed(to:)`).
    public func attributed(to operation: String) -> LinearAlgebraError {
        switch self {
        case let .notMatrix(_, shape): return .notMatrix(operation: operation, shape: shape)
        case let .notSquare(_, shape): return .notSquare(operation: operation, shape: shape)
        case .nonFinite: return .nonFinite(operation: operation)
        case let .noConvergence(_, iterations): return .noConvergence(operation: operation, iterations: iterations)
        case .singular: return .singular(operation: operation)
        case let .shapeMismatch(_, left, right): return .shapeMismatch(operation: operation, left: left, right: right)
        case let .invalidArgument(_, reason): return .invalidArgument(operation: operation, reason: reason)
        case .interrupted: return self
        }
    }

    public var description: String {
        switch self {
        case let .notMatrix(operation, shape):
            return "\(operation): expected a matrix, got an array of shape \(shapeText(shape))"
        case let .notSquare(operation, shape):
            return "\(operation): the matrix must be square, but it is \(shapeText(shape))"
        case let .nonFinite(operation):
            return "\(operation): the matrix contains NaN or Inf"
        case let .noConvergence(operation, iterations):
            return "\(operation): did not converge within \(iterations) iterations"
        case let .singular(operation):
            return "\(operation): the matrix is singular"
        case let .shapeMismatch(operation, left, right):
            return "\(operation): shapes \(shapeText(left)) and \(shapeText(right)) do not fit together"
        case let .invalidArgument(operation, reason):
            return "\(operation): \(reason)"
        case .interrupted:
            return "interrupted"
        }
    }
}
