import YAML

/// The defaults and implicit values Compose adds to a merged model (compose-go `Normalize` and
/// the shape `config --format json` prints, compose-semantics §14).
struct ProjectNormalizer {
    var name: String
    var projectDirectory: String
    var environment: [String: String]
    var diagnostics = Diagnostics()

    mutating func normalize(_ tree: Node) -> Node {
        var root = tree.mapping ?? Node.Mapping()
        root["name"] = nil
        root.entries.insert(.init(key: .string("name", style: .plain), value: .string(name)), at: 0)
        var usesDefault = false
        let env = environment
        let directory = projectDirectory
        var result = ServiceEditor.editServices(Node(.mapping(root), mark: tree.mark)) { _, service in
            if Self.attachDefaultNetwork(&service) { usesDefault = true }
            Self.normalizeService(&service, environment: env, projectDirectory: directory)
        }
        if usesDefault {
            var networks = result.mapping?["networks"]?.mapping ?? Node.Mapping()
            if networks["default"] == nil { networks["default"] = .null() }
            var root = result.mapping ?? Node.Mapping()
            root["networks"] = Node(.mapping(networks), mark: root["networks"]?.mark ?? .none)
            result.content = .mapping(root)
        }
        for section in ["networks", "volumes", "configs", "secrets"] {
            result = ServiceEditor.editSection(section, of: result) { key, resource in
                nameResource(key, &resource, section: section)
            }
        }
        return result
    }

    /// Gives a service without `network_mode` or `provider` the `default` network when it has
    /// none; true when the service is on `default`.
    static func attachDefaultNetwork(_ service: inout Node.Mapping) -> Bool {
        if service["provider"] != nil || service["network_mode"] != nil { return false }
        guard let networks = service["networks"]?.mapping, !networks.isEmpty else {
            service["networks"] = .mapping([("default", .null())])
            return true
        }
        return networks["default"] != nil
    }

    static func normalizeService(_ service: inout Node.Mapping, environment: [String: String], projectDirectory: String) {
        if service["pull_policy"]?.text == "if_not_present" { service["pull_policy"] = .string("missing") }
        if var build = service["build"]?.mapping {
            if build["context"] == nil || build["context"]?.isNull == true { build["context"] = .string(projectDirectory) }
            if build["dockerfile"] == nil, build["dockerfile_inline"] == nil { build["dockerfile"] = .string("Dockerfile") }
            if let ssh = build["ssh"]?.mapping {
                // Compose prints SSH keys as `id` or `id=path` strings.
                let keys = ssh.entries.map { entry in
                    Node.string(entry.value.isNull ? entry.name : "\(entry.name)=\(entry.value.text ?? "")", mark: entry.key.mark)
                }
                build["ssh"] = .sequence(keys, mark: build["ssh"]?.mark ?? .none)
            }
            if let args = build["args"]?.mapping {
                build["args"] = Node(.mapping(EnvironmentResolver.resolve(args, environment: environment, keepUnset: false)), mark: build["args"]?.mark ?? .none)
            }
            service["build"] = Node(.mapping(build), mark: service["build"]?.mark ?? .none)
        }
        if let env = service["environment"]?.mapping {
            service["environment"] = Node(.mapping(EnvironmentResolver.resolve(env, environment: environment, keepUnset: true)), mark: service["environment"]?.mark ?? .none)
        }
        ImplicitDependencies.add(to: &service)
        JSONShapes.apply(to: &service)
        if service["command"] == nil { service["command"] = .null() }
        if service["entrypoint"] == nil { service["entrypoint"] = .null() }
        if var develop = service["develop"]?.mapping, var watch = develop["watch"]?.sequence {
            // A watch rule's `exec` hook is a struct, so Go always prints it.
            for i in watch.indices where watch[i].mapping != nil && watch[i].mapping?["exec"] == nil {
                var rule = watch[i].mapping ?? Node.Mapping()
                rule["exec"] = .mapping([("command", .null())])
                watch[i].content = .mapping(rule)
            }
            develop["watch"] = Node(.sequence(watch), mark: develop["watch"]?.mark ?? .none)
            service["develop"] = Node(.mapping(develop), mark: service["develop"]?.mark ?? .none)
        }
        if var deploy = service["deploy"]?.mapping {
            if deploy["resources"] == nil { deploy["resources"] = .mapping([]) }
            if deploy["placement"] == nil { deploy["placement"] = .mapping([]) }
            service["deploy"] = Node(.mapping(deploy), mark: service["deploy"]?.mark ?? .none)
        }
    }

    /// Fills `name` (`<project>_<key>`, or the key for external resources) and a network's `ipam`.
    mutating func nameResource(_ key: String, _ resource: inout Node, section: String) {
        var mapping = resource.mapping ?? Node.Mapping()
        if let external = mapping["external"]?.mapping {
            if let externalName = external["name"] {
                diagnostics.warning("\(section).\(key): external.name is deprecated. Please set name and external: true", at: externalName.mark)
                if mapping["name"] == nil { mapping["name"] = externalName }
            }
            mapping["external"] = Node(.scalar(.init("true", style: .plain)), mark: external.isEmpty ? resource.mark : resource.mark)
        }
        if mapping["name"] == nil || mapping["name"]?.isNull == true {
            let isExternal = mapping["external"]?.scalar?.resolved == .bool(true)
            mapping["name"] = .string(isExternal ? key : "\(name)_\(key)")
        }
        if section == "networks", mapping["ipam"] == nil { mapping["ipam"] = .mapping([]) }
        resource = Node(.mapping(mapping), mark: resource.mark)
    }
}
