/// The body of `POST /volumes/create`.
package struct VolumeCreateRequest: Codable, Sendable, Hashable {
    package var name: String
    package var driver: String?
    package var driverOpts: [String: String]?
    package var labels: [String: String]?

    /// Creates a request; unset fields are not sent.
    package init(name: String, driver: String? = nil, driverOpts: [String: String]? = nil, labels: [String: String]? = nil) {
        self.name = name
        self.driver = driver
        self.driverOpts = driverOpts
        self.labels = labels
    }

    enum CodingKeys: String, CodingKey { case name = "Name", driver = "Driver", driverOpts = "DriverOpts", labels = "Labels" }
}

/// A volume as create, inspect and list describe it.
package struct Volume: Codable, Sendable, Hashable {
    package var name: String
    package var driver: String?
    package var mountpoint: String?
    package var labels: [String: String]?
    package var scope: String?
    package var options: [String: String]?
    package var createdAt: String?

    enum CodingKeys: String, CodingKey {
        case name = "Name", driver = "Driver", mountpoint = "Mountpoint", labels = "Labels", scope = "Scope"
        case options = "Options", createdAt = "CreatedAt"
    }
}

/// The answer of `GET /volumes`.
struct VolumeListResponse: Codable, Sendable {
    var volumes: [Volume]?
    var warnings: [String]?

    enum CodingKeys: String, CodingKey { case volumes = "Volumes", warnings = "Warnings" }
}
