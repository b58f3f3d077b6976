/// An OS and architecture as Swarm spells them: a node's platform, or one a service's tasks are placed on
/// (either field may be absent).
package struct SwarmPlatform: Codable, Sendable, Hashable {
    package var architecture: String?
    package var os: String?

    enum CodingKeys: String, CodingKey { case architecture = "Architecture", os = "OS" }
}
