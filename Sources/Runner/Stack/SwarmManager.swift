import EngineAPI

/// What `stack deploy`, `ps` and `rm` need from a swarm manager. `EngineClient` conforms in production;
/// tests use a fake. Writes take the JSON bodies the manager receives, so a test sees what the daemon would.
package protocol SwarmManager: Sendable {
    /// The daemon's swarm membership (`GET /info`'s `Swarm`), nil when it reports none.
    func swarmState() async throws -> SwarmState?
    /// The swarm's nodes.
    func nodes() async throws -> [SwarmNode]

    /// Services carrying every label filter (`key` or `key=value`).
    func services(labels: [String]) async throws -> [SwarmServiceSummary]
    /// Creates a service from a `ServiceSpec` and returns its ID; `registryAuth` is kept for the nodes' pulls.
    func createService(_ spec: [UInt8], registryAuth: String?) async throws -> String
    /// Replaces a service's spec at `version`.
    func updateService(_ id: String, version: SwarmVersion, spec: [UInt8], registryAuth: String?) async throws
    /// What the image's registry holds under that reference (digest, platforms), asked by the manager.
    func distribution(of image: String, registryAuth: String?) async throws -> DistributionInspect
    /// Removes a service (its tasks shut down afterwards).
    func removeService(_ id: String) async throws
    /// Tasks matching `filters` (a stack's carry `com.docker.stack.namespace=…`; `stack ps --filter` adds the
    /// user's: `id`, `name`, `node`, `desired-state`, … as the manager reads them).
    func tasks(filters: EngineFilters) async throws -> [SwarmTask]

    /// Every secret or config of the swarm.
    func resources(_ kind: SwarmResourceKind) async throws -> [SwarmResource]
    /// Creates a secret or config from its JSON body and returns its ID.
    func createResource(_ kind: SwarmResourceKind, body: [UInt8]) async throws -> String
    /// Removes a secret or config.
    func removeResource(_ kind: SwarmResourceKind, id: String) async throws

    /// Every network the manager knows (local and swarm scoped): name, ID and labels.
    func networks() async throws -> [NetworkRecord]
    /// Creates a network from its JSON body and returns its ID.
    func createNetwork(_ body: [UInt8]) async throws -> String
    /// Removes a network.
    func removeNetwork(_ id: String) async throws
}

extension EngineClient: SwarmManager {
    package func swarmState() async throws -> SwarmState? { try await info().swarm }
    package func nodes() async throws -> [SwarmNode] { try await listNodes() }

    package func services(labels: [String]) async throws -> [SwarmServiceSummary] {
        try await listServices(filters: .labels(labels))
    }

    package func createService(_ spec: [UInt8], registryAuth: String?) async throws -> String {
        try await createService(spec: spec, registryAuth: registryAuth).id
    }

    package func distribution(of image: String, registryAuth: String?) async throws -> DistributionInspect {
        try await distributionInspect(image, registryAuth: registryAuth)
    }

    package func tasks(filters: EngineFilters) async throws -> [SwarmTask] { try await listTasks(filters: filters) }

    package func resources(_ kind: SwarmResourceKind) async throws -> [SwarmResource] { try await listSwarmResources(kind) }

    package func createResource(_ kind: SwarmResourceKind, body: [UInt8]) async throws -> String {
        try await createSwarmResource(kind, json: body)
    }

    package func removeResource(_ kind: SwarmResourceKind, id: String) async throws { try await removeSwarmResource(kind, id: id) }

    package func networks() async throws -> [NetworkRecord] { try await networks(labels: []) }

    package func createNetwork(_ body: [UInt8]) async throws -> String { try await createNetwork(json: body) }
}
