import YAML

extension CanonicalPass {
    /// One service in long form. A null service (allowed in overrides) stays null.
    mutating func service(_ node: inout Node, name: String) {
        node.modifyMapping { mapping in
            for index in mapping.entries.indices where !mapping.entries[index].value.isNull {
                let key = mapping.entries[index].name
                serviceField(key, &mapping.entries[index].value, service: name) { "services[\(name)].\(key)" }
            }
            if let index = mapping.index(of: "pull_policy"), mapping.entries[index].value.stringScalar == "if_not_present" {
                mapping.entries[index].value.content = .string("missing")
            }
        }
    }

    // One switch over every field that needs work; any other field is left untouched.
    private mutating func serviceField(_ key: String, _ value: inout Node, service: String, path: () -> String) {
        switch key {
        case "build": build(&value, path: path)
        case "command", "entrypoint": commandList(&value)
        case "configs": forEachIndexedItem(of: &value) { pass, item, index in pass.fileReference(&item, secret: false) { "\(path())[\(index)]" } }
        case "secrets": forEachIndexedItem(of: &value) { pass, item, index in pass.fileReference(&item, secret: true) { "\(path())[\(index)]" } }
        case "depends_on": dependsOn(&value)
        case "deploy": deploy(&value, path: path)
        case "devices": forEachItem(of: &value) { pass, item in pass.device(&item) }
        case "env_file": envFiles(&value)
        case "environment": keyValues(&value, flavor: .nullable, path: path)
        case "labels", "annotations", "sysctls": keyValues(&value, flavor: .strings)
        case "expose":
            forEachItem(of: &value) { _, item in
                if let text = GoText.string(of: item) { item.content = .string(text) }
            }
        case "extra_hosts": extraHosts(&value, path: path)
        case "gpus": gpus(&value, path: path)
        case "healthcheck": healthcheck(&value, path: path)
        case "networks":
            listToNullMap(&value)
            forEachField(of: &value) { pass, _, network in pass.optionsToStrings(&network, field: "driver_opts") }
        case "models": listToNullMap(&value)
        case "ports": ports(&value, service: service)
        case "volumes": forEachIndexedItem(of: &value) { pass, item, index in pass.serviceVolume(&item) { "\(path())[\(index)]" } }
        case "blkio_config": blkio(&value, path: path)
        case "logging": optionsToStrings(&value, field: "options")
        case "develop": develop(&value)
        case "extends":
            guard let text = value.stringScalar else { return }
            var service = value
            service.content = .string(text)
            value.content = .mapping(Node.Mapping([Node.Mapping.Entry(key: .string("service", mark: value.mark, style: .plain), value: service)]))
        case "provider": providerOptions(&value)
        case "post_start", "pre_stop": forEachItem(of: &value) { pass, hook in pass.hook(&hook) }
        case "stop_grace_period": duration(&value, path: path)
        case "mem_limit", "mem_reservation", "memswap_limit", "mem_swappiness", "shm_size": size(&value, path: path)
        case "dns", "dns_search", "tmpfs", "label_file": stringOrList(key, &value)
        default: break
        }
    }

    /// `dns`, `dns_search`, `tmpfs`, `label_file`: a string becomes a list; `dns` drops blank
    /// entries and `label_file` paths are made absolute.
    private mutating func stringOrList(_ key: String, _ value: inout Node) {
        stringToList(&value)
        if key == "dns" {
            // compose decodes anything else as an empty list.
            guard case .sequence = value.content else {
                value.content = .sequence([])
                return
            }
            value.modifySequence { items in items.removeAll { $0.stringScalar == "" || $0.isNull } }
        }
        if key == "label_file" {
            forEachItem(of: &value) { pass, item in pass.absolutePath(&item) }
        }
    }

    /// `string` → `[string]`; lists stay.
    func stringToList(_ node: inout Node) {
        guard node.scalar != nil, let text = GoText.string(of: node) else { return }
        node.content = .sequence([Node.string(text, mark: node.mark)])
    }

    /// `[a, b]` → `{a: null, b: null}`; mappings stay.
    func listToNullMap(_ node: inout Node) {
        guard case .sequence(let items) = node.content else { return }
        var mapping = Node.Mapping()
        mapping.entries.reserveCapacity(items.count)
        for item in items {
            guard let name = GoText.string(of: item) else { continue }
            mapping[name] = nil
            mapping.append(name, .null(mark: item.mark), mark: item.mark)
        }
        node.content = .mapping(mapping)
    }
}
