import ComposeModel
import Planner

extension Runner {
    /// Stops the project's running containers, dependents first.
    package func stop(projectName: String, services: [String] = [], timeout: Int? = nil) async throws {
        let selected = try await projectContainers(projectName).filter { item in
            item.record.isRunning && (services.isEmpty || services.contains(item.record.service ?? ""))
        }
        let sink = self.sink
        try await ServiceOrder.run(selected, reversed: true) { record, daemon in
            await sink.progress(ProgressEvent(.container, record.name, "Stopping", role: daemon.role.rawValue))
            try await Engines.call("stop \(record.name)") { try await daemon.engine.stopContainer(record.id, timeout: timeout) }
            await sink.progress(ProgressEvent(.container, record.name, "Stopped", role: daemon.role.rawValue))
        }
    }

    /// Starts the project's stopped containers, dependencies first.
    package func start(projectName: String, services: [String] = []) async throws {
        let selected = try await projectContainers(projectName).filter { item in
            !item.record.isRunning && (services.isEmpty || services.contains(item.record.service ?? ""))
        }
        let sink = self.sink
        try await ServiceOrder.run(selected, reversed: false) { record, daemon in
            await sink.progress(ProgressEvent(.container, record.name, "Starting", role: daemon.role.rawValue))
            try await Engines.call("start \(record.name)") { try await daemon.engine.startContainer(record.id) }
            await sink.progress(ProgressEvent(.container, record.name, "Started", role: daemon.role.rawValue))
        }
    }

    /// Stops, then starts, the project's containers: of `services` (all when empty) and, as Compose does, of the
    /// services that depend on one of them with `restart: true`, transitively, unless `noDeps`.
    package func restart(projectName: String, project: Project? = nil, services: [String] = [], noDeps: Bool = false, timeout: Int? = nil) async throws {
        var targets = services
        if !noDeps, !services.isEmpty, let project {
            var chosen = Set(services)
            var pending = services
            while let name = pending.popLast() {
                for (dependent, service) in project.services where service.dependsOn[name]?.restart == true && chosen.insert(dependent).inserted {
                    pending.append(dependent)
                }
            }
            targets = chosen.sorted()
        }
        try await stop(projectName: projectName, services: targets, timeout: timeout)
        try await start(projectName: projectName, services: targets)
    }
}
