/// What `catch e` binds: the exception as an object of Julia's type (`ErrorException`,
/// `BoundsError`, ...), so `typeof(e)`, `e isa DomainError`, `e.msg` and `println(e)`
/// answer as Julia's do where the notebook knows the exception's fields.
///
/// `error("...")` and `@assert` carry the program's own message, so their `msg` and
/// their printed form (`ErrorException("...")`) are Julia's exactly; so are the
/// field-less `DivideError()` and `StackOverflowError()` and `UndefVarError(:x)`. Other
/// exceptions keep the notebook's message, not Julia's fields: they have no `msg`, and
/// print that message.
final class CaughtError: HostObject {
    let kind: RuntimeError.Kind
    let message: String

    init(_ error: RuntimeError) {
        kind = error.kind
        message = error.message
    }

    var juliaTypeName: String { kind.juliaName }

    /// The message Julia's exception holds, for the kinds whose message is the program's.
    private var julianMessage: String? {
        switch kind {
        case .error: return message
        case .assertion: return message.hasPrefix("AssertionError: ") ? String(message.dropFirst(16)) : message
        default: return nil
        }
    }

    func show() -> String {
        if let julianMessage { return juliaTypeName + "(" + Language.show(.string(julianMessage)) + ")" }
        switch kind {
        case .divide, .stackOverflow: return juliaTypeName + "()"
        case .undefinedVariable:
            // The notebook's message names the variable between backquotes.
            let parts = message.split(separator: "`")
            if message.hasPrefix("undefined variable `"), parts.count >= 2 { return "UndefVarError(:\(parts[1]))" }
            return message
        default: return message
        }
    }

    func property(_ name: String) -> Value? {
        guard name == "msg", let julianMessage else { return nil }
        return .string(julianMessage)
    }

    var propertyNames: [String] { julianMessage == nil ? [] : ["msg"] }
}

/// Julia's exception types, as values for `isa` and `==` (`e isa BoundsError`).
let exceptionTypeNames: [String] = RuntimeError.Kind.allCases.filter(\.isCatchable).map(\.juliaName).filter { $0 != "Any" }
