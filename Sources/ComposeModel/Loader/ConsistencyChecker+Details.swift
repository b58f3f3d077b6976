import YAML

extension ConsistencyChecker {
    /// Service-level limits and the `deploy.resources` keys they must agree with.
    private static let limitPairs: [(String, String, String)] = [
        ("cpus", "limits", "cpus"), ("mem_limit", "limits", "memory"), ("mem_reservation", "reservations", "memory"),
        ("pids_limit", "limits", "pids"),
    ]

    /// `scale` against `deploy.replicas`, and the service-level limits against `deploy.resources`.
    mutating func checkLimits(_ name: String, _ service: ServiceFields) {
        let deploy = service.deploy?.mapping
        let scaleNode = service.scale, replicasNode = deploy?["replicas"]
        let scale = scaleNode?.resolved
        let replicas = replicasNode?.resolved
        if let scale, let replicas, scale != replicas {
            error("services.\(name): can't set distinct values on 'scale' and 'deploy.replicas': invalid compose project", scaleNode?.mark, name)
        }
        if case .int(let value)? = scale, value < 0 {
            error("services.\(name).scale: must be greater than or equal to 0", scaleNode?.mark, name)
        }
        if case .int(let value)? = replicas, value < 0 {
            error("services.\(name).deploy.replicas: must be greater than or equal to 0", replicasNode?.mark, name)
        }
        if case .int(let count)? = scale ?? replicas, count > 1, let container = service.containerName,
            !(container.text ?? "").isEmpty {
            let attribute = scale == nil ? "deploy.replicas" : "scale"
            error("services.\(attribute): can't set container_name and \(name) as container name must be unique: invalid compose project", container.mark, name)
        }
        guard let resources = deploy?["resources"]?.mapping else { return }
        for (field, section, key) in Self.limitPairs {
            guard let own = service.limit(field), !Self.isZero(own), let block = resources[section]?.mapping else { continue }
            let other = block[key]
            if other.map({ Self.number($0) != Self.number(own) }) ?? (Self.number(own) != 0) {
                error("services.\(name): can't set distinct values on '\(field)' and 'deploy.resources.\(section).\(key)': invalid compose project", own.mark, name)
            }
        }
    }

    /// `develop.watch` entries need a target unless they rebuild or restart.
    mutating func checkDevelop(_ name: String, _ service: ServiceFields) {
        for watch in service.develop?.mapping?["watch"]?.sequence ?? [] {
            guard let spec = watch.mapping else { continue }
            let action = spec["action"]?.text ?? ""
            if (spec["target"]?.text ?? "").isEmpty, action != "rebuild", action != "restart" {
                error("services.\(name).develop.watch: target is required for non-rebuild actions: invalid compose project", watch.mark, name)
            }
        }
    }

    /// No two mounts (tmpfs entries and volumes) may share a target.
    mutating func checkMounts(_ name: String, _ service: ServiceFields) {
        let tmpfsList = service.tmpfs?.sequence ?? [], volumes = service.volumes?.sequence ?? []
        guard tmpfsList.count + volumes.count > 1 else { return }  // one mount cannot clash
        var mounts = MountTargets(capacity: tmpfsList.count + volumes.count)
        for (i, tmpfs) in tmpfsList.enumerated() {
            guard let text = tmpfs.text else { continue }
            let path = String(text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
            if let previous = mounts.record(path, at: .init(list: "tmpfs", index: i)) {
                error("services.\(name).tmpfs[\(i)]: target \(path) already mounted as \(previous.path(in: name))", tmpfs.mark, name)
            }
        }
        for (i, volume) in volumes.enumerated() {
            guard let targetNode = volume.mapping?["target"], let target = targetNode.text else { continue }
            if let previous = mounts.record(target, at: .init(list: "volumes", index: i)) {
                error("services.\(name).volumes[\(i)]: target \(target) already mounted as \(previous.path(in: name))", targetNode.mark, name)
            }
        }
    }

    /// Top-level resources: external volumes take no driver settings; secrets and configs name
    /// exactly one source.
    mutating func checkResources() {
        for volume in root["volumes"]?.mapping?.entries ?? [] {
            guard let spec = volume.value.mapping, spec["external"]?.resolved == .bool(true) else { continue }
            for entry in spec.entries where !["name", "external"].contains(entry.name) && !entry.name.hasPrefix("x-") {
                error("volumes.\(volume.name): conflicting parameters \"external\" and \"\(entry.name)\" specified", entry.key.mark, nil)
                break
            }
        }
        for (section, keys) in [("configs", ["file", "environment", "content"]), ("secrets", ["file", "environment"])] {
            for resource in root[section]?.mapping?.entries ?? [] {
                guard let spec = resource.value.mapping else { continue }
                let count = keys.filter { spec[$0] != nil }.count
                if count > 1 {
                    error("\(section).\(resource.name): \(keys.joined(separator: "|")) attributes are mutually exclusive", resource.key.mark, nil)
                } else if count == 0, spec["driver"] == nil, spec["external"] == nil {
                    error("\(section).\(resource.name): one of \(keys.joined(separator: "|")) must be set", resource.key.mark, nil)
                }
            }
        }
    }

    /// A service's device requests (`deploy.resources.reservations.devices` and `gpus`) take
    /// `count` or `device_ids`, not both, and a count is a number or `all`.
    mutating func checkDevices(_ name: String, _ service: ServiceFields) {
        let requests = (service.deploy?.mapping?["resources"]?.mapping?["reservations"]?.mapping?["devices"]?.sequence ?? [])
            + (service.gpus?.sequence ?? [])
        for (i, request) in requests.enumerated() {
            guard let count = request.mapping?["count"], case .string(let text)? = count.resolved, text != "all",
                Int64(text) == nil else { continue }
            error("'services[\(name)].deploy.resources.reservations.devices[\(i)].count' invalid value \"\(text)\", the only value allowed is 'all' or a number", count.mark, name)
        }
        for request in requests where request.mapping?["count"] != nil && request.mapping?["device_ids"] != nil {
            error("services.\(name).deploy.resources.reservations.devices.[]: \"count\" and \"device_ids\" attributes are exclusive", request.mark, name)
        }
    }

    /// Non-external secrets need `file` or `environment`.
    mutating func checkSecretsHaveSource() {
        for secret in root["secrets"]?.mapping?.entries ?? [] {
            guard let spec = secret.value.mapping, spec["external"]?.resolved != .bool(true) else { continue }
            if spec["file"] == nil, spec["environment"] == nil {
                error("secret \"\(secret.name)\" must declare either `file` or `environment`: invalid compose project", secret.key.mark, nil)
            }
        }
    }

    static func number(_ node: Node) -> Double? {
        switch node.resolved {
        case .int(let value)?: return Double(value)
        case .uint(let value)?: return Double(value)
        case .float(let value)?: return value
        case .string(let text)?: return Double(text)
        default: return nil
        }
    }

    static func isZero(_ node: Node) -> Bool { number(node) == 0 }
}
