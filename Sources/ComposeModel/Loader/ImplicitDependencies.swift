import YAML

/// The `depends_on` entries Compose derives from `links`, `service:` namespaces and
/// `volumes_from` when no explicit entry exists (compose-semantics §10).
enum ImplicitDependencies {
    static func add(to service: inout Node.Mapping) {
        guard mayDepend(service) else { return }
        var dependsOn = service["depends_on"]?.mapping ?? Node.Mapping()
        let before = dependsOn.count
        var known = Set(dependsOn.keys)
        func add(_ target: String, restart: Bool, mark: Mark) {
            guard !target.isEmpty, !known.contains(target) else { return }
            known.insert(target)
            dependsOn.entries.append(.init(key: .string(target, mark: mark, style: .plain), value: .mapping([
                ("condition", .string("service_started")),
                ("restart", Node(.scalar(.init(restart ? "true" : "false", style: .plain)), mark: mark)),
                ("required", Node(.scalar(.init("true", style: .plain)), mark: mark)),
            ], mark: mark)))
        }
        for link in service["links"]?.sequence ?? [] {
            guard let text = link.text else { continue }
            let parts = text.split(separator: ":", omittingEmptySubsequences: false)
            add(parts.count == 2 ? String(parts[0]) : text, restart: true, mark: link.mark)
        }
        for namespace in ["network_mode", "ipc", "pid", "uts", "cgroup"] {
            if let node = service[namespace], let text = node.text, text.hasPrefix("service:") {
                add(String(text.dropFirst("service:".count)), restart: true, mark: node.mark)
            }
        }
        for volume in service["volumes_from"]?.sequence ?? [] {
            guard let text = volume.text, !text.hasPrefix("container:") else { continue }
            add(String(text.split(separator: ":", omittingEmptySubsequences: false).first ?? ""), restart: false, mark: volume.mark)
        }
        if dependsOn.count != before { service["depends_on"] = Node(.mapping(dependsOn), mark: service["depends_on"]?.mark ?? .none) }
    }

    /// False when no field that implies a dependency is present (most services): one pass over
    /// the keys instead of a lookup per field.
    private static func mayDepend(_ service: Node.Mapping) -> Bool {
        service.entries.contains { entry in
            guard case .scalar(let key) = entry.key.content else { return false }
            switch key.text.utf8.count {
            case 3: return key.text == "ipc" || key.text == "pid" || key.text == "uts"
            case 5: return key.text == "links"
            case 6: return key.text == "cgroup"
            case 12: return key.text == "network_mode" || key.text == "volumes_from"
            default: return false
            }
        }
    }
}
