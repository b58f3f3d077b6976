/// Finds duplicate scalar keys in one mapping being built. Small mappings scan their entries
/// (no allocation); past a few keys a dictionary takes over so huge mappings stay linear.
struct KeyIndex {
    private static let scanLimit = 12
    private var large: [String: Mark]?

    /// Fails if `entries` already holds a key with `key`'s text; call before appending `key`.
    mutating func check(_ key: Node, against entries: [Node.Mapping.Entry]) throws(YAMLError) {
        guard let name = key.scalar?.text else { return }  // complex keys are the loader's concern
        if large == nil, entries.count >= Self.scanLimit {
            var index: [String: Mark] = [:]
            index.reserveCapacity(entries.count * 2)
            for entry in entries {
                if let text = entry.key.scalar?.text { index[text] = index[text] ?? entry.key.mark }
            }
            large = index
        }
        let first: Mark?
        if large != nil {
            first = large?.updateValue(key.mark, forKey: name)
            if let first { large?[name] = first }  // keep the first definition's mark
        } else {
            first = entries.first { $0.key.scalar?.text == name }?.key.mark
        }
        if let first {
            throw YAMLError("mapping key \"\(name)\" already defined at line \(first.line)", at: key.mark)
        }
    }
}
