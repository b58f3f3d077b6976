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

    /// The spec's name, labels and image.
    package struct Spec: Codable, Sendable, Hashable {
        package var name: String
        package var labels: [String: String]?
        package var taskTemplate: TaskTemplate?

        enum CodingKeys: String, CodingKey { case name = "Name", labels = "Labels", taskTemplate = "TaskTemplate" }

        /// The image its tasks run, as the spec holds it (pinned to a digest when a deploy asked the registry).
        package var image: String? { taskTemplate?.containerSpec?.image }
        /// The platforms its tasks are placed on (the pinned image's, when a deploy asked the registry).
        package var platforms: [SwarmPlatform] { taskTemplate?.placement?.platforms ?? [] }
    }

    /// The part of the task template a redeploy reads back: the image and the platforms it was pinned with.
    package struct TaskTemplate: Codable, Sendable, Hashable {
        package var containerSpec: ContainerSpec?
        package var placement: Placement?

        enum CodingKeys: String, CodingKey { case containerSpec = "ContainerSpec", placement = "Placement" }

        package struct ContainerSpec: Codable, Sendable, Hashable {
            package var image: String?

            enum CodingKeys: String, CodingKey { case image = "Image" }
        }

        package struct Placement: Codable, Sendable, Hashable {
            package var platforms: [SwarmPlatform]?

            enum CodingKeys: String, CodingKey { case platforms = "Platforms" }
        }
    }
}
