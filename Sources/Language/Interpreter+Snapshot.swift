import Engine

/// Copies of the workspace, so the notebook can go back a step and find the
/// variables as they were (`:back`).
///
/// The random stream is part of the copy, so code run after a restore draws the same
/// numbers it would have drawn then (an exercise check that runs code on a copy of the
/// workspace leaves the learner's stream where it was).
///
/// Arrays, lists and dictionaries are shared mutable boxes, so a snapshot copies
/// them deeply; two variables that shared one box before still share one copy after
/// (`b = a` stays aliased). Functions are kept as they are: their bodies never change,
/// and closures defined at the top level refer to the global scope, whose contents the
/// restore replaces in place.
extension Interpreter {
    public struct Snapshot {
        let values: [(Name, Value)]
        let constants: [Int: GlobalBindings.Constness]
        let resolutions: [GlobalBindings.Resolution]
        let builtins: NameMap<FunctionValue>
        let random: JuliaXoshiro
    }

    public func snapshot() -> Snapshot {
        var copier = DeepCopier(keepsSharedData: true)
        return Snapshot(values: globals.values.entries.map { ($0.name, copier.copy($0.value)) }, constants: bindings.constants, resolutions: bindings.resolutions, builtins: builtinsByName, random: random)
    }

    public func restore(_ snapshot: Snapshot) {
        // Copy again so the snapshot itself stays untouched for a later restore.
        var copier = DeepCopier(keepsSharedData: true)
        var restored = NameMap<Value>()
        for (name, value) in snapshot.values { restored.set(name, copier.copy(value)) }
        globals.values = restored
        bindings.constants = snapshot.constants
        bindings.resolutions = snapshot.resolutions
        builtinsByName = snapshot.builtins
        random = snapshot.random
    }

    /// Sets a global variable, as the REPL does for `ans`.
    public func setGlobal(_ name: String, _ value: Value) { globals.values.set(Name(name), value) }

    /// Names of the variables (not builtins) at the top level, sorted.
    public var globalVariableNames: [String] { globals.values.entries.map(\.name.text).sorted() }
}

/// Copies mutable boxes once each, remembering which copy stands for which original.
struct DeepCopier {
    var arrays: [ObjectIdentifier: ArrayBox] = [:]
    var lists: [ObjectIdentifier: ListBox] = [:]
    var dicts: [ObjectIdentifier: DictBox] = [:]
    var hosts: [ObjectIdentifier: any HostObject] = [:]
    /// Whether arrays that share data by `reshape` still share it in the copy: yes for a
    /// workspace snapshot, which must restore the workspace as it was; no for `deepcopy`,
    /// which in Julia copies each Array's data separately.
    var keepsSharedData = false

    init(keepsSharedData: Bool = false) { self.keepsSharedData = keepsSharedData }

    /// How deep the copy currently is; far deeper structures are shared rather than
    /// copied, so a pathological nesting cannot exhaust the stack.
    private var depth = 0

    mutating func copy(_ value: Value) -> Value {
        guard depth < 2_000 else { return value }
        depth += 1
        defer { depth -= 1 }
        switch value {
        case .array(let box):
            return .array(box.deepCopy(&arrays, keepingSharedData: keepsSharedData))
        case .list(let box):
            if let done = lists[ObjectIdentifier(box)] { return .list(done) }
            let fresh = ListBox([], isAny: box.isAny)
            fresh.declaredElementType = box.declaredElementType
            lists[ObjectIdentifier(box)] = fresh
            fresh.items = box.items.map { copy($0) }
            return .list(fresh)
        case .dict(let box):
            if let done = dicts[ObjectIdentifier(box)] { return .dict(done) }
            // Registered before its values are copied, so a dictionary that holds itself
            // copies to one that holds the copy; the table is cloned to keep Julia's order.
            let fresh = box.copy()
            dicts[ObjectIdentifier(box)] = fresh
            for key in fresh.keys { fresh[key] = fresh[key].map { copy($0) } }
            return .dict(fresh)
        case .tuple(let items): return .tuple(TupleItems(items.map { copy($0) }))
        case .pair(let p): return .pair(copy(p.key), copy(p.value))
        case .namedTuple(let names, let values): return .namedTuple(names: names, values: TupleItems(values.map { copy($0) }))
        case .host(let instance as StructInstance):
            // Registered before its fields are copied, as lists are, so a mutable struct
            // that holds itself copies into one that holds the copy (as Julia's deepcopy).
            if let done = hosts[ObjectIdentifier(instance)] { return .host(done) }
            let fresh = instance.replacingFields([])
            hosts[ObjectIdentifier(instance)] = fresh
            fresh.setFields(instance.fields.map { copy($0) })
            return .host(fresh)
        case .host(let object):
            if let done = hosts[ObjectIdentifier(object)] { return .host(done) }
            guard let fresh = object.deepCopy(copying: { copy($0) }) else { return value }
            hosts[ObjectIdentifier(object)] = fresh
            return .host(fresh)
        default: return value
        }
    }
}
