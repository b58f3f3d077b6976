import YAML

/// Go's map order (keys sorted byte-wise) for the mappings a writer is inside, kept on one stack
/// so that every mapping of a document shares a single allocation.
struct KeyOrder {
    /// One entry: its position, the key's first eight bytes as a big-endian number (which
    /// orders like the bytes themselves, so most comparisons never read the key again), and
    /// the value's element count (nil for a scalar).
    struct Slot {
        var prefix: UInt64
        var index: Int
        var valueCount: Int?

        /// True when the key starts with `x-` (the prefix holds its first bytes).
        var hasExtensionPrefix: Bool { prefix >> 48 == 0x782D }
    }

    /// Slots of the mappings being written, innermost last; `slots[height...]` are stale
    /// leftovers kept for reuse, so a pop never frees or shrinks anything.
    private var slots: [Slot] = []
    private var height = 0

    subscript(position: Int) -> Slot { slots[position] }

    /// Pushes the order of `entries`: `self[p]` for `p` in the returned range, in order, are
    /// their slots. Balance with `pop` once the mapping is written.
    mutating func push(_ entries: [Node.Mapping.Entry]) -> Range<Int> {
        let range = height..<height + entries.count
        height = range.upperBound
        if slots.count < height {
            slots += repeatElement(Slot(prefix: 0, index: 0, valueCount: nil), count: height - slots.count)
        }
        var sorted = true
        for i in entries.indices {
            // Reading every value's kind and size here, in a loop whose steps do not wait on each
            // other, has the CPU fetch the mapping's values and their children from memory at
            // once; the writer, reaching them one by one, would stall on each (a fifth of the
            // JSON time at 5,000 services).
            let valueCount: Int? =
                switch entries[i].value.content {
                case .scalar: nil
                case .sequence(let items): items.count
                case .mapping(let mapping): mapping.count
                }
            let slot = Slot(prefix: Self.prefix(Self.name(entries, i)), index: i, valueCount: valueCount)
            if sorted, i > 0 { sorted = Self.precedes(slots[range.lowerBound + i - 1], slot, in: entries) }
            slots[range.lowerBound + i] = slot
        }
        // Mappings the loader has already ordered need no sort at all.
        if !sorted {
            // Sorted through a buffer pointer: `slots[range].sort` would copy the slice out and back.
            slots.withUnsafeMutableBufferPointer { all in
                var mapping = UnsafeMutableBufferPointer(rebasing: all[range])
                mapping.sort { Self.precedes($0, $1, in: entries) }
            }
        }
        return range
    }

    /// Pushes `entries` in the order of `position` (a Go struct's field order), keys without one after
    /// those with one, in Go's string order.
    mutating func push(_ entries: [Node.Mapping.Entry], position: (String) -> Int?) -> Range<Int> {
        let range = push(entries)
        let ranks = Dictionary(slots[range].map { ($0.index, position(Self.name(entries, $0.index)) ?? Int.max) }) { a, _ in a }
        slots.withUnsafeMutableBufferPointer { all in
            var mapping = UnsafeMutableBufferPointer(rebasing: all[range])
            mapping.sort { a, b in
                let (x, y) = (ranks[a.index]!, ranks[b.index]!)
                return x != y ? x < y : Self.precedes(a, b, in: entries)
            }
        }
        return range
    }

    /// Drops the slots `push` returned, which must be the last ones pushed.
    mutating func pop(_ range: Range<Int>) {
        height = range.lowerBound
    }

    /// Go's string order over two keys: by prefix, then (on a tie) by all their bytes.
    private static func precedes(_ a: Slot, _ b: Slot, in entries: [Node.Mapping.Entry]) -> Bool {
        guard a.prefix == b.prefix else { return a.prefix < b.prefix }
        return ConfigRenderer.precedes(name(entries, a.index), name(entries, b.index))
    }

    /// `entries[i].name`, read in place: the property, from another module, would copy the entry.
    static func name(_ entries: [Node.Mapping.Entry], _ i: Int) -> String {
        guard case .scalar(let scalar) = entries[i].key.content else { return "" }
        return scalar.text
    }

    /// The first eight bytes of `name`, zero-padded; a shorter name orders first, as it should.
    static func prefix(_ name: String) -> UInt64 {
        var name = name
        return name.withUTF8 { utf8 in
            var prefix: UInt64 = 0
            for i in 0..<min(8, utf8.count) { prefix |= UInt64(utf8[i]) << (56 - 8 * i) }
            return prefix
        }
    }
}
