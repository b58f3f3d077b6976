import ComposeModel

/// What `convert --format kubernetes` converts: the loaded project, its plan (each service's OS and
/// peers), the target namespace and the contents of the files its secrets, configs and file bind mounts
/// name, which the caller reads (the conversion does no I/O).
package struct KubernetesInput: Sendable {
    package var project: Project
    package var plan: Plan
    package var namespace: String
    /// File contents by the absolute path the project names; a path missing here was not a readable text file.
    package var files: [String: String]

    package init(project: Project, plan: Plan, namespace: String = "default", files: [String: String] = [:]) {
        self.project = project
        self.plan = plan
        self.namespace = namespace
        self.files = files
    }

    /// The files whose contents the conversion uses: `file:` secrets and configs, and bind-mount sources
    /// (those that are regular files become ConfigMaps). Sorted.
    package static func filesToRead(in project: Project) -> [String] {
        var paths = Set<String>()
        for object in Array(project.secrets.values) + Array(project.configs.values) where !object.external {
            if let file = object.file { paths.insert(file) }
        }
        for service in project.services.values {
            for volume in service.volumes where volume.type == .bind { volume.source.map { _ = paths.insert($0) } }
        }
        return paths.sorted()
    }
}
