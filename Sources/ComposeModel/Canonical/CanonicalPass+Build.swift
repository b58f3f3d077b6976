import YAML

extension CanonicalPass {
    /// `build` in long form: a string is the context; the context is made absolute unless it
    /// names a remote; `dockerfile` defaults to `Dockerfile` (base documents only, so an override
    /// does not reset a base's choice when the loader merges).
    mutating func build(_ node: inout Node, path: () -> String) {
        let mark = node.mark
        switch node.content {
        case .scalar:
            guard let context = GoText.string(of: node) else { return }
            node.content = .mapping(Node.Mapping([(Node.string("context", mark: mark, style: .plain), Node.string(context, mark: mark))]))
        case .mapping:
            break
        case .sequence:
            return
        }
        node.modifyMapping { mapping in
            for index in mapping.entries.indices where !mapping.entries[index].value.isNull {
                let key = mapping.entries[index].name
                buildField(key, &mapping.entries[index].value) { "\(path()).\(key)" }
            }
            if let index = mapping.index(of: "additional_contexts") {
                mapping.entries[index].value.modifyMapping { contexts in
                    for index in contexts.entries.indices {
                        guard let text = contexts.entries[index].value.stringScalar else { continue }
                        contexts.entries[index].value.content = .string(absoluteContext(text))
                    }
                }
            }
            if !options.isOverride {
                mapping.setDefault("context", Node.string(HostPath.absolute(".", base: options.baseDirectory, home: options.homeDirectory), mark: mark))
                if !mapping.hasKey("dockerfile"), !mapping.hasKey("dockerfile_inline") {
                    mapping["dockerfile"] = Node.string("Dockerfile", mark: mark)
                }
            }
        }
    }

    private mutating func buildField(_ key: String, _ value: inout Node, path: () -> String) {
        switch key {
        case "context":
            if let text = value.stringScalar { value.content = .string(absoluteContext(text)) }
        case "args": keyValues(&value, flavor: .nullable, path: path)
        case "labels", "additional_contexts": keyValues(&value, flavor: .strings)
        case "extra_hosts": extraHosts(&value, path: path)
        case "secrets": forEachIndexedItem(of: &value) { pass, item, index in pass.fileReference(&item, secret: false) { "\(path())[\(index)]" } }
        case "shm_size": size(&value, path: path)
        case "ssh": sshKeys(&value)
        case "provenance", "sbom":
            if let text = GoText.string(of: value) { value.content = .string(text) }
        default: break
        }
    }

    private func absoluteContext(_ context: String) -> String {
        HostPath.absoluteBuildContext(context, base: options.baseDirectory, home: options.homeDirectory)
    }

    /// `build.ssh` list (`default`, `id=path`) → mapping with unix-absolute paths.
    private mutating func sshKeys(_ node: inout Node) {
        switch node.content {
        case .sequence(let items):
            var mapping = Node.Mapping()
            for item in items {
                guard let text = GoText.string(of: item) else { continue }
                let (id, path) = KeyValues.split(text)
                guard path != nil || id == "default" else {
                    self.error("invalid ssh key \"\(text)\"", at: item)
                    continue
                }
                mapping[id] = path.map { Node.string($0, mark: item.mark) } ?? .null(mark: item.mark)
            }
            node.content = .mapping(mapping)
        case .mapping:
            break
        case .scalar:
            return
        }
        node.modifyMapping { mapping in
            for index in mapping.entries.indices {
                guard let text = mapping.entries[index].value.stringScalar else { continue }
                mapping.entries[index].value.content = .string(mountSource(text))
            }
        }
    }
}
