/// Everything the engine refuses to do, with enough detail for a learner to fix it.
///
/// The engine never traps on bad input: shape mismatches, indices out of range and
/// the like surface as one of these errors, whose `description` names the shapes.
public enum EngineError: Error, Equatable, CustomStringConvertible {
    case shapeMismatch(operation: String, left: [Int], right: [Int])
    case invalidShape(operation: String, shape: [Int], reason: String)
    case indexOutOfRange(index: [Int], shape: [Int])
    case elementCountMismatch(expected: Int, got: Int)
    case invalidArgument(operation: String, reason: String)
    case notScalar(shape: [Int])
    case mixedTapes
    case tooLarge(shape: [Int])

    /// The same error, naming `operation` instead: the notebook names the function the
    /// learner called (`sgd!`), not the engine's step that failed inside it (`add!`).
    public func attributed(to operation: String) -> EngineError {
        switch self {
        case let .shapeMismatch(_, left, right): return .shapeMismatch(operation: operation, left: left, right: right)
        case let .invalidShape(_, shape, reason): return .invalidShape(operation: operation, shape: shape, reason: reason)
        case let .invalidArgument(_, reason): return .invalidArgument(operation: operation, reason: reason)
        case .indexOutOfRange, .elementCountMismatch, .notScalar, .mixedTapes, .tooLarge: return self
        }
    }

    public var description: String {
        switch self {
        case let .shapeMismatch(operation, left, right):
            return "\(operation): shapes \(shapeText(left)) and \(shapeText(right)) do not match"
        case let .invalidShape(operation, shape, reason):
            return "\(operation): shape \(shapeText(shape)) \(reason)"
        case let .indexOutOfRange(index, shape):
            // Wrapping, because any integer may arrive here: the language turns a
            // learner's 1-based `typemin(Int)` into 0-based with `&- 1`, and `&+ 1`
            // gives back exactly what they typed.
            let shown = index.map { String($0 &+ 1) }.joined(separator: ", ")
            return "index [\(shown)] is out of range for shape \(shapeText(shape)) (indices shown 1-based)"
        case let .elementCountMismatch(expected, got):
            return "expected \(expected) elements, got \(got)"
        case let .invalidArgument(operation, reason):
            return "\(operation): \(reason)"
        case let .notScalar(shape):
            return "the loss must be a scalar to take its gradient, but it has shape \(shapeText(shape))"
        case .mixedTapes:
            return "values from two different gradient recordings were combined"
        case let .tooLarge(shape):
            return "shape \(shapeText(shape)) has too many elements"
        }
    }
}

/// Julia's way of writing a shape: `(3, 4)`, `(5,)` for a vector, `()` for a scalar.
public func shapeText(_ shape: [Int]) -> String {
    if shape.count == 1 { return "(\(shape[0]),)" }
    return "(" + shape.map(String.init).joined(separator: ", ") + ")"
}
