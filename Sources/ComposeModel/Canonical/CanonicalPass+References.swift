import YAML

extension CanonicalPass {
    /// `depends_on` as a mapping of `{condition, required[, restart]}`; `restart: false` is dropped.
    func dependsOn(_ node: inout Node) {
        switch node.content {
        case .sequence(let items):
            var mapping = Node.Mapping()
            for item in items {
                guard let name = GoText.string(of: item) else { continue }
                let entry = Node.object([("condition", .string("service_started", mark: item.mark)), ("required", .bool(true, mark: item.mark))], mark: item.mark)
                mapping[name] = nil
                mapping.append(name, entry, mark: item.mark)
            }
            node.content = .mapping(mapping)
        case .mapping:
            node.modifyMapping { mapping in
                for index in mapping.entries.indices {
                    let mark = mapping.entries[index].value.mark
                    mapping.entries[index].value.modifyMapping { entry in
                        entry.setDefault("condition", .string("service_started", mark: mark))
                        entry.setDefault("required", .bool(true, mark: mark))
                        if let restart = entry.index(of: "restart"), entry.entries[restart].value.resolved == .bool(false) {
                            entry.entries.remove(at: restart)
                        }
                    }
                }
            }
        case .scalar:
            break
        }
    }

    /// A `secrets`/`configs` reference in long form; secrets get `/run/secrets/<source>`.
    mutating func fileReference(_ item: inout Node, secret: Bool, path: () -> String) {
        let mark = item.mark
        if item.scalar != nil, let source = GoText.string(of: item) {
            item.content = .mapping(Node.Mapping([(Node.string("source", mark: mark, style: .plain), Node.string(source, mark: mark))]))
        }
        item.modifyMapping { mapping in
            if secret, !mapping.hasKey("target"), let source = mapping["source"]?.stringScalar {
                mapping["target"] = Node.string("/run/secrets/\(source)", mark: mark)
            }
            if let mode = mapping.index(of: "mode"), !mapping.entries[mode].value.isNull {
                fileMode(&mapping.entries[mode].value) { "\(path()).mode" }
            }
        }
    }

    /// A `devices` entry: `src[:dst[:perms]]` → `{source, target, permissions}`.
    mutating func device(_ item: inout Node) {
        guard item.scalar != nil, let text = GoText.string(of: item) else { return }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard parts.count <= 3 else {
            self.error("confusing device mapping, please use long syntax: \(text)", at: item)
            return
        }
        let source = parts[0]
        let target = parts.count > 1 && !parts[1].isEmpty ? parts[1] : source
        let permissions = parts.count > 2 ? parts[2] : "rwm"
        let mark = item.mark
        var mapping = Node.Mapping()
        mapping.append("source", .string(source, mark: mark), mark: mark)
        mapping.append("target", .string(target, mark: mark), mark: mark)
        mapping.append("permissions", .string(permissions, mark: mark), mark: mark)
        item.content = .mapping(mapping)
    }

    /// `env_file` as `[{path (absolute), required[, format]}]`.
    func envFiles(_ node: inout Node) {
        stringToList(&node)
        node.modifySequence { items in
            for index in items.indices {
                let mark = items[index].mark
                if items[index].scalar != nil, let path = items[index].stringScalar {
                    items[index].content = .mapping(Node.Mapping([(Node.string("path", mark: mark, style: .plain), Node.string(path, mark: mark))]))
                }
                items[index].modifyMapping { mapping in
                    if let path = mapping.index(of: "path") { absolutePath(&mapping.entries[path].value) }
                    mapping.setDefault("required", .bool(true, mark: mark))
                }
            }
        }
    }

    /// `gpus: all` → `[{count: -1}]`; request entries without `count`/`device_ids` count all.
    mutating func gpus(_ node: inout Node, path: () -> String) {
        if node.scalar != nil {
            node.content = .sequence([Node.object([("count", .int(-1, mark: node.mark))], mark: node.mark)])
            return
        }
        forEachIndexedItem(of: &node) { pass, item, index in pass.deviceRequest(&item) { "\(path())[\(index)]" } }
    }

    /// A device request: `count` defaults to all, `all` is printed as -1 and a numeric string
    /// as a number.
    mutating func deviceRequest(_ item: inout Node, path: () -> String) {
        let mark = item.mark
        item.modifyMapping { mapping in
            if let count = mapping.index(of: "count"), let text = mapping.entries[count].value.stringScalar {
                if text == "all" {
                    mapping.entries[count].value.content = .scalar(Node.Scalar("-1", style: .plain))
                } else if let number = Int(text), !text.hasPrefix("+") {
                    mapping.entries[count].value.content = .scalar(Node.Scalar(String(number), style: .plain))
                } else {
                    let message = "'\(path()).count' invalid value \"\(text)\", the only value allowed is 'all' or a number"
                    diagnostics.error(message, at: mapping.entries[count].value.mark)
                }
            } else if !mapping.hasKey("count"), !mapping.hasKey("device_ids") {
                mapping["count"] = .int(-1, mark: mark)
            }
        }
    }
}
