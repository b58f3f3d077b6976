import ComposeModel

/// The planner's answer: where each service runs and why, the order to start them in, what each
/// one is told about its peers, and every problem found. Everything is sorted, so equal inputs give
/// equal plans and renderings.
package struct Plan: Sendable {
    package var projectName: String
    /// Services sorted by name.
    package var services: [PlannedService]
    /// Start waves: each wave's services depend only on services of earlier waves. Display only;
    /// the runner follows each service's own `dependsOn` and `createAfterStarted`.
    package var waves: [[String]]
    /// One edge per ordered (dependent, dependency) pair, sorted.
    package var edges: [PlanEdge]
    /// Sorted by position, then code.
    package var diagnostics: Diagnostics

    package init(
        projectName: String, services: [PlannedService], waves: [[String]], edges: [PlanEdge],
        diagnostics: Diagnostics
    ) {
        self.projectName = projectName
        self.services = services
        self.waves = waves
        self.edges = edges
        self.diagnostics = diagnostics
    }

    package var hasErrors: Bool { diagnostics.hasErrors }

    /// The planned service called `name`.
    package func service(named name: String) -> PlannedService? {
        var low = 0
        var high = services.count
        while low < high {
            let mid = (low + high) / 2
            if services[mid].name < name { low = mid + 1 } else { high = mid }
        }
        return low < services.count && services[low].name == name ? services[low] : nil
    }
}

/// One service's placement, order and injected peer information.
package struct PlannedService: Sendable, Hashable {
    package var name: String
    /// The daemon that runs it.
    package var role: DaemonRole
    /// The OS of its containers: the `platform:` OS when it names one, else the daemon's.
    package var os: DaemonRole
    /// Why it runs there, pointing at the source (`platform: windows/amd64 at compose.yaml:9:5`).
    package var reason: String
    /// Index into `Plan.waves`.
    package var wave: Int
    /// Services it depends on (`depends_on`, `links`, `network_mode`/`ipc`/`pid`… `service:x`,
    /// `volumes_from`), sorted.
    package var dependsOn: [String]
    /// Peers on the other daemon whose address it is given: they must be *started* before this
    /// service is *created*, because a container's environment is fixed at create. Sorted.
    package var createAfterStarted: [String]
    package var inject: Injection
    /// How it reaches each peer in `createAfterStarted`, in that order.
    package var routes: [PlannedRoute]
    /// What Docker Compose hashes of the service (`PlanInput.composeHashInputs`) for its containers'
    /// `com.docker.compose.config-hash`.
    package var composeHashInput: String?

    package init(
        name: String, role: DaemonRole, os: DaemonRole, reason: String, wave: Int = 0, dependsOn: [String] = [],
        createAfterStarted: [String] = [], inject: Injection = Injection(), routes: [PlannedRoute] = []
    ) {
        self.name = name
        self.role = role
        self.os = os
        self.reason = reason
        self.wave = wave
        self.dependsOn = dependsOn
        self.createAfterStarted = createAfterStarted
        self.inject = inject
        self.routes = routes
    }
}

/// What the runner adds to a service's container so it can reach its peers.
package struct Injection: Sendable, Hashable {
    /// Environment variables (`<PEER>_HOST`) the service does not set itself.
    package var env: [String: InjectedValue]
    /// Peers that get a hosts entry `peer -> address` (only on the Linux daemon: Windows ignores them).
    package var hosts: [String]

    package init(env: [String: InjectedValue] = [:], hosts: [String] = []) {
        self.env = env
        self.hosts = hosts
    }

    /// `env` sorted by variable name.
    package var sortedEnv: [(name: String, value: InjectedValue)] {
        env.sorted { $0.key < $1.key }.map { (name: $0.key, value: $0.value) }
    }
}

/// An injected value: known now, or a peer's address that the runner fills in at create time.
package enum InjectedValue: Sendable, Hashable {
    case literal(String)
    case peerAddress(service: String)

    /// The peer the value names: a literal is the peer's service name, reachable by DNS on its daemon.
    package var peer: String {
        switch self {
        case .literal(let name), .peerAddress(let name): name
        }
    }

    /// The text a plan shows; a peer address renders as `${mixcompose:peer-address:<service>}`.
    package var rendered: String {
        switch self {
        case .literal(let text): text
        case .peerAddress(let service): InjectedValue.placeholder(for: service)
        }
    }

    /// The placeholder for `service`'s address.
    package static func placeholder(for service: String) -> String {
        "${mixcompose:peer-address:\(service)}"
    }
}
