import YAML

extension Service {
    /// One published or exposed port in long form (`ports:`).
    package struct Port: Sendable, Hashable {
        package var mark: Mark = .none
        package var name: String?
        package var target: Int
        /// Host port or range as a string (`"8080"`, `"7000-7005"`); nil when not published.
        package var published: String?
        package var hostIP: String?
        package var `protocol`: String
        package var mode: String
        package var appProtocol: String?

        package init(target: Int, published: String? = nil, hostIP: String? = nil, protocol: String = "tcp",
                     mode: String = "ingress", mark: Mark = .none) {
            self.target = target
            self.published = published
            self.hostIP = hostIP
            self.protocol = `protocol`
            self.mode = mode
            self.mark = mark
        }

        /// True when `published` names a range of host ports (`7000-7005`).
        package var publishesRange: Bool { published?.contains("-") ?? false }
    }

    /// A service's attachment to a network (`networks: {name: {...}}`).
    package struct ServiceNetwork: Sendable, Hashable {
        package var aliases: [String] = []
        package var ipv4Address: String?
        package var ipv6Address: String?
        package var linkLocalIPs: [String] = []
        package var macAddress: String?
        package var driverOpts: [String: String] = [:]
        package var priority: Int?
        package var gwPriority: Int?
        package var interfaceName: String?

        package init() {}
    }
}
