/// A point in a service's life that others can wait for.
package enum Milestone: String, Sendable, Hashable {
    /// Its container was started (`service_started`, and cross-daemon peers before injection).
    case started
    /// Its healthcheck passed (`service_healthy`).
    case healthy
    /// It exited with code 0 (`service_completed_successfully`).
    case completed
    /// Running, and healthy when it has a healthcheck (`--wait`).
    case ready
}

/// One service reaching one milestone.
package struct Need: Sendable, Hashable {
    package var service: String
    package var milestone: Milestone

    /// Creates a need.
    package init(_ service: String, _ milestone: Milestone) {
        self.service = service
        self.milestone = milestone
    }
}
