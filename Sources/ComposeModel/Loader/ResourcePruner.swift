import YAML

/// What `docker compose config` does after loading: narrows to the services named on the
/// command line and drops networks, volumes, secrets and configs no remaining service uses.
enum ResourcePruner {
    /// `tree` narrowed to `selected` and their dependencies, transitively (all services when
    /// `selected` is empty); dependencies on services outside the result are removed.
    static func select(_ tree: Node, services selected: [String]) -> Node {
        guard !selected.isEmpty, var root = tree.mapping, let i = root.index(of: "services"),
            var services = root.entries[i].value.mapping else { return tree }
        var byName: [String: Node.Mapping] = [:]
        for entry in services.entries { byName[entry.name] = entry.value.mapping ?? Node.Mapping() }
        var keep: Set<String> = []
        var pending = selected
        while let name = pending.popLast() {
            guard let service = byName[name], keep.insert(name).inserted else { continue }
            pending.append(contentsOf: service["depends_on"]?.mapping?.keys ?? [])
        }
        services.entries.removeAll { !keep.contains($0.name) }
        for j in services.entries.indices {
            guard var service = services.entries[j].value.mapping, var deps = service["depends_on"]?.mapping else { continue }
            deps.entries.removeAll { !keep.contains($0.name) }
            service["depends_on"] = deps.isEmpty ? nil : Node(.mapping(deps), mark: service["depends_on"]?.mark ?? .none)
            services.entries[j].value.content = .mapping(service)
        }
        root.entries[i].value.content = .mapping(services)
        return Node(.mapping(root), mark: tree.mark)
    }

    /// `tree` without unused top-level resources; empty sections disappear.
    static func prune(_ tree: Node) -> Node {
        guard var root = tree.mapping else { return tree }
        var used: [String: Set<String>] = ["networks": [], "volumes": [], "secrets": [], "configs": []]
        for entry in root["services"]?.mapping?.entries ?? [] {
            guard let service = entry.value.mapping else { continue }
            used["networks"]?.formUnion(service["networks"]?.mapping?.keys ?? [])
            for volume in service["volumes"]?.sequence ?? [] {
                if let mount = volume.mapping, mount["type"]?.text == "volume", let source = mount["source"]?.text {
                    used["volumes"]?.insert(source)
                }
            }
            let buildSecrets = service["build"]?.mapping?["secrets"]?.sequence ?? []
            for (section, items) in [("secrets", (service["secrets"]?.sequence ?? []) + buildSecrets), ("configs", service["configs"]?.sequence ?? [])] {
                for item in items {
                    if let source = item.mapping?["source"]?.text ?? item.text { used[section]?.insert(source) }
                }
            }
        }
        for (section, names) in used {
            guard let index = root.index(of: section), var resources = root.entries[index].value.mapping else { continue }
            resources.entries.removeAll { !names.contains($0.name) }
            if resources.isEmpty {
                root.entries.remove(at: index)
            } else {
                root.entries[index].value.content = .mapping(resources)
            }
        }
        if root["services"] == nil { root["services"] = .mapping([]) }
        return Node(.mapping(root), mark: tree.mark)
    }

    /// Reports container names used by more than one service.
    static func checkContainerNames(_ tree: Node, into diagnostics: inout Diagnostics) {
        var owners: [String: String] = [:]
        for entry in tree.mapping?["services"]?.mapping?.entries ?? [] {
            guard let node = entry.value.mapping?["container_name"], let name = node.text else { continue }
            if let other = owners[name] {
                diagnostics.error("services.\(entry.name): container name \"\(name)\" is already in use by service \(other)", at: node.mark, service: entry.name)
            }
            owners[name] = entry.name
        }
    }
}
