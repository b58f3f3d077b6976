import YAML

extension CanonicalPass {
    /// `build` in long form: a string is the context; the context is made absolute unless it
    /// names a remote; `dockerfile` defaults to `Dockerfile` (base documents only, so an override
    /// does not reset a base's choice when the loader merges).
    mutating func build(_ node: Node, path: String) -> Node {
        var mapping: Node.Mapping
        switch node.content {
        case .scalar:
            guard let context = GoText.string(of: node) else { return node }
            mapping = Node.Mapping([(Node.string("context", mark: node.mark, style: .plain), Node.string(context, mark: node.mark))])
        case .mapping(let existing):
            mapping = existing
        case .sequence:
            return node
        }
        for index in mapping.entries.indices {
            let key = mapping.entries[index].name
            let value = mapping.entries[index].value
            guard !value.isNull else { continue }
            let converted: Node = switch key {
            case "context":
                value.stringScalar.map { Node.string(HostPath.absoluteBuildContext($0, base: options.baseDirectory, home: options.homeDirectory)) } ?? value
            case "args": keyValues(value, flavor: .nullable, path: "\(path).args")
            case "labels", "additional_contexts": keyValues(value, flavor: .strings)
            case "extra_hosts": extraHosts(value, path: "\(path).extra_hosts")
            case "secrets": eachItem(of: value, path: "\(path).secrets") { pass, item, path in pass.fileReference(item, secret: false, path: path) }
            case "shm_size": size(value, path: "\(path).shm_size")
            case "ssh": sshKeys(value)
            case "provenance", "sbom": GoText.string(of: value).map { Node.string($0) } ?? value
            case "cache_from", "cache_to", "tags", "platforms", "entitlements": value
            default: value
            }
            mapping.entries[index].value = converted.replacing(value)
        }
        if let contexts = mapping["additional_contexts"], var entries = contexts.mapping {
            for index in entries.entries.indices {
                guard let text = entries.entries[index].value.stringScalar else { continue }
                let absolute = HostPath.absoluteBuildContext(text, base: options.baseDirectory, home: options.homeDirectory)
                entries.entries[index].value = Node.string(absolute).replacing(entries.entries[index].value)
            }
            mapping["additional_contexts"] = Node(.mapping(entries), mark: contexts.mark, tag: contexts.tag)
        }
        if !options.isOverride {
            if mapping["context"] == nil {
                mapping["context"] = Node.string(HostPath.absolute(".", base: options.baseDirectory, home: options.homeDirectory), mark: node.mark)
            }
            if mapping["dockerfile"] == nil, mapping["dockerfile_inline"] == nil {
                mapping["dockerfile"] = Node.string("Dockerfile", mark: node.mark)
            }
        }
        return Node(.mapping(mapping), mark: node.mark, tag: node.tag)
    }

    /// `build.ssh` list (`default`, `id=path`) → mapping with unix-absolute paths.
    private mutating func sshKeys(_ node: Node) -> Node {
        var mapping: Node.Mapping
        switch node.content {
        case .sequence(let items):
            mapping = Node.Mapping()
            for item in items {
                guard let text = GoText.string(of: item) else { continue }
                let (id, path) = KeyValues.split(text)
                guard path != nil || id == "default" else {
                    self.error("invalid ssh key \"\(text)\"", at: item)
                    continue
                }
                mapping[id] = path.map { Node.string($0, mark: item.mark) } ?? .null(mark: item.mark)
            }
        case .mapping(let existing):
            mapping = existing
        case .scalar:
            return node
        }
        for index in mapping.entries.indices {
            guard let text = mapping.entries[index].value.stringScalar else { continue }
            mapping.entries[index].value = Node.string(mountSource(text)).replacing(mapping.entries[index].value)
        }
        return Node(.mapping(mapping), mark: node.mark, tag: node.tag)
    }
}
