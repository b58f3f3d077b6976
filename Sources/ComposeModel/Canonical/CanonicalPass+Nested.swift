import YAML

extension CanonicalPass {
    /// `healthcheck`: a string `test` runs in a shell; durations in Go form.
    mutating func healthcheck(_ node: inout Node, path: () -> String) {
        forEachField(of: &node) { pass, key, value in
            switch key {
            case "test" where value.scalar != nil:
                guard let text = value.stringScalar else { return }
                value.content = .sequence([.string("CMD-SHELL", mark: value.mark), .string(text, mark: value.mark)])
            case "interval", "timeout", "start_period", "start_interval":
                pass.duration(&value) { "\(path()).\(key)" }
            default:
                break
            }
        }
    }

    /// `deploy`: labels as strings, memory sizes, durations, device-request defaults, and the
    /// `resources: {}`/`placement: {}` compose always prints.
    mutating func deploy(_ node: inout Node, path: () -> String) {
        forEachField(of: &node) { pass, key, value in
            switch key {
            case "labels": pass.keyValues(&value, flavor: .strings)
            case "resources":
                pass.forEachField(of: &value) { pass, kind, limits in
                    pass.forEachField(of: &limits) { pass, key, item in
                        switch key {
                        case "memory": pass.size(&item) { "\(path()).resources.\(kind).memory" }
                        case "cpus": pass.number(&item) { "\(path()).resources.\(kind).cpus" }
                        case "devices":
                            pass.forEachIndexedItem(of: &item) { pass, request, index in
                                pass.deviceRequest(&request) { "\(path()).resources.\(kind).devices[\(index)]" }
                            }
                        default: break
                        }
                    }
                }
            case "restart_policy", "update_config", "rollback_config":
                pass.forEachField(of: &value) { pass, field, item in
                    guard field == "delay" || field == "window" || field == "monitor" else { return }
                    pass.duration(&item) { "\(path()).\(key).\(field)" }
                }
            default:
                break
            }
        }
        let mark = node.mark
        node.modifyMapping { mapping in
            mapping.setDefault("resources", Node.object([], mark: mark))
            mapping.setDefault("placement", Node.object([], mark: mark))
        }
    }

    /// `blkio_config`: throttle rates as byte strings.
    mutating func blkio(_ node: inout Node, path: () -> String) {
        forEachField(of: &node) { pass, key, value in
            guard key.hasPrefix("device_") else { return }
            pass.forEachIndexedItem(of: &value) { pass, item, index in
                pass.forEachField(of: &item) { pass, field, rate in
                    if field == "rate" { pass.size(&rate) { "\(path()).\(key)[\(index)].rate" } }
                }
            }
        }
    }

    /// `develop.watch`: absolute paths, `ignore`/`include` as lists, and the empty
    /// `exec: {command: null}` compose prints on every rule.
    mutating func develop(_ node: inout Node) {
        forEachField(of: &node) { pass, key, value in
            guard key == "watch" else { return }
            pass.forEachItem(of: &value) { pass, rule in
                let mark = rule.mark
                rule.modifyMapping { mapping in
                    mapping.setDefault("exec", Node.object([("command", .null(mark: mark))], mark: mark))
                }
                pass.forEachField(of: &rule) { pass, key, field in
                    switch key {
                    case "path": pass.absolutePath(&field)
                    case "ignore", "include": pass.stringToList(&field)
                    case "exec": pass.hook(&field)
                    default: break
                    }
                }
            }
        }
    }

    /// A `post_start`/`pre_stop` hook (or watch `exec`): command split, environment as a map.
    mutating func hook(_ node: inout Node) {
        forEachField(of: &node) { pass, key, value in
            switch key {
            case "command": pass.commandList(&value)
            case "environment": pass.keyValues(&value, flavor: .nullable)
            default: break
            }
        }
    }
}
