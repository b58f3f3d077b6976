import EngineAPI

// `stack ps`: the tasks of a stack's services, with their services' names and their nodes' hostnames.
extension StackRunner {
    /// The stack's task rows; throws `nothingFound` when the stack has no task.
    package func rows(namespace: String) async throws -> [StackTaskRow] {
        try await Self.requireManager(manager, endpoint: endpoint)
        let filter = "\(Self.namespaceLabel)=\(namespace)"
        let tasks = try await manager.tasks(labels: [filter])
        if tasks.isEmpty { throw StackError.nothingFound(namespace: namespace) }
        let services = try await manager.services(labels: [filter])
        let names = Dictionary(services.map { ($0.id, $0.spec.name) }, uniquingKeysWith: { a, _ in a })
        return StackTaskRow.rows(tasks, services: names, nodes: try await manager.nodes())
    }
}
