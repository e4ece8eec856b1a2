import Foundation

/// A variable name, interned once when the parser meets it, so that scopes find
/// variables by comparing small integers rather than hashing strings on every read.
public struct Name: Hashable, Sendable, CustomStringConvertible {
    /// The same number for the same spelling, for the life of the process.
    public let id: Int
    public let text: String

    public init(_ text: String) {
        self.text = text
        self.id = NameRegistry.shared.id(for: text)
    }

    public static func == (a: Name, b: Name) -> Bool { a.id == b.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
    public var description: String { text }
}

/// The process-wide table of spellings; programs are parsed on many threads (one per
/// interpreter), so it is guarded by a lock, which only parsing pays for.
final class NameRegistry: @unchecked Sendable {
    static let shared = NameRegistry()
    private var ids: [String: Int] = [:]
    private let lock = NSLock()

    func id(for text: String) -> Int {
        lock.lock()
        defer { lock.unlock() }
        if let id = ids[text] { return id }
        let id = ids.count
        ids[text] = id
        return id
    }
}

/// Values found by name: a short list scanned in order while it is small (most
/// scopes hold a handful of names), with an open-addressing index over the names'
/// numbers once it grows (the global scope, the builtins). Keeps insertion order.
struct NameMap<V> {
    struct Entry {
        let name: Name
        var value: V
    }

    private(set) var entries: [Entry] = []
    /// Positions in `entries`, by hashed name number; -1 marks a free bucket.
    private var buckets: [Int] = []
    private static var linearLimit: Int { 8 }

    var isEmpty: Bool { entries.isEmpty }

    func position(of name: Name) -> Int? {
        if buckets.isEmpty {
            for i in entries.indices where entries[i].name.id == name.id { return i }
            return nil
        }
        let mask = buckets.count - 1
        var b = NameMap.bucket(name.id, mask)
        while true {
            let p = buckets[b]
            if p < 0 { return nil }
            if entries[p].name.id == name.id { return p }
            b = (b + 1) & mask
        }
    }

    subscript(name: Name) -> V? {
        guard let p = position(of: name) else { return nil }
        return entries[p].value
    }

    /// Replaces the value of `name`, or adds it at the end.
    mutating func set(_ name: Name, _ value: V) {
        if let p = position(of: name) {
            entries[p].value = value
            return
        }
        entries.append(Entry(name: name, value: value))
        if !buckets.isEmpty {
            if entries.count * 2 > buckets.count { rebuildIndex() } else { insertIntoIndex(entries.count - 1) }
        } else if entries.count > NameMap.linearLimit {
            rebuildIndex()
        }
    }

    /// Sets the value at a position `position(of:)` returned.
    mutating func setValue(at position: Int, _ value: V) {
        entries[position].value = value
    }

    mutating func reserveCapacity(_ count: Int) {
        entries.reserveCapacity(count)
    }

    /// Forgets every name, keeping the storage for reuse.
    mutating func removeAll() {
        entries.removeAll(keepingCapacity: true)
        buckets = []
    }

    private static func bucket(_ id: Int, _ mask: Int) -> Int {
        // Fibonacci hashing: consecutive ids spread over the table.
        Int(truncatingIfNeeded: (UInt64(bitPattern: Int64(id)) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    private mutating func rebuildIndex() {
        var capacity = 16
        while capacity < entries.count * 4 { capacity *= 2 }
        buckets = Array(repeating: -1, count: capacity)
        for p in entries.indices { insertIntoIndex(p) }
    }

    private mutating func insertIntoIndex(_ position: Int) {
        let mask = buckets.count - 1
        var b = NameMap.bucket(entries[position].name.id, mask)
        while buckets[b] >= 0 { b = (b + 1) & mask }
        buckets[b] = position
    }
}
