/// The daemon's part in a swarm, `GET /info`'s `Swarm` (a subset of Docker's `swarm.Info`).
package struct SwarmState: Codable, Sendable, Hashable {
    /// This node's ID in the swarm; empty when the daemon is in none.
    package var nodeID: String?
    package var nodeAddress: String?
    /// `inactive`, `pending`, `active`, `error` or `locked`.
    package var localNodeState: String?
    /// True on a manager: only a manager answers the swarm endpoints (`/services`, `/tasks`, …).
    package var controlAvailable: Bool?
    package var error: String?

    /// Creates a state, for tests.
    package init(nodeID: String? = nil, localNodeState: String? = nil, controlAvailable: Bool? = nil) {
        self.nodeID = nodeID
        self.localNodeState = localNodeState
        self.controlAvailable = controlAvailable
    }

    enum CodingKeys: String, CodingKey {
        case nodeID = "NodeID", nodeAddress = "NodeAddr", localNodeState = "LocalNodeState"
        case controlAvailable = "ControlAvailable", error = "Error"
    }

    /// True when the daemon is an active swarm manager.
    package var isManager: Bool { localNodeState == "active" && controlAvailable == true }
}
