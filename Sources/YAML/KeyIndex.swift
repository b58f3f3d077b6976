/// The scalar keys of one mapping with where each was written. Small mappings scan a short
/// array; past a few keys a dictionary takes over so huge mappings stay linear overall.
struct KeyIndex {
    private static let smallLimit = 12
    private var small: [(name: String, mark: Mark)] = []
    private var large: [String: Mark]?

    /// Records an explicit key, failing if the mapping already has one with the same text.
    mutating func insert(_ key: Node) throws(YAMLError) {
        guard let name = key.scalar?.text else { return }  // complex keys are the loader's concern
        if let first = mark(of: name) {
            throw YAMLError("mapping key \"\(name)\" already defined at line \(first.line)", at: key.mark)
        }
        add(name, key.mark)
    }

    /// Records a merged key unless the name is taken; true when the entry should be kept.
    mutating func claim(_ key: Node) -> Bool {
        guard let name = key.scalar?.text else { return true }
        if mark(of: name) != nil { return false }
        add(name, key.mark)
        return true
    }

    private func mark(of name: String) -> Mark? {
        if let large { return large[name] }
        return small.first { $0.name == name }?.mark
    }

    private mutating func add(_ name: String, _ mark: Mark) {
        if large != nil {
            large?[name] = mark
        } else if small.count < Self.smallLimit {
            small.append((name, mark))
        } else {
            var dictionary = Dictionary(small.map { ($0.name, $0.mark) }, uniquingKeysWith: { first, _ in first })
            dictionary[name] = mark
            large = dictionary
            small = []
        }
    }
}
