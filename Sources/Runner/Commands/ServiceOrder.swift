/// Runs an operation over a project's containers in dependency order (or its reverse), each as soon
/// as the containers it must follow are done, read from the containers' own labels: Compose's
/// `depends_on` label and mixcompose's peers label.
enum ServiceOrder {
    /// The services `record`'s service depends on, from its labels.
    static func dependencies(of record: ContainerRecord) -> [String] {
        let declared = (record.labels[Labels.dependsOn] ?? "").split(separator: ",").compactMap {
            $0.split(separator: ":").first.map(String.init)
        }
        let peers = (record.labels[Labels.peers] ?? "").split(separator: ",").compactMap {
            $0.split(separator: "=").first.map(String.init)
        }
        return declared + peers
    }

    /// Calls `operation` on every container, dependencies first (or dependents first when `reversed`),
    /// independent ones concurrently. All are attempted; the first error is rethrown at the end.
    static func run(
        _ containers: [(record: ContainerRecord, daemon: Daemon)], reversed: Bool,
        _ operation: @escaping @Sendable (ContainerRecord, Daemon) async throws -> Void
    ) async throws {
        let services = Set(containers.compactMap(\.record.service))
        var before: [String: Set<String>] = [:]
        for (record, _) in containers {
            guard let service = record.service else { continue }
            for dependency in dependencies(of: record) where services.contains(dependency) && dependency != service {
                if reversed { before[dependency, default: []].insert(service) } else { before[service, default: []].insert(dependency) }
            }
        }
        var pending = containers
        var done: Set<String> = []
        var firstError: (any Error)?
        try await withThrowingTaskGroup(of: (String?, (any Error)?).self) { group in
            var running = 0
            func launchReady() {
                let ready = pending.filter { item in (before[item.record.service ?? ""] ?? []).isSubset(of: done) }
                pending.removeAll { item in ready.contains { $0.record.id == item.record.id } }
                for (record, daemon) in ready {
                    running += 1
                    group.addTask {
                        do { try await operation(record, daemon) } catch { return (record.service, error) }
                        return (record.service, nil)
                    }
                }
            }
            launchReady()
            while running > 0, let (service, error) = try await group.next() {
                running -= 1
                if let error, firstError == nil { firstError = error }
                // A service is done when none of its containers is pending or running any more.
                if let service, !pending.contains(where: { $0.record.service == service }) { done.insert(service) }
                launchReady()
                if running == 0 && !pending.isEmpty {
                    // A cycle among labels (hand-edited containers): run the rest without order.
                    done.formUnion(pending.compactMap(\.record.service))
                    launchReady()
                }
            }
        }
        if let firstError { throw firstError }
    }
}
