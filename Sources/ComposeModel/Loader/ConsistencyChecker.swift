import YAML

/// The checks Compose runs on the merged model outside the JSON schema (compose-semantics §15);
/// each problem becomes an error with the best mark at hand.
struct ConsistencyChecker {
    var diagnostics = Diagnostics()
    private let root: Node.Mapping
    private let services: Node.Mapping
    private let disabled: Set<String>

    init(_ tree: Node, disabled: Set<String>) {
        root = tree.mapping ?? Node.Mapping()
        services = root["services"]?.mapping ?? Node.Mapping()
        self.disabled = disabled
    }

    mutating func run() {
        let names = Set(services.keys)
        let top = root
        let declared = { (section: String) in Set(top[section]?.mapping?.keys ?? []) }
        let networks = declared("networks"), volumes = declared("volumes")
        let secrets = declared("secrets"), configs = declared("configs")
        for entry in services.entries {
            let name = entry.name
            guard let service = entry.value.mapping else { continue }
            if service["image"] == nil, service["build"] == nil, service["provider"] == nil {
                error("service \"\(name)\" has neither an image nor a build context specified: invalid compose project", entry.key.mark, name)
            }
            if let build = service["build"]?.mapping, build["dockerfile"] != nil, build["dockerfile_inline"] != nil,
                build["dockerfile"]?.text != "Dockerfile" {
                error("service \"\(name)\" declares mutualy exclusive dockerfile and dockerfile_inline: invalid compose project", entry.key.mark, name)
            }
            for dependency in service["depends_on"]?.mapping?.entries ?? [] where !names.contains(dependency.name) {
                let required = dependency.value.mapping?["required"]?.scalar?.resolved != .bool(false)
                if required || !disabled.contains(dependency.name) {
                    error("service \"\(name)\" depends on undefined service \"\(dependency.name)\": invalid compose project", dependency.key.mark, name)
                }
            }
            if let mode = service["network_mode"]?.text, mode.hasPrefix("service:") {
                let target = String(mode.dropFirst("service:".count))
                if !names.contains(target) {
                    error("service \"\(target)\" not found for network_mode 'service:\(target)'", service["network_mode"]?.mark, name)
                }
            }
            if service["network_mode"] != nil, let nets = service["networks"]?.mapping, !nets.isEmpty {
                error("service \(name) declares mutually exclusive `network_mode` and `networks`: invalid compose project", service["network_mode"]?.mark, name)
            }
            for network in service["networks"]?.mapping?.entries ?? [] where network.name != "default" && !networks.contains(network.name) {
                error("service \"\(name)\" refers to undefined network \(network.name): invalid compose project", network.key.mark, name)
            }
            for volume in service["volumes"]?.sequence ?? [] {
                guard let mount = volume.mapping, mount["type"]?.text == "volume", let source = mount["source"]?.text,
                    !source.isEmpty, !volumes.contains(source) else { continue }
                error("service \"\(name)\" refers to undefined volume \(source): invalid compose project", volume.mark, name)
            }
            checkReferences(service["secrets"], declared: secrets, kind: "secret", service: name)
            checkReferences(service["configs"], declared: configs, kind: "config", service: name)
            checkReplicas(service, name: name, mark: entry.key.mark)
            checkMounts(service, name: name)
        }
        for secret in root["secrets"]?.mapping?.entries ?? [] {
            guard let spec = secret.value.mapping else { continue }
            let external = spec["external"]?.scalar?.resolved == .bool(true)
            if !external, spec["file"] == nil, spec["environment"] == nil, spec["content"] == nil {
                error("secret \"\(secret.name)\" must declare either `file` or `environment`: invalid compose project", secret.key.mark, nil)
            }
        }
        DependencyCycles.check(services, into: &diagnostics)
    }

    private mutating func checkReferences(_ node: Node?, declared: Set<String>, kind: String, service: String) {
        for item in node?.sequence ?? [] {
            let source = item.mapping?["source"]?.text ?? item.text ?? ""
            if !declared.contains(source) {
                error("service \"\(service)\" refers to undefined \(kind) \(source): invalid compose project", item.mark, service)
            }
        }
    }

    private mutating func checkReplicas(_ service: Node.Mapping, name: String, mark: Mark) {
        let scale = service["scale"]?.scalar?.resolved
        let replicas = service["deploy"]?.mapping?["replicas"]?.scalar?.resolved
        if let scale, let replicas, scale != replicas {
            error("services.\(name): can't set distinct values on 'scale' and 'deploy.replicas': invalid compose project", mark, name)
        }
        if case .int(let count)? = scale ?? replicas {
            if count < 0 { error("services.\(name): scale must be a positive integer: invalid compose project", mark, name) }
            if count > 1, service["container_name"] != nil {
                error("services.\(name): can't set container_name and \(name) as container name must be unique: invalid compose project", mark, name)
            }
        }
    }

    private mutating func checkMounts(_ service: Node.Mapping, name: String) {
        var targets: [String: String] = [:]
        for (i, tmpfs) in (service["tmpfs"]?.sequence ?? []).enumerated() {
            guard let text = tmpfs.text else { continue }
            targets[String(text.split(separator: ":").first ?? "")] = "services.\(name).tmpfs[\(i)]"
        }
        for volume in service["volumes"]?.sequence ?? [] {
            guard let target = volume.mapping?["target"]?.text, let previous = targets[target] else { continue }
            error("target \(target) already mounted as \(previous)", volume.mark, name)
        }
    }

    private mutating func error(_ message: String, _ mark: Mark?, _ service: String?) {
        diagnostics.error(message, at: mark ?? .none, service: service)
    }
}
