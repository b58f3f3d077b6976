import EngineAPI
import Planner

/// Runs `stack deploy`, `ps` and `rm` against a swarm manager. `deploy` works as `docker stack deploy` does, but
/// in order: networks, secrets and configs first, then the services wave by wave, each wave once its dependencies'
/// tasks reached their condition; a service is updated only when its spec changed (`io.mixcompose.config-hash`).
package struct StackRunner: Sendable {
    package var manager: any SwarmManager
    /// The manager's address, for errors.
    package var endpoint: String
    /// How long one wave may wait for its dependencies (`rm`: for the services' tasks to go).
    package var waitTimeout: Duration
    /// How often task states are polled while waiting.
    package var pollInterval: Duration
    /// Receives one line per object created, updated, kept or removed.
    package var say: @Sendable (String) async -> Void
    /// Receives warnings (an image no registry pinned), for standard error.
    package var warn: @Sendable (String) async -> Void = { _ in }
    /// `--resolve-image` and `--with-registry-auth`.
    package var images = StackImagePolicy()
    /// `--prune`: services of the stack the file no longer has are removed.
    package var prune = false

    /// The label holding the hash of what was sent, as `up` labels containers.
    static let hashLabel = Labels.mixHash
    static let namespaceLabel = "com.docker.stack.namespace"
    /// The image as the file names it, which the CLI's redeploy compares (`convert.LabelImage`).
    static let imageLabel = "com.docker.stack.image"

    /// Creates a runner.
    package init(
        manager: any SwarmManager, endpoint: String, waitTimeout: Duration = .seconds(120), pollInterval: Duration = .seconds(1),
        say: @escaping @Sendable (String) async -> Void
    ) {
        self.manager = manager
        self.endpoint = endpoint
        self.waitTimeout = waitTimeout
        self.pollInterval = pollInterval
        self.say = say
    }

    /// Deploys `stack`: nothing is created before the manager, the external objects and the existing secrets and
    /// configs are checked.
    package func deploy(_ stack: SwarmStack) async throws {
        try await Self.requireManager(manager, endpoint: endpoint)
        let networks = try await prepareNetworks(stack)
        let secrets = try await prepareResources(.secret, stack.secrets, external: stack.externalSecrets)
        let configs = try await prepareResources(.config, stack.configs, external: stack.externalConfigs)
        var existing = try await engine("list services") {
            try await manager.services(labels: ["\(Self.namespaceLabel)=\(stack.namespace)"])
        }
        if prune { existing = try await pruned(existing, keeping: Set(stack.services.map(\.name))) }
        try await createNetworks(networks)
        let ids = ResourceIDs(
            secrets: try await createResources(.secret, secrets), configs: try await createResources(.config, configs))
        let byName = Dictionary(existing.map { ($0.spec.name, $0) }, uniquingKeysWith: { a, _ in a })
        var deployed: [String: SwarmService] = [:]
        var serviceIDs: [String: String] = [:]
        for wave in Set(stack.services.map(\.wave)).sorted() {
            let services = stack.services.filter { $0.wave == wave }
            try await waitForDependencies(of: services, deployed: deployed, ids: serviceIDs, namespace: stack.namespace)
            let converged = try await withThrowingTaskGroup(of: (String, String).self) { group in
                for service in services {
                    group.addTask { (service.service, try await converge(service, existing: byName[service.name], ids: ids)) }
                }
                return try await group.reduce(into: [String: String]()) { $0[$1.0] = $1.1 }
            }
            for service in services {
                deployed[service.service] = service
                serviceIDs[service.service] = converged[service.service]
            }
        }
    }

    /// Removes the services of `existing` not named in `keeping`, as the CLI's `pruneServices` does (their
    /// networks, secrets and configs stay); returns the rest.
    private func pruned(_ existing: [SwarmServiceSummary], keeping: Set<String>) async throws -> [SwarmServiceSummary] {
        for service in existing.sorted(by: { $0.spec.name < $1.spec.name }) where !keeping.contains(service.spec.name) {
            await say("Removing service \(service.spec.name)")
            try await engine("removing service \(service.spec.name)") { try await manager.removeService(service.id) }
        }
        return existing.filter { keeping.contains($0.spec.name) }
    }

    /// Throws `notManager` unless the daemon is an active swarm manager.
    static func requireManager(_ manager: any SwarmManager, endpoint: String) async throws {
        let state: SwarmState?
        do {
            state = try await manager.swarmState()
        } catch {
            throw StackError.engine(operation: "reading the swarm state of \(endpoint)", reason: "\(error)")
        }
        guard let state, state.isManager else {
            throw StackError.notManager(endpoint: endpoint, state: state?.localNodeState ?? "unknown")
        }
    }

    /// Runs a manager request, turning its failure into `StackError.engine` naming `operation`.
    func engine<Result: Sendable>(_ operation: String, _ body: () async throws -> Result) async throws -> Result {
        do {
            return try await body()
        } catch let error as StackError {
            throw error
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            throw StackError.engine(operation: operation, reason: "\(error)")
        }
    }
}

/// The manager's IDs of the stack's secrets and configs, by full name.
struct ResourceIDs: Sendable {
    var secrets: [String: String]
    var configs: [String: String]
}
