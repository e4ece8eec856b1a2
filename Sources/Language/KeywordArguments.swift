/// The keyword arguments of a call, in the order the call gives them.
///
/// Julia keeps that order: a method's `kw...` is the `pairs` of a named tuple of them,
/// which prints and iterates in call order. When a name comes again (`f(; opts..., h =
/// 2)`) the later value wins and keeps the earlier place, as `merge` of named tuples
/// does. Read like a dictionary (`keywords["lr"]`), which is how builtins read them.
public struct KeywordArguments: ExpressibleByDictionaryLiteral, Sequence {
    /// The names in call order.
    public private(set) var keys: [String] = []
    private var storage: [String: Value] = [:]

    public init(dictionaryLiteral elements: (String, Value)...) {
        self.init(elements)
    }

    /// The keywords `pairs` names, in order; a later one of a name replaces the value.
    init(_ pairs: some Sequence<(String, Value)>) {
        for (name, value) in pairs { self[name] = value }
    }

    public subscript(name: String) -> Value? {
        get { storage[name] }
        set {
            guard let newValue else {
                removeValue(forKey: name)
                return
            }
            if storage.updateValue(newValue, forKey: name) == nil { keys.append(name) }
        }
    }

    public var isEmpty: Bool { keys.isEmpty }
    public var count: Int { keys.count }

    /// The values in call order.
    public var values: [Value] { keys.compactMap { storage[$0] } }

    @discardableResult
    public mutating func removeValue(forKey name: String) -> Value? {
        guard let value = storage.removeValue(forKey: name) else { return nil }
        keys.removeAll { $0 == name }
        return value
    }

    public func makeIterator() -> IndexingIterator<[(key: String, value: Value)]> {
        keys.compactMap { name in storage[name].map { (key: name, value: $0) } }.makeIterator()
    }
}
