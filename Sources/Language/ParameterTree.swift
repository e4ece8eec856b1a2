/// A model's parameters as a tree, the one walk every gradient and update shares:
/// `grad(f)(w)` tracks the numeric leaves of w, `params(model)` lists its Params,
/// `update!`/`sgd!` write into its arrays, and the nested-gradient check looks for
/// tracked leaves. Lists, tuples, named tuples, pairs, dictionaries (their values) and
/// struct values are branches, walked in order; numbers and arrays are leaves; a Param
/// is a node of its own; anything else (strings, functions, other host objects) is
/// neither walked nor changed.
enum ParameterTreeNode {
    /// A number or numeric array, tracked or not.
    case leaf
    case param(Param)
    /// A container, with its children in order and a way to rebuild it from others.
    case branch([Value], rebuild: ([Value]) -> Value)
    case other

    /// Deeper nesting than this is refused: a list may contain itself.
    static let maximumDepth = 100

    init(_ value: Value) {
        switch value {
        case .int, .float, .bool, .array, .tracked, .range: self = .leaf
        case .host(let param as Param): self = .param(param)
        case .list(let l): self = .branch(l.items, rebuild: { .list(ListBox($0, isAny: l.isAny)) })
        case .tuple(let items): self = .branch(items.values, rebuild: { .tuple(TupleItems($0)) })
        case .namedTuple(let names, let values):
            self = .branch(values.values, rebuild: { .namedTuple(names: names, values: TupleItems($0)) })
        case .pair(let p): self = .branch([p.key, p.value], rebuild: { .pair($0[0], $0[1]) })
        case .dict(let d):
            let keys = d.keys
            self = .branch(keys.compactMap { d[$0] }, rebuild: { values in
                let copy = DictBox()
                for (key, value) in zip(keys, values) { copy[key] = value }
                return .dict(copy)
            })
        case .host(let instance as StructInstance):
            self = .branch(instance.fields, rebuild: { .host(instance.replacingFields($0)) })
        default: self = .other
        }
    }
}

extension Runtime {
    /// Calls `visit` on every node under `value`, depth first, children in order.
    func walkParameterTree(_ value: Value, _ what: String, depth: Int = 0, _ visit: (Value, ParameterTreeNode) throws -> Void) throws {
        guard depth < ParameterTreeNode.maximumDepth else {
            throw RuntimeError("\(what): the value is nested too deeply (or a list contains itself)", kind: .limit)
        }
        let node = ParameterTreeNode(value)
        try visit(value, node)
        if case .branch(let children, _) = node {
            for child in children { try walkParameterTree(child, what, depth: depth + 1, visit) }
        }
    }

    /// The tree rebuilt with `transform` applied to every leaf; Params and other
    /// nodes stay as they are.
    func mapParameterTree(_ value: Value, depth: Int = 0, _ transform: (Value) throws -> Value) throws -> Value {
        guard depth < ParameterTreeNode.maximumDepth else {
            throw RuntimeError("the parameters are nested too deeply (or a list contains itself)", kind: .limit)
        }
        switch ParameterTreeNode(value) {
        case .leaf: return try transform(value)
        case .branch(let children, let rebuild): return rebuild(try children.map { try mapParameterTree($0, depth: depth + 1, transform) })
        case .param, .other: return value
        }
    }
}
