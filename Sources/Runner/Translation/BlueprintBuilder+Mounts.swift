import ComposeModel
import EngineAPI

extension BlueprintBuilder {
    /// `volumes:` as long-form mounts: binds, named and anonymous volumes, tmpfs and named pipes.
    static func mounts(of service: Service, in context: BlueprintContext) -> [Mount]? {
        let mounts = service.volumes.compactMap { volume -> Mount? in
            switch volume.type {
            case .bind:
                var mount = Mount(type: "bind", source: volume.source, target: volume.target, readOnly: volume.readOnly)
                if volume.propagation != nil || volume.recursive != nil {
                    mount.bindOptions = Mount.BindOptions(
                        propagation: volume.propagation, nonRecursive: volume.recursive == "disabled" ? true : nil)
                }
                return mount
            case .volume:
                var mount = Mount(
                    type: "volume", source: volume.source.map(context.volumeName), target: volume.target,
                    readOnly: volume.readOnly)
                if volume.noCopy != nil || volume.subpath != nil {
                    mount.volumeOptions = Mount.VolumeOptions(noCopy: volume.noCopy, subpath: volume.subpath)
                }
                return mount
            case .tmpfs:
                var mount = Mount(type: "tmpfs", target: volume.target, readOnly: volume.readOnly)
                if volume.tmpfsSize != nil || volume.tmpfsMode != nil {
                    mount.tmpfsOptions = Mount.TmpfsOptions(sizeBytes: volume.tmpfsSize, mode: volume.tmpfsMode)
                }
                return mount
            case .npipe:
                return Mount(type: "npipe", source: volume.source, target: volume.target)
            case .cluster, .image:
                return Mount(type: volume.type.rawValue, source: volume.source, target: volume.target, readOnly: volume.readOnly)
            }
        }
        return mounts.isEmpty ? nil : mounts
    }

    /// `tmpfs:` entries (`/run:size=64k`) as path → options.
    static func tmpfs(of service: Service) -> [String: String]? {
        guard !service.tmpfs.isEmpty else { return nil }
        var result: [String: String] = [:]
        for entry in service.tmpfs {
            let parts = entry.split(separator: ":", maxSplits: 1).map(String.init)
            guard let path = parts.first else { continue }
            result[path] = parts.count > 1 ? parts[1] : ""
        }
        return result
    }

    /// Names of the project's named volumes a service mounts.
    static func namedVolumeKeys(of service: Service) -> [String] {
        service.volumes.compactMap { $0.type == .volume ? $0.source : nil }
    }
}
