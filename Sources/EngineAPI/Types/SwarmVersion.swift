/// The version of a swarm object: `POST /…/{id}/update` must name the one it replaces.
package struct SwarmVersion: Codable, Sendable, Hashable {
    package var index: Int

    /// Creates a version.
    package init(index: Int) {
        self.index = index
    }

    enum CodingKeys: String, CodingKey { case index = "Index" }
}

/// The answer of the swarm create endpoints (`/services/create`, `/secrets/create`, `/configs/create`).
package struct SwarmCreateResponse: Codable, Sendable, Hashable {
    package var id: String
    /// Warnings of `/services/create` (an image the manager could not resolve, …).
    package var warnings: [String]?

    enum CodingKeys: String, CodingKey { case id = "ID", warnings = "Warnings" }
}
