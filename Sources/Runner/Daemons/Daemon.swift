import Planner

/// One daemon playing one role, with what was learnt about it.
package struct Daemon: Sendable {
    package var role: DaemonRole
    package var engine: any Engine
    package var facts: DaemonFacts
    /// Where it was reached (`unix:///…`), for messages and the DAEMON column.
    package var address: String
    /// A Linux daemon playing the Windows role (`--windows-standin`): no Windows platform is sent to it.
    package var isStandIn: Bool
    package var peerAddressing: PeerAddressing
    /// How the endpoint was chosen (`--linux-host`, `x-mixcompose.windows.context`, …), for `doctor`.
    package var origin: String

    /// Creates a daemon.
    package init(
        role: DaemonRole, engine: any Engine, facts: DaemonFacts, address: String, isStandIn: Bool = false,
        peerAddressing: PeerAddressing = .containerIP, origin: String = ""
    ) {
        self.origin = origin
        self.role = role
        self.engine = engine
        self.facts = facts
        self.address = address
        self.isStandIn = isStandIn
        self.peerAddressing = peerAddressing
    }

    /// The `platform` to send on pulls and creates for containers of `os`: nil for a stand-in, which
    /// must never be told to run Windows.
    package func platform(for os: DaemonRole) -> String? {
        isStandIn ? nil : os.rawValue
    }

    /// The OS images for containers of `os` must be built for on this daemon (always Linux on a stand-in).
    package func imageOS(for os: DaemonRole) -> String {
        isStandIn ? "linux" : os.rawValue
    }

    /// The default driver of new networks: `nat` on a real Windows daemon, `bridge` on Linux and stand-ins.
    package var defaultNetworkDriver: String {
        facts.containerOS == "windows" ? "nat" : "bridge"
    }

    /// True when hosts-file entries (`ExtraHosts`) take effect: never on Windows daemons.
    package var honoursExtraHosts: Bool { facts.containerOS == "linux" }
}
