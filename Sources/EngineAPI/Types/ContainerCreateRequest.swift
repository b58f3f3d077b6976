/// The body of `POST /containers/create`: container config plus `HostConfig` and `NetworkingConfig`.
/// Every field is optional except the image; unset fields are left out of the JSON.
package struct ContainerCreateRequest: Codable, Sendable, Hashable {
    package var image: String
    /// `KEY=value` entries; an entry without `=` removes the variable.
    package var env: [String]?
    package var cmd: [String]?
    /// `[""]` resets the image's entrypoint.
    package var entrypoint: [String]?
    package var labels: [String: String]?
    /// Keys like `80/tcp`.
    package var exposedPorts: [String: EmptyObject]?
    package var healthcheck: HealthConfig?
    package var user: String?
    package var workingDir: String?
    package var hostname: String?
    package var domainname: String?
    package var tty: Bool?
    package var openStdin: Bool?
    /// Close stdin after the first attached client detaches (`run`'s attached stdin); also keeps the output
    /// streams open when that client's stdin ends.
    package var stdinOnce: Bool?
    package var attachStdin: Bool?
    package var stopSignal: String?
    /// Seconds to wait after the stop signal before killing.
    package var stopTimeout: Int?
    /// The container-wide MAC address; API 1.44 and later take it per endpoint instead.
    package var macAddress: String?
    package var networkDisabled: Bool?
    package var attachStdout: Bool?
    package var attachStderr: Bool?
    package var hostConfig: HostConfig?
    package var networkingConfig: NetworkingConfig?

    /// A request for `image` with nothing else set.
    package init(image: String) {
        self.image = image
    }

    enum CodingKeys: String, CodingKey {
        case image = "Image", env = "Env", cmd = "Cmd", entrypoint = "Entrypoint", labels = "Labels"
        case exposedPorts = "ExposedPorts", healthcheck = "Healthcheck", user = "User", workingDir = "WorkingDir"
        case hostname = "Hostname", domainname = "Domainname", tty = "Tty", openStdin = "OpenStdin"
        case stopSignal = "StopSignal", stopTimeout = "StopTimeout", hostConfig = "HostConfig"
        case networkingConfig = "NetworkingConfig", macAddress = "MacAddress", networkDisabled = "NetworkDisabled"
        case attachStdout = "AttachStdout", attachStderr = "AttachStderr"
        case stdinOnce = "StdinOnce", attachStdin = "AttachStdin"
    }
}

/// The answer of `POST /containers/create`.
package struct ContainerCreateResponse: Codable, Sendable, Hashable {
    package var id: String
    package var warnings: [String]?

    enum CodingKeys: String, CodingKey {
        case id = "Id", warnings = "Warnings"
    }
}

/// The networks a container joins at create; more than one key needs API 1.44.
package struct NetworkingConfig: Codable, Sendable, Hashable {
    package var endpointsConfig: [String: EndpointSettings]

    /// Creates the config from network name → endpoint settings.
    package init(endpointsConfig: [String: EndpointSettings]) {
        self.endpointsConfig = endpointsConfig
    }

    enum CodingKeys: String, CodingKey {
        case endpointsConfig = "EndpointsConfig"
    }
}

/// A container's endpoint on one network: what to ask for at create/connect, and what inspect reports.
package struct EndpointSettings: Codable, Sendable, Hashable {
    package var aliases: [String]?
    package var ipamConfig: IPAMConfig?
    package var links: [String]?
    package var driverOpts: [String: String]?
    package var macAddress: String?
    package var networkID: String?
    package var endpointID: String?
    package var gateway: String?
    /// Assigned at start; empty before.
    package var ipAddress: String?
    package var ipPrefixLen: Int?
    package var globalIPv6Address: String?
    /// API 1.44 and later.
    package var dnsNames: [String]?
    /// API 1.48 and later: the endpoint with the highest value provides the default gateway.
    package var gwPriority: Int?

    /// Settings with nothing set.
    package init(aliases: [String]? = nil, ipamConfig: IPAMConfig? = nil, links: [String]? = nil) {
        self.aliases = aliases
        self.ipamConfig = ipamConfig
        self.links = links
    }

    enum CodingKeys: String, CodingKey {
        case aliases = "Aliases", ipamConfig = "IPAMConfig", links = "Links", driverOpts = "DriverOpts"
        case macAddress = "MacAddress", networkID = "NetworkID", endpointID = "EndpointID", gateway = "Gateway"
        case ipAddress = "IPAddress", ipPrefixLen = "IPPrefixLen", globalIPv6Address = "GlobalIPv6Address"
        case dnsNames = "DNSNames", gwPriority = "GwPriority"
    }

    /// Static addresses requested for an endpoint.
    package struct IPAMConfig: Codable, Sendable, Hashable {
        package var ipv4Address: String?
        package var ipv6Address: String?
        package var linkLocalIPs: [String]?

        /// Creates the request; unset addresses are not sent.
        package init(ipv4Address: String? = nil, ipv6Address: String? = nil, linkLocalIPs: [String]? = nil) {
            self.ipv4Address = ipv4Address
            self.ipv6Address = ipv6Address
            self.linkLocalIPs = linkLocalIPs
        }

        enum CodingKeys: String, CodingKey {
            case ipv4Address = "IPv4Address", ipv6Address = "IPv6Address", linkLocalIPs = "LinkLocalIPs"
        }
    }
}
