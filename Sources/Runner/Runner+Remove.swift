import EngineAPI

extension Runner {
    /// The stopped containers of `services` (all when empty) on both daemons, one-offs left out, of the loaded
    /// project's services when `known` is given: what `rm` removes. Each is inspected, since a list's state
    /// may be stale (as Compose does); one gone meanwhile is passed over.
    package func removableContainers(
        projectName: String, services: [String] = [], known: Set<String>?
    ) async throws -> [(record: ContainerRecord, daemon: Daemon)] {
        let listed = try await selectContainers(projectName, services: services, known: known, all: true, oneOffs: false)
        return try await withThrowingTaskGroup(of: (ContainerRecord, Daemon)?.self) { group in
            for (record, daemon) in listed {
                group.addTask {
                    do {
                        let current = try await daemon.engine.inspectContainer(record.id)
                        return current.isRunning || current.state == "paused" ? nil : (record, daemon)
                    } catch let error as EngineError where error.isNotFound {
                        return nil
                    }
                }
            }
            var stopped: [(record: ContainerRecord, daemon: Daemon)] = []
            for try await item in group { if let item { stopped.append(item) } }
            return stopped.sorted { $0.record.name < $1.record.name }
        }
    }

    /// Removes containers found by `removableContainers`, with their anonymous volumes when `volumes`.
    package func remove(_ containers: [(record: ContainerRecord, daemon: Daemon)], volumes: Bool) async throws {
        try await each(containers, verb: "remove", doing: ("Removing", "Removed")) { engine, id in
            try await engine.removeContainer(id, volumes: volumes)
        }
    }
}
