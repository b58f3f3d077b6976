/// A swarm service as `GET /services` lists it: what telling services apart and updating them needs
/// (the spec itself stays on the manager; callers send whole specs).
package struct SwarmServiceSummary: Codable, Sendable, Hashable {
    package var id: String
    package var version: SwarmVersion
    package var spec: Spec
    package var createdAt: String?
    package var updatedAt: String?

    enum CodingKeys: String, CodingKey {
        case id = "ID", version = "Version", spec = "Spec", createdAt = "CreatedAt", updatedAt = "UpdatedAt"
    }

    /// The spec's name and labels.
    package struct Spec: Codable, Sendable, Hashable {
        package var name: String
        package var labels: [String: String]?

        enum CodingKeys: String, CodingKey { case name = "Name", labels = "Labels" }
    }
}
