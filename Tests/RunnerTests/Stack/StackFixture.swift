import Planner

/// Hand-made stacks in the shape `SwarmConverter` produces, so the deployer is tested apart from the conversion.
enum StackFixture {
    static let namespace = "demo"
    static let labels: JSONValue = .object([("com.docker.stack.namespace", .string(namespace))])

    /// A `ServiceSpec` body: replicated once, with the stack and image labels, referencing `secrets` by name.
    static func spec(_ service: String, restart: String = "any", secrets: [String] = [], image: String = "busybox") -> JSONValue {
        let references: [JSONValue] = secrets.map {
            .object([("File", .object([("Name", .string($0))])), ("SecretID", .string("")), ("SecretName", .string("\(namespace)_\($0)"))])
        }
        return .object([
            ("Name", .string("\(namespace)_\(service)")),
            ("Labels", .object([("com.docker.stack.namespace", .string(namespace)), ("com.docker.stack.image", .string(image))])),
            ("TaskTemplate", .object([
                ("ContainerSpec", .object([("Image", .string(image)), ("Secrets", .array(references))])),
                ("RestartPolicy", .object([("Condition", .string(restart))])),
            ])),
            ("Mode", .object([("Replicated", .object([("Replicas", .int(1))]))])),
        ])
    }

    static func object(_ name: String, data: String? = nil, driver: String? = nil) -> SwarmObject {
        var fields: [(String, JSONValue)] = [("Name", .string("\(namespace)_\(name)")), ("Labels", labels)]
        if let data { fields.append(("Data", .string(data))) }
        if let driver { fields.append(("Driver", .string(driver))) }
        return SwarmObject(name: "\(namespace)_\(name)", body: .object(fields))
    }

    /// `db` (wave 0), `cache` (wave 0) and `web` (wave 1, waits for db healthy and cache started, reads the secret).
    static func stack(
        dbRestart: String = "any", secretData: String = "c2VjcmV0", webImage: String = "busybox"
    ) -> SwarmStack {
        SwarmStack(
            namespace: namespace, networks: [object("default", driver: "overlay")], secrets: [object("token", data: secretData)],
            configs: [object("settings", data: "a2V5PTE=")],
            services: [
                SwarmService(service: "cache", name: "demo_cache", spec: spec("cache"), wave: 0),
                SwarmService(service: "db", name: "demo_db", spec: spec("db", restart: dbRestart), wave: 0),
                SwarmService(
                    service: "web", name: "demo_web", spec: spec("web", secrets: ["token"], image: webImage), wave: 1,
                    dependencies: [SwarmDependency(service: "cache", condition: .started), SwarmDependency(service: "db", condition: .healthy)]),
            ])
    }
}
