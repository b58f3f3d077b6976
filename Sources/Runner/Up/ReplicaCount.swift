import ComposeModel

/// How many containers `up` runs for a service, as Docker Compose counts them.
enum ReplicaCount {
    /// `--scale`, then `scale`, then `deploy.replicas`, else one.
    static func of(_ service: Service, options: UpOptions) -> Int {
        max(0, options.scale[service.name] ?? service.scale ?? service.deploy?.replicas ?? 1)
    }

    /// Checks that each `--scale` names a service of the project with a count it can have: one at
    /// most when it sets `container_name` (the loader checks the file's own values).
    static func validate(_ scale: [String: Int], project: Project) throws {
        for name in scale.keys.sorted() {
            guard let service = project.services[name], let count = scale[name] else { throw RunnerError.unknownService(name) }
            if count < 0 { throw RunnerError.invalidSetting("--scale \(name)=\(count): the number must be 0 or more") }
            if count > 1, let containerName = service.containerName {
                throw RunnerError.invalidSetting(
                    "service \(name) cannot be scaled to \(count): its container_name \(containerName) must be unique")
            }
        }
    }
}
