import YAML

/// Removes what `!reset` and `!override` leave behind in values that reach the merged tree
/// without meeting a base: `!reset` entries and items disappear, `!override` tags are dropped.
enum TagCleaner {
    static func clean(_ node: Node) -> Node {
        guard node.tag != nil || needsCleaning(node) else { return node }
        var result = node
        if result.tag == "!reset" || result.tag == "!override" { result.tag = nil }
        switch result.content {
        case .scalar:
            break
        case .sequence(let items):
            result.content = .sequence(items.filter { !$0.isReset }.map(clean))
        case .mapping(var mapping):
            mapping.entries.removeAll { $0.value.isReset }
            for i in mapping.entries.indices { mapping.entries[i].value = clean(mapping.entries[i].value) }
            result.content = .mapping(mapping)
        }
        return result
    }

    /// True when a tag sits anywhere below `node`. Canonical trees carry few tags, so this walk
    /// is what a clean tree costs.
    static func needsCleaning(_ node: Node) -> Bool {
        switch node.content {
        case .scalar: return false
        case .sequence(let items): return items.contains { $0.tag != nil || needsCleaning($0) }
        case .mapping(let mapping): return mapping.entries.contains { $0.value.tag != nil || needsCleaning($0.value) }
        }
    }
}
