import YAML

extension CanonicalPass {
    static let durationFields: Set<String> = ["stop_grace_period"]
    static let sizeFields: Set<String> = ["mem_limit", "mem_reservation", "memswap_limit", "mem_swappiness", "shm_size"]
    static let stringOrListFields: Set<String> = ["dns", "dns_search", "tmpfs", "label_file"]

    /// One service in long form. A null service (allowed in overrides) stays null.
    mutating func service(_ node: Node, name: String) -> Node {
        guard var mapping = node.mapping else { return node }
        let path = "services[\(name)]"
        for index in mapping.entries.indices {
            let key = mapping.entries[index].name
            let value = mapping.entries[index].value
            mapping.entries[index].value = serviceField(key, value, path: "\(path).\(key)").replacing(value)
        }
        if let policy = mapping["pull_policy"], policy.stringScalar == "if_not_present" {
            mapping["pull_policy"] = Node.string("missing").replacing(policy)
        }
        var result = node
        result.content = .mapping(mapping)
        return result
    }

    private mutating func serviceField(_ key: String, _ value: Node, path: String) -> Node {
        if value.isNull { return value }
        switch key {
        case "build": return build(value, path: path)
        case "command", "entrypoint": return commandList(value)
        case "configs": return eachItem(of: value, path: path) { pass, item, path in pass.fileReference(item, secret: false, path: path) }
        case "secrets": return eachItem(of: value, path: path) { pass, item, path in pass.fileReference(item, secret: true, path: path) }
        case "depends_on": return dependsOn(value)
        case "deploy": return deploy(value, path: path)
        case "devices": return eachItem(of: value) { pass, item in pass.device(item) }
        case "env_file": return envFiles(value)
        case "environment": return keyValues(value, flavor: .nullable, path: path)
        case "labels", "annotations", "sysctls": return keyValues(value, flavor: .strings)
        case "expose": return eachItem(of: value) { _, item in GoText.string(of: item).map { Node.string($0).replacing(item) } ?? item }
        case "extra_hosts": return extraHosts(value, path: path)
        case "gpus": return gpus(value, path: path)
        case "healthcheck": return healthcheck(value, path: path)
        case "networks":
            return transformFields(of: listToNullMap(value)) { pass, _, entry in pass.optionsToStrings(entry, field: "driver_opts") }
        case "models": return listToNullMap(value)
        case "ports": return ports(value)
        case "volumes": return eachItem(of: value, path: path) { pass, item, path in pass.serviceVolume(item, path: path) }
        case "blkio_config": return blkio(value, path: path)
        case "logging": return optionsToStrings(value, field: "options")
        case "develop": return develop(value)
        case "extends": return value.stringScalar.map { Node.object([("service", .string($0).replacing(value))], mark: value.mark) } ?? value
        case "provider": return providerOptions(value)
        case "post_start", "pre_stop":
            return eachItem(of: value) { pass, hook in pass.hook(hook) }
        case _ where Self.durationFields.contains(key): return duration(value, path: path)
        case _ where Self.sizeFields.contains(key): return size(value, path: path)
        case _ where Self.stringOrListFields.contains(key):
            var list = stringToList(value)
            if key == "dns" {
                list = Node(.sequence((list.sequence ?? []).filter { $0.stringScalar != "" && !$0.isNull }), mark: list.mark, tag: list.tag)
            }
            if key == "label_file" {
                list = eachItem(of: list) { pass, item in pass.absolutePath(item) }
            }
            return list
        default: return value
        }
    }

    /// `string` → `[string]`; lists stay.
    func stringToList(_ node: Node) -> Node {
        guard node.scalar != nil, let text = GoText.string(of: node) else { return node }
        return Node.sequence([Node.string(text, mark: node.mark)], mark: node.mark)
    }

    /// `[a, b]` → `{a: null, b: null}`; mappings stay.
    func listToNullMap(_ node: Node) -> Node {
        guard let items = node.sequence else { return node }
        var mapping = Node.Mapping()
        for item in items {
            guard let name = GoText.string(of: item) else { continue }
            mapping[name] = nil
            mapping.entries.append(.init(key: .string(name, mark: item.mark, style: .plain), value: .null(mark: item.mark)))
        }
        return Node(.mapping(mapping), mark: node.mark)
    }

    /// A list-or-mapping field as a mapping; `path` (compose's decode path) prefixes problems.
    mutating func keyValues(_ node: Node, flavor: KeyValues.Flavor, path: String? = nil) -> Node {
        var issues: [(String, Mark)] = []
        let result = KeyValues.mapping(node, flavor: flavor, issues: &issues)
        for (message, mark) in issues { diagnostics.error(path.map { "'\($0)' \(message)" } ?? message, at: mark) }
        return result
    }

    /// A mapping field whose `field` entry holds string options (`logging.options`, `driver_opts`).
    mutating func optionsToStrings(_ node: Node, field: String) -> Node {
        guard var mapping = node.mapping, let options = mapping[field], options.mapping != nil else { return node }
        mapping[field] = keyValues(options, flavor: .strings).replacing(options)
        return Node(.mapping(mapping), mark: node.mark, tag: node.tag)
    }

    /// `provider.options`: every value becomes a list of strings (compose's `MultiOptions`).
    func providerOptions(_ node: Node) -> Node {
        guard var mapping = node.mapping, let options = mapping["options"], var entries = options.mapping else { return node }
        for index in entries.entries.indices {
            let value = entries.entries[index].value
            let items = value.sequence ?? [value]
            let strings = items.compactMap { item in GoText.string(of: item).map { Node.string($0, mark: item.mark) } }
            entries.entries[index].value = Node.sequence(strings, mark: value.mark).replacing(value)
        }
        mapping["options"] = Node(.mapping(entries), mark: options.mark, tag: options.tag)
        return Node(.mapping(mapping), mark: node.mark, tag: node.tag)
    }

    /// Makes a path string absolute against the base directory (`~` expanded).
    func absolutePath(_ node: Node) -> Node {
        guard let text = node.stringScalar else { return node }
        return Node.string(HostPath.absolute(text, base: options.baseDirectory, home: options.homeDirectory)).replacing(node)
    }
}
