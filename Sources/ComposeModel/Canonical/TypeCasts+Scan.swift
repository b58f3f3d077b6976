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
        return fields.contains { field in mapping.index(of: field).map { isCastable(mapping.entries[$0].value, .bool) } ?? false }
    }

    /// Whether a service has a field or nested path to cast.
    static func serviceNeedsCasts(_ service: Node) -> Bool {
        guard case .mapping(let mapping) = service.content else { return false }
        let direct = mapping.entries.contains { entry in
            guard case .scalar = entry.value.content, let cast = serviceFields[entry.name] else { return false }
            return isCastable(entry.value, cast)
        }
        if direct { return true }
        for group in nestedServiceGroups {
            guard let index = mapping.index(of: group.root) else { continue }
            if group.paths.contains(where: { needsCast($0.cast, at: $0.rest, in: mapping.entries[index].value) }) { return true }
        }
        return false
    }

    /// Whether a node at `relative` below `node` would be converted (or reported) by `apply`.
    private static func needsCast(_ cast: Cast, at relative: ArraySlice<String>, in node: Node) -> Bool {
        guard let step = relative.first else { return isCastable(node, cast) }
        let rest = relative.dropFirst()
        switch node.content {
        case .mapping(let mapping):
            return mapping.entries.contains { (step == "*" || $0.name == step) && needsCast(cast, at: rest, in: $0.value) }
        case .sequence(let items) where step == "[]":
            return items.contains { needsCast(cast, at: rest, in: $0) }
        default:
            return false
        }
    }

    /// Whether `converted` acts on `node`: string scalars are cast, and integers above `Int64.max`
    /// at an integer path are reported.
    static func isCastable(_ node: Node, _ cast: Cast) -> Bool {
        guard case .scalar(let scalar) = node.content else { return false }
        switch scalar.resolved(tag: node.tag) {
        case .string: return true
        case .uint: return cast == .int || cast == .int64
        default: return false
        }
    }
}
