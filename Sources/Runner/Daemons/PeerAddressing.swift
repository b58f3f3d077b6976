/// How containers on one daemon are reached from the other daemon (`x-mixcompose.<role>.peer-address`).
package struct PeerAddressing: Sendable, Hashable {
    /// The choice as configured.
    package enum Mode: String, Sendable, Hashable {
        /// Per direction from what the daemons report: `published` for a peer on Docker Desktop's Linux
        /// engine (in a VM) reached from the other daemon, `ip` otherwise.
        case auto
        /// By the container's IP on its project network: right when both daemons share a host's routing
        /// (a Windows machine's Windows engine, the testbed).
        case containerIP = "ip"
        /// By the address at which the consumer's containers reach the host and the port published there.
        case published
    }

    package var mode: Mode
    /// `host-address`: the address consumers use for a published peer instead of their network's gateway.
    package var hostAddress: String?

    /// Addressing in `mode`, with an optional host address.
    package init(_ mode: Mode = .auto, hostAddress: String? = nil) {
        self.mode = mode
        self.hostAddress = hostAddress
    }
}
