/// A cross-daemon edge found from the containers' labels, with what explains a failure, before it is probed.
struct EdgeTarget: Sendable {
    var edge: DoctorEdge
    /// The container the probe runs in, and its daemon; nil when the verdict is known without a probe.
    var probeIn: (container: ContainerRecord, daemon: Daemon)?
    /// The peer's container port behind `edge.port`.
    var targetPort: Int?
    /// The peer container's addresses on its networks now.
    var peerIPs: [String] = []
    /// The host port the peer publishes `targetPort` on, if any.
    var published: Int?
    /// True when the port came from the consumer's `<P>_PORT_<n>` variable.
    var portFromEnvironment = false
    /// The peer's daemon, for the setting a hint names.
    var peerDaemon: Daemon?

    /// True when the injected address is the peer container's own IP rather than a host address.
    var addressIsPeerIP: Bool { peerIPs.contains(edge.address) }
}
