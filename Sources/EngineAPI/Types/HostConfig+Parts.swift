extension HostConfig {
    /// A published port: host address (empty for all) and host port (empty for an ephemeral one).
    package struct PortBinding: Codable, Sendable, Hashable {
        package var hostIP: String?
        package var hostPort: String?

        /// Creates a binding.
        package init(hostIP: String? = nil, hostPort: String? = nil) {
            self.hostIP = hostIP
            self.hostPort = hostPort
        }

        enum CodingKeys: String, CodingKey { case hostIP = "HostIp", hostPort = "HostPort" }
    }

    /// `Name` is `""`, `no`, `always`, `unless-stopped` or `on-failure`.
    package struct RestartPolicy: Codable, Sendable, Hashable {
        package var name: String
        package var maximumRetryCount: Int?

        /// Creates a policy.
        package init(name: String, maximumRetryCount: Int? = nil) {
            self.name = name
            self.maximumRetryCount = maximumRetryCount
        }

        enum CodingKeys: String, CodingKey { case name = "Name", maximumRetryCount = "MaximumRetryCount" }
    }

    /// A resource limit such as `nofile`.
    package struct Ulimit: Codable, Sendable, Hashable {
        package var name: String
        package var soft: Int64
        package var hard: Int64

        /// Creates a limit.
        package init(name: String, soft: Int64, hard: Int64) {
            self.name = name
            self.soft = soft
            self.hard = hard
        }

        enum CodingKeys: String, CodingKey { case name = "Name", soft = "Soft", hard = "Hard" }
    }

    /// The log driver and its options.
    package struct LogConfig: Codable, Sendable, Hashable {
        package var type: String
        package var config: [String: String]?

        /// Creates a log config.
        package init(type: String, config: [String: String]? = nil) {
            self.type = type
            self.config = config
        }

        enum CodingKeys: String, CodingKey { case type = "Type", config = "Config" }
    }

    /// A host device made available in the container.
    package struct DeviceMapping: Codable, Sendable, Hashable {
        package var pathOnHost: String
        package var pathInContainer: String?
        package var cgroupPermissions: String?

        /// Creates a mapping.
        package init(pathOnHost: String, pathInContainer: String? = nil, cgroupPermissions: String? = nil) {
            self.pathOnHost = pathOnHost
            self.pathInContainer = pathInContainer
            self.cgroupPermissions = cgroupPermissions
        }

        enum CodingKeys: String, CodingKey {
            case pathOnHost = "PathOnHost", pathInContainer = "PathInContainer", cgroupPermissions = "CgroupPermissions"
        }
    }
}
