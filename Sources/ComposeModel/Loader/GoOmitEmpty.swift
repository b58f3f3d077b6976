import YAML

/// Drops what Go's `omitempty` leaves out when Compose marshals its typed model: in struct
/// objects, empty strings, `false`, zero numbers, empty lists and empty maps disappear, except
/// for pointer fields (kept when set, even to zero) and for fields without `omitempty`.
enum GoOmitEmpty {
    /// Keys whose mappings are Go maps of names or data: their entries are never omitted.
    static let dataMaps: Set<String> = [
        "services", "networks", "volumes", "secrets", "configs", "models", "depends_on", "environment", "labels",
        "annotations", "sysctls", "args", "additional_contexts", "ulimits", "options", "driver_opts", "storage_opt",
    ]
    /// Pointer fields: kept whenever present, even holding a zero value or an empty struct.
    static let pointers: Set<String> = [
        "attach", "init", "scale", "stop_grace_period", "replicas", "parallelism", "delay", "max_attempts", "window",
        "enable_ipv4", "enable_ipv6", "timeout", "interval", "retries", "start_period", "start_interval", "bind",
        "blkio_config", "build", "config", "credential_spec", "deploy", "develop", "extends", "healthcheck", "image",
        "limits", "logging", "mode", "provider", "reservations", "restart_policy", "rollback_config", "tmpfs",
        "update_config", "volume", "resources", "placement", "ipam", "exec",
    ]
    /// Fields marshalled without `omitempty`.
    static let always: Set<String> = ["command", "entrypoint", "required", "path", "action", "services"]

    /// Byte sizes: Go `int64`s that Compose prints as strings, so a zero size is omitted.
    static let sizes: Set<String> = [
        "mem_limit", "mem_reservation", "memswap_limit", "shm_size", "size", "memory",
    ]

    static func apply(_ tree: Node) -> Node {
        guard var root = tree.mapping else { return tree }
        for i in root.entries.indices where !root.entries[i].name.hasPrefix("x-") {
            root.entries[i].value = visit(root.entries[i].value, key: root.entries[i].name)
        }
        root.entries.removeAll { entry in
            !entry.name.hasPrefix("x-") && !always.contains(entry.name) && isEmpty(entry.value)
        }
        return Node(.mapping(root), mark: tree.mark, tag: tree.tag)
    }

    /// `node`, found under `key`, with its struct fields cleaned.
    private static func visit(_ node: Node, key: String) -> Node {
        switch node.content {
        case .scalar:
            return node
        case .sequence(let items):
            guard items.contains(where: { $0.mapping != nil }) else { return node }
            return Node(.sequence(items.map { $0.mapping != nil ? visit($0, key: "") : $0 }), mark: node.mark, tag: node.tag)
        case .mapping(var mapping):
            let isData = dataMaps.contains(key)
            for i in mapping.entries.indices {
                let name = mapping.entries[i].name
                if !isData, name.hasPrefix("x-") { continue }
                mapping.entries[i].value = visit(mapping.entries[i].value, key: isData ? "" : name)
            }
            if !isData {
                mapping.entries.removeAll { entry in
                    !always.contains(entry.name) && !pointers.contains(entry.name) && !entry.name.hasPrefix("x-")
                        && (isEmpty(entry.value) || (sizes.contains(entry.name) && entry.value.text == "0"))
                }
            }
            return Node(.mapping(mapping), mark: node.mark, tag: node.tag)
        }
    }

    static func isEmpty(_ node: Node) -> Bool {
        switch node.content {
        case .sequence(let items): return items.isEmpty
        case .mapping(let mapping): return mapping.isEmpty
        case .scalar(let scalar):
            switch scalar.resolved(tag: node.tag) {
            case .null: return true
            case .bool(let flag): return !flag
            case .int(let value): return value == 0
            case .float(let value): return value == 0
            case .string(let text): return text.isEmpty
            }
        }
    }
}
