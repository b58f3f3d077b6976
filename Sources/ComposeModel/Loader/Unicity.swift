import YAML

/// Removes redefinitions from the de-duplicated service sequences of a merged tree
/// (compose-go `EnforceUnicity`): ports, volumes, secrets, configs, devices, expose, …
enum Unicity {
    /// The de-duplicated service fields and how their items are keyed.
    private static let indexers: [String: SequenceKeys.Indexer] = {
        let fields = [
            "ports", "volumes", "secrets", "configs", "devices", "env_file", "expose", "cap_add", "cap_drop", "links",
            "profiles", "dns", "dns_opt", "dns_search", "tmpfs",
        ]
        var table: [String: SequenceKeys.Indexer] = [:]
        for field in fields { table[field] = SequenceKeys.indexer(for: ["services", "", field]) }
        return table
    }()

    /// `tree` with later duplicates in its services' de-duplicated lists replacing earlier ones.
    static func enforce(_ tree: Node) -> Node {
        // Runs after every merge and almost never finds a duplicate: a read-only scan decides
        // first, so an unchanged tree is returned without copying any of it.
        guard hasDuplicates(tree) else { return tree }
        var tree = tree
        tree.modifyMapping { root in
            guard let i = root.index(of: "services") else { return }
            root.entries[i].value.modifyMapping { services in
                for s in services.entries.indices {
                    services.entries[s].value.modifyMapping { service in
                        for f in service.entries.indices {
                            guard let indexer = indexer(service, f) else { continue }
                            service.entries[f].value.modifySequence { items in
                                items = SequenceKeys.unique(items, by: indexer)
                            }
                        }
                    }
                }
            }
        }
        return tree
    }

    /// True when some service sequence holds two items with the same key.
    private static func hasDuplicates(_ tree: Node) -> Bool {
        guard case .mapping(let root) = tree.content, let i = root.index(of: "services"),
            case .mapping(let services) = root.entries[i].value.content else { return false }
        for s in services.entries.indices {
            guard case .mapping(let service) = services.entries[s].value.content else { continue }
            for f in service.entries.indices {
                guard let indexer = indexer(service, f), case .sequence(let items) = service.entries[f].value.content,
                    SequenceKeys.hasDuplicates(items, by: indexer) else { continue }
                return true
            }
        }
        return false
    }

    /// The indexer of field `f` of `service` when it is a de-duplicated sequence of several items.
    private static func indexer(_ service: Node.Mapping, _ f: Int) -> SequenceKeys.Indexer? {
        // Asked for every service field: the cheap count test goes before hashing the name.
        guard case .sequence(let items) = service.entries[f].value.content, items.count > 1,
            case .scalar(let key) = service.entries[f].key.content else { return nil }
        return indexers[key.text]
    }
}
