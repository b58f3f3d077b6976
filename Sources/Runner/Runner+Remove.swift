import EngineAPI
import Planner

extension Runner {
    /// The stopped containers of `services` (all when empty) on both daemons, one-offs left out, of the loaded
    /// project's services when `known` is given: what `rm` removes, in name order. Each is inspected, since a
    /// list's state may be stale (as Compose does); one gone meanwhile is passed over.
    package func removableContainers(projectName: String, services: [String] = [], known: Set<String>?) async throws -> [ContainerRow] {
        let listed = try await selectContainers(projectName, services: services, known: known, all: true, oneOffs: false)
        return try await withThrowingTaskGroup(of: ContainerRow?.self) { group in
            for (record, daemon) in listed {
                group.addTask {
                    do {
                        let current = try await daemon.engine.inspectContainer(record.id)
                        return current.isUp ? nil : ContainerRow(record: record, daemon: daemon.role.rawValue)
                    } catch let error as EngineError where error.isNotFound {
                        return nil
                    }
                }
            }
            var stopped: [ContainerRow] = []
            for try await row in group { if let row { stopped.append(row) } }
            return stopped.sorted { $0.name < $1.name }
        }
    }

    /// Removes containers found by `removableContainers` (perhaps in an earlier session: each is found again
    /// by its daemon's role), with their anonymous volumes when `volumes`.
    package func remove(_ containers: [ContainerRow], volumes: Bool) async throws {
        let located = try containers.map { row in
            guard let role = DaemonRole(rawValue: row.daemon) else { throw RunnerError.noDaemon(role: row.daemon) }
            return (record: row.record, daemon: try daemons.daemon(for: role))
        }
        try await each(located, verb: "remove", doing: ("Removing", "Removed")) { engine, id in
            try await engine.removeContainer(id, volumes: volumes)
        }
    }
}
