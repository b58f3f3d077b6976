import YAML

extension CanonicalPass {
    /// `depends_on` as a mapping of `{condition, required[, restart]}`; `restart: false` is dropped.
    mutating func dependsOn(_ node: Node) -> Node {
        switch node.content {
        case .sequence(let items):
            var mapping = Node.Mapping()
            for item in items {
                guard let name = GoText.string(of: item) else { continue }
                let entry = Node.object([("condition", .string("service_started", mark: item.mark)), ("required", .bool(true, mark: item.mark))], mark: item.mark)
                mapping[name] = nil
                mapping.entries.append(.init(key: .string(name, mark: item.mark, style: .plain), value: entry))
            }
            return Node(.mapping(mapping), mark: node.mark, tag: node.tag)
        case .mapping(var mapping):
            for index in mapping.entries.indices {
                guard var entry = mapping.entries[index].value.mapping else { continue }
                let mark = mapping.entries[index].value.mark
                if entry["condition"] == nil { entry["condition"] = .string("service_started", mark: mark) }
                if entry["required"] == nil { entry["required"] = .bool(true, mark: mark) }
                if let restart = entry["restart"], restart.scalar?.resolved(tag: restart.tag) == .bool(false) { entry["restart"] = nil }
                mapping.entries[index].value.content = .mapping(entry)
            }
            return Node(.mapping(mapping), mark: node.mark, tag: node.tag)
        case .scalar:
            return node
        }
    }

    /// A `secrets`/`configs` reference in long form; secrets get `/run/secrets/<source>`.
    mutating func fileReference(_ item: Node, secret: Bool, path: String) -> Node {
        var mapping: Node.Mapping
        if item.scalar != nil, let source = GoText.string(of: item) {
            mapping = Node.Mapping([(Node.string("source", mark: item.mark, style: .plain), Node.string(source, mark: item.mark))])
        } else if let existing = item.mapping {
            mapping = existing
        } else {
            return item
        }
        if secret, mapping["target"] == nil, let source = mapping["source"]?.stringScalar {
            mapping["target"] = Node.string("/run/secrets/\(source)", mark: item.mark)
        }
        if let mode = mapping["mode"], !mode.isNull { mapping["mode"] = fileMode(mode, path: "\(path).mode") }
        return Node(.mapping(mapping), mark: item.mark, tag: item.tag)
    }

    /// A `devices` entry: `src[:dst[:perms]]` → `{source, target, permissions}`.
    mutating func device(_ item: Node) -> Node {
        guard item.scalar != nil, let text = GoText.string(of: item) else { return item }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard parts.count <= 3 else {
            self.error("confusing device mapping, please use long syntax: \(text)", at: item)
            return item
        }
        let source = parts[0]
        let target = parts.count > 1 && !parts[1].isEmpty ? parts[1] : source
        let permissions = parts.count > 2 ? parts[2] : "rwm"
        let pairs: [(String, Node)] = [
            ("source", .string(source, mark: item.mark)), ("target", .string(target, mark: item.mark)),
            ("permissions", .string(permissions, mark: item.mark)),
        ]
        return Node.object(pairs, mark: item.mark).replacing(item)
    }

    /// `env_file` as `[{path (absolute), required[, format]}]`.
    mutating func envFiles(_ node: Node) -> Node {
        let list = stringToList(node)
        return eachItem(of: list) { pass, item in
            var mapping: Node.Mapping
            if item.scalar != nil, let path = item.stringScalar {
                mapping = Node.Mapping([(Node.string("path", mark: item.mark, style: .plain), Node.string(path, mark: item.mark))])
            } else if let existing = item.mapping {
                mapping = existing
            } else {
                return item
            }
            if let path = mapping["path"] { mapping["path"] = pass.absolutePath(path) }
            if mapping["required"] == nil { mapping["required"] = .bool(true, mark: item.mark) }
            return Node(.mapping(mapping), mark: item.mark, tag: item.tag)
        }
    }

    /// `gpus: all` → `[{count: -1}]`; request entries without `count`/`device_ids` count all.
    mutating func gpus(_ node: Node, path: String) -> Node {
        if node.scalar != nil {
            return Node.sequence([Node.object([("count", .int(-1, mark: node.mark))], mark: node.mark)], mark: node.mark)
        }
        return eachItem(of: node, path: path) { pass, item, path in pass.deviceRequest(item, path: path) }
    }

    /// A device request: `count` defaults to all, `all` is printed as -1 and a numeric string
    /// as a number.
    mutating func deviceRequest(_ item: Node, path: String) -> Node {
        guard var mapping = item.mapping else { return item }
        if let count = mapping["count"], let text = count.stringScalar {
            if text == "all" {
                mapping["count"] = Node.int(-1, mark: count.mark).replacing(count)
            } else if let number = Int(text), !text.hasPrefix("+") {
                mapping["count"] = Node.int(number, mark: count.mark).replacing(count)
            } else {
                self.error("'\(path).count' invalid value \"\(text)\", the only value allowed is 'all' or a number", at: count)
            }
        } else if mapping["count"] == nil, mapping["device_ids"] == nil {
            mapping["count"] = .int(-1, mark: item.mark)
        }
        return Node(.mapping(mapping), mark: item.mark, tag: item.tag)
    }
}
