import Engine

/// The element type of a numeric array (`Array{Bool}`, `Array{Int64}`, `Array{Float32}`,
/// `Array{Float64}`), with Julia's promotion rules stated once: which type a mix of
/// elements makes, which type an elementwise operation gives, and what an array of a
/// type can store.
///
/// Every array keeps its elements as the engine's Float64 tensor, exact for integers
/// up to 2^53 and for every Float32; the element type says how to read them back and
/// what may go in. A Float32 array's arithmetic goes element by element through the
/// Float32 scalars (Float32Arithmetic.swift); operations that would compute on its
/// tensor as Float64 refuse it (Float32Arrays.swift).
public enum ElementType: Int, Sendable, Comparable {
    // In promotion order: a mix promotes to the latest.
    case bool
    case int64
    case float32
    case float64

    public static func < (a: ElementType, b: ElementType) -> Bool { a.rawValue < b.rawValue }

    var juliaName: String {
        switch self {
        case .float64: return "Float64"
        case .float32: return "Float32"
        case .int64: return "Int64"
        case .bool: return "Bool"
        }
    }

    /// Whether the elements are integers (Bool counts, as in Julia's `Integer`).
    var isInteger: Bool { self == .bool || self == .int64 }

    /// Julia's `promote_type`: Bool < Int64 < Float32 < Float64.
    static func promoted(_ a: ElementType, _ b: ElementType) -> ElementType { Swift.max(a, b) }

    /// The promotion of every type in `types`, nil when there are none.
    static func promoted<S: Sequence>(_ types: S) -> ElementType? where S.Element == ElementType {
        types.max()
    }

    /// The numeric element type of a scalar value, nil for anything else.
    static func of(_ value: Value) -> ElementType? {
        switch value {
        case .bool: return .bool
        case .int: return .int64
        case .float: return .float64
        case .float32: return .float32
        default: return nil
        }
    }

    /// The element type of `x op y` for elements of types `a` and `b`, as Julia's
    /// methods for the operator give it: `true + true` is 2, `true * true` is true,
    /// `/` is always Float64, comparisons give Bool, `Int ^ Int` stays Int.
    static func result(of op: Operator, _ a: ElementType, _ b: ElementType) -> ElementType {
        switch op {
        case .plus, .minus: return Swift.max(promoted(a, b), .int64)
        case .divide, .leftDivide: return promoted(a, b) == .float32 ? .float32 : .float64
        // An integer power keeps the base's type; a float on either side promotes.
        case .power: return Swift.max(a, b) >= .float32 ? promoted(a, b) : a
        case .shiftLeft, .shiftRight, .unsignedShiftRight: return Swift.max(a, .int64)
        case .equal, .notEqual, .less, .greater, .lessEqual, .greaterEqual, .approx, .notApprox, .identical,
            .notIdentical, .in, .notIn, .isa:
            return .bool
        default: return promoted(a, b)
        }
    }

    /// The element type of `-x` (and `+x`): a Bool becomes an Int.
    func negated() -> ElementType { Swift.max(self, .int64) }

    /// `x` converted for storing in an array of this type, as Julia's `convert` does when
    /// an element is assigned: a non-integer cannot go into an Int array, and only 0
    /// and 1 into a Bool array (InexactError).
    func stored(_ x: Double) throws -> Double {
        switch self {
        case .float64:
            return x
        case .float32:
            // Julia's convert(Float32, x) rounds to nearest, never an error.
            return Double(Float(x))
        case .int64:
            guard x == x.rounded(), x.isFinite else {
                throw RuntimeError("InexactError: cannot store \(formatFloat(x)) in an Int64 array; make it with zeros(...) or float.(A)", kind: .inexact)
            }
            guard Swift.abs(x) <= 9.007199254740992e15 else {
                throw RuntimeError("the integer \(formatFloat(x)) is too large to store in an array (arrays hold integers exactly up to 2^53)", kind: .notSupported)
            }
            return x
        case .bool:
            guard x == 0 || x == 1 else {
                throw RuntimeError("InexactError: cannot store \(formatFloat(x)) in a Bool array (only 0 and 1 convert)", kind: .inexact)
            }
            return x
        }
    }
}
