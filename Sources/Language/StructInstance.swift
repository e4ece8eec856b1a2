/// A value of a struct type: its fields in declaration order.
///
/// It behaves as Julia's: `p.x` reads a field; `p.x = v` writes one of a mutable
/// struct (converted to the field's type) and is an error on an immutable one; it
/// prints as `Point(1, 2)` with each field as `repr` shows it; an immutable value is
/// `===` (and, by Julia's fallback, `==`) to another of the same type whose fields
/// are `===`, while a mutable one is only `===` to itself.
final class StructInstance: HostObject {
    let type: StructType
    /// The type's parameters as this value has them: `["Float64"]` for a `Point{Float64}`.
    let parameters: [String]
    private(set) var fields: [Value]

    init(_ type: StructType, parameters: [String], fields: [Value]) {
        self.type = type
        self.parameters = parameters
        self.fields = fields
    }

    /// Nested values are taken apart on a worklist, not by recursion: a linked list of
    /// a hundred thousand nodes would otherwise overflow the stack when freed.
    deinit { releaseNestedValues(&fields) }

    /// Hands back the fields, leaving the value empty (for teardown without recursion).
    func removeAllFields() -> [Value] {
        defer { fields = [] }
        return fields
    }

    var juliaTypeName: String {
        parameters.isEmpty ? type.name : type.name + "{" + parameters.joined(separator: ", ") + "}"
    }

    /// `Point(1, 2)`; a value met again inside itself (a mutable struct holding itself)
    /// is Julia's `#= circular reference @-1 =#` rather than an endless line.
    func show() -> String {
        // Past this nesting a value shows as `…`, as deep containers do (Display.swift),
        // so that showing cannot exhaust the stack.
        guard StructInstance.showing.count < 100 else { return "…" }
        // As Julia's `show_default`: the type and `(` come first, then the check.
        if let k = StructInstance.showing.lastIndex(of: ObjectIdentifier(self)) {
            return juliaTypeName + "(#= circular reference @-\(StructInstance.showing.count - k) =#)"
        }
        return StructInstance.$showing.withValue(StructInstance.showing + [ObjectIdentifier(self)]) {
            juliaTypeName + "(" + fields.map { Language.show($0) }.joined(separator: ", ") + ")"
        }
    }

    /// The values whose `show` is under way on this thread, outermost first.
    @TaskLocal private static var showing: [ObjectIdentifier] = []

    func property(_ name: String) -> Value? {
        type.fieldNames.firstIndex(of: name).map { fields[$0] }
    }

    var propertyNames: [String] { type.fieldNames }

    /// Julia's `===`. Nested immutable values are compared on a worklist rather than by
    /// recursion, so two long chains of them cannot exhaust the stack.
    func isEqual(to other: any HostObject) -> Bool {
        var pending: [(StructInstance, any HostObject)] = [(self, other)]
        while let (a, b) = pending.popLast() {
            guard let b = b as? StructInstance else { return false }
            if a === b { continue }
            guard !a.type.isMutable, a.type === b.type, a.parameters == b.parameters else { return false }
            for (x, y) in zip(a.fields, b.fields) {
                if case .host(let s as StructInstance) = x, case .host(let t) = y {
                    pending.append((s, t))
                } else if !identical(x, y) {
                    return false
                }
            }
        }
        return true
    }

    /// The same type with other field values, as a walk over a model rebuilds it
    /// (`ParameterTree.swift`).
    func replacingFields(_ values: [Value]) -> StructInstance {
        StructInstance(type, parameters: parameters, fields: values)
    }

    /// Writes field `name`, already converted to its type; the caller checked mutability.
    func setField(_ index: Int, _ value: Value) {
        fields[index] = value
    }

    /// Fills a copy made with no fields (`deepcopy`, workspace snapshots: see DeepCopier).
    func setFields(_ values: [Value]) {
        fields = values
    }

    /// The type's parameter bindings, for converting a value written into a field.
    var bindings: [String: String] {
        Dictionary(zip(type.typeParameters.map(\.name), parameters), uniquingKeysWith: { first, _ in first })
    }
}

extension Runtime {
    /// `p.name = value`: the field converted to its declared type, written in place; an
    /// immutable struct refuses with Julia's error.
    /// In the order of Julia's `setproperty!` (base/Base.jl: the field's type, then
    /// `convert`) and `setfield!` (get_checked_fieldindex in src/builtins.c: a mutable
    /// struct, then a field that is not `const`).
    func setStructField(_ instance: StructInstance, _ name: String, _ value: Value) throws {
        guard let index = instance.type.fieldNames.firstIndex(of: name) else {
            throw RuntimeError("type \(instance.type.name) has no field \(name)", kind: .error)
        }
        let field = instance.type.decl.fields[index]
        let converted = try fieldValue(value, for: field, of: instance.type, bindings: instance.bindings)
        guard instance.type.isMutable else {
            throw RuntimeError("setfield!: immutable struct of type \(instance.type.name) cannot be changed", kind: .error)
        }
        guard !field.isConst else {
            throw RuntimeError("setfield!: const field .\(name) of type \(instance.type.name) cannot be changed", kind: .error)
        }
        instance.setField(index, converted)
    }
}
