/// A task of a swarm service as `GET /tasks` lists it (a subset of Docker's `swarm.Task`).
package struct SwarmTask: Codable, Sendable, Hashable {
    package var id: String
    package var serviceID: String
    /// The replica number of a replicated service; absent for a global service's tasks.
    package var slot: Int?
    package var nodeID: String?
    /// What the orchestrator wants: `running`, `shutdown`, `complete`, …
    package var desiredState: String
    package var status: Status
    package var spec: Spec?
    package var createdAt: String?
    package var updatedAt: String?

    enum CodingKeys: String, CodingKey {
        case id = "ID", serviceID = "ServiceID", slot = "Slot", nodeID = "NodeID", desiredState = "DesiredState"
        case status = "Status", spec = "Spec", createdAt = "CreatedAt", updatedAt = "UpdatedAt"
    }

    /// Where the task is: `State` (`new` … `running`, `complete`, `failed`, `rejected`, …), since when, and why.
    package struct Status: Codable, Sendable, Hashable {
        /// RFC 3339 time of the last state change.
        package var timestamp: String?
        package var state: String
        package var message: String?
        /// The failure (`task: non-zero exit (1)`, `no suitable node …`).
        package var err: String?
        package var containerStatus: ContainerStatus?
        package var portStatus: PortStatus?

        enum CodingKeys: String, CodingKey {
            case timestamp = "Timestamp", state = "State", message = "Message", err = "Err"
            case containerStatus = "ContainerStatus", portStatus = "PortStatus"
        }
    }

    /// The task's container, once one exists.
    package struct ContainerStatus: Codable, Sendable, Hashable {
        package var containerID: String?
        package var exitCode: Int?

        enum CodingKeys: String, CodingKey { case containerID = "ContainerID", exitCode = "ExitCode" }
    }

    /// Ports the task publishes on its node (`mode: host`).
    package struct PortStatus: Codable, Sendable, Hashable {
        package var ports: [Port]?

        enum CodingKeys: String, CodingKey { case ports = "Ports" }
    }

    /// One published port.
    package struct Port: Codable, Sendable, Hashable {
        package var `protocol`: String?
        package var targetPort: Int?
        package var publishedPort: Int?
        package var publishMode: String?

        enum CodingKeys: String, CodingKey {
            case `protocol` = "Protocol", targetPort = "TargetPort", publishedPort = "PublishedPort", publishMode = "PublishMode"
        }
    }

    /// The part of the task's spec `stack ps` shows: its image.
    package struct Spec: Codable, Sendable, Hashable {
        package var containerSpec: ContainerSpec?

        enum CodingKeys: String, CodingKey { case containerSpec = "ContainerSpec" }
    }

    /// The task's container spec.
    package struct ContainerSpec: Codable, Sendable, Hashable {
        package var image: String?

        enum CodingKeys: String, CodingKey { case image = "Image" }
    }
}
