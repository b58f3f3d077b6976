import EngineAPI
import Planner

extension Runner {
    /// The project's containers a container command acts on, on every daemon: those of `services` (all when
    /// empty) and, when a project is loaded, of its services only (`known`); stopped ones only with `all`,
    /// one-off containers only with `oneOffs` (as Compose's `getContainers` selects them).
    func selectContainers(
        _ projectName: String, services: [String], known: Set<String>?, all: Bool, oneOffs: Bool
    ) async throws -> [(record: ContainerRecord, daemon: Daemon)] {
        try await projectContainers(projectName, oneOffs: oneOffs).filter { item in
            let service = item.record.service ?? ""
            return (all || item.record.isUp) && (services.isEmpty || services.contains(service)) && (known?.contains(service) ?? true)
        }
    }

    /// Sends `signal` (nil: SIGKILL) to the running containers of `services` (all when empty), one-off
    /// containers too, on both daemons; `known` (the loaded project's services, nil without one) leaves out
    /// orphans. Returns false when there was no container to kill.
    package func kill(projectName: String, services: [String] = [], known: Set<String>?, signal: String?) async throws -> Bool {
        let selected = try await selectContainers(projectName, services: services, known: known, all: false, oneOffs: true)
        try await each(selected, verb: "kill", doing: ("Killing", "Killed")) { engine, id in try await engine.killContainer(id, signal: signal) }
        return !selected.isEmpty
    }

    /// Pauses the running containers of `services` (all when empty) on both daemons.
    package func pause(projectName: String, services: [String] = [], known: Set<String>?) async throws {
        let selected = try await selectContainers(projectName, services: services, known: known, all: false, oneOffs: false)
        try await each(selected, verb: "pause", doing: (nil, "Paused")) { engine, id in try await engine.pauseContainer(id) }
    }

    /// Unpauses the containers of `services` (all when empty) on both daemons; as in Compose, a container of
    /// the selection that is not paused fails the command.
    package func unpause(projectName: String, services: [String] = [], known: Set<String>?) async throws {
        let selected = try await selectContainers(projectName, services: services, known: known, all: false, oneOffs: false)
        try await each(selected, verb: "unpause", doing: (nil, "Unpaused")) { engine, id in try await engine.unpauseContainer(id) }
    }

    /// Runs `operation` (named `verb` in errors) on every container, dependents first and independent ones at once,
    /// reporting the progress words of `doing` (before, after); all are attempted and the first failure is thrown.
    func each(
        _ containers: [(record: ContainerRecord, daemon: Daemon)], verb: String, doing: (String?, String),
        _ operation: @escaping @Sendable (any Engine, String) async throws -> Void
    ) async throws {
        let sink = self.sink
        try await ServiceOrder.run(containers, reversed: true) { record, daemon in
            let role = daemon.role.rawValue
            if let before = doing.0 { await sink.progress(ProgressEvent(.container, record.name, before, role: role)) }
            do {
                try await Engines.call("\(verb) \(record.name)") { try await operation(daemon.engine, record.id) }
            } catch {
                await sink.progress(ProgressEvent(.container, record.name, "Error", role: role))
                throw error
            }
            await sink.progress(ProgressEvent(.container, record.name, doing.1, role: role))
        }
    }
}
