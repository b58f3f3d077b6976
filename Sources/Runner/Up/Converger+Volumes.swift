import ComposeModel
import EngineAPI
import Planner

extension Converger {
    /// Mounts the anonymous volumes of `old` (those of the service and of the image's `VOLUME`s) into
    /// its replacement again, as Compose does on recreate (not under `-V`).
    func carryVolumes(of old: ContainerRecord, into blueprint: inout ContainerBlueprint, on daemon: Daemon) async throws {
        guard !options.dryRun, !old.mounts.isEmpty, options.inheritsVolumes(blueprint.service),
            let service = project.services[blueprint.service]
        else { return }
        let reference = blueprint.request.image
        let image = try await Engines.call("inspect image \(reference)") { try await daemon.engine.image(reference) }
        BlueprintBuilder.inheriting(old.mounts, imageVolumes: Set(image?.volumes ?? []), service: service, into: &blueprint)
    }
}
