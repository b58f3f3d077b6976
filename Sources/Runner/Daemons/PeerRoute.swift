/// How a consumer's containers reach a peer on the other daemon, decided per direction: by the peer
/// container's IP where it routes, otherwise at the host (the gateway of the consumer's network, or
/// `host-address`) on the peer's ports published 1:1.
package struct PeerRoute: Sendable, Hashable {
    /// The kind of address a consumer is given.
    package enum Kind: String, Sendable, Hashable {
        case ip
        case published
    }

    package var kind: Kind
    /// Why, for the plan, warnings and `doctor`.
    package var reason: String

    /// Creates a route.
    package init(kind: Kind, reason: String) {
        self.kind = kind
        self.reason = reason
    }

    /// The route from `consumer`'s containers to `peer`'s: what `x-mixcompose.<peer role>.peer-address`
    /// forces, or under `auto` `published` when the peer runs on Docker Desktop's Linux engine (in a VM)
    /// and the consumer on another daemon, `ip` otherwise (Linux containers reach Windows container IPs).
    package static func between(consumer: Daemon, peer: Daemon) -> PeerRoute {
        let setting = "x-mixcompose.\(peer.role).peer-address"
        switch peer.peerAddressing.mode {
        case .containerIP:
            return PeerRoute(kind: .ip, reason: "\(setting): ip")
        case .published:
            return PeerRoute(kind: .published, reason: "\(setting): published")
        case .auto:
            if peer.facts.isDesktopLinuxEngine && consumer.role != peer.role {
                return PeerRoute(
                    kind: .published,
                    reason: "auto: the \(peer.role) daemon is Docker Desktop's Linux engine, whose container IPs the \(consumer.role) daemon's containers cannot reach")
            }
            return PeerRoute(kind: .ip, reason: "auto: container IPs on the \(peer.role) daemon route from the \(consumer.role) daemon")
        }
    }
}
