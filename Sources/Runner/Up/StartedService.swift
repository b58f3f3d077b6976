import Planner

/// A service whose container runs, as dependents see it: the container and the daemon it is on.
package struct StartedService: Sendable {
    package var container: ContainerRecord
    package var daemon: Daemon

    /// The address peers on the other daemon use: the container's IP on its first project network
    /// that has one, or the daemon's published host; nil when the container has no address (not
    /// running, or a dry run).
    package func peerAddress(projectNetworks: [String]) -> String? {
        switch daemon.peerAddressing {
        case .published(let host):
            return host
        case .containerIP:
            for network in projectNetworks {
                if let address = container.addresses[network], !address.isEmpty { return address }
            }
            return container.addresses.keys.sorted().compactMap { container.addresses[$0] }.first { !$0.isEmpty }
        }
    }
}
