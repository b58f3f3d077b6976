import YAML

/// A loaded, merged and normalised Compose project: what `docker compose config` prints, typed.
package struct Project: Sendable {
    package var name: String
    /// The project directory; relative paths in the files were resolved against it.
    package var workingDirectory: String
    /// The compose files in load order, as the user named them.
    package var composeFiles: [String]
    /// Enabled services by name.
    package var services: [String: Service]
    /// Services switched off by profiles; kept so the planner can say why a name is unknown.
    package var disabledServices: [String: Service]
    package var networks: [String: Network]
    package var volumes: [String: Volume]
    package var secrets: [String: FileObject]
    package var configs: [String: FileObject]
    /// Top-level `x-*` extension fields, mixcompose's own `x-mixcompose` among them.
    package var extensions: [String: Node]
    /// The environment used for interpolation (OS environment plus `.env`).
    package var environment: [String: String]

    package init(
        name: String, workingDirectory: String, composeFiles: [String] = [], services: [String: Service] = [:],
        disabledServices: [String: Service] = [:], networks: [String: Network] = [:], volumes: [String: Volume] = [:],
        secrets: [String: FileObject] = [:], configs: [String: FileObject] = [:], extensions: [String: Node] = [:],
        environment: [String: String] = [:]
    ) {
        self.name = name
        self.workingDirectory = workingDirectory
        self.composeFiles = composeFiles
        self.services = services
        self.disabledServices = disabledServices
        self.networks = networks
        self.volumes = volumes
        self.secrets = secrets
        self.configs = configs
        self.extensions = extensions
        self.environment = environment
    }

    /// Service names in a stable (sorted) order, the order every rendering uses.
    package var serviceNames: [String] { services.keys.sorted() }
}

extension Project {
    /// The image a service runs: its `image:`, else the name Compose gives what it builds, `<project>-<service>`
    /// (compose `api.GetImageNameOrDefault`).
    package func imageName(of service: Service) -> String {
        service.image ?? "\(name)-\(service.name)"
    }
}
