import YAML

/// A top-level network.
package struct Network: Sendable, Hashable {
    package struct IPAMPool: Sendable, Hashable {
        package var subnet: String?
        package var ipRange: String?
        package var gateway: String?
        package var auxAddresses: [String: String] = [:]
    }

    package var key: String
    package var mark: Mark = .none
    /// The daemon-side name (`<project>_<key>` unless set, the key itself when external).
    package var name: String
    package var driver: String?
    package var driverOpts: [String: String] = [:]
    package var ipamDriver: String?
    package var ipamConfig: [IPAMPool] = []
    package var ipamOptions: [String: String] = [:]
    package var external: Bool = false
    package var `internal`: Bool?
    package var attachable: Bool?
    package var enableIPv4: Bool?
    package var enableIPv6: Bool?
    package var labels: [String: String] = [:]
    package var extensions: [String: Node] = [:]

    package init(key: String, name: String, mark: Mark = .none) {
        self.key = key
        self.name = name
        self.mark = mark
    }
}

/// A top-level named volume.
package struct Volume: Sendable, Hashable {
    package var key: String
    package var mark: Mark = .none
    package var name: String
    package var driver: String?
    package var driverOpts: [String: String] = [:]
    package var external: Bool = false
    package var labels: [String: String] = [:]
    package var extensions: [String: Node] = [:]

    package init(key: String, name: String, mark: Mark = .none) {
        self.key = key
        self.name = name
        self.mark = mark
    }
}

/// A top-level secret or config: content from a file, an environment variable or inline text.
package struct FileObject: Sendable, Hashable {
    package var key: String
    package var mark: Mark = .none
    package var name: String
    package var file: String?
    package var environment: String?
    package var content: String?
    package var external: Bool = false
    package var labels: [String: String] = [:]
    package var driver: String?
    package var driverOpts: [String: String] = [:]
    package var templateDriver: String?
    package var extensions: [String: Node] = [:]

    package init(key: String, name: String, mark: Mark = .none) {
        self.key = key
        self.name = name
        self.mark = mark
    }
}
