import ComposeModel
import EngineAPI
import Planner

/// Everything needed to create one service container: its name, the platform to send, the create
/// request, the networks to connect after create, and the hash that decides keep versus recreate.
package struct ContainerBlueprint: Sendable, Hashable {
    /// A network to join, with the endpoint settings to ask for (API versions before 1.44 take only
    /// one at create; the others are connected after).
    package struct Attachment: Sendable, Hashable, Encodable {
        package var network: String
        package var endpoint: EndpointSettings
    }

    package var service: String
    package var name: String
    package var platform: String?
    package var request: ContainerCreateRequest
    package var extraNetworks: [Attachment]
    /// Secrets and configs written into the container before it starts.
    package var files: [InjectedFile] = []
    /// The hosts file written into a Windows-role container before it starts, when it has cross-daemon peers.
    package var hosts: HostsFile?
    /// Digest of name, platform, request, extra networks, injected files and hosts; stored in `io.mixcompose.config-hash`.
    package var hash: String
    /// What the daemon will ignore although Compose sends it (fields newer than its API version).
    package var warnings: [String] = []
}

/// What the runner knows when a service's container is about to be created.
package struct BlueprintContext: Sendable {
    package var project: Project
    package var daemon: Daemon
    /// The OS of the service's containers (the plan's `os`: Linux containers on an LCOW daemon).
    package var os: DaemonRole
    /// The local ID of the service's image on this daemon, when it is present.
    package var imageID: String?
    /// Replica number (`container-number`), from 1.
    package var number: Int = 1
    /// What Docker Compose hashes of the service (`PlannedService.composeHashInput`) for
    /// `com.docker.compose.config-hash`; without it the label holds mixcompose's own hash.
    package var composeHashInput: String?
    /// Injected environment, peer addresses already resolved.
    package var injectedEnv: [String: String] = [:]
    /// The docker CLI's proxy variables for this daemon (`config.json` `proxies`); the service's own
    /// environment wins over them.
    package var proxyEnv: [String: String] = [:]
    /// `name:address` hosts entries for cross-daemon peers.
    package var injectedHosts: [String] = []
    /// `service=address` of each injected peer, for the peers label.
    package var peers: [String: String] = [:]
    /// How each injected peer is reached (`ip` or `published`), for the peer-routes label.
    package var routes: [String: PeerRoute.Kind] = [:]
    /// Container ports (`5432/tcp`) replica 1 publishes 1:1 on the host because peers on the other
    /// daemon reach it through the host.
    package var peerPorts: [String] = []
    /// Containers of the services this one references (`links`, `volumes_from`, `service:`
    /// namespaces), replica 1 first; a service missing here is assumed at its generated name.
    package var referenced: [String: [ContainerRecord]] = [:]

    /// Creates a context.
    package init(project: Project, daemon: Daemon, os: DaemonRole? = nil) {
        self.project = project
        self.daemon = daemon
        self.os = os ?? daemon.role
    }

    /// `<project>-<service>-<n>` unless the service sets `container_name`.
    package func containerName(of service: Service) -> String {
        service.containerName ?? "\(project.name)-\(service.name)-\(number)"
    }

    /// The daemon-side name of a project network key.
    package func networkName(_ key: String) -> String {
        project.networks[key]?.name ?? "\(project.name)_\(key)"
    }

    /// The daemon-side name of a project volume key (a plain name when not declared).
    package func volumeName(_ key: String) -> String {
        project.volumes[key]?.name ?? key
    }
}
