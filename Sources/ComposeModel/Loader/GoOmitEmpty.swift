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
        cleaned(node, key: key) ?? node
    }

    /// The cleaned node, or nil when nothing changes (most nodes): unchanged subtrees are not rebuilt.
    private static func cleaned(_ node: Node, key: String) -> Node? {
        switch node.content {
        case .scalar:
            return nil
        case .sequence(let items):
            var result: [Node]?
            for i in items.indices where items[i].mapping != nil {
                if let changed = cleaned(items[i], key: "") {
                    if result == nil { result = items }
                    result?[i] = changed
                }
            }
            return result.map { Node(.sequence($0), mark: node.mark, tag: node.tag) }
        case .mapping(let mapping):
            let isData = dataMaps.contains(key)
            var result: Node.Mapping?
            var drop = false
            for i in mapping.entries.indices {
                let entry = mapping.entries[i]
                if !isData, entry.name.hasPrefix("x-") { continue }
                if let changed = cleaned(entry.value, key: isData ? "" : entry.name) {
                    if result == nil { result = mapping }
                    result?.entries[i].value = changed
                }
                if !isData, omitted(entry.name, (result?.entries[i] ?? entry).value) { drop = true }
            }
            if drop {
                if result == nil { result = mapping }
                result?.entries.removeAll { omitted($0.name, $0.value) }
            }
            return result.map { Node(.mapping($0), mark: node.mark, tag: node.tag) }
        }
    }

    /// True for a struct field Go leaves out.
    private static func omitted(_ name: String, _ value: Node) -> Bool {
        // Most values are not empty: decide that before hashing the name into the sets.
        let empty = isEmpty(value)
        guard empty || value.text == "0" else { return false }
        if always.contains(name) || pointers.contains(name) || name.hasPrefix("x-") { return false }
        return empty || sizes.contains(name)
    }

    static func isEmpty(_ node: Node) -> Bool {
        switch node.content {
        case .sequence(let items): return items.isEmpty
        case .mapping(let mapping): return mapping.isEmpty
        case .scalar(let scalar):
            // Fast path: only a few plain spellings can mean null, false or zero.
            guard let first = scalar.text.utf8.first else { return true }
            if node.tag == nil {
                if scalar.style != .plain { return false }
                if !"0fFnN~+-.".utf8.contains(first) { return false }
            }
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
