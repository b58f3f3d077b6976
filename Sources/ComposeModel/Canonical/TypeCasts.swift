import YAML

/// The casts compose-go applies right after interpolation (`loader/interpolate.go`): string
/// values at known paths become integers, floats or booleans, whether or not they held a variable.
enum TypeCasts {
    enum Cast {
        case int, int64, float, float32, bool
    }

    static let serviceFields: [String: Cast] = [
        "cpu_count": .int64, "cpu_percent": .float, "cpu_period": .int64, "cpu_quota": .int64,
        "cpu_rt_period": .int64, "cpu_rt_runtime": .int64, "cpus": .float32, "cpu_shares": .int64,
        "init": .bool, "oom_kill_disable": .bool, "oom_score_adj": .int64, "pids_limit": .int64,
        "privileged": .bool, "read_only": .bool, "scale": .int, "stdin_open": .bool, "tty": .bool,
    ]

    /// Nested service paths; `[]` stands for every list item, `*` for every mapping key.
    static let nestedServicePaths: [([String], Cast)] = [
        (["deploy", "replicas"], .int),
        (["deploy", "update_config", "parallelism"], .int),
        (["deploy", "update_config", "max_failure_ratio"], .float),
        (["deploy", "rollback_config", "parallelism"], .int),
        (["deploy", "rollback_config", "max_failure_ratio"], .float),
        (["deploy", "restart_policy", "max_attempts"], .int),
        (["deploy", "placement", "max_replicas_per_node"], .int),
        (["healthcheck", "retries"], .int),
        (["healthcheck", "disable"], .bool),
        (["ports", "[]", "target"], .int),
        (["ulimits", "*"], .int),
        (["ulimits", "*", "hard"], .int),
        (["ulimits", "*", "soft"], .int),
        (["volumes", "[]", "read_only"], .bool),
        (["volumes", "[]", "volume", "nocopy"], .bool),
    ]

    static let resourceFields: [String: [String]] = [
        "networks": ["external", "internal", "attachable", "enable_ipv4", "enable_ipv6"],
        "volumes": ["external"], "secrets": ["external"], "configs": ["external"],
    ]

    /// `nestedServicePaths` grouped by their first key, in the order the table lists them.
    static let nestedServiceGroups: [(root: String, paths: [(rest: ArraySlice<String>, cast: Cast)])] = {
        var groups: [(root: String, paths: [(rest: ArraySlice<String>, cast: Cast)])] = []
        for (path, cast) in nestedServicePaths {
            guard let root = path.first else { continue }
            if groups.last?.root != root { groups.append((root, [])) }
            groups[groups.count - 1].paths.append((path.dropFirst(), cast))
        }
        return groups
    }()

    /// Returns `document` with every castable string at a cast path converted. Most documents
    /// have none: a read-only scan comes first, so only the sections, services and resources
    /// that hold one are edited (and copied, when the caller still shares them).
    static func apply(to document: inout Node, diagnostics: inout Diagnostics) {
        guard case .mapping(let top) = document.content, top.entries.contains(where: sectionNeedsCasts) else { return }
        document.modifyMapping { top in
            for index in top.entries.indices where sectionNeedsCasts(top.entries[index]) {
                let section = top.entries[index].name
                let fields = resourceFields[section]
                top.entries[index].value.modifyMapping { resources in
                    for r in resources.entries.indices {
                        var path = [section, resources.entries[r].name]
                        if let fields {
                            guard resourceNeedsCasts(resources.entries[r].value, fields: fields) else { continue }
                            for field in fields {
                                apply(.bool, at: [field][...], in: &resources.entries[r].value, path: &path, diagnostics: &diagnostics)
                            }
                        } else {
                            guard serviceNeedsCasts(resources.entries[r].value) else { continue }
                            castService(&resources.entries[r].value, path: &path, diagnostics: &diagnostics)
                        }
                    }
                }
            }
        }
    }

    /// One service's casts in one walk over its keys, then the nested paths group by group.
    private static func castService(_ service: inout Node, path: inout [String], diagnostics: inout Diagnostics) {
        service.modifyMapping { mapping in
            for index in mapping.entries.indices {
                let name = mapping.entries[index].name
                guard let cast = serviceFields[name] else { continue }
                path.append(name)
                mapping.entries[index].value = converted(mapping.entries[index].value, cast, path: path, diagnostics: &diagnostics)
                path.removeLast()
            }
            for group in nestedServiceGroups {
                guard let index = mapping.index(of: group.root) else { continue }
                path.append(group.root)
                for (rest, cast) in group.paths {
                    apply(cast, at: rest, in: &mapping.entries[index].value, path: &path, diagnostics: &diagnostics)
                }
                path.removeLast()
            }
        }
    }

    private static func apply(
        _ cast: Cast, at relative: ArraySlice<String>, in node: inout Node, path: inout [String],
        diagnostics: inout Diagnostics
    ) {
        guard let step = relative.first else {
            node = converted(node, cast, path: path, diagnostics: &diagnostics)
            return
        }
        let rest = relative.dropFirst()
        switch node.content {
        case .mapping:
            node.modifyMapping { mapping in
                for index in mapping.entries.indices where step == "*" || mapping.entries[index].name == step {
                    path.append(mapping.entries[index].name)
                    apply(cast, at: rest, in: &mapping.entries[index].value, path: &path, diagnostics: &diagnostics)
                    path.removeLast()
                }
            }
        case .sequence where step == "[]":
            node.modifySequence { items in
                path.append("[]")
                for index in items.indices {
                    apply(cast, at: rest, in: &items[index], path: &path, diagnostics: &diagnostics)
                }
                path.removeLast()
            }
        default:
            break
        }
    }
}
