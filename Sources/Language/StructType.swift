/// A struct type made by running a `struct` statement: its declaration, and the
/// methods that make its values callable or give them operators.
///
/// The type is a function value in the program (`FunctionValue.structType` is set):
/// calling it constructs, as Julia's `Point(1, 2)` does, and a method defined under
/// its name (`Box(side) = Box(side, side)`) is one more constructor. The default
/// constructor, when the body writes none, takes every field in order and converts
/// each to its declared type; inner constructors call `new` for that step.
final class StructType {
    let decl: StructDecl
    /// The scope the declaration ran in, where the names in its field types resolve.
    let scope: Environment
    /// The constructor function the program names the type by. Weak: the function's
    /// methods hold this type, and `typeof(p)` only needs it while a name holds it.
    weak var constructor: FunctionValue?
    /// `(m::Dense)(x) = ...`: the methods calling a value of this type runs.
    var callFunction: FunctionValue?
    /// `Base.:+(a::Money, b::Money) = ...`: the operator methods written for this type,
    /// shared by every struct type named in their signatures.
    var operatorFunctions: [Operator: FunctionValue] = [:]

    /// The abstract types it was declared under, nearest first (Any left off).
    let ancestors: [String]

    init(_ decl: StructDecl, scope: Environment, ancestors: [String] = []) {
        self.decl = decl
        self.scope = scope
        self.ancestors = ancestors
    }

    var name: String { decl.name }
    var isMutable: Bool { decl.isMutable }
    var fieldNames: [String] { decl.fields.map(\.name) }
    var typeParameters: [TypeParameter] { decl.typeParameters }

    /// Whether `value` is an instance of this type (with any parameters).
    func hasInstance(_ value: Value) -> Bool {
        if case .host(let instance as StructInstance) = value { return instance.type === self }
        return false
    }

    /// Whether `other` declares the same type, so that running the same cell again
    /// keeps this one (Julia accepts an identical redefinition and refuses any other).
    func isSameDeclaration(as other: StructDecl) -> Bool {
        decl.isMutable == other.isMutable && decl.fields == other.fields && decl.typeParameters == other.typeParameters
            && decl.supertype == other.supertype
    }
}

extension Runtime {
    /// A new value of `type` from one argument per field, each converted to its field's
    /// declared type. The type's parameters are read off the arguments (`Point(1.0, 2.0)`
    /// is a `Point{Float64}`); arguments that disagree about one are a MethodError, as
    /// Julia has no method for them.
    ///
    /// With `parameters` (`Pt{Float64}(1, 2.5)`), the type's parameters are those, and
    /// the arguments are converted to them.
    func constructStruct(_ type: StructType, _ arguments: [Value], calledAs name: String, parameters: [String]? = nil) throws -> Value {
        guard arguments.count == type.decl.fields.count else {
            throw RuntimeError(
                "MethodError: no method matching \(name)(\(arguments.map { "::" + typeName($0) }.joined(separator: ", ")))", kind: .method)
        }
        let bindings: [String: String]
        if let parameters {
            bindings = Dictionary(zip(type.typeParameters.map(\.name), parameters), uniquingKeysWith: { first, _ in first })
            for parameter in type.typeParameters {
                guard try fitsBound(bindings[parameter.name] ?? "Any", parameter) else {
                    throw RuntimeError("TypeError: in \(type.name), in \(parameter.name), got a value of type \(bindings[parameter.name] ?? "Any")", kind: .type)
                }
            }
        } else {
            bindings = try typeParameterBindings(type, arguments, calledAs: name)
        }
        var fields: [Value] = []
        fields.reserveCapacity(arguments.count)
        for (field, argument) in zip(type.decl.fields, arguments) {
            fields.append(try fieldValue(argument, for: field, of: type, bindings: bindings))
        }
        return .host(StructInstance(type, parameters: type.typeParameters.map { bindings[$0.name] ?? "Any" }, fields: fields))
    }

