import YAML

/// Removes redefinitions from the de-duplicated service sequences of a merged tree
/// (compose-go `EnforceUnicity`): ports, volumes, secrets, configs, devices, expose, …
enum Unicity {
    private static let serviceFields: Set<String> = [
        "ports", "volumes", "secrets", "configs", "devices", "env_file", "expose", "cap_add", "cap_drop", "links",
        "profiles", "dns", "dns_opt", "dns_search", "tmpfs",
    ]

    static func enforce(_ tree: Node) -> Node {
        guard var root = tree.mapping, let i = root.index(of: "services"), var services = root.entries[i].value.mapping
        else { return tree }
        var touched = false
        for s in services.entries.indices {
            guard var service = services.entries[s].value.mapping else { continue }
            var changed = false
            for f in service.entries.indices {
                let field = service.entries[f].name
                guard serviceFields.contains(field), let items = service.entries[f].value.sequence, items.count > 1,
                    let indexer = SequenceKeys.indexer(for: ["services", "", field])
                else { continue }
                let unique = SequenceKeys.unique(items, by: indexer)
                if unique.count != items.count {
                    service.entries[f].value.content = .sequence(unique)
                    changed = true
                }
            }
            if changed {
                services.entries[s].value.content = .mapping(service)
                touched = true
            }
        }
        guard touched else { return tree }
        root.entries[i].value.content = .mapping(services)
        return Node(.mapping(root), mark: tree.mark, tag: tree.tag)
    }
}
