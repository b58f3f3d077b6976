import ComposeModel
import EngineAPI
import Planner

extension Converger {
    /// Replaces a changed container as Docker Compose does: the new one is created under the temporary
    /// name `<old ID's first 12>_<name>` while the old one still runs; then the old one is stopped (its own
    /// stop signal and grace period, or `up -t`) and removed, and the new one takes its name. It is started
    /// later, with the service's other replicas, once the service's dependencies are ready. The new one
    /// mounts the old one's anonymous volumes again.
    ///
    /// A failed create leaves the old container untouched; a failure before it is removed removes the new
    /// one and starts the old one again if it was stopped. Either way the service keeps its container.
    func recreate(_ old: ContainerRecord, as blueprint: ContainerBlueprint, on daemon: Daemon) async throws -> PreparedContainer {
        let role = daemon.role.rawValue
        await sink.progress(ProgressEvent(.container, old.name, "Recreate", role: role))
        do {
            let record = try await replace(old, with: blueprint, on: daemon)
            await sink.progress(ProgressEvent(.container, old.name, "Recreated", role: role))
            return PreparedContainer(record: record, isNew: true)
        } catch {
            await sink.progress(ProgressEvent(.container, old.name, "Error", role: role))
            throw error
        }
    }

    /// The engine calls of `recreate`: create aside, stop and remove the old one, rename the new one.
    private func replace(_ old: ContainerRecord, with blueprint: ContainerBlueprint, on daemon: Daemon) async throws -> ContainerRecord {
        var replacement = blueprint
        replacement.request.labels?[Labels.replace] = replacedName(blueprint)
        try await carryVolumes(of: old, into: &replacement, on: daemon)
        let temporary = "\(old.id.prefix(12))_\(blueprint.name)"
        var record = try await createContainer(replacement, named: temporary, on: daemon)
        record.name = blueprint.name
        guard !options.dryRun else { return record }
        let engine = daemon.engine
        var stopped = false
        do {
            if old.isRunning {
                try await Engines.call("stop \(old.name)") { try await engine.stopContainer(old.id, timeout: options.stopTimeout) }
                stopped = true
            }
            try await Engines.call("remove container \(old.name)") { try await engine.removeContainer(old.id, volumes: false) }
        } catch {
            // Put things back as they were; a step that fails here leaves labelled containers the next `up` sorts out.
            try? await engine.removeContainer(record.id, volumes: false)
            if stopped { try? await engine.startContainer(old.id) }
            throw error
        }
        try await Engines.call("rename \(temporary) to \(blueprint.name)") {
            try await engine.renameContainer(record.id, to: blueprint.name)
        }
        return record
    }

    /// `<service>-<n>`, or the `container_name`, of the container being replaced, for Compose's replace label.
    private func replacedName(_ blueprint: ContainerBlueprint) -> String {
        let generated = "\(blueprint.service)-\(blueprint.request.labels?[Labels.containerNumber] ?? "1")"
        return blueprint.name == "\(project.name)-\(generated)" ? generated : blueprint.name
    }
}
