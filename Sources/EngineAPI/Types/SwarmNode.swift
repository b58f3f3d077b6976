/// A swarm node as `GET /nodes` lists it (a subset of Docker's `swarm.Node`).
package struct SwarmNode: Codable, Sendable, Hashable {
    package var id: String
    package var spec: Spec?
    package var description: Description?
    package var status: Status?

    enum CodingKeys: String, CodingKey { case id = "ID", spec = "Spec", description = "Description", status = "Status" }

    /// What the node's operator set: its role and labels.
    package struct Spec: Codable, Sendable, Hashable {
        package var role: String?
        package var labels: [String: String]?
        package var availability: String?

        enum CodingKeys: String, CodingKey { case role = "Role", labels = "Labels", availability = "Availability" }
    }

    /// What the node reports of itself.
    package struct Description: Codable, Sendable, Hashable {
        package var hostname: String?
        /// The node's OS and architecture (`node.platform.os` in constraints).
        package var platform: SwarmPlatform?

        enum CodingKeys: String, CodingKey { case hostname = "Hostname", platform = "Platform" }
    }

    /// `ready`, `down`, `unknown` or `disconnected`.
    package struct Status: Codable, Sendable, Hashable {
        package var state: String?
        package var addr: String?

        enum CodingKeys: String, CodingKey { case state = "State", addr = "Addr" }
    }
}
