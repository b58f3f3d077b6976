/// Which merge behaviour applies at a path of the Compose tree (compose-semantics §6).
enum MergeRule {
    case generic
    /// Replaced as a whole: `command`, `entrypoint`, `healthcheck.test`, `ulimits.*`.
    case replace
    /// `KEY=VAL` maps: later keys win, a null later value replaces.
    case keyValueMap
    /// String-or-list fields appended, then optionally de-duplicated.
    case stringList(SequenceKeys.Indexer?)
    /// Appended, skipping entries already present in the base.
    case extraHosts
    /// List-or-map fields turned into maps (list items get `defaults`), then merged as maps.
    case namedMap(defaults: [(String, YAMLDefault)]?)
    /// A string means `{context: string}`; then merged as a map.
    case build
    /// Merged only when both drivers agree or one is missing; otherwise replaced.
    case logging
    /// `networks.*.ipam.config`, merged by subnet.
    case ipamConfig

    /// A scalar default value for `namedMap` list items.
    enum YAMLDefault {
        case string(String)
        case bool(Bool)
    }

    static func rule(for path: [String]) -> MergeRule {
        switch path.count {
        case 3 where path[0] == "services":
            switch path[2] {
            case "command", "entrypoint": return .replace
            case "environment", "labels", "annotations", "sysctls": return .keyValueMap
            case "dns", "dns_opt", "dns_search", "tmpfs": return .stringList(.keyValue)
            case "env_file": return .stringList(.envFile)
            case "label_file": return .stringList(nil)
            case "extra_hosts": return .extraHosts
            case "depends_on":
                return .namedMap(defaults: [("condition", .string("service_started")), ("required", .bool(true))])
            case "networks", "models": return .namedMap(defaults: nil)
            case "build": return .build
            case "logging": return .logging
            default: return .generic
            }
        case 3 where path[0] == "networks" || path[0] == "volumes":
            return path[2] == "labels" ? .keyValueMap : .generic
        case 4 where path[0] == "services":
            switch (path[2], path[3]) {
            case ("build", "args"), ("build", "labels"), ("build", "additional_contexts"), ("deploy", "labels"):
                return .keyValueMap
            case ("build", "extra_hosts"): return .extraHosts
            case ("healthcheck", "test"): return .replace
            case ("ulimits", _): return .replace
            default: return .generic
            }
        case 4 where path[0] == "networks" && path[2] == "ipam" && path[3] == "config":
            return .ipamConfig
        default:
            return .generic
        }
    }
}
