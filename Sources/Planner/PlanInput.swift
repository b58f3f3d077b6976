import ComposeModel

/// Everything the planner knows: the loaded project and the facts the caller gathered about daemons
/// and Dockerfiles. The planner itself does no I/O.
package struct PlanInput: Sendable {
    package var project: Project
    /// Where services go that nothing else places (`--default-os`).
    package var defaultOS: DaemonRole
    /// Image reference as written in `image:` → the OS a daemon reported for it (present on only
    /// one daemon, or its inspected `Os`).
    package var imageOS: [String: DaemonRole]
    /// Service name → the image of its Dockerfile's final `FROM`, read by the caller with
    /// `DockerfileInspector.finalFromImage`.
    package var dockerfileFinalFrom: [String: String]
    /// Bind-mount sources the caller found to be files rather than directories (optional; without it
    /// the planner only warns about sources that look like files).
    package var fileBindSources: Set<String>
    /// Service name → what Docker Compose hashes of it for `com.docker.compose.config-hash` (its Go JSON,
    /// `ConfigRenderer.serviceHashInputs` of the tree as `up` loads it); the planner passes it on.
    package var composeHashInputs: [String: String] = [:]

    package init(
        project: Project, defaultOS: DaemonRole = .linux, imageOS: [String: DaemonRole] = [:],
        dockerfileFinalFrom: [String: String] = [:], fileBindSources: Set<String> = []
    ) {
        self.project = project
        self.defaultOS = defaultOS
        self.imageOS = imageOS
        self.dockerfileFinalFrom = dockerfileFinalFrom
        self.fileBindSources = fileBindSources
    }
}
