import ComposeModel
import EngineAPI
import Planner

extension Converger {
    /// `blueprint` as the replacement of the container it recreates (the one of the same name on the
    /// same daemon), as Compose creates it: labelled with the replaced container, and mounting its
    /// anonymous volumes again. Unchanged for a first create.
    func replacing(
        _ blueprint: ContainerBlueprint, of service: Service, role: DaemonRole, on daemon: Daemon
    ) async throws -> ContainerBlueprint {
        guard let previous = existing[service.name]?.first(where: { $0.role == role && $0.record.name == blueprint.name })?.record
        else { return blueprint }
        var result = blueprint
        let number = previous.labels[Labels.containerNumber] ?? "1"
        result.request.labels?[Labels.replace] = service.containerName ?? "\(service.name)-\(number)"
        guard !options.dryRun, !previous.mounts.isEmpty else { return result }
        let reference = blueprint.request.image
        let image = try await Engines.call("inspect image \(reference)") { try await daemon.engine.image(reference) }
        BlueprintBuilder.inheriting(previous.mounts, imageVolumes: Set(image?.volumes ?? []), service: service, into: &result)
        return result
    }
}
