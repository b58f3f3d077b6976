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

    /// Returns `document` with every castable string at a cast path converted.
    static func apply(to document: Node, diagnostics: inout Diagnostics) -> Node {
        guard var top = document.mapping else { return document }
        for index in top.entries.indices {
            let section = top.entries[index].name
            guard var resources = top.entries[index].value.mapping else { continue }
            for r in resources.entries.indices {
                let name = resources.entries[r].name
                var node = resources.entries[r].value
                if section == "services" {
                    for (field, cast) in serviceFields {
                        apply(cast, at: [field], in: &node, path: ["services", name], diagnostics: &diagnostics)
                    }
                    for (path, cast) in nestedServicePaths {
                        apply(cast, at: path, in: &node, path: ["services", name], diagnostics: &diagnostics)
                    }
                } else if let fields = resourceFields[section] {
                    for field in fields {
                        apply(.bool, at: [field], in: &node, path: [section, name], diagnostics: &diagnostics)
                    }
                }
                resources.entries[r].value = node
            }
            top.entries[index].value.content = .mapping(resources)
        }
        var result = document
        result.content = .mapping(top)
        return result
    }

    private static func apply(_ cast: Cast, at relative: [String], in node: inout Node, path: [String], diagnostics: inout Diagnostics) {
        guard let step = relative.first else {
            node = converted(node, cast, path: path, diagnostics: &diagnostics)
            return
        }
        let rest = Array(relative.dropFirst())
        switch node.content {
        case .mapping(var mapping):
            for index in mapping.entries.indices where step == "*" || mapping.entries[index].name == step {
                apply(cast, at: rest, in: &mapping.entries[index].value, path: path + [mapping.entries[index].name], diagnostics: &diagnostics)
            }
            node.content = .mapping(mapping)
        case .sequence(var items) where step == "[]":
            for index in items.indices {
                apply(cast, at: rest, in: &items[index], path: path + ["[]"], diagnostics: &diagnostics)
            }
            node.content = .sequence(items)
        default:
            break
        }
    }
}
