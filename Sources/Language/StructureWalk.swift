/// One rule for looking inside the containers a learner builds (lists, tuples, named
/// tuples, pairs, dictionaries, struct values), for the walks over parameter structures: `grad`'s
/// leaves and their rebuilding, the check for values already recorded on a tape, and
/// AutoGrad's `params`.
///
/// A list can contain itself, and one that holds itself twice (`push!(l, l)` twice) has
/// 2^depth paths down to any depth limit: a walk bounded by depth alone took 2^100 steps
/// there (a hang the fuzzer found). So a walk keeps the containers it is inside and
/// stops at the first one it meets again; it bounds depth for structures that are only
/// deep; and it asks for Ctrl-C now and then, for structures that contain no cycle but
/// share their parts (sixty rounds of `x = [x, x]` make a small value with 2^60 paths).
final class StructureWalk {
    /// Deeper structures than this are refused: the walks recurse once per level.
    static let deepest = 100

    /// What a walk does on meeting a container it is already inside.
    enum OnCycle {
        /// Stop with an error: the structure cannot be rebuilt with new leaves.
        case refuse
        /// Leave the repeated container out: everything in it is being visited already.
        case skip
    }

    /// Where the walk stops and says why: "grad: the parameters", "params: the value".
    private let subject: String
    private let onCycle: OnCycle
    private let checkCancelled: () throws -> Void
    private var inside = Set<ObjectIdentifier>()
    private var steps = 0

    init(of subject: String, onCycle: OnCycle, checkCancelled: @escaping () throws -> Void) {
        self.subject = subject
        self.onCycle = onCycle
        self.checkCancelled = checkCancelled
    }

    /// The parts of a container, in the walks' fixed order; nil for anything else.
    /// A dictionary's parts are its values (and, with `keys`, each key before its value).
    static func parts(of value: Value, keys: Bool = false) -> [Value]? {
        switch value {
        case .list(let l): return l.items
        case .tuple(let items), .namedTuple(_, let items): return items.values
        case .pair(let p): return [p.key, p.value]
        case .host(let instance as StructInstance): return instance.fields
        case .dict(let d):
            return d.keys.flatMap { key -> [Value] in
                let stored = d[key].map { [$0] } ?? []
                return keys ? [key.value] + stored : stored
            }
        default: return nil
        }
    }

    /// Runs `body` for a container at `depth`, or returns nil without running it when
    /// the container is one the walk is inside and cycles are skipped.
    func visit<T>(_ value: Value, depth: Int, _ body: () throws -> T) throws -> T? {
        guard depth < StructureWalk.deepest else {
            throw RuntimeError("\(subject) is nested more than \(StructureWalk.deepest) deep", kind: .limit)
        }
        steps += 1
        if steps % 1024 == 0 { try checkCancelled() }
        guard let box = value.containerIdentity else { return try body() }
        guard inside.insert(box).inserted else {
            switch onCycle {
            case .skip: return nil
            case .refuse:
                throw RuntimeError("\(subject) contains itself (a list or dictionary inside itself cannot be differentiated)", kind: .limit)
            }
        }
        defer { inside.remove(box) }
        return try body()
    }
}

extension Value {
    /// The identity of a container that can hold itself (lists, dictionaries and mutable
    /// structs are shared references; tuples, pairs and immutable structs are values and
    /// cannot).
    fileprivate var containerIdentity: ObjectIdentifier? {
        switch self {
        case .list(let l): return ObjectIdentifier(l)
        case .dict(let d): return ObjectIdentifier(d)
        case .host(let instance as StructInstance) where instance.type.isMutable: return ObjectIdentifier(instance)
        default: return nil
        }
    }
}
