/// Where a Julia 1.10 `Dict` keeps each key, so ours iterates, prints, and hands out
/// `keys`/`values`/`collect` in the same order. Julia's Dict (base/dict.jl) is an open-
/// addressing table of 2ᵏ slots (16 at first): a key goes to slot `hash & (size-1)`, or
/// the first free slot after it (linear probing); iteration walks the slots in index
/// order. So the order depends on the hashes (JuliaHash.swift), the table size, and, when
/// keys collide, the history of insertions, growths and deletions; this type replays
/// that history with Julia's rules. Lookups do not go through the probing: `position`
/// finds a key's slot directly, so a wrong hash could only change the order, never
/// lose a key.
struct DictTable {
    /// Per slot: 0 free, 0x7f a deleted key's tombstone, otherwise 0x80 | the hash's top
    /// 7 bits (Julia's `_shorthash7`, carried along when the table is rebuilt).
    private(set) var slots: [UInt8] = Array(repeating: 0, count: 16)
    private var keyAt: [DictKey?] = Array(repeating: nil, count: 16)
    private var hashAt: [UInt64] = Array(repeating: 0, count: 16)
    private var position: [DictKey: Int] = [:]
    private(set) var count = 0
    /// Tombstones, which count toward the load that triggers growth.
    private var deleted = 0
    /// The longest distance any key sits from its home slot; a search for a missing key
    /// gives up after it (`maxprobe`).
    private var maxProbe = 0
    /// Whether every key had a Julia hash; a stand-in was used for the others, so the
    /// order is not Julia's (docs/language.md says which keys).
    private(set) var ordersAsJulia = true

    private static let empty: UInt8 = 0
    private static let tombstone: UInt8 = 0x7f

    /// The keys in iteration order: filled slots from the lowest index up.
    var orderedKeys: [DictKey] { keyAt.compactMap { $0 } }

    func contains(_ key: DictKey) -> Bool { position[key] != nil }

    /// How many times a key was added or the table rebuilt: what can move keys a loop
    /// over the table has not reached yet (deleting one only empties its slot).
    private(set) var reshapes = 0

    /// Adds a key that is not yet in the table, as `setindex!` does for a new key.
    mutating func insert(_ key: DictKey) {
        guard position[key] == nil else { return }
        let hash = hashOf(key)
        let index = freeSlot(for: hash)
        if slots[index] == Self.tombstone { deleted -= 1 }
        place(key, hash: hash, at: index)
        count += 1
        reshapes += 1
        // Julia grows when filled plus deleted slots pass two thirds of the table, to four
        // times the number of keys (twice, past 64000 keys).
        if (count + deleted) * 3 > slots.count * 2 {
            rebuild(size: count > 64000 ? count * 2 : count * 4)
        }
    }

    /// Stores `key` in the slot of the key `isequal` to it, as Julia's `setindex!` does
    /// when it overwrites an entry.
    mutating func replaceKey(with key: DictKey) {
        guard let index = position.removeValue(forKey: key) else { return }
        keyAt[index] = key
        position[key] = index
    }

    /// Removes a key (`_delete!`): its slot becomes a tombstone, unless the next slot is
    /// free, in which case it and the tombstones just before it become free again.
    mutating func remove(_ key: DictKey) {
        guard var index = position.removeValue(forKey: key) else { return }
        let mask = slots.count - 1
        keyAt[index] = nil
        count -= 1
        if slots[(index + 1) & mask] == Self.empty {
            // No probe path runs through a free slot, so the tombstones ending here are
            // no longer needed either.
            slots[index] = Self.empty
            index = (index - 1) & mask
            while slots[index] == Self.tombstone {
                slots[index] = Self.empty
                deleted -= 1
                index = (index - 1) & mask
            }
        } else {
            slots[index] = Self.tombstone
            deleted += 1
        }
    }

    /// `empty!`: no keys, the same number of slots.
    mutating func removeAll() {
        let size = slots.count
        let reshapes = self.reshapes
        self = DictTable()
        self.reshapes = reshapes
        if size != 16 { resetSlots(size) }
    }

    /// `sizehint!(d, n)`: the size that holds n keys at two-thirds load, which may also
    /// shrink the table. `limit` is the number of distinct keys the key type has (2 for Bool).
    mutating func reserve(_ n: Int, limit: Int = Int.max) {
        let wanted = Self.tableSize((3 * min(max(n, count), limit, 1 << 40) + 1) / 2)
        if wanted != slots.count { rebuild(size: wanted) }
    }

    /// Julia's `_tablesz`: 16, or the next power of two at or above x.
    static func tableSize(_ x: Int) -> Int {
        x < 16 ? 16 : 1 << (Int.bitWidth - (x - 1).leadingZeroBitCount)
    }

    private mutating func hashOf(_ key: DictKey) -> UInt64 {
        if let hash = JuliaHash.hash(key) { return hash }
        ordersAsJulia = false
        // Deterministic stand-in: the hash of the key's text as a Julia string.
        return JuliaHash.hash(.string(String(describing: key))) ?? 0
    }

    private func home(_ hash: UInt64, _ size: Int) -> Int { Int(truncatingIfNeeded: hash) & (size - 1) }

    private static func shortHash(_ hash: UInt64) -> UInt8 { UInt8(hash >> 57) | 0x80 }

    /// The slot a new key takes (`ht_keyindex2_shorthash!` for a missing key): the first
    /// free slot or tombstone on its probe path within `maxProbe`; failing that, the first
    /// one within Julia's allowed probe length, which becomes the new `maxProbe`; failing
    /// that, the table grows fourfold (twofold past 64000 keys) and the search repeats.
    private mutating func freeSlot(for hash: UInt64) -> Int {
        while true {
            let size = slots.count
            let mask = size - 1
            var index = home(hash, size)
            var probes = 0
            var firstTombstone: Int?
            while true {
                if slots[index] == Self.empty { return firstTombstone ?? index }
                if slots[index] == Self.tombstone && firstTombstone == nil { firstTombstone = index }
                index = (index + 1) & mask
                probes += 1
                if probes > maxProbe { break }
            }
            if let firstTombstone { return firstTombstone }
            let allowed = max(16, size >> 6)
            while probes < allowed {
                if slots[index] & 0x80 == 0 {
                    maxProbe = probes
                    return index
                }
                index = (index + 1) & mask
                probes += 1
            }
            rebuild(size: count > 64000 ? size * 2 : size * 4)
        }
    }

    private mutating func place(_ key: DictKey, hash: UInt64, at index: Int) {
        slots[index] = Self.shortHash(hash)
        keyAt[index] = key
        hashAt[index] = hash
        position[key] = index
    }

    private mutating func resetSlots(_ size: Int) {
        slots = Array(repeating: 0, count: size)
        keyAt = Array(repeating: nil, count: size)
        hashAt = Array(repeating: 0, count: size)
    }

    /// `rehash!`: every key moved, in slot order, to its home in a table of the new size
    /// (or the first free slot after it); tombstones vanish.
    private mutating func rebuild(size requested: Int) {
        reshapes += 1
        let size = Self.tableSize(requested)
        let old = zip(keyAt, hashAt).compactMap { key, hash in key.map { ($0, hash) } }
        resetSlots(size)
        position = [:]
        deleted = 0
        maxProbe = 0
        let mask = size - 1
        for (key, hash) in old {
            let start = home(hash, size)
            var index = start
            while slots[index] != Self.empty { index = (index + 1) & mask }
            maxProbe = max(maxProbe, (index - start) & mask)
            place(key, hash: hash, at: index)
        }
    }
}
