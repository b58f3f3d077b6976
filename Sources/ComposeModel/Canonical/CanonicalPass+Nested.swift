import YAML

extension CanonicalPass {
    static let healthcheckDurations: Set<String> = ["interval", "timeout", "start_period", "start_interval"]

    /// `healthcheck`: a string `test` runs in a shell; durations in Go form.
    mutating func healthcheck(_ node: Node, path: String) -> Node {
        transformFields(of: node) { pass, key, value in
            switch key {
            case "test" where value.scalar != nil:
                guard let text = value.stringScalar else { return value }
                return Node.sequence([.string("CMD-SHELL", mark: value.mark), .string(text, mark: value.mark)], mark: value.mark)
            case _ where Self.healthcheckDurations.contains(key):
                return pass.duration(value, path: "\(path).\(key)")
            default:
                return value
            }
        }
    }

    /// `deploy`: labels as strings, memory sizes, durations, device-request defaults, and the
    /// `resources: {}`/`placement: {}` compose always prints.
    mutating func deploy(_ node: Node, path: String) -> Node {
        guard node.mapping != nil else { return node }
        var result = transformFields(of: node) { pass, key, value in
            switch key {
            case "labels": return pass.keyValues(value, flavor: .strings)
            case "resources":
                return pass.transformFields(of: value) { pass, kind, limits in
                    pass.transformFields(of: limits) { pass, key, item in
                        switch key {
                        case "memory": return pass.size(item, path: "\(path).resources.\(kind).memory")
                        case "cpus": return pass.number(item, path: "\(path).resources.\(kind).cpus")
                        case "devices": return pass.eachItem(of: item, path: "\(path).resources.\(kind).devices") { pass, request, path in pass.deviceRequest(request, path: path) }
                        default: return item
                        }
                    }
                }
            case "restart_policy", "update_config", "rollback_config":
                return pass.transformFields(of: value) { pass, field, item in
                    ["delay", "window", "monitor"].contains(field) ? pass.duration(item, path: "\(path).\(key).\(field)") : item
                }
            default:
                return value
            }
        }
        guard var mapping = result.mapping else { return result }
        if mapping["resources"] == nil { mapping["resources"] = Node.object([], mark: node.mark) }
        if mapping["placement"] == nil { mapping["placement"] = Node.object([], mark: node.mark) }
        result.content = .mapping(mapping)
        return result
    }

    /// `blkio_config`: throttle rates as byte strings.
    mutating func blkio(_ node: Node, path: String) -> Node {
        transformFields(of: node) { pass, key, value in
            guard key.hasPrefix("device_") else { return value }
            return pass.eachItem(of: value, path: "\(path).\(key)") { pass, item, path in
                pass.transformFields(of: item) { pass, key, rate in key == "rate" ? pass.size(rate, path: "\(path).rate") : rate }
            }
        }
    }

    /// `develop.watch`: absolute paths, `ignore`/`include` as lists, and the empty
    /// `exec: {command: null}` compose prints on every rule.
    mutating func develop(_ node: Node) -> Node {
        transformFields(of: node) { pass, key, value in
            guard key == "watch" else { return value }
            return pass.eachItem(of: value) { pass, rule in
                var rule = rule
                if var mapping = rule.mapping, mapping["exec"] == nil {
                    mapping["exec"] = Node.object([("command", .null(mark: rule.mark))], mark: rule.mark)
                    rule.content = .mapping(mapping)
                }
                return pass.transformFields(of: rule) { pass, key, field in
                    switch key {
                    case "path": return pass.absolutePath(field)
                    case "ignore", "include": return pass.stringToList(field)
                    case "exec": return pass.hook(field)
                    default: return field
                    }
                }
            }
        }
    }

    /// A `post_start`/`pre_stop` hook (or watch `exec`): command split, environment as a map.
    mutating func hook(_ node: Node) -> Node {
        transformFields(of: node) { pass, key, value in
            switch key {
            case "command": return pass.commandList(value)
            case "environment": return pass.keyValues(value, flavor: .nullable)
            default: return value
            }
        }
    }

    /// Rewrites each non-null field of a mapping node, keeping each field's mark and tag.
    mutating func transformFields(of node: Node, _ transform: (inout CanonicalPass, String, Node) -> Node) -> Node {
        guard var mapping = node.mapping else { return node }
        for index in mapping.entries.indices where !mapping.entries[index].value.isNull {
            let value = mapping.entries[index].value
            mapping.entries[index].value = transform(&self, mapping.entries[index].name, value).replacing(value)
        }
        return Node(.mapping(mapping), mark: node.mark, tag: node.tag)
    }
}
