import YAML

extension CanonicalPass {
    /// A top-level network, volume, secret or config: deprecated `external: {name}` resolved,
    /// labels and driver options as strings, file paths absolute.
    mutating func resource(_ node: Node, section: String, name: String) -> Node {
        guard var mapping = node.mapping else { return node }
        let path = "\(section).\(name)"
        if let external = mapping["external"], let externalMapping = external.mapping {
            mapping["external"] = Node.bool(true, mark: external.mark).replacing(external)
            if let externalName = externalMapping["name"] {
                diagnostics.warning("\(path): external.name is deprecated. Please set name and external: true", at: externalName.mark)
                if let declared = mapping["name"] {
                    if !JSONEquality.equal(declared, externalName) {
                        self.error("\(path): name and external.name conflict; only use name", at: declared)
                    }
                } else {
                    mapping["name"] = externalName
                }
            }
        }
        var result = transformFields(of: Node(.mapping(mapping), mark: node.mark, tag: node.tag)) { pass, key, value in
            switch key {
            case "labels": return pass.keyValues(value, flavor: .strings)
            case "driver_opts": return pass.keyValues(value, flavor: .strings)
            case "file" where section == "secrets" || section == "configs":
                return value.stringScalar.map { Node.string(pass.mountSource($0)) } ?? value
            case "ipam": return pass.ipam(value)
            default: return value
            }
        }
        if section == "volumes", var volume = result.mapping, volume["driver"]?.stringScalar == "local",
           let opts = volume["driver_opts"], var optsMapping = opts.mapping,
           optsMapping["o"]?.stringScalar == "bind", let device = optsMapping["device"], let text = device.stringScalar {
            optsMapping["device"] = Node.string(mountSource(text)).replacing(device)
            volume["driver_opts"] = Node(.mapping(optsMapping), mark: opts.mark, tag: opts.tag)
            result.content = .mapping(volume)
        }
        if section == "networks", var network = result.mapping, network["ipam"] == nil {
            network["ipam"] = Node.object([], mark: node.mark)
            result.content = .mapping(network)
        }
        return result
    }

    private mutating func ipam(_ node: Node) -> Node {
        transformFields(of: node) { pass, key, value in
            switch key {
            case "options": return pass.keyValues(value, flavor: .strings)
            case "config":
                return pass.eachItem(of: value) { pass, item in
                    pass.transformFields(of: item) { pass, key, field in key == "aux_addresses" ? pass.keyValues(field, flavor: .strings) : field }
                }
            default: return value
            }
        }
    }

    /// `include` entries: a string is `{path: [absolute]}`; paths, project directory and env
    /// files absolute.
    mutating func include(_ node: Node) -> Node {
        eachItem(of: node) { pass, item in
            var entry = item
            if item.scalar != nil, item.stringScalar != nil {
                entry = Node.object([("path", item)], mark: item.mark).replacing(item)
            }
            return pass.transformFields(of: entry) { pass, key, value in
                switch key {
                case "path", "env_file": return pass.eachItem(of: pass.stringToList(value)) { pass, path in pass.absolutePath(path) }
                case "project_directory": return pass.absolutePath(value)
                default: return value
                }
            }
        }
    }
}
