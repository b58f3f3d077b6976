/// One entry of `GET /containers/json`.
package struct ContainerSummary: Codable, Sendable, Hashable {
    package var id: String
    /// With leading `/`.
    package var names: [String]?
    package var image: String?
    package var imageID: String?
    package var command: String?
    package var created: Int64?
    /// `created`, `running`, `exited`, …
    package var state: String?
    /// Human text such as `Up 3 minutes`.
    package var status: String?
    package var labels: [String: String]?
    package var ports: [Port]?
    package var networkSettings: ContainerInspect.NetworkSettings?
    package var mounts: [ContainerInspect.MountPoint]?

    enum CodingKeys: String, CodingKey {
        case id = "Id", names = "Names", image = "Image", imageID = "ImageID", command = "Command", created = "Created"
        case state = "State", status = "Status", labels = "Labels", ports = "Ports", networkSettings = "NetworkSettings"
        case mounts = "Mounts"
    }

    /// A port as the list shows it.
    package struct Port: Codable, Sendable, Hashable {
        package var ip: String?
        package var privatePort: Int
        package var publicPort: Int?
        package var type: String?

        enum CodingKeys: String, CodingKey { case ip = "IP", privatePort = "PrivatePort", publicPort = "PublicPort", type = "Type" }
    }
}

/// The answer of `POST /containers/{id}/wait`.
package struct ContainerWaitResponse: Codable, Sendable, Hashable {
    package var statusCode: Int
    package var error: WaitError?

    enum CodingKeys: String, CodingKey { case statusCode = "StatusCode", error = "Error" }

    /// Why waiting failed, when it did.
    package struct WaitError: Codable, Sendable, Hashable {
        package var message: String?

        enum CodingKeys: String, CodingKey { case message = "Message" }
    }
}
