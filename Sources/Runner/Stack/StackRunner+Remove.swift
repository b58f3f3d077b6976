import EngineAPI

// `stack rm`, as `docker stack rm` removes a stack, but waiting for it: only objects labelled with its namespace;
// services first, then (bounded) until their tasks are gone — the manager drops a removed service's task once its
// container is removed — then networks, secrets and configs, which the tasks used.
extension StackRunner {
    /// Removes everything of `namespace`; throws `notRemoved` naming what is left. False when there was
    /// nothing to remove (which `docker stack rm` only reports).
    @discardableResult
    package func remove(namespace: String) async throws -> Bool {
        try await Self.requireManager(manager, endpoint: endpoint)
        let filter = "\(Self.namespaceLabel)=\(namespace)"
        let services = try await manager.services(labels: [filter]).sorted { $0.spec.name < $1.spec.name }
        let networks = try await manager.networks().filter { $0.labels[Self.namespaceLabel] == namespace }
            .sorted { $0.name < $1.name }
        var resources: [(SwarmResourceKind, SwarmResource)] = []
        for kind in SwarmResourceKind.allCases {
            let found = try await manager.resources(kind).filter { $0.spec.labels?[Self.namespaceLabel] == namespace }
            resources += found.sorted { $0.spec.name < $1.spec.name }.map { (kind, $0) }
        }
        if services.isEmpty && networks.isEmpty && resources.isEmpty { return false }
        var failures: [String] = []
        for service in services {
            await say("Removing service \(service.spec.name)")
            do { try await manager.removeService(service.id) } catch { failures.append("service \(service.spec.name) (\(error))") }
        }
        if let left = try await waitForTasks(filter: filter) { failures.append(left) }
        for network in networks {
            await say("Removing network \(network.name)")
            do { try await manager.removeNetwork(network.id) } catch { failures.append("network \(network.name) (\(error))") }
        }
        for (kind, resource) in resources {
            await say("Removing \(kind.rawValue) \(resource.spec.name)")
            do {
                try await manager.removeResource(kind, id: resource.id)
            } catch {
                failures.append("\(kind.rawValue) \(resource.spec.name) (\(error))")
            }
        }
        if !failures.isEmpty { throw StackError.notRemoved(failures) }
        return true
    }

    /// Polls until no task of the stack is left; what is still there when the bound passes, or nil.
    private func waitForTasks(filter: String) async throws -> String? {
        let deadline = ContinuousClock.now.advanced(by: waitTimeout)
        while true {
            let tasks = try await manager.tasks(filters: .labels([filter]))
            if tasks.isEmpty { return nil }
            guard ContinuousClock.now < deadline else {
                let names = tasks.map { String($0.id.prefix(12)) }.sorted().joined(separator: ", ")
                return "tasks \(names) (still shutting down after \(waitTimeout.components.seconds)s)"
            }
            try await Task.sleep(for: pollInterval)
        }
    }
}
