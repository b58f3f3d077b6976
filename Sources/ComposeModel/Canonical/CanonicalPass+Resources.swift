import YAML

extension CanonicalPass {
    /// A top-level network, volume, secret or config: deprecated `external: {name}` resolved,
    /// labels and driver options as strings, file paths absolute.
    mutating func resource(_ node: inout Node, section: String, name: String) {
        let mark = node.mark
        node.modifyMapping { mapping in
            resolveExternalName(&mapping) { "\(section).\(name)" }
            for index in mapping.entries.indices where !mapping.entries[index].value.isNull {
                switch mapping.entries[index].name {
                case "labels", "driver_opts": keyValues(&mapping.entries[index].value, flavor: .strings)
                case "file" where section == "secrets" || section == "configs":
                    if let text = mapping.entries[index].value.stringScalar { mapping.entries[index].value.content = .string(mountSource(text)) }
                case "ipam": ipam(&mapping.entries[index].value)
                default: break
                }
            }
            if section == "volumes", mapping["driver"]?.stringScalar == "local", let opts = mapping.index(of: "driver_opts") {
                mapping.entries[opts].value.modifyMapping { options in
                    guard options["o"]?.stringScalar == "bind", let device = options.index(of: "device"),
                          let text = options.entries[device].value.stringScalar else { return }
                    options.entries[device].value.content = .string(mountSource(text))
                }
            }
            if section == "networks" { mapping.setDefault("ipam", Node.object([], mark: mark)) }
        }
    }

    /// `external: {name: x}` → `external: true` plus `name: x`, with compose's warning.
    private mutating func resolveExternalName(_ mapping: inout Node.Mapping, path: () -> String) {
        guard let index = mapping.index(of: "external"), case .mapping(let external) = mapping.entries[index].value.content else { return }
        mapping.entries[index].value.content = .scalar(Node.Scalar("true", style: .plain))
        guard let externalName = external["name"] else { return }
        diagnostics.warning("\(path()): external.name is deprecated. Please set name and external: true", at: externalName.mark)
        if let declared = mapping["name"] {
            if !JSONEquality.equal(declared, externalName) {
                self.error("\(path()): name and external.name conflict; only use name", at: declared)
            }
        } else {
            mapping["name"] = externalName
        }
    }

    private mutating func ipam(_ node: inout Node) {
        forEachField(of: &node) { pass, key, value in
            switch key {
            case "options": pass.keyValues(&value, flavor: .strings)
            case "config":
                pass.forEachItem(of: &value) { pass, item in
                    pass.forEachField(of: &item) { pass, key, field in
                        if key == "aux_addresses" { pass.keyValues(&field, flavor: .strings) }
                    }
                }
            default: break
            }
        }
    }

    /// `include` entries: a string is `{path: [absolute]}`; paths, project directory and env
    /// files absolute.
    mutating func include(_ node: inout Node) {
        forEachItem(of: &node) { pass, item in
            if item.scalar != nil, item.stringScalar != nil {
                let path = item
                item.content = .mapping(Node.Mapping([Node.Mapping.Entry(key: .string("path", mark: item.mark, style: .plain), value: path)]))
            }
            pass.forEachField(of: &item) { pass, key, value in
                switch key {
                case "path", "env_file":
                    pass.stringToList(&value)
                    pass.forEachItem(of: &value) { pass, path in pass.absolutePath(&path) }
                case "project_directory": pass.absolutePath(&value)
                default: break
                }
            }
        }
    }
}
