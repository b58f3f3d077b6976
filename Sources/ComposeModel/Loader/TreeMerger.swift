import YAML

/// Merges one canonical Compose document into another by Compose's per-field rules
/// (compose-go `override/merge.go`): mappings merge key by key, sequences append, scalars
/// replace, with the exceptions of the field table in compose-semantics §6 and `!reset`/`!override`.
enum TreeMerger {
    /// A merge failure, such as a sequence overridden by a scalar.
    struct Failure: Error {
        var message: String
        var mark: Mark
    }

    /// `override` merged over `base`; `path` is the dotted path of both (empty at the top).
    static func merge(_ base: Node, _ override: Node, path: [String] = []) throws(Failure) -> Node {
        if override.isOverride { return TagCleaner.clean(override) }
        let rule = MergeRule.rule(for: path)
        switch rule {
        case .replace:
            return TagCleaner.clean(override)
        case .keyValueMap:
            return try mergeKeyValues(base, override, path: path)
        case .stringList(let dedupe):
            return append(StringLists.list(base), StringLists.list(override), dedupe: dedupe, mark: base.mark)
        case .extraHosts:
            let existing = StringLists.list(base)
            var items = existing
            var seen = Set(existing.compactMap(\.text))
            for item in StringLists.list(override) where !seen.contains(item.text ?? "") {
                seen.insert(item.text ?? "")
                items.append(TagCleaner.clean(item))
            }
            return Node(.sequence(items), mark: base.mark)
        case .namedMap(let defaults):
            return try mergeMappings(
                NamedMaps.mapping(base, defaults: defaults), NamedMaps.mapping(override, defaults: defaults), path: path)
        case .build:
            return try mergeMappings(NamedMaps.build(base), NamedMaps.build(override), path: path)
        case .logging:
            let newDriver = override.mapping?["driver"]
            let oldDriver = base.mapping?["driver"]
            if let newDriver, let oldDriver, !Canonical.equal(newDriver, oldDriver) { return TagCleaner.clean(override) }
            return try generic(base, override, path: path)
        case .ipamConfig:
            return try mergeIPAMConfig(base, override, path: path)
        case .generic:
            return try generic(base, override, path: path)
        }
    }

    private static func generic(_ base: Node, _ override: Node, path: [String]) throws(Failure) -> Node {
        if override.isNull, override.tag == nil { return base }
        switch (base.content, override.content) {
        case (.mapping, .mapping):
            return try mergeMappings(base, override, path: path)
        case (.sequence(let left), .sequence(let right)):
            let dedupe = SequenceKeys.indexer(for: path)
            return append(left, right, dedupe: dedupe, mark: base.mark)
        case (.mapping, _), (.sequence, _):
            throw Failure(message: "cannot override \(path.joined(separator: "."))", mark: override.mark)
        default:
            return TagCleaner.clean(override)
        }
    }

    /// Key-by-key merge; `!reset` entries in `override` remove the key.
    static func mergeMappings(_ base: Node, _ override: Node, path: [String]) throws(Failure) -> Node {
        guard var result = base.mapping, let other = override.mapping else {
            if override.isNull { return base }
            return TagCleaner.clean(override)
        }
        var index: [String: Int] = [:]
        index.reserveCapacity(result.count)
        for (i, entry) in result.entries.enumerated() { index[entry.name] = i }
        var removed = false
        for entry in other.entries {
            let name = entry.name
            if entry.value.isReset {
                if let i = index[name] {
                    result.entries[i].value = Node(.scalar(.init("", style: .plain)), mark: entry.value.mark, tag: "!reset")
                    removed = true
                }
                continue
            }
            if let i = index[name] {
                result.entries[i].value = try merge(result.entries[i].value, entry.value, path: path + [name])
            } else {
                index[name] = result.entries.count
                result.entries.append(Node.Mapping.Entry(key: entry.key, value: TagCleaner.clean(entry.value)))
            }
        }
        if removed { result.entries.removeAll { $0.value.isReset } }
        return Node(.mapping(result), mark: base.mark, tag: nil)
    }

    private static func append(_ left: [Node], _ right: [Node], dedupe: SequenceKeys.Indexer?, mark: Mark) -> Node {
        var items = left
        items.reserveCapacity(left.count + right.count)
        for item in right where !item.isReset { items.append(TagCleaner.clean(item)) }
        if let dedupe { items = SequenceKeys.unique(items, by: dedupe) }
        return Node(.sequence(items), mark: mark)
    }

    private static func mergeKeyValues(_ base: Node, _ override: Node, path: [String]) throws(Failure) -> Node {
        let left = NamedMaps.keyValues(base)
        let right = NamedMaps.keyValues(override)
        var result = left.mapping ?? Node.Mapping()
        var index: [String: Int] = [:]
        for (i, entry) in result.entries.enumerated() { index[entry.name] = i }
        var removed = false
        for entry in right.mapping?.entries ?? [] {
            if entry.value.isReset {
                if let i = index[entry.name] {
                    result.entries[i].value.tag = "!reset"
                    removed = true
                }
                continue
            }
            if let i = index[entry.name] {
                result.entries[i].value = TagCleaner.clean(entry.value)
            } else {
                index[entry.name] = result.entries.count
                result.entries.append(Node.Mapping.Entry(key: entry.key, value: TagCleaner.clean(entry.value)))
            }
        }
        if removed { result.entries.removeAll { $0.value.isReset } }
        return Node(.mapping(result), mark: base.mark)
    }

    private static func mergeIPAMConfig(_ base: Node, _ override: Node, path: [String]) throws(Failure) -> Node {
        guard var items = base.sequence, let others = override.sequence else { return try generic(base, override, path: path) }
        for other in others {
            let subnet = other.mapping?["subnet"]?.text
            if let i = items.firstIndex(where: { $0.mapping?["subnet"]?.text == subnet }) {
                items[i] = try mergeMappings(items[i], other, path: path)
            } else {
                items.append(TagCleaner.clean(other))
            }
        }
        return Node(.sequence(items), mark: base.mark)
    }
}
