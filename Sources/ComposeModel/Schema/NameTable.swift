/// A fixed table from names to values for the validator's per-key lookups. An ASCII name is
/// hashed with FNV-1a over its bytes and found by linear probing, far cheaper than `Dictionary`'s
/// seeded SipHash on short keys; any other name is compared with every entry, so lookups keep
/// `String` equality (canonical equivalence) exactly.
struct NameTable<Value: Sendable>: Sendable {
    private struct Slot: Sendable {
        let hash: Int
        let name: String
        let value: Value
    }

    /// Every name once, in the order given.
    private let entries: [(name: String, value: Value)]
    /// Open-addressed slots for the ASCII names; the hash is compared before the name.
    private let slots: [Slot?]

    /// A table of `pairs`; a repeated name keeps its first value.
    init(_ pairs: [(String, Value)]) {
        var entries: [(name: String, value: Value)] = []
        for (name, value) in pairs where !entries.contains(where: { $0.name == name }) {
            entries.append((name, value))
        }
        var capacity = 4
        while capacity < entries.count * 2 { capacity *= 2 }
        var slots = [Slot?](repeating: nil, count: capacity)
        for (name, value) in entries {
            guard let hash = Self.asciiHash(name) else { continue }  // found by the scan instead
            var slot = hash & (capacity - 1)
            while slots[slot] != nil { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Slot(hash: hash, name: name, value: value)
        }
        self.entries = entries
        self.slots = slots
    }

    /// The value stored under `name`, if any.
    subscript(name: String) -> Value? {
        guard !entries.isEmpty else { return nil }
        guard let hash = Self.asciiHash(name) else {
            return entries.first { $0.name == name }?.value
        }
        var slot = hash & (slots.count - 1)
        while let candidate = slots[slot] {
            if candidate.hash == hash, candidate.name == name { return candidate.value }
            slot = (slot + 1) & (slots.count - 1)
        }
        return nil
    }

    /// FNV-1a over the bytes of an all-ASCII name; nil for any other name.
    private static func asciiHash(_ name: String) -> Int? {
        func hash(_ bytes: some Sequence<UInt8>) -> Int? {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            }
            return Int(truncatingIfNeeded: hash ^ (hash >> 29))
        }
        // Native and small strings lend their bytes in place; the iterator is the slow fallback.
        return name.utf8.withContiguousStorageIfAvailable { hash($0) } ?? hash(name.utf8)
    }
}
