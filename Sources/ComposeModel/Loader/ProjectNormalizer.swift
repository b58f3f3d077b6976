import YAML

/// The defaults and implicit values Compose adds to a merged model (compose-go `Normalize` and
/// the shape `config --format json` prints, compose-semantics §14).
struct ProjectNormalizer {
    var name: String
    var projectDirectory: String
    var environment: [String: String]
    var diagnostics = Diagnostics()

    /// Normalises the merged `tree` in place.
    mutating func normalize(_ tree: inout Node) {
        if tree.mapping == nil { tree.content = .mapping(Node.Mapping()) }
        tree.tag = nil
        let nameEntry = Node.Mapping.Entry(key: .string("name", style: .plain), value: .string(name))
        tree.modifyMapping { root in
            root["name"] = nil
            root.entries.insert(nameEntry, at: 0)
        }
        var usesDefault = false
        let env = environment
        let directory = projectDirectory
        ServiceEditor.editServices(in: &tree) { _, service in
            if Self.attachDefaultNetwork(&service) { usesDefault = true }
            Self.normalizeService(&service, environment: env, projectDirectory: directory)
        }
        if usesDefault { tree.modifyMapping(Self.declareDefaultNetwork) }
        for section in ["networks", "volumes", "configs", "secrets"] {
            ServiceEditor.editSection(section, in: &tree) { key, resource in
                nameResource(key, &resource, section: section)
            }
        }
    }

    /// Adds `default` to the top-level networks (creating them as a mapping when needed).
    private static func declareDefaultNetwork(_ root: inout Node.Mapping) {
        guard let i = root.index(of: "networks"), root.entries[i].value.mapping != nil else {
            var networks = Node.Mapping()
            networks["default"] = .null()
            root["networks"] = Node(.mapping(networks), mark: root["networks"]?.mark ?? .none)
            return
        }
        root.entries[i].value.tag = nil
        root.entries[i].value.modifyMapping { networks in
            if networks["default"] == nil { networks["default"] = .null() }
        }
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

    /// Fills a service's defaults. The fields it edits are located in one pass over the service
    /// (only appends follow, so the positions stay valid) instead of a lookup each.
    static func normalizeService(_ service: inout Node.Mapping, environment: [String: String], projectDirectory: String) {
        let at = Positions(service)
        if let i = at.pullPolicy, service.entries[i].value.text == "if_not_present" {
            service.entries[i].value = .string("missing")
        }
        if let b = at.build, var build = service.entries[b].value.mapping {
            if build["context"] == nil || build["context"]?.isNull == true { build["context"] = .string(projectDirectory) }
            if build["dockerfile"] == nil, build["dockerfile_inline"] == nil { build["dockerfile"] = .string("Dockerfile") }
            if let ssh = build["ssh"]?.mapping {
                // Compose prints SSH keys as `id` or `id=path` strings.
                let keys = ssh.entries.map { entry in
                    Node.string(entry.value.isNull ? entry.name : "\(entry.name)=\(entry.value.text ?? "")", mark: entry.key.mark)
                }
                build["ssh"] = .sequence(keys, mark: build["ssh"]?.mark ?? .none)
            }
            if let i = build.index(of: "args") {
                EnvironmentResolver.resolve(&build.entries[i].value, environment: environment, keepUnset: false)
            }
            service.entries[b].value = Node(.mapping(build), mark: service.entries[b].value.mark)
        }
        if let i = at.environment {
            EnvironmentResolver.resolve(&service.entries[i].value, environment: environment, keepUnset: true)
        }
        ImplicitDependencies.add(to: &service)
        JSONShapes.apply(to: &service)
        // Go prints these two even when unset; an absent key is appended as `null`.
        if at.command == nil { service.entries.append(.init(key: .string("command", style: .plain), value: .null())) }
        if at.entrypoint == nil { service.entries.append(.init(key: .string("entrypoint", style: .plain), value: .null())) }
        if let d = at.develop, var develop = service.entries[d].value.mapping, var watch = develop["watch"]?.sequence {
            // A watch rule's `exec` hook is a struct, so Go always prints it.
            for i in watch.indices where watch[i].mapping != nil && watch[i].mapping?["exec"] == nil {
                var rule = watch[i].mapping ?? Node.Mapping()
                rule["exec"] = .mapping([("command", .null())])
                watch[i].content = .mapping(rule)
            }
            develop["watch"] = Node(.sequence(watch), mark: develop["watch"]?.mark ?? .none)
            service.entries[d].value = Node(.mapping(develop), mark: service.entries[d].value.mark)
        }
        if let d = at.deploy, var deploy = service.entries[d].value.mapping {
            if deploy["resources"] == nil { deploy["resources"] = .mapping([]) }
            if deploy["placement"] == nil { deploy["placement"] = .mapping([]) }
            service.entries[d].value = Node(.mapping(deploy), mark: service.entries[d].value.mark)
        }
    }

    /// Where `normalizeService`'s fields are in a service (the first definition of each).
    private struct Positions {
        var pullPolicy, build, environment, command, entrypoint, develop, deploy: Int?

        init(_ service: Node.Mapping) {
            func first(_ slot: inout Int?, _ i: Int) { if slot == nil { slot = i } }
            for i in service.entries.indices {
                guard case .scalar(let key) = service.entries[i].key.content else { continue }
                switch key.text.utf8.count {
                case 11 where key.text == "pull_policy": first(&pullPolicy, i)
                case 11 where key.text == "environment": first(&environment, i)
                case 5 where key.text == "build": first(&build, i)
                case 7 where key.text == "command": first(&command, i)
                case 10 where key.text == "entrypoint": first(&entrypoint, i)
                case 7 where key.text == "develop": first(&develop, i)
                case 6 where key.text == "deploy": first(&deploy, i)
                default: continue
                }
            }
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
