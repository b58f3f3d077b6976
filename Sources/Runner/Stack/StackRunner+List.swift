import EngineAPI

// `stack ps`: the tasks of a stack's services, with their services' names and their nodes' hostnames.
extension StackRunner {
    /// The stack's task rows that `filters` keep (the manager applies them); throws `nothingFound` when none is left.
    package func rows(namespace: String, filters: EngineFilters = EngineFilters()) async throws -> [StackTaskRow] {
        try await Self.requireManager(manager, endpoint: endpoint)
        let filter = "\(Self.namespaceLabel)=\(namespace)"
        var taskFilters = filters
        taskFilters.add("label", filter)
        let tasks = try await manager.tasks(filters: taskFilters)
        if tasks.isEmpty { throw StackError.nothingFound(namespace: namespace) }
        let services = try await manager.services(labels: [filter])
        let names = Dictionary(services.map { ($0.id, $0.spec.name) }, uniquingKeysWith: { a, _ in a })
        return StackTaskRow.rows(tasks, services: names, nodes: try await manager.nodes())
    }
}
