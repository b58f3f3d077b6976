/// A fixed table from names to values for the validator's per-key lookups. An ASCII name is
/// hashed with FNV-1a over its bytes and found by linear probing, far cheaper than `Dictionary`'s
/// seeded SipHash on short keys; any other name is compared with every entry, so lookups keep
/// `String` equality (canonical equivalence) exactly.
struct NameTable<Value> {
    private let names: [String]
    private let values: [Value]
    /// Open-addressed slots holding an index into `names`, or -1 when empty.
    private let slots: [Int]

    /// A table of `pairs`; a repeated name keeps its first value.
    init(_ pairs: [(String, Value)]) {
        var names: [String] = []
        var values: [Value] = []
        for (name, value) in pairs where !names.contains(name) {
            names.append(name)
            values.append(value)
        }
        var capacity = 4
        while capacity < names.count * 2 { capacity *= 2 }
        var slots = [Int](repeating: -1, count: capacity)
        for (index, name) in names.enumerated() {
            guard let hash = Self.asciiHash(name) else { continue }  // found by the scan instead
            var slot = hash & (capacity - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = index
        }
        self.names = names
        self.values = values
        self.slots = slots
    }

    var isEmpty: Bool { names.isEmpty }

    /// The value stored under `name`, if any.
    subscript(name: String) -> Value? {
        guard !names.isEmpty else { return nil }
        guard let hash = Self.asciiHash(name) else {
            return names.firstIndex(of: name).map { values[$0] }
        }
        var slot = hash & (slots.count - 1)
        while slots[slot] >= 0 {
            let index = slots[slot]
            if names[index] == name { return values[index] }
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

extension NameTable: Sendable where Value: Sendable {}
