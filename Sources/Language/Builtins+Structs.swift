/// Reflection on struct types and their values: `fieldnames`, `fieldcount`,
/// `getfield`, `setfield!`, `ismutable`, `propertynames`.
extension Library {
    mutating func registerStructBuiltins() {
        define("fieldnames", 1...1, help: "fieldnames(T) — the names of a struct type's fields, as a tuple of symbols") { _, args in
            let type = try structType(args[0], "fieldnames")
            return .tuple(TupleItems(type.fieldNames.map { .symbol($0) }))
        }
        define("fieldcount", 1...1, help: "fieldcount(T) — how many fields a struct type has") { _, args in
            .int(try structType(args[0], "fieldcount").fieldNames.count)
        }
        define("propertynames", 1...1, help: "propertynames(x) — the names of x's fields (a struct's, a named tuple's), as a tuple of symbols") { _, args in
            switch args[0] {
            case .namedTuple(let names, _): return .tuple(TupleItems(names.map { .symbol($0) }))
            case .host(let object): return .tuple(TupleItems(object.propertyNames.map { .symbol($0) }))
            default: return .tuple([])
            }
        }
        define("getfield", 2...2, help: "getfield(x, :name) — the field of a struct value, as x.name") { _, args in
            let instance = try structValue(args[0], "getfield")
            let name = try fieldName(args[1], "getfield")
            guard let value = instance.property(name) else { throw RuntimeError("type \(instance.type.name) has no field \(name)", kind: .error) }
            return value
        }
        define("setfield!", 3...3, help: "setfield!(x, :name, v) — sets a mutable struct's field, as x.name = v") { interp, args in
            let instance = try structValue(args[0], "setfield!")
            try interp.setStructField(instance, try fieldName(args[1], "setfield!"), args[2])
            return args[2]
        }
        define("ismutable", 1...1, help: "ismutable(x) — whether x is a mutable value (a mutable struct, an array, a dictionary)") { _, args in
            switch args[0] {
            case .host(let instance as StructInstance): return .bool(instance.type.isMutable)
            case .array, .list, .dict: return .bool(true)
            default: return .bool(false)
            }
        }
        handHostObjectsAsThemselves(to: ["fieldnames", "fieldcount", "propertynames", "getfield", "setfield!", "ismutable"])
    }
}

/// The struct type a type value names (the constructor the program calls it by).
private func structType(_ value: Value, _ function: String) throws -> StructType {
    guard case .function(let f) = value, let type = f.structType else {
        throw RuntimeError("\(function) of \(describeType(value)) is not supported; it takes a struct type declared here", kind: .notSupported)
    }
    return type
}

private func structValue(_ value: Value, _ function: String) throws -> StructInstance {
    guard case .host(let instance as StructInstance) = value else {
        throw RuntimeError("\(function) of \(describeType(value)) is not supported; it takes a struct value", kind: .notSupported)
    }
    return instance
}

private func fieldName(_ value: Value, _ function: String) throws -> String {
    switch value {
    case .symbol(let name): return name
    default: throw RuntimeError("\(function): a field is named by a symbol such as :x, got \(describeType(value))", kind: .type)
    }
}
