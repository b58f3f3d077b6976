import YAML

/// The checks Compose runs on the merged model outside the JSON schema (compose-go
/// `checkConsistency` and `validation.Validate`, compose-semantics §15); each problem becomes an
/// error with the best mark at hand.
struct ConsistencyChecker {
    var diagnostics = Diagnostics()
    let root: Node.Mapping
    let services: Node.Mapping
    let disabled: Set<String>
    /// The names each of `sections` declares, in that order.
    let declared: [Set<String>]
    static let sections = ["networks", "volumes", "secrets", "configs", "models"]
    /// Service positions by name: the services mapping is too large for linear lookups.
    let serviceIndex: [String: Int]

    init(_ tree: Node, disabled: Set<String>) {
        root = tree.mapping ?? Node.Mapping()
        services = root["services"]?.mapping ?? Node.Mapping()
        self.disabled = disabled
        var declared: [Set<String>] = []
        for section in Self.sections { declared.append(Set(root[section]?.mapping?.keys ?? [])) }
        self.declared = declared
        var index: [String: Int] = [:]
        index.reserveCapacity(services.count)
        for i in services.entries.indices { index[services.entries[i].name] = i }
        serviceIndex = index
    }

    /// The service named `name`, found in constant time.
    func service(named name: String) -> Node? {
        serviceIndex[name].map { services.entries[$0].value }
    }

    mutating func run() {
        checkResources()
        // One walk over the services runs two groups of checks; the device checks report before
        // every per-service check, as when each group had its own walk.
        // The same walk keeps each service's `depends_on` for the cycle check: every walk over
        // thousands of services costs more in memory traffic than in instructions.
        var serviceErrors = Diagnostics()
        var dependencies = [Node?](repeating: nil, count: services.entries.count)
        for i in services.entries.indices {
            guard case .mapping(let service) = services.entries[i].value.content else { continue }
            let name = services.entries[i].name, fields = ServiceFields(service)
            dependencies[i] = fields.dependsOn
            checkDevices(name, fields)
            swap(&diagnostics, &serviceErrors)
            checkService(name, fields, mark: services.entries[i].key.mark)
            swap(&diagnostics, &serviceErrors)
        }
        diagnostics.append(contentsOf: serviceErrors)
        checkSecretsHaveSource()
        if !diagnostics.hasErrors {
            DependencyCycles.check(services, index: serviceIndex, dependencies: dependencies, into: &diagnostics)
        }
    }

    private mutating func checkService(_ name: String, _ service: ServiceFields, mark: Mark) {
        let invalid = ": invalid compose project"
        if service.image == nil, service.build == nil, service.provider == nil {
            error("service \"\(name)\" has neither an image nor a build context specified\(invalid)", mark, name)
        }
        if let build = service.build?.mapping {
            checkBuild(name, build, platform: service.platform?.text)
        }
        let networks = service.networks?.mapping
        if let mode = service.networkMode, let networks, !networks.isEmpty {
            error("service \(name) declares mutually exclusive `network_mode` and `networks`\(invalid)", mode.mark, name)
        }
        for network in networks?.entries ?? [] where !isDeclared("networks", network.name) {
            error("service \"\(name)\" refers to undefined network \(network.name)\(invalid)", network.key.mark, name)
        }
        if let test = service.healthcheck?.mapping?["test"]?.sequence?.first, let text = test.text,
            text != "CMD", text != "CMD-SHELL", text != "NONE" {
            error("healthcheck.test must start either by \"CMD\", \"CMD-SHELL\" or \"NONE\"", test.mark, name)
        }
        if case .mapping(let dependencies)? = service.dependsOn?.content {
            for i in dependencies.entries.indices where serviceIndex[dependencies.entries[i].name] == nil {
                let dependency = dependencies.entries[i]
                let required = dependency.value.mapping?["required"]?.resolved != .bool(false)
                if required || !disabled.contains(dependency.name) {
                    error("service \"\(name)\" depends on undefined service \"\(dependency.name)\"\(invalid)", dependency.key.mark, name)
                }
            }
        }
        if let mode = service.networkMode, let text = mode.text, text.hasPrefix("service:") {
            let target = String(text.dropFirst("service:".count))
            if serviceIndex[target] == nil { error("service \"\(target)\" not found for network_mode 'service:\(target)'", mode.mark, name) }
        }
        for volume in service.volumes?.sequence ?? [] {
            guard let mount = volume.mapping, mount["type"]?.text == "volume", let source = mount["source"]?.text,
                !source.isEmpty, !isDeclared("volumes", source) else { continue }
            error("service \"\(name)\" refers to undefined volume \(source)\(invalid)", mount["source"]?.mark ?? volume.mark, name)
        }
        checkReferences(service.configs, section: "configs", kind: "config", service: name)
        for model in modelNames(service.models) where !isDeclared("models", model.name) {
            error("service \"\(name)\" refers to undefined model \(model.name)\(invalid)", model.mark, name)
        }
        checkReferences(service.secrets, section: "secrets", kind: "secret", service: name)
        checkLimits(name, service)
        checkDevelop(name, service)
        checkMounts(name, service)
    }

