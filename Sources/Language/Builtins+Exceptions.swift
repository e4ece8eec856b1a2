/// Julia's `throw(e)` and `rethrow()`, and the exceptions a program builds to throw:
/// `ErrorException(msg)`, `ArgumentError(msg)`, `DomainError(val, msg)`, `KeyError(key)`,
/// `BoundsError(a, i)`, `DimensionMismatch(msg)`, `OverflowError(msg)`,
/// `AssertionError(msg)` and `DivideError()`. `catch e` binds what was thrown itself,
/// so `e.val`, `e.msg`, `typeof(e)` and `println(e)` answer as Julia's do.

/// What `throw(x)` threw, carried inside the `RuntimeError` to the `catch` that binds it.
/// The value is only read back on the thread that threw it.
public final class ThrownValue: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// An exception value a program built: its type, its fields in Julia's order.
final class ExceptionValue: HostObject {
    let kind: RuntimeError.Kind
    let fields: [(name: String, value: Value)]

    init(kind: RuntimeError.Kind, fields: [(name: String, value: Value)]) {
        self.kind = kind
        self.fields = fields
    }

    var juliaTypeName: String { kind.juliaName }
    /// Julia's default `show` of the struct: its type and its fields.
    func show() -> String { juliaTypeName + "(" + fields.map { Language.show($0.value) }.joined(separator: ", ") + ")" }
    func property(_ name: String) -> Value? { fields.first { $0.name == name }?.value }
    var propertyNames: [String] { fields.map(\.name) }

    /// The error `throw` raises: Julia's `showerror` text, and the value itself for `catch`.
    var error: RuntimeError {
        func field(_ name: String) -> String {
            guard let value = property(name) else { return "" }
            if case .string(let s) = value { return s }
            return Language.show(value)
        }
        let message: String
        switch kind {
        case .error: message = field("msg")
        case .domain: message = "DomainError with \(field("val"))" + (field("msg").isEmpty ? "" : ": " + field("msg"))
        // showerror writes the key with `show`: `KeyError: key "y" not found`.
        case .key: message = "KeyError: key \(property("key").map(Language.show) ?? "") not found"
        case .bounds: message = fields.isEmpty ? "BoundsError" : "BoundsError: attempt to access \(field("a")) at index [\(field("i"))]"
        case .divide: message = "DivideError: integer division error"
        default: message = "\(juliaTypeName): \(field("msg"))"
        }
        var error = RuntimeError(message, kind: kind)
        error.juliaForm = show()
        error.thrownValue = ThrownValue(.host(self))
        return error
    }
}

extension RuntimeError {
    /// Julia's `KeyError(key)` for a key a dictionary or set does not hold: caught, it is
    /// the exception value itself (`e.key`, `println(e)` as Julia's).
    static func keyError(_ key: Value) -> RuntimeError {
        ExceptionValue(kind: .key, fields: [("key", key)]).error
    }

    /// Julia's `ArgumentError(message)`, which `println(e)` and `e.msg` show as Julia does.
    static func argumentError(_ message: String) -> RuntimeError {
        ExceptionValue(kind: .argument, fields: [("msg", .string(message))]).error
    }
}

/// The exception types a program may build, with the fields each constructor takes.
private let exceptionConstructors: [String: (kind: RuntimeError.Kind, fields: [String], required: Int)] = [
    "ErrorException": (.error, ["msg"], 1),
    "ArgumentError": (.argument, ["msg"], 1),
    "DomainError": (.domain, ["val", "msg"], 1),
    "KeyError": (.key, ["key"], 1),
    "BoundsError": (.bounds, ["a", "i"], 0),
    "DimensionMismatch": (.dimensionMismatch, ["msg"], 0),
    "OverflowError": (.overflow, ["msg"], 1),
    "AssertionError": (.assertion, ["msg"], 1),
    "DivideError": (.divide, [], 0),
]

/// Whether calling the type builds an exception (rather than being refused).
func isExceptionConstructor(_ type: TypeValue) -> Bool { exceptionConstructors[type.name] != nil }

extension Runtime {
    /// `DomainError(-2, "msg")` and the other constructors; nil for any other type.
    func makeException(_ type: TypeValue, _ arguments: [Value]) throws -> Value? {
        guard let constructor = exceptionConstructors[type.name] else { return nil }
        let fields = constructor.fields
        // BoundsError takes none or both of its fields; the others all or the required ones.
        let accepted = type.name == "BoundsError" ? [0, 2] : Array(constructor.required...fields.count)
        guard accepted.contains(arguments.count) else {
            throw RuntimeError("no method matching \(type.name) with \(arguments.count) argument\(arguments.count == 1 ? "" : "s") (MethodError)", kind: .method)
        }
        var values = arguments
        // DomainError(x) has an empty message; DimensionMismatch() too.
        while values.count < fields.count && type.name != "BoundsError" { values.append(.string("")) }
        for (name, value) in zip(fields, values) where name == "msg" {
            guard case .string = value else {
                throw RuntimeError("\(type.name): the message must be a String, got \(describeType(value)) (MethodError)", kind: .method)
            }
        }
        return .host(ExceptionValue(kind: constructor.kind, fields: Array(zip(fields, values)).map { (name: $0.0, value: $0.1) }))
    }
}

extension Library {
    mutating func registerExceptionBuiltins() {
        define("throw", 1...1, help: "throw(e) — raise the exception e (an ErrorException, DomainError, ... or any value)") { _, args in
            if case .host(let exception as ExceptionValue) = args[0] { throw exception.error }
            if case .host(let caught as CaughtError) = args[0] {
                // A caught error thrown again is that error, bound again as the same object.
                var error = RuntimeError(caught.message, kind: caught.kind)
                error.juliaForm = caught.juliaForm
                error.thrownValue = ThrownValue(args[0])
                throw error
            }
            // Julia throws any value; `catch e` then binds the value itself.
            var error = RuntimeError("thrown: \(show(args[0]))", kind: .thrown)
            error.thrownValue = ThrownValue(args[0])
            throw error
        }
        define("rethrow", 0...1, help: "rethrow() — inside catch, raise the exception being handled again") { runtime, args in
            if args.count == 1 {
                throw RuntimeError("rethrow(e) is deprecated in Julia; write throw(e)", kind: .notSupported)
            }
            guard let error = runtime.errorBeingHandled else {
                throw RuntimeError("rethrow() not allowed outside a catch block", kind: .error)
            }
            throw error
        }
    }
}
