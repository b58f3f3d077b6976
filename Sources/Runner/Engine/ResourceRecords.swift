/// A network as a daemon lists it.
package struct NetworkRecord: Sendable, Hashable {
    package var id: String
    package var name: String
    package var driver: String
    package var labels: [String: String]
    /// The first IPAM gateway: where the network's containers reach the host.
    package var gateway: String?

    /// Creates a record.
    package init(id: String, name: String, driver: String = "bridge", labels: [String: String] = [:], gateway: String? = nil) {
        self.id = id
        self.name = name
        self.driver = driver
        self.labels = labels
        self.gateway = gateway
    }
}

/// A volume as a daemon lists it.
package struct VolumeRecord: Sendable, Hashable {
    package var name: String
    package var driver: String
    package var labels: [String: String]

    /// Creates a record.
    package init(name: String, driver: String = "local", labels: [String: String] = [:]) {
        self.name = name
        self.driver = driver
        self.labels = labels
    }
}

/// A tagged local image as a daemon lists it.
package struct TaggedImage: Sendable, Hashable {
    package var id: String
    /// Its tags, in the daemon's order (`RepoTags`).
    package var tags: [String]
    package var labels: [String: String]

    /// Creates a record.
    package init(id: String, tags: [String], labels: [String: String] = [:]) {
        self.id = id
        self.tags = tags
        self.labels = labels
    }
}

/// A container event the runner reacts to.
package struct ContainerEvent: Sendable, Hashable {
    /// What happened.
    package enum Action: Sendable, Hashable {
        case start
        case die(exitCode: Int?)
        case health(String)
        case other(String)
    }

    package var containerID: String
    package var action: Action
    /// The container's labels, as the event's actor attributes carry them.
    package var labels: [String: String]
    /// When it happened, in nanoseconds since the Unix epoch (0 when the daemon did not say).
    package var time: Int64

    /// Creates an event.
    package init(containerID: String, action: Action, labels: [String: String] = [:], time: Int64 = 0) {
        self.containerID = containerID
        self.action = action
        self.labels = labels
        self.time = time
    }

    /// The action as the daemon words it (`start`, `die`, `health_status: healthy`).
    package var name: String {
        switch action {
        case .start: "start"
        case .die: "die"
        case .health(let status): "health_status: \(status)"
        case .other(let name): name
        }
    }
}

/// A local image as the daemon inspects it: what placement, preflight and the image-ID label need.
package struct ImageRecord: Sendable, Hashable {
    /// The local ID (`sha256:…`): a rebuilt or re-pulled image changes it.
    package var id: String
    /// `linux` or `windows`.
    package var os: String
    /// Paths the image declares as `VOLUME`s.
    package var volumes: [String]
    /// The image's `EXPOSE`d ports (`5432/tcp`).
    package var exposedPorts: [String]

    /// Creates a record.
    package init(id: String, os: String, volumes: [String] = [], exposedPorts: [String] = []) {
        self.id = id
        self.os = os
        self.volumes = volumes
        self.exposedPorts = exposedPorts
    }
}