    /// The type parameter each name stands for, read from the arguments of the fields
    /// whose type mentions it.
    private func typeParameterBindings(_ type: StructType, _ arguments: [Value], calledAs name: String) throws -> [String: String] {
        guard !type.typeParameters.isEmpty else { return [:] }
        let names = Set(type.typeParameters.map(\.name))
        var bindings: [String: String] = [:]
        func noMethod() -> RuntimeError {
            RuntimeError("MethodError: no method matching \(name)(\(arguments.map { "::" + typeName($0) }.joined(separator: ", ")))", kind: .method)
        }
        for (field, argument) in zip(type.decl.fields, arguments) {
            guard let written = field.typeName else { continue }
            guard let pattern = TypeSyntax(written), let actual = TypeSyntax(typeName(argument)) else { continue }
            guard pattern.binds(to: actual, parameters: names, bindings: &bindings) else { throw noMethod() }
        }
        for parameter in type.typeParameters {
            guard let bound = bindings[parameter.name] else {
                throw RuntimeError(
                    "constructing \(name) without arguments that fix its type parameter \(parameter.name) is not supported; write \(name){...}(...) in Julia",
                    kind: .notSupported)
            }
            guard try fitsBound(bound, parameter) else { throw noMethod() }
        }
        return bindings
    }

    /// Whether `type` satisfies the parameter's bound (`T <: Real`); a bound the
    /// notebook cannot read is not checked.
    private func fitsBound(_ type: String, _ parameter: TypeParameter) throws -> Bool {
        guard let written = parameter.bound, let limit = try? dispatchType(written, at: nil) else { return true }
        return limit == "Any" || supertypes(of: type).contains(limit)
    }

    /// `value` as the field's declared type, as Julia's `convert(fieldtype, value)` in a
    /// constructor or `p.x = value`: numbers convert between Int64, Float64 and Bool
    /// (an InexactError for 2.5 into an Int64); a value of the type is itself; a type the
    /// notebook cannot read (`Union{...}`) is not checked.
    func fieldValue(_ value: Value, for field: FieldDecl, of type: StructType, bindings: [String: String]) throws -> Value {
        guard var written = field.typeName else { return value }
        if !bindings.isEmpty, let term = TypeSyntax(written) { written = term.substituting(bindings).text }
        let target: String
        if let known = try? dispatchType(written, at: nil, in: type.scope) {
            target = known
        } else {
            return value
        }
        if isInstance(value, of: target) { return value }
        if ["Int64", "Float64", "Bool"].contains(target), value.isNumber, let conversion = Library.standard.functions[target] {
            return try call(.function(conversion), [value], [:], at: nowhere)
        }
        switch value {
        case .array, .list, .tuple, .dict, .range, .tracked, .host:
            throw RuntimeError(
                "converting \(describeType(value)) to \(target) for the field `\(field.name)` of \(type.name) is not supported", kind: .notSupported)
        default:
            throw RuntimeError(
                "MethodError: Cannot `convert` an object of type \(typeName(value)) to an object of type \(target)", kind: .method)
        }
    }
}

/// `Pt{Float64}` read as the struct type `Pt` that `scope` names with its parameters,
/// or nil when the text names no parametric struct with that many parameters.
func structTypeApplication(_ written: String, in scope: Environment) -> (StructType, [String])? {
    guard let term = TypeSyntax(written), !term.arguments.isEmpty,
          case .function(let f)? = scope.lookup(Name(term.head)), let type = f.structType,
          type.typeParameters.count == term.arguments.count else { return nil }
    return (type, term.arguments.map(\.text))
}

/// Reading a struct's parameters off its arguments: a written field type (`Vector{T}`)
/// against the type of the argument given for it.
private extension TypeSyntax {
    init?(_ text: String) { self.init(text, heads: .anything) }

    /// The type with each parameter replaced by what it is bound to.
    func substituting(_ bindings: [String: String]) -> TypeSyntax {
        if arguments.isEmpty, let bound = bindings[head], let term = TypeSyntax(bound) { return term }
        return TypeSyntax(head: head, arguments: arguments.map { $0.substituting(bindings) })
    }

    /// Whether this written type fits `actual` with its parameters bound consistently;
    /// records the bindings. Parts without a parameter are left to the conversion.
    func binds(to actual: TypeSyntax, parameters: Set<String>, bindings: inout [String: String]) -> Bool {
        if arguments.isEmpty, parameters.contains(head) {
            if let bound = bindings[head] { return bound == actual.text }
            bindings[head] = actual.text
            return true
        }
        guard mentions(parameters) else { return true }
        guard head == actual.head, arguments.count == actual.arguments.count else { return false }
        return zip(arguments, actual.arguments).allSatisfy { $0.binds(to: $1, parameters: parameters, bindings: &bindings) }
    }

    private func mentions(_ parameters: Set<String>) -> Bool {
        (arguments.isEmpty && parameters.contains(head)) || arguments.contains { $0.mentions(parameters) }
    }
}
