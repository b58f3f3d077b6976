/// One object of the `GET /events` stream.
package struct EventMessage: Codable, Sendable, Hashable {
    /// `container`, `network`, `volume`, `image`, …
    package var type: String?
    /// `create`, `start`, `die`, `destroy`, `health_status: healthy`, …
    package var action: String?
    package var actor: Actor?
    package var scope: String?
    /// Unix seconds.
    package var time: Int64?
    package var timeNano: Int64?

    enum CodingKeys: String, CodingKey {
        case type = "Type", action = "Action", actor = "Actor", scope, time, timeNano
    }

    /// The object an event is about; container attributes include all its labels, `image` and `name`.
    package struct Actor: Codable, Sendable, Hashable {
        package var id: String?
        package var attributes: [String: String]?

        enum CodingKeys: String, CodingKey { case id = "ID", attributes = "Attributes" }
    }
}
