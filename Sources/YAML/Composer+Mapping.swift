extension Composer {
    /// Composes a mapping: rejects duplicate explicit keys, then applies `<<` merge keys.
    mutating func mapping(_ properties: Event.Properties, depth: Int) throws(YAMLError) -> Composed {
        try checkDepth(depth, at: properties.mark)
        produced += 1
        if properties.tag != nil { facts.hasTags = true }
        var entries: [Node.Mapping.Entry] = []
        var merges: [(position: Int, value: Node)] = []
        var keys = KeyIndex()
        var height = 1
        while true {
            let event = try reader.next()
            if case .mappingEnd = event { break }
            let key = try compose(event, depth: depth + 1)
            let value = try compose(try reader.next(), depth: depth + 1)
            height = max(height, key.height + 1, value.height + 1)
            if key.node.isMergeKey {
                merges.append((entries.count, value.node))
                continue
            }
            try keys.check(key.node, against: entries)
            if !facts.hasNonStringKeys, !(key.node.scalar?.isStringKey ?? false) { facts.hasNonStringKeys = true }
            entries.append(Node.Mapping.Entry(key: key.node, value: value.node))
        }
        if !merges.isEmpty {
            entries = try merged(entries, merges)
        }
        return Composed(node: Node(.mapping(Node.Mapping(entries)), mark: properties.mark, tag: properties.tag), height: height)
    }

    /// Shallow merge: explicit keys win wherever they are written, and among merge sources the
    /// earlier one wins. Merged entries sit where their `<<` was and keep their source marks.
    private func merged(
        _ entries: [Node.Mapping.Entry], _ merges: [(position: Int, value: Node)]
    ) throws(YAMLError) -> [Node.Mapping.Entry] {
        var taken = Set(entries.compactMap { $0.key.scalar?.text })
        var inserted: [Int: [Node.Mapping.Entry]] = [:]
        for merge in merges {
            for source in try sources(of: merge.value) {
                for entry in source.entries where entry.key.scalar.map({ taken.insert($0.text).inserted }) ?? true {
                    inserted[merge.position, default: []].append(entry)
                }
            }
        }
        var result: [Node.Mapping.Entry] = []
        result.reserveCapacity(entries.count + inserted.values.reduce(0) { $0 + $1.count })
        for position in 0...entries.count {
            if let extra = inserted[position] { result += extra }
            if position < entries.count { result.append(entries[position]) }
        }
        return result
    }

    /// The mappings a merge value names: a mapping, or a sequence of mappings.
    private func sources(of value: Node) throws(YAMLError) -> [Node.Mapping] {
        switch value.content {
        case .mapping(let mapping):
            return [mapping]
        case .sequence(let items):
            var mappings: [Node.Mapping] = []
            for item in items {
                guard let mapping = item.mapping else {
                    throw YAMLError("merge key needs a mapping or a sequence of mappings, not a sequence containing a \(item.kind)", at: item.mark)
                }
                mappings.append(mapping)
            }
            return mappings
        case .scalar:
            throw YAMLError("merge key needs a mapping or a sequence of mappings, not a \(value.kind)", at: value.mark)
        }
    }
}

extension Node {
    /// A plain `<<` key (optionally tagged `!!merge`); a quoted `"<<"` is an ordinary key.
    fileprivate var isMergeKey: Bool {
        guard let scalar, scalar.style == .plain, scalar.text == "<<" else { return false }
        return tag == nil || tag == "tag:yaml.org,2002:merge"
    }
}
