/// The body of `POST /networks/create`.
package struct NetworkCreateRequest: Codable, Sendable, Hashable {
    package var name: String
    package var driver: String?
    package var labels: [String: String]?
    package var ipam: IPAM?
    package var `internal`: Bool?
    package var attachable: Bool?
    package var enableIPv6: Bool?
    package var options: [String: String]?
    /// Ask pre-1.44 daemons to refuse a duplicate name (always refused from 1.44).
    package var checkDuplicate: Bool?

    /// A request for network `name` with the daemon's defaults.
    package init(name: String) {
        self.name = name
    }

    enum CodingKeys: String, CodingKey {
        case name = "Name", driver = "Driver", labels = "Labels", ipam = "IPAM", `internal` = "Internal"
        case attachable = "Attachable", enableIPv6 = "EnableIPv6", options = "Options", checkDuplicate = "CheckDuplicate"
    }
}

/// Address management of a network.
package struct IPAM: Codable, Sendable, Hashable {
    package var driver: String?
    package var config: [Pool]?
    package var options: [String: String]?

    /// Creates an IPAM section.
    package init(driver: String? = nil, config: [Pool]? = nil, options: [String: String]? = nil) {
        self.driver = driver
        self.config = config
        self.options = options
    }

    enum CodingKeys: String, CodingKey { case driver = "Driver", config = "Config", options = "Options" }

    /// One address pool.
    package struct Pool: Codable, Sendable, Hashable {
        package var subnet: String?
        package var ipRange: String?
        package var gateway: String?

        /// Creates a pool.
        package init(subnet: String? = nil, ipRange: String? = nil, gateway: String? = nil) {
            self.subnet = subnet
            self.ipRange = ipRange
            self.gateway = gateway
        }

        enum CodingKeys: String, CodingKey { case subnet = "Subnet", ipRange = "IPRange", gateway = "Gateway" }
    }
}

/// The answer of `POST /networks/create`.
package struct NetworkCreateResponse: Codable, Sendable, Hashable {
    package var id: String
    package var warning: String?

    enum CodingKeys: String, CodingKey { case id = "Id", warning = "Warning" }
}

/// A network as inspect and list describe it.
package struct NetworkInspect: Codable, Sendable, Hashable {
    package var name: String
    package var id: String
    package var driver: String?
    package var scope: String?
    package var `internal`: Bool?
    package var attachable: Bool?
    package var enableIPv6: Bool?
    package var ipam: IPAM?
    package var options: [String: String]?
    package var labels: [String: String]?
    /// Container ID → its endpoint (filled by inspect, not by list).
    package var containers: [String: Endpoint]?

    enum CodingKeys: String, CodingKey {
        case name = "Name", id = "Id", driver = "Driver", scope = "Scope", `internal` = "Internal"
        case attachable = "Attachable", enableIPv6 = "EnableIPv6", ipam = "IPAM", options = "Options"
        case labels = "Labels", containers = "Containers"
    }

    /// A container attached to the network; `ipv4Address` is in CIDR form (`a.b.c.d/nn`).
    package struct Endpoint: Codable, Sendable, Hashable {
        package var name: String?
        package var endpointID: String?
        package var macAddress: String?
        package var ipv4Address: String?
        package var ipv6Address: String?

        enum CodingKeys: String, CodingKey {
            case name = "Name", endpointID = "EndpointID", macAddress = "MacAddress"
            case ipv4Address = "IPv4Address", ipv6Address = "IPv6Address"
        }
    }
}

/// The body of `POST /networks/{id}/connect`.
struct NetworkConnectRequest: Codable, Sendable {
    var container: String
    var endpointConfig: EndpointSettings?

    enum CodingKeys: String, CodingKey { case container = "Container", endpointConfig = "EndpointConfig" }
}
