import Engine
import LinearAlgebra

/// Something that went wrong while a program ran: what kind of failure, what, where,
/// and through which calls.
///
///     error at line 4, column 12: index [5] is out of range for shape (3,) (indices shown 1-based)
///       in step at line 4, column 12
///       called from line 9, column 1
public struct RuntimeError: Error, CustomStringConvertible {
    /// What failed, as Julia's exception types tell failures apart (`catch e; e isa
    /// DomainError`), and the notebook's own stops, which no `try` catches.
    public enum Kind: Sendable, Equatable, CaseIterable {
        /// `ErrorException`: `error("...")`, and failures Julia reports the same way.
        case error
        case domain
        case bounds
        /// `MethodError`: no method of a function for these arguments.
        case method
        case argument
        case key
        case undefinedVariable
        /// `UndefKeywordError`: a keyword argument without a default was not given.
        case undefinedKeyword
        case divide
        case inexact
        case overflow
        case dimensionMismatch
        /// `TypeError`: a non-Bool where a condition belongs.
        case type
        case assertion
        /// `StringIndexError`: a string index inside a character's bytes.
        case stringIndex
        /// `LinearAlgebra.SingularException`: a matrix with no inverse.
        case singular
        /// `StackOverflowError`, where Julia would surely overflow too: comparing values
        /// that contain themselves, or are nested past `deepestComparison`.
        case stackOverflow
        /// `throw(x)` of a program's own value.
        case thrown

        /// Ctrl-C, or the front end stopping a cell.
        case interruption
        /// Something Julia does that the notebook cannot; catching it could change an answer.
        case notSupported
        /// A bound that keeps the process safe (call depth, stack, element budget);
        /// Julia's own limits lie elsewhere, so catching it could change an answer too.
        case limit

        /// Whether `try ... catch` may handle it; the notebook's own stops always reach the front end.
        public var isCatchable: Bool {
            switch self {
            case .interruption, .notSupported, .limit: false
            default: true
            }
        }

        /// The Julia exception type a caught error of this kind is (`typeof(e)`).
        public var juliaName: String {
            switch self {
            case .error: "ErrorException"
            case .domain: "DomainError"
            case .bounds: "BoundsError"
            case .method: "MethodError"
            case .argument: "ArgumentError"
            case .key: "KeyError"
            case .undefinedVariable: "UndefVarError"
            case .undefinedKeyword: "UndefKeywordError"
            case .divide: "DivideError"
            case .inexact: "InexactError"
            case .overflow: "OverflowError"
            case .dimensionMismatch: "DimensionMismatch"
            case .type: "TypeError"
            case .assertion: "AssertionError"
            case .stringIndex: "StringIndexError"
            case .singular: "SingularException"
            case .stackOverflow: "StackOverflowError"
            case .thrown: "Any"
            case .interruption: "InterruptException"
            case .notSupported: "ErrorException"
            case .limit: "ErrorException"
            }
        }
    }

    public var kind: Kind
    public var message: String
    /// How Julia's `show` writes the exception (`DomainError(-4.0, "...")`), where the
    /// notebook knows its fields; `println(e)` of a caught error needs it.
    public var juliaForm: String? = nil
    /// What `throw(x)` threw, which `catch e` binds as it is (Builtins+Exceptions.swift).
    public var thrownValue: ThrownValue? = nil
    /// Where the failing expression starts; nil until the interpreter attaches it.
    public var position: SourcePosition?
    /// Innermost first: the function the error happened in and where each call came from.
    public var stack: [StackFrame] = []

    public struct StackFrame: Sendable, Equatable {
        public var function: String
        public var callSite: SourcePosition
        /// The builtin that made the call (`map`, `grad`, ...), when the call was not written in the source.
        public var builtin: String? = nil
    }

    public init(_ message: String, kind: Kind = .error, at position: SourcePosition? = nil) {
        self.kind = kind
        self.message = message
        self.position = position
    }

    /// The error a cancelled cell stops with; `try ... catch` does not catch it, so an
    /// interrupt always reaches the front end.
    public static func interrupted() -> RuntimeError { RuntimeError("interrupted", kind: .interruption) }
    public var isInterruption: Bool { kind == .interruption }

    public var description: String {
        var text = "error"
        if let position { text += " at \(position)" }
        text += ": \(message)"
        // Runs of the same frame (a recursion) are shown once with a count.
        var runs: [(frame: StackFrame, count: Int)] = []
        for frame in stack {
            if let last = runs.last, last.frame == frame {
                runs[runs.count - 1].count += 1
            } else {
                runs.append((frame, 1))
            }
        }
        for (frame, count) in runs.prefix(8) {
            text += "\n  in \(frame.function), called " + (frame.builtin.map { "by \($0) at " } ?? "from ") + "\(frame.callSite)"
            if count > 1 { text += " (\(count) times)" }
        }
        if runs.count > 8 { text += "\n  ... \(runs.dropFirst(8).reduce(0) { $0 + $1.count }) more calls" }
        return text
    }
}

extension RuntimeError {
    /// An engine or linear-algebra error, which describes itself, as the kind Julia
    /// would raise for it.
    init(wrapping error: Error, at position: SourcePosition?) {
        let kind: Kind
        switch error {
        case let engine as EngineError:
            switch engine {
            case .shapeMismatch, .invalidShape, .elementCountMismatch: kind = .dimensionMismatch
            case .indexOutOfRange: kind = .bounds
            case .invalidArgument: kind = .argument
            case .tooLarge: kind = .limit
            case .notScalar, .mixedTapes: kind = .error
            }
        case let linearAlgebra as LinearAlgebraError:
            switch linearAlgebra {
            case .notMatrix: kind = .method
            case .notSquare, .shapeMismatch: kind = .dimensionMismatch
            case .singular: kind = .singular
            case .nonFinite, .invalidArgument: kind = .argument
            case .noConvergence: kind = .error
            case .interrupted: kind = .interruption
            }
        default: kind = .error
        }
        self.init("\(error)", kind: kind, at: position)
    }
}

/// `break`, `continue` and `return` unwind the evaluator as thrown signals; loops and
/// calls catch the ones meant for them.
enum ControlSignal: Error {
    case breakLoop
    case continueLoop
    case returnValue(Value)
}
