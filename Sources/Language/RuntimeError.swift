/// Something that went wrong while a program ran: what, where, and through which calls.
///
///     error at line 4, column 12: index [5] is out of range for shape (3,) (indices shown 1-based)
///       in step at line 4, column 12
///       called from line 9, column 1
public struct RuntimeError: Error, CustomStringConvertible {
    public var message: String
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

    public init(_ message: String, at position: SourcePosition? = nil) {
        self.message = message
        self.position = position
    }

    /// The error a cancelled cell stops with; `try ... catch` does not catch it, so an
    /// interrupt always reaches the front end.
    static func interrupted() -> RuntimeError { RuntimeError(interruptionMessage) }
    static let interruptionMessage = "interrupted"
    public var isInterruption: Bool { message == RuntimeError.interruptionMessage }

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

/// `break`, `continue` and `return` unwind the evaluator as thrown signals; loops and
/// calls catch the ones meant for them.
enum ControlSignal: Error {
    case breakLoop
    case continueLoop
    case returnValue(Value)
}
