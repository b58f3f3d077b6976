import YAML

/// What `docker compose config` does after loading: narrows to the services named on the
/// command line and drops networks, volumes, secrets and configs no remaining service uses.
enum ResourcePruner {
    /// Narrows `tree` to `selected` and their dependencies, transitively (all services when
    /// `selected` is empty); dependencies on services outside the result are removed.
    static func select(in tree: inout Node, services selected: [String]) {
        guard !selected.isEmpty else { return }
        tree.modifyMapping { root in
            guard let i = root.index(of: "services") else { return }
            root.entries[i].value.modifyMapping { services in
                let keep = closure(of: selected, in: services)
                services.entries.removeAll { !keep.contains($0.name) }
                for j in services.entries.indices {
                    services.entries[j].value.modifyMapping { service in
                        guard let d = service.index(of: "depends_on") else { return }
                        guard case .mapping(var deps) = service.entries[d].value.content else { return }
                        deps.entries.removeAll { !keep.contains($0.name) }
                        if deps.isEmpty {
                            service.entries.remove(at: d)
                        } else {
                            service.entries[d].value = Node(.mapping(deps), mark: service.entries[d].value.mark)
                        }
                    }
                }
            }
        }
    }

    /// The names of `selected` and every service they depend on, transitively.
    private static func closure(of selected: [String], in services: Node.Mapping) -> Set<String> {
        var byName: [String: Int] = [:]
        for (i, entry) in services.entries.enumerated() { byName[entry.name] = i }
        var keep: Set<String> = []
        var pending = selected
        while let name = pending.popLast() {
            guard let i = byName[name], keep.insert(name).inserted else { continue }
            pending.append(contentsOf: services.entries[i].value.mapping?["depends_on"]?.mapping?.keys ?? [])
        }
        return keep
    }

    /// Removes the top-level resources `usage` does not name, in place; `services` is added
    /// (empty) when missing.
    static func prune(in tree: inout Node, usage: Usage) {
        tree.modifyMapping { root in
            for section in Usage.sections {
                guard let index = root.index(of: section), case .mapping = root.entries[index].value.content else { continue }
                let used = usage.used(section)
                root.entries[index].value.modifyMapping { resources in
                    resources.entries.removeAll { !used.contains($0.name) }
                }
                if root.entries[index].value.mapping?.isEmpty == true { root.entries.remove(at: index) }
            }
            if root["services"] == nil { root["services"] = .mapping([]) }
        }
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
