/// A swarm secret or config as `GET /secrets` and `GET /configs` list them: name and labels, and for a
/// config its data (base64); a secret's data never leaves the manager.
package struct SwarmResource: Codable, Sendable, Hashable {
    package var id: String
    package var version: SwarmVersion?
    package var spec: Spec

    enum CodingKeys: String, CodingKey { case id = "ID", version = "Version", spec = "Spec" }

    /// The object's name, labels and (configs only) data.
    package struct Spec: Codable, Sendable, Hashable {
        package var name: String
        package var labels: [String: String]?
        /// Base64, as the manager returns it.
        package var data: String?

        enum CodingKeys: String, CodingKey { case name = "Name", labels = "Labels", data = "Data" }
    }
}

/// The swarm object kinds stored by name with data: `/secrets` and `/configs`.
package enum SwarmResourceKind: String, Sendable, CaseIterable {
    case secret, config

    /// The endpoint's path segment.
    var path: String { "/\(rawValue)s" }
}
