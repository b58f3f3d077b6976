import Planner

/// A service whose containers run, as dependents see it: its replicas and the daemon they are on.
package struct StartedService: Sendable {
    /// Its containers by replica number, replica 1 first; empty when it is scaled to zero.
    package var replicas: [ContainerRecord]
    package var daemon: Daemon

    /// Creates a started service.
    package init(replicas: [ContainerRecord], daemon: Daemon) {
        self.replicas = replicas
        self.daemon = daemon
    }

    /// Replica 1's IP for peers on the other daemon: its IP on its first project network that has one,
    /// else any; nil when there is no replica or it has no address (not running, or a dry run).
    package func peerAddress(projectNetworks: [String]) -> String? {
        guard let container = replicas.first else { return nil }
        for network in projectNetworks {
            if let address = container.addresses[network], !address.isEmpty { return address }
        }
        return container.addresses.keys.sorted().compactMap { container.addresses[$0] }.first { !$0.isEmpty }
    }
}
