import YAML

/// The identity of sequence items that Compose de-duplicates after merging
/// (compose-go `override/uncity.go`): a later item with the same key replaces the earlier one
/// in the earlier one's position.
enum SequenceKeys {
    enum Indexer {
        /// The text before the first `=` (or the whole text).
        case keyValue
        case port
        /// The mount target, or `<prefix>/<source>` when no target is given.
        case mount(prefix: String)
        case volume
        case device
        case envFile
    }

    /// The indexer for a sequence at `path`, or nil when items are kept as they are.
    static func indexer(for path: [String]) -> Indexer? {
        guard path.first == "services" else {
            if path.count == 4, path[0] == "networks", path[2] == "ipam", path[3] == "options" { return .keyValue }
            return nil
        }
        switch path.count {
        case 3:
            switch path[2] {
            case "ports": return .port
            case "volumes": return .volume
            case "secrets": return .mount(prefix: "/run/secrets")
            case "configs": return .mount(prefix: "")
            case "devices": return .device
            case "env_file": return .envFile
            case "expose", "cap_add", "cap_drop", "links", "profiles", "dns", "dns_opt", "dns_search", "tmpfs",
                "annotations", "environment", "labels", "sysctls":
                return .keyValue
            default: return nil
            }
        case 4:
            switch (path[2], path[3]) {
            case ("build", "tags"), ("build", "args"), ("build", "labels"), ("build", "additional_contexts"),
                ("deploy", "labels"):
                return .keyValue
            default: return nil
            }
        case 5 where path[2] == "networks" && (path[4] == "aliases" || path[4] == "link_local_ips"):
            return .keyValue
        default:
            return nil
        }
    }

    /// The key of `item`, or nil when it has none (then it is always kept).
    static func key(_ item: Node, _ indexer: Indexer) -> String? {
        switch indexer {
        case .keyValue:
            guard let text = scalarText(item) else { return nil }
            if let eq = text.firstIndex(of: "=") { return String(text[..<eq]) }
            return text
        case .port:
            guard case .mapping(let map) = item.content else { return scalarText(item) }
            return portKey(map)
        case .mount(let prefix):
            guard let map = item.mapping else { return scalarText(item).map { "\(prefix)/\($0)" } }
            if let target = map["target"].flatMap(scalarText) { return target }
            return "\(prefix)/\(map["source"].flatMap(scalarText) ?? "")"
        case .volume:
            // Keyed after every merge: read the target in place rather than through copies.
            guard case .mapping(let map) = item.content, let i = map.index(of: "target") else { return nil }
            return scalarText(map.entries[i].value)
        case .device:
            if let map = item.mapping { return map["target"].flatMap(scalarText) }
            guard let text = scalarText(item) else { return nil }
            let parts = text.split(separator: ":", omittingEmptySubsequences: false)
            return parts.count == 1 ? text : String(parts[1])
        case .envFile:
            if let map = item.mapping { return map["path"].flatMap(scalarText) }
            return scalarText(item)
        }
    }

    /// `items` with later duplicates replacing earlier ones in place.
    static func unique(_ items: [Node], by indexer: Indexer) -> [Node] {
        var result: [Node] = []
        result.reserveCapacity(items.count)
        var positions: [String: Int] = [:]
        for item in items {
            guard let key = key(item, indexer) else {
                result.append(item)
                continue
            }
            if let j = positions[key] {
                result[j] = item
            } else {
                positions[key] = result.count
                result.append(item)
            }
        }
        return result
    }

    /// Sets `slot` to the text of `value` (nil for a null or a collection) unless an earlier
    /// entry with the same key set it: the first definition wins, as with a lookup by name.
    static func fill(_ slot: inout String??, _ value: Node) {
        if slot == nil { slot = .some(scalarText(value)) }
    }

    /// The text of a scalar that is not null; nil for nulls and collections.
    static func scalarText(_ node: Node) -> String? {
        guard case .scalar(let scalar) = node.content, !scalar.isNull else { return nil }
        return scalar.text
    }
}
