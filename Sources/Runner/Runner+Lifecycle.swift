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

    /// Stops, then starts, the project's containers.
    package func restart(projectName: String, services: [String] = [], timeout: Int? = nil) async throws {
        try await stop(projectName: projectName, services: services, timeout: timeout)
        try await start(projectName: projectName, services: services)
    }
}
