/// An answer as exercise checks compare it: numbers and numeric arrays by value within
/// a tolerance, lists item by item, anything else by the text the workspace shows.
///
/// The workspace turns its own values into these (`Workspace.answerValue()`), so the
/// comparison, and what it can tell the learner about a wrong answer, is written once
/// here for every notebook language.
public indirect enum AnswerValue: Sendable, Equatable {
    case number(Double)
    /// A numeric array: its size along each dimension (as Julia's `size`) and its
    /// elements in column-major order.
    case array(shape: [Int], elements: [Double])
    /// A list of values of any kind (Julia's `Vector{Any}`, tuples).
    case list([AnswerValue])
    /// Anything else, compared by `shown`; `kind` names its type for messages ("Symbol").
    case other(shown: String, kind: String)
    case nothing

    /// "a number", "a vector of length 4", "a 4×1 matrix": how messages name the value.
    public var kindDescription: String {
        switch self {
        case .number: return "a number"
        case .array(let shape, _):
            switch shape.count {
            case 1: return "a vector of length \(shape[0])"
            case 2: return "a \(shape[0])×\(shape[1]) matrix"
            default: return "an array of size \(shape.map(String.init).joined(separator: "×"))"
            }
        case .list(let items): return "a list of \(items.count) item\(items.count == 1 ? "" : "s")"
        case .other(_, let kind): return "a value of type \(kind)"
        case .nothing: return "nothing"
        }
    }

    /// The value written as code that makes it again (`0.7093`, `[1.0, 2.0]`,
    /// `[1.0 2.0; 3.0 4.0]`), or nil when there is no such literal. `rnnlab check`
    /// types it as a non-answer: a literal cannot follow a changed workspace.
    public var literal: String? {
        switch self {
        case .number(let x): return AnswerValue.literal(x)
        case .array(let shape, let elements):
            if shape.count == 1 { return "[" + elements.map(AnswerValue.literal).joined(separator: ", ") + "]" }
            guard shape.count == 2, shape[0] > 0, shape[1] > 0 else { return nil }
            let rows = (0..<shape[0]).map { i in
                (0..<shape[1]).map { j in AnswerValue.literal(elements[i + shape[0] * j]) }.joined(separator: " ")
            }
            return "[" + rows.joined(separator: "; ") + "]"
        case .list(let items):
            let parts = items.compactMap(\.literal)
            return parts.count == items.count ? "Any[" + parts.joined(separator: ", ") + "]" : nil
        case .other(let shown, let kind): return kind == "Symbol" || kind == "String" ? shown : nil
        case .nothing: return nil
        }
    }

    /// Julia reads Swift's shortest round-trip form of a Double back to the same number.
    static func literal(_ x: Double) -> String {
        if x.isNaN { return "NaN" }
        if x.isInfinite { return x > 0 ? "Inf" : "-Inf" }
        return "\(x)"
    }

    /// Nil when this answer (the learner's) agrees with `expected` (the solution's) within
    /// `tolerance`, else what the comparison can say about the difference.
    public func mismatch(against expected: AnswerValue, tolerance: Double) -> AnswerMismatch? {
        switch (self, expected) {
        case (.number(let a), .number(let b)):
            if OutputComparison.numbersAgree(a, b, tolerance: tolerance) { return nil }
            return AnswerValue.scalarFactor(a, b, tolerance: tolerance) ?? .differentValue
        case (.array(let shapeA, let a), .array(let shapeB, let b)):
            guard shapeA == shapeB else {
                let sameNumbers = a.count == b.count
                    && zip(a, b).allSatisfy { OutputComparison.numbersAgree($0, $1, tolerance: tolerance) }
                return .shape(answer: self.kindDescription, expected: expected.kindDescription, sameNumbers: sameNumbers)
            }
            if zip(a, b).allSatisfy({ OutputComparison.numbersAgree($0, $1, tolerance: tolerance) }) { return nil }
            return AnswerValue.arrayFactor(a, b, tolerance: tolerance) ?? .differentValue
        case (.list(let a), .list(let b)):
            guard a.count == b.count else {
                return .shape(answer: self.kindDescription, expected: expected.kindDescription, sameNumbers: false)
            }
            for (x, y) in zip(a, b) where x.mismatch(against: y, tolerance: tolerance) != nil { return .differentValue }
            return nil
        case (.other(let a, let kindA), .other(let b, let kindB)):
            if kindA != kindB { return .kind(answer: self.kindDescription, expected: expected.kindDescription) }
            return a == b ? nil : .differentValue
        case (.nothing, .nothing):
            return nil
        case (.nothing, _):
            return .noValue
        default:
            return .kind(answer: self.kindDescription, expected: expected.kindDescription)
        }
    }

    /// For one number, any wrong value is some multiple of the right one, so a factor is
    /// worth naming only when it looks like a slip: a sign, or a whole number (or its
    /// reciprocal) such as a forgotten division by the batch size.
    static func scalarFactor(_ a: Double, _ b: Double, tolerance: Double) -> AnswerMismatch? {
        guard a != 0, b != 0, a.isFinite, b.isFinite else { return nil }
        let c = a / b
        if abs(c + 1) <= max(tolerance, 1e-12) * 8 { return .sign }
        for m in [abs(c), 1 / abs(c)] where m >= 1.5 && m <= 1000 {
            if abs(m - m.rounded()) <= 1e-9 * m { return .factor(c) }
        }
        return nil
    }

    /// Every element off by the same factor `c` (measured on the largest expected
    /// element): a forgotten scale or a sign.
    static func arrayFactor(_ a: [Double], _ b: [Double], tolerance: Double) -> AnswerMismatch? {
        guard a.count >= 2, let k = b.indices.max(by: { abs(b[$0]) < abs(b[$1]) }), b[k] != 0, a[k] != 0 else { return nil }
        let c = a[k] / b[k]
        guard c.isFinite, zip(a, b).allSatisfy({ OutputComparison.numbersAgree($0, c * $1, tolerance: tolerance) }) else {
            return nil
        }
        return abs(c + 1) <= max(tolerance, 1e-12) * 8 ? .sign : .factor(c)
    }
}

/// What is wrong with an answer, as far as comparing it with the solution's can tell.
public enum AnswerMismatch: Sendable, Equatable {
    /// The answer holds nothing (the input was a loop, a `println`, a definition).
    case noValue
    case kind(answer: String, expected: String)
    /// Arrays or lists of different sizes; `sameNumbers` when only the shape differs.
    case shape(answer: String, expected: String, sameNumbers: Bool)
    /// Every number is `factor` times the expected one.
    case factor(Double)
    case sign
    case differentValue
}
