/// A container as `GET /containers/{id}/json` describes it (the fields mixcompose reads).
package struct ContainerInspect: Codable, Sendable, Hashable {
    package var id: String
    /// With a leading `/`.
    package var name: String?
    package var created: String?
    package var image: String?
    /// `linux` or `windows`.
    package var platform: String?
    package var restartCount: Int?
    package var state: ContainerState?
    package var config: ContainerConfig?
    package var hostConfig: HostConfig?
    package var networkSettings: NetworkSettings?
    package var mounts: [MountPoint]?

    enum CodingKeys: String, CodingKey {
        case id = "Id", name = "Name", created = "Created", image = "Image", platform = "Platform"
        case restartCount = "RestartCount", state = "State", config = "Config", hostConfig = "HostConfig"
        case networkSettings = "NetworkSettings", mounts = "Mounts"
    }

    /// The run configuration kept with the container.
    package struct ContainerConfig: Codable, Sendable, Hashable {
        package var image: String?
        package var env: [String]?
        package var cmd: [String]?
        package var entrypoint: [String]?
        package var labels: [String: String]?
        package var tty: Bool?
        package var hostname: String?
        package var workingDir: String?
        package var user: String?
        package var healthcheck: HealthConfig?
        /// Seconds a stop waits before killing; nil for the daemon's default.
        package var stopTimeout: Int?

        enum CodingKeys: String, CodingKey {
            case image = "Image", env = "Env", cmd = "Cmd", entrypoint = "Entrypoint", labels = "Labels", tty = "Tty"
            case hostname = "Hostname", workingDir = "WorkingDir", user = "User", healthcheck = "Healthcheck"
            case stopTimeout = "StopTimeout"
        }
    }

    /// Addresses per network; IPs are empty until the container runs.
    package struct NetworkSettings: Codable, Sendable, Hashable {
        package var networks: [String: EndpointSettings]?
        package var ports: [String: [HostConfig.PortBinding]?]?

        enum CodingKeys: String, CodingKey { case networks = "Networks", ports = "Ports" }
    }

    /// A mount as the running container sees it.
    package struct MountPoint: Codable, Sendable, Hashable {
        package var type: String?
        package var name: String?
        package var source: String?
        package var destination: String?
        package var rw: Bool?
        package var driver: String?

        enum CodingKeys: String, CodingKey {
            case type = "Type", name = "Name", source = "Source", destination = "Destination", rw = "RW", driver = "Driver"
        }
    }
}

/// Run state of a container.
package struct ContainerState: Codable, Sendable, Hashable {
    /// `created`, `running`, `paused`, `restarting`, `removing`, `exited` or `dead`.
    package var status: String?
    package var running: Bool?
    package var paused: Bool?
    package var restarting: Bool?
    package var oomKilled: Bool?
    package var dead: Bool?
    package var pid: Int?
    package var exitCode: Int?
    package var error: String?
    package var startedAt: String?
    package var finishedAt: String?
    package var health: Health?

    enum CodingKeys: String, CodingKey {
        case status = "Status", running = "Running", paused = "Paused", restarting = "Restarting", oomKilled = "OOMKilled"
        case dead = "Dead", pid = "Pid", exitCode = "ExitCode", error = "Error", startedAt = "StartedAt"
        case finishedAt = "FinishedAt", health = "Health"
    }

    /// Healthcheck state: `Status` is `none`, `starting`, `healthy` or `unhealthy`.
    package struct Health: Codable, Sendable, Hashable {
        package var status: String?
        package var failingStreak: Int?

        enum CodingKeys: String, CodingKey { case status = "Status", failingStreak = "FailingStreak" }
    }
}