    private mutating func checkBuild(_ name: String, _ build: Node.Mapping, platform: String?) {
        if let inline = build["dockerfile_inline"], !(inline.text ?? "").isEmpty, let file = build["dockerfile"]?.text, !file.isEmpty {
            error("service \"\(name)\" declares mutualy exclusive dockerfile and dockerfile_inline: invalid compose project", inline.mark, name)
        }
        for context in build["additional_contexts"]?.mapping?.entries ?? [] {
            guard let text = context.value.text, text.hasPrefix("service:") else { continue }
            let target = String(text.dropFirst("service:".count))
            guard let other = service(named: target)?.mapping else {
                error("service \"\(name)\" declares unknown service \"\(target)\" as additional contexts \(context.name)", context.key.mark, name)
                continue
            }
            if other["build"] == nil {
                error("service \"\(name)\" declares non-buildable service \"\(target)\" as additional contexts \(context.name)", context.key.mark, name)
            }
        }
        if let list = build["platforms"], let platforms = list.sequence, !platforms.isEmpty, let platform, !platform.isEmpty,
            !platforms.contains(where: { $0.text == platform }) {
            error("service.build.platforms MUST include service.platform \"\(platform)\": invalid compose project", list.mark, name)
        }
        for secret in build["secrets"]?.sequence ?? [] {
            let source = secret.mapping?["source"]?.text ?? secret.text ?? ""
            if !isDeclared("secrets", source) {
                error("service \"\(name)\" refers to undefined build secret \(source): invalid compose project", Self.sourceMark(secret), name)
            }
        }
    }

    /// True when the top-level `section` declares `name`. Asked for every reference of every
    /// service: the section is found by comparing names, cheaper than hashing them.
    func isDeclared(_ section: String, _ name: String) -> Bool {
        guard let i = Self.sections.firstIndex(of: section) else { return false }
        return declared[i].contains(name)
    }

    private func modelNames(_ node: Node?) -> [(name: String, mark: Mark)] {
        if let mapping = node?.mapping { return mapping.entries.map { ($0.name, $0.key.mark) } }
        return (node?.sequence ?? []).compactMap { item in item.text.map { ($0, item.mark) } }
    }

    private mutating func checkReferences(_ node: Node?, section: String, kind: String, service: String) {
        for item in node?.sequence ?? [] {
            let source = item.mapping?["source"]?.text ?? item.text ?? ""
            if !isDeclared(section, source) {
                error("service \"\(service)\" refers to undefined \(kind) \(source): invalid compose project", Self.sourceMark(item), service)
            }
        }
    }

    /// Where a reference names its resource: the long syntax's `source`, else the item itself.
    static func sourceMark(_ item: Node) -> Mark {
        item.mapping?["source"]?.mark ?? item.mark
    }

    mutating func error(_ message: String, _ mark: Mark?, _ service: String?) {
        diagnostics.error(message, at: mark ?? .none, service: service)
    }
}
