import ComposeModel

extension SwarmConverter {
    /// A service's `Secrets` or `Configs`: `File` (target, else the source's key; uid and gid `0` and mode
    /// `0444` unless set), the object's swarm name and an empty ID the runner fills in, sorted by name.
    /// A `credential_spec.config` adds the config as a runtime reference, as the CLI adds it.
    func fileReferences(of service: Service, secrets: Bool) -> [JSONValue] {
        let kind = secrets ? "Secret" : "Config"
        let objects = secrets ? input.project.secrets : input.project.configs
        var references: [(name: String, body: JSONValue)] = []
        for reference in secrets ? service.secrets : service.configs {
            guard let object = objects[reference.source] else { continue }
            let name = objectName(key: reference.source, name: object.name, external: object.external)
            let file = SwarmJSON.object([
                ("Name", .string(Self.fileName(of: reference, secret: secrets))),
                ("UID", .string(reference.uid ?? "0")), ("GID", .string(reference.gid ?? "0")),
                ("Mode", .int(reference.mode.flatMap { Int($0, radix: 8) } ?? 0o444)),
            ])
            references.append((name, SwarmJSON.object([("File", file), ("\(kind)ID", .string("")), ("\(kind)Name", .string(name))])))
        }
        if !secrets, let key = service.credentialSpec?.config, let object = objects[key] {
            let name = objectName(key: key, name: object.name, external: object.external)
            references.append((name, SwarmJSON.object([
                ("Runtime", .object([])), ("ConfigID", .string("")), ("ConfigName", .string(name)),
            ])))
        }
        return references.enumerated().sorted { ($0.element.name, $0.offset) < ($1.element.name, $1.offset) }.map(\.element.body)
    }

    /// The reference's file name: its target, else its source, as the CLI names it. The loader writes
    /// Compose's default targets (`/run/secrets/<source>`, `/<source>`), which are Swarm's defaults on Linux
    /// and wrong on Windows nodes, so those become the source again.
    static func fileName(of reference: Service.FileReference, secret: Bool) -> String {
        let defaultTarget = secret ? "/run/secrets/\(reference.source)" : "/\(reference.source)"
        guard let target = reference.target, target != defaultTarget else { return reference.source }
        return target
    }

    /// Every top-level secret and config as the body that creates it (`Name`, `Labels`, `Data` in base64, a
    /// secret's `Driver`, `Templating`), as the CLI creates all of them, used or not; external ones listed.
    mutating func addFileObjects(to stack: inout SwarmStack) {
        for (secrets, objects) in [(true, input.project.secrets), (false, input.project.configs)] {
            for key in objects.keys.sorted() {
                guard let object = objects[key] else { continue }
                let name = objectName(key: key, name: object.name, external: object.external)
                if object.external {
                    if secrets { stack.externalSecrets.append(name) } else { stack.externalConfigs.append(name) }
                    continue
                }
                let usesDriver = secrets && object.driver != nil
                let data = usesDriver ? nil : content(of: object, key: key, secrets: secrets)
                if !usesDriver && data == nil { continue }
                let body = SwarmJSON.object([
                    ("Name", .string(name)),
                    ("Labels", stackLabels(object.labels)),
                    ("Data", data.map { .string(SwarmJSON.base64($0)) }),
                    ("Driver", usesDriver ? SwarmJSON.object([
                        ("Name", object.driver.map(JSONValue.string)), ("Options", SwarmJSON.strings(object.driverOpts)),
                    ]) : nil),
                    ("Templating", object.templateDriver.map { SwarmJSON.object([("Name", .string($0))]) }),
                ])
                if secrets {
                    stack.secrets.append(SwarmObject(name: name, body: body))
                } else {
                    stack.configs.append(SwarmObject(name: name, body: body))
                }
            }
        }
    }

    /// The bytes of `content:`, of the `environment:` variable, or of the `file:` the caller read; nil,
    /// reported, when there are none.
    private mutating func content(of object: FileObject, key: String, secrets: Bool) -> [UInt8]? {
        let kind = secrets ? "secret" : "config"
        if let content = object.content { return Array(content.utf8) }
        if let variable = object.environment {
            if let value = input.project.environment[variable] { return Array(value.utf8) }
            findings.report(
                .swarmContent, "\(kind) \(key) is not created: environment variable \(variable) is not set", at: object.mark,
                service: nil)
            return nil
        }
        if let path = object.file {
            if let bytes = input.files[path] { return bytes }
            findings.report(.swarmContent, "\(kind) \(key) is not created: \(path) cannot be read", at: object.mark, service: nil)
            return nil
        }
        findings.report(.swarmContent, "\(kind) \(key) has no file:, environment: or content:", at: object.mark, service: nil)
        return nil
    }
}
