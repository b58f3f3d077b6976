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

    /// Drops the empty struct fields of `tree` in place; an unshared tree is never copied.
    /// `beforeService` sees each service as it was before cleaning, so a pass that only reads
    /// the services (pruning's usage count) shares this walk instead of making its own.
    static func apply(to tree: inout Node, beforeService: (Node) -> Void = { _ in }) {
        tree.modifyMapping { root in
            for i in root.entries.indices {
                if case .mapping = root.entries[i].value.content, root.entries[i].name == "services" {
                    root.entries[i].value.modifyMapping { services in
                        for j in services.entries.indices {
                            beforeService(services.entries[j].value)
                            clean(&services.entries[j].value, isData: false)
                        }
                    }
                } else {
                    _ = cleanField(&root.entries[i])
                }
            }
            root.entries.removeAll { entry in
                !isExtension(entry.key) && !always.contains(entry.name) && isEmpty(entry.value)
            }
        }
    }

    /// Cleans the struct fields below `node`; entries of a data map (`isData`) are never omitted.
    static func clean(_ node: inout Node, isData: Bool) {
        // The checks borrow `node` in functions of their own, so no second reference to its
        // storage is alive while it is mutated in place.
        switch node.content {
        case .scalar:
            return
        case .sequence:
            // Only mappings inside a list can hold struct fields; lists of scalars stay untouched.
            guard hasMappingItem(node) else { return }
            node.modifySequence { items in
                for i in items.indices { clean(&items[i], isData: false) }
            }
        case .mapping:
            if isData {
                guard hasCollectionValue(node) else { return }
                node.modifyMapping { mapping in
                    for i in mapping.entries.indices { clean(&mapping.entries[i].value, isData: false) }
                }
            } else {
                node.modifyMapping { mapping in
                    var drop = false
                    for i in mapping.entries.indices where cleanField(&mapping.entries[i]) { drop = true }
                    if drop { mapping.entries.removeAll(where: omitted) }
                }
            }
        }
    }

    /// Cleans below one struct field (entries are visited in place: reading them through the
    /// array would copy each); true when the field itself is to be omitted.
    private static func cleanField(_ entry: inout Node.Mapping.Entry) -> Bool {
        if isExtension(entry.key) { return false }
        if !isScalar(entry.value) {
            let isData = isDataMap(entry)
            clean(&entry.value, isData: isData)
        }
        return omitted(entry)
    }

    /// True for a struct field Go leaves out.
    private static func omitted(_ entry: Node.Mapping.Entry) -> Bool {
        // Most values are not empty: decide that before hashing the name into the sets.
        let empty = isEmpty(entry.value)
        guard empty || isZeroText(entry.value) else { return false }
        let name = entry.name
        if always.contains(name) || pointers.contains(name) || isExtension(entry.key) { return false }
        return empty || sizes.contains(name)
    }

    /// True when the entry holds a mapping named as a Go map (`dataMaps`); only mappings need asking.
    private static func isDataMap(_ entry: Node.Mapping.Entry) -> Bool {
        guard case .mapping = entry.value.content else { return false }
        return dataMaps.contains(entry.name)
    }

    /// True for an `x-` key, checked on its bytes without copying or hashing the text.
    private static func isExtension(_ key: Node) -> Bool {
        guard case .scalar(let scalar) = key.content else { return false }
        var bytes = scalar.text.utf8.makeIterator()
        return bytes.next() == UInt8(ascii: "x") && bytes.next() == UInt8(ascii: "-")
    }

    /// True for a scalar whose text is exactly `0`, whatever its style.
    private static func isZeroText(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node.content else { return false }
        return scalar.text.utf8.count == 1 && scalar.text.utf8.first == UInt8(ascii: "0")
    }

    private static func hasMappingItem(_ node: Node) -> Bool {
        guard case .sequence(let items) = node.content else { return false }
        return items.contains(where: isMapping)
    }

    private static func hasCollectionValue(_ node: Node) -> Bool {
        guard case .mapping(let mapping) = node.content else { return false }
        return mapping.entries.contains { !isScalar($0.value) }
    }
}
