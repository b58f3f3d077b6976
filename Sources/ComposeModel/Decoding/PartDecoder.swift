import YAML

/// Decoders for the structured parts of a service.
enum PartDecoder {
    static func build(_ node: Node) -> Service.Build? {
        guard let map = node.mapping else { return nil }
        let s = Fields(map)
        var build = Service.Build()
        build.mark = node.mark
        build.context = s.string("context")
        build.dockerfile = s.string("dockerfile")
        build.dockerfileInline = s.string("dockerfile_inline")
        build.args = map["args"]?.optionalStringMap ?? [:]
        build.ssh = s.list("ssh")
        build.labels = map["labels"]?.stringMap ?? [:]
        build.cacheFrom = s.list("cache_from")
        build.cacheTo = s.list("cache_to")
        build.noCache = map["no_cache"]?.boolValue
        build.additionalContexts = map["additional_contexts"]?.stringMap ?? [:]
        build.network = s.string("network")
        build.pull = map["pull"]?.boolValue
        build.target = s.string("target")
        build.shmSize = map["shm_size"]?.int64Value
        build.extraHosts = s.list("extra_hosts")
        build.isolation = s.string("isolation")
        build.privileged = map["privileged"]?.boolValue
        build.secrets = (map["secrets"]?.sequence ?? []).compactMap(fileReference)
        build.tags = s.list("tags")
        build.ulimits = ulimits(map["ulimits"])
        build.platforms = s.list("platforms")
        build.entitlements = s.list("entitlements")
        return build
    }

    static func envFile(_ node: Node) -> Service.EnvFile? {
        if let path = node.stringValue { return Service.EnvFile(path: path, mark: node.mark) }
        guard let map = node.mapping, let path = map["path"]?.stringValue else { return nil }
        return Service.EnvFile(
            path: path, required: map["required"]?.boolValue ?? true, format: map["format"]?.stringValue, mark: node.mark)
    }

    static func provider(_ node: Node) -> Service.Provider? {
        guard let map = node.mapping, let type = map["type"]?.stringValue else { return nil }
        var options: [String: [String]] = [:]
        for entry in map["options"]?.mapping ?? Node.Mapping() { options[entry.name] = entry.value.stringList }
        return Service.Provider(type: type, options: options)
    }

    static func models(_ node: Node?) -> [String: Service.ServiceModel] {
        guard let node else { return [:] }
        if let list = node.sequence {
            return Dictionary(list.compactMap(\.stringValue).map { ($0, Service.ServiceModel()) }, uniquingKeysWith: { a, _ in a })
        }
        var result: [String: Service.ServiceModel] = [:]
        for entry in node.mapping ?? Node.Mapping() {
            let map = entry.value.mapping
            result[entry.name] = Service.ServiceModel(
                endpointVariable: map?["endpoint_var"]?.stringValue, modelVariable: map?["model_var"]?.stringValue)
        }
        return result
    }

    static func dependsOn(_ node: Node?) -> [String: Service.Dependency] {
        guard let node else { return [:] }
        if let list = node.sequence {
            var result: [String: Service.Dependency] = [:]
            for item in list { if let name = item.stringValue { result[name] = Service.Dependency(mark: item.mark) } }
            return result
        }
        var result: [String: Service.Dependency] = [:]
        for entry in node.mapping ?? Node.Mapping() {
            let map = entry.value.mapping
            let condition = map?["condition"]?.stringValue.flatMap(Service.Dependency.Condition.init(rawValue:)) ?? .started
            result[entry.name] = Service.Dependency(
                condition: condition, required: map?["required"]?.boolValue ?? true,
                restart: map?["restart"]?.boolValue ?? false, mark: entry.key.mark)
        }
        return result
    }

    static func healthcheck(_ node: Node) -> Service.Healthcheck? {
        guard let map = node.mapping else { return nil }
        var check = Service.Healthcheck()
        check.mark = node.mark
        if let test = map["test"] {
            check.test = test.sequence != nil ? test.stringList : test.stringValue.map { ["CMD-SHELL", $0] }
        }
        check.interval = map["interval"]?.stringValue
        check.timeout = map["timeout"]?.stringValue
        check.startPeriod = map["start_period"]?.stringValue
        check.startInterval = map["start_interval"]?.stringValue
        check.retries = map["retries"]?.intValue
        check.disable = map["disable"]?.boolValue
        return check
    }

    static func hook(_ node: Node) -> Service.Hook? {
        guard let map = node.mapping else { return nil }
        return Service.Hook(
            command: map["command"]?.stringList ?? [], user: map["user"]?.stringValue,
            privileged: map["privileged"]?.boolValue, workingDir: map["working_dir"]?.stringValue,
            environment: map["environment"]?.optionalStringMap ?? [:])
    }

    static func develop(_ node: Node) -> Service.Develop? {
        guard let map = node.mapping else { return nil }
        let rules = (map["watch"]?.sequence ?? []).compactMap { item -> Service.Develop.Watch? in
            guard let rule = item.mapping, let path = rule["path"]?.stringValue else { return nil }
            return Service.Develop.Watch(
                path: path, action: rule["action"]?.stringValue ?? "", target: rule["target"]?.stringValue,
                ignore: rule["ignore"]?.stringList ?? [], include: rule["include"]?.stringList ?? [],
                initialSync: rule["initial_sync"]?.boolValue, exec: rule["exec"].flatMap(hook))
        }
        return Service.Develop(watch: rules)
    }
}
