import YAML

extension SequenceKeys {
    /// True when two of `items` share a key (`unique(_:by:)` would drop one).
    static func hasDuplicates(_ items: [Node], by indexer: Indexer) -> Bool {
        // Lists are short: comparing keys pairwise beats hashing them.
        if items.count == 2 { return sameKey(items[0], items[1], indexer) }
        guard items.count > 8 else {
            let keys = items.map { key($0, indexer) }
            for i in keys.indices {
                guard let key = keys[i] else { continue }
                for j in keys.indices.dropFirst(i + 1) where keys[j] == key { return true }
            }
            return false
        }
        var seen: Set<String> = []
        for item in items {
            if let key = key(item, indexer), !seen.insert(key).inserted { return true }
        }
        return false
    }

    /// `host:published:target/protocol` of a long-syntax port, with Compose's defaults.
    static func portKey(_ port: Node.Mapping) -> String { PortParts(port).key }

    /// The parts of a long-syntax port's key. Ports are keyed after every merge: one pass over
    /// the entries replaces four lookups, and two ports compare without building their keys.
    struct PortParts: Equatable {
        var host = "0.0.0.0", published = "<nil>", target = "", proto = "tcp"

        init(_ port: Node.Mapping) {
            // Outer nil: key not seen yet; inner nil: seen with a null or collection value.
            var host: String??, published: String??, target: String??, proto: String??
            for i in port.entries.indices {
                guard case .scalar(let key) = port.entries[i].key.content else { continue }
                switch key.text.utf8.count {
                case 7 where key.text == "host_ip": SequenceKeys.fill(&host, port.entries[i].value)
                case 9 where key.text == "published": SequenceKeys.fill(&published, port.entries[i].value)
                case 6 where key.text == "target": SequenceKeys.fill(&target, port.entries[i].value)
                case 8 where key.text == "protocol": SequenceKeys.fill(&proto, port.entries[i].value)
                default: continue
                }
            }
            if let host = host ?? nil { self.host = host }
            if let published = published ?? nil { self.published = published }
            if let target = target ?? nil { self.target = target }
            if let proto = proto ?? nil { self.proto = proto }
        }

        /// The key as `unique(_:by:)` compares it.
        var key: String { "\(host):\(published):\(target)/\(proto)" }

        /// True when the two ports' keys are equal. Equal parts give equal keys and keys of
        /// different lengths differ; only what remains needs the keys built.
        func sameKey(as other: PortParts) -> Bool {
            if self == other { return true }
            if length != other.length { return false }
            return key == other.key
        }

        private var length: Int { host.utf8.count + published.utf8.count + target.utf8.count + proto.utf8.count }
    }

    /// True when `a` and `b` have the same key (an item without a key never matches).
    static func sameKey(_ a: Node, _ b: Node, _ indexer: Indexer) -> Bool {
        if case .port = indexer, case .mapping(let first) = a.content, case .mapping(let second) = b.content {
            return PortParts(first).sameKey(as: PortParts(second))
        }
        guard let first = key(a, indexer) else { return false }
        return key(b, indexer) == first
    }
}
