import YAML

extension TypeCasts {
    /// Whether a top-level section holds a value `apply` would convert or report.
    static func sectionNeedsCasts(_ section: Node.Mapping.Entry) -> Bool {
        guard case .mapping(let entries) = section.value.content else { return false }
        let name = section.name
        if name == "services" { return entries.entries.contains { serviceNeedsCasts($0.value) } }
        guard let fields = resourceFields[name] else { return false }
        return entries.entries.contains { resourceNeedsCasts($0.value, fields: fields) }
    }

    /// Whether a top-level network, volume, secret or config has a boolean field to cast.
    static func resourceNeedsCasts(_ resource: Node, fields: [String]) -> Bool {
        guard case .mapping(let mapping) = resource.content else { return false }
        return fields.contains { field in mapping.index(of: field).map { isCastable(mapping.entries[$0].value) } ?? false }
    }

    /// Whether a service has a field or nested path to cast.
    static func serviceNeedsCasts(_ service: Node) -> Bool {
        guard case .mapping(let mapping) = service.content else { return false }
        let direct = mapping.entries.contains { entry in
            guard case .scalar = entry.value.content, serviceFields[entry.name] != nil else { return false }
            return isCastable(entry.value)
        }
        if direct { return true }
        for group in nestedServiceGroups {
            guard let index = mapping.index(of: group.root) else { continue }
            if group.paths.contains(where: { needsCast(at: $0.rest, in: mapping.entries[index].value) }) { return true }
        }
        return false
    }

    /// Whether a node at `relative` below `node` would be converted (or reported) by `apply`.
    private static func needsCast(at relative: ArraySlice<String>, in node: Node) -> Bool {
        guard let step = relative.first else { return isCastable(node) }
        let rest = relative.dropFirst()
        switch node.content {
        case .mapping(let mapping):
            return mapping.entries.contains { (step == "*" || $0.name == step) && needsCast(at: rest, in: $0.value) }
        case .sequence(let items) where step == "[]":
            return items.contains { needsCast(at: rest, in: $0) }
        default:
            return false
        }
    }

    /// Whether `converted` acts on `node`: only string scalars are cast.
    static func isCastable(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node.content, case .string = scalar.resolved(tag: node.tag) else { return false }
        return true
    }
}
