import YAML

/// Converts the list-or-map fields Compose accepts into the one shape merging needs.
enum NamedMaps {
    /// A `KEY=VAL` list or a map as a map; list items without `=` become null values.
    static func keyValues(_ node: Node) -> Node {
        guard let items = node.sequence else { return node.mapping == nil ? Node(.mapping(.init()), mark: node.mark) : node }
        var mapping = Node.Mapping()
        var index: [String: Int] = [:]
        for item in items {
            guard let text = item.text else { continue }
            let key: String
            let value: Node
            if let eq = text.firstIndex(of: "=") {
                key = String(text[..<eq])
                value = .string(String(text[text.index(after: eq)...]), mark: item.mark)
            } else {
                key = text
                value = .null(mark: item.mark)
            }
            if let i = index[key] {
                mapping.entries[i].value = value
            } else {
                index[key] = mapping.count
                mapping.entries.append(.init(key: .string(key, mark: item.mark, style: .plain), value: value))
            }
        }
        return Node(.mapping(mapping), mark: node.mark)
    }

    /// A list of names or a map as a map; list items get `defaults` (or null without defaults).
    static func mapping(_ node: Node, defaults: [(String, MergeRule.YAMLDefault)]?) -> Node {
        guard let items = node.sequence else { return node }
        var pairs: [(String, Node)] = []
        for item in items {
            guard let name = item.text else { continue }
            if let defaults {
                pairs.append((name, .mapping(defaults.map { ($0.0, scalar($0.1, mark: item.mark)) }, mark: item.mark)))
            } else {
                pairs.append((name, .null(mark: item.mark)))
            }
        }
        return .mapping(pairs, mark: node.mark)
    }

    /// `build: "path"` as `{context: path}`.
    static func build(_ node: Node) -> Node {
        guard node.scalar != nil, !node.isNull else { return node }
        return .mapping([("context", node)], mark: node.mark)
    }

    static func scalar(_ value: MergeRule.YAMLDefault, mark: Mark) -> Node {
        switch value {
        case .string(let text): return .string(text, mark: mark)
        case .bool(let flag): return Node(.scalar(.init(flag ? "true" : "false", style: .plain)), mark: mark)
        }
    }
}

/// String-or-list fields (`dns`, `tmpfs`, `env_file`, …) as lists.
enum StringLists {
    static func list(_ node: Node) -> [Node] {
        switch node.content {
        case .sequence(let items): return items
        case .scalar(let scalar): return scalar.isNull ? [] : [node]
        case .mapping(let mapping):
            // extra_hosts in map form: `host: ip` or `host: [ip, ip]`.
            var items: [Node] = []
            for entry in mapping.entries.sorted(by: { $0.name < $1.name }) {
                let values = entry.value.sequence ?? [entry.value]
                for value in values { items.append(.string("\(entry.name)=\(value.text ?? "")", mark: value.mark)) }
            }
            return items
        }
    }
}
