import ComposeModel
import EngineAPI

extension BlueprintBuilder {
    /// The replacement of a recreated container keeps its predecessor's anonymous volumes, as
    /// Compose's `buildContainerMountOptions` does: each old mount (not tmpfs) at a path the image
    /// declares as a `VOLUME`, or at the target of one of the service's anonymous volumes, is mounted
    /// again from the same volume, unless the service mounts something with a source there. The hash
    /// is left as it is: carrying volumes over changes nothing that decides keep or recreate.
    static func inheriting(
        _ previous: [ContainerRecord.MountedVolume], imageVolumes: Set<String>, service: Service,
        into blueprint: inout ContainerBlueprint
    ) {
        let anonymous = Set(service.volumes.filter { $0.source == nil && $0.type != .tmpfs }.map(\.target))
        let sourced = Set(service.volumes.filter { $0.source != nil }.map(\.target))
        var inherited: [Mount] = []
        for old in previous where old.type != "tmpfs" && !sourced.contains(old.destination) {
            guard imageVolumes.contains(old.destination) || anonymous.contains(old.destination) else { continue }
            inherited.append(Mount(type: old.type, source: old.source, target: old.destination, readOnly: old.readOnly))
        }
        guard !inherited.isEmpty else { return }
        let targets = Set(inherited.map(\.target))
        let own = (blueprint.request.hostConfig?.mounts ?? []).filter { !targets.contains($0.target) }
        blueprint.request.hostConfig?.mounts = own + inherited
    }
}
