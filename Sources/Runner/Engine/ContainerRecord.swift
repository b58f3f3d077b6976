/// A container as the runner sees it, from a list or an inspect.
package struct ContainerRecord: Sendable, Hashable {
    /// One published port.
    package struct Port: Sendable, Hashable {
        package var target: Int
        package var published: Int?
        package var hostIP: String?
        package var `protocol`: String

        /// Creates a port.
        package init(target: Int, published: Int? = nil, hostIP: String? = nil, protocol: String = "tcp") {
            self.target = target
            self.published = published
            self.hostIP = hostIP
            self.protocol = `protocol`
        }
    }

    package var id: String
    /// Without the leading `/`.
    package var name: String
    package var image: String
    package var labels: [String: String]
    /// `created`, `running`, `exited`, `restarting`, …
    package var state: String
    /// `starting`, `healthy`, `unhealthy`, or nil without a healthcheck.
    package var health: String?
    package var exitCode: Int?
    /// Human status as the daemon words it (`Up 3 seconds`).
    package var status: String
    package var command: String
    /// Unix seconds.
    package var created: Int64
    /// Network name → IPv4 address (empty until the container runs).
    package var addresses: [String: String]
    package var ports: [Port]
    /// What is mounted where, for carrying anonymous volumes over to a replacement.
    package var mounts: [MountedVolume]
    /// `KEY=value` lines of the container's environment (inspect only; a list leaves it empty).
    package var environment: [String]

    /// One mount as the daemon reports it: a volume's name, or a bind's host path, as `source`.
    package struct MountedVolume: Sendable, Hashable {
        package var type: String
        package var source: String
        package var destination: String
        package var readOnly: Bool
        /// The volume driver (`local`), empty for other mounts.
        package var driver: String

        /// Creates a mount.
        package init(type: String, source: String, destination: String, readOnly: Bool = false, driver: String = "") {
            self.type = type
            self.source = source
            self.destination = destination
            self.readOnly = readOnly
            self.driver = driver
        }
    }

    /// Creates a record.
    package init(
        id: String, name: String, image: String = "", labels: [String: String] = [:], state: String = "created",
        health: String? = nil, exitCode: Int? = nil, status: String = "", command: String = "", created: Int64 = 0,
        addresses: [String: String] = [:], ports: [Port] = [], mounts: [MountedVolume] = [], environment: [String] = []
    ) {
        self.environment = environment
        self.id = id
        self.name = name
        self.image = image
        self.labels = labels
        self.state = state
        self.health = health
        self.exitCode = exitCode
        self.status = status
        self.command = command
        self.created = created
        self.addresses = addresses
        self.ports = ports
        self.mounts = mounts
    }

    /// The Compose service this container belongs to.
    package var service: String? { labels[Labels.service] }
    package var isRunning: Bool { state == "running" || state == "restarting" }
    /// The container's replica number (`com.docker.compose.container-number`; 0 when unlabelled).
    package var number: Int { labels[Labels.containerNumber].flatMap { Int($0) } ?? 0 }
    /// What the daemon lists without `all`: running, restarting or paused.
    package var isUp: Bool { isRunning || state == "paused" }

    /// The name Docker Compose shows in output prefixes: `web-1` for the default
    /// `project-web-1`, a custom `container_name` in full.
    package var displayName: String {
        guard let project = labels[Labels.project], let service, let number = labels[Labels.containerNumber],
            name == "\(project)-\(service)-\(number)"
        else { return name }
        return String(name.dropFirst(project.count + 1))
    }
}
