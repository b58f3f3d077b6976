import ComposeModel
import EngineAPI

extension BlueprintBuilder {
    /// `volumes:` that Compose sends as long-form mounts: binds and named volumes with options the
    /// `Binds` strings cannot carry, anonymous volumes, tmpfs, named pipes, images and cluster volumes.
    static func mounts(of service: Service, in context: BlueprintContext) -> [Mount]? {
        let mounts = service.volumes.compactMap { volume -> Mount? in
            guard bindString(volume, in: context) == nil else { return nil }
            switch volume.type {
            case .bind:
                var mount = Mount(type: "bind", source: volume.source, target: volume.target, readOnly: volume.readOnly)
                if hasBindOptions(volume) {
                    var options = Mount.BindOptions(
                        propagation: volume.propagation, nonRecursive: volume.recursive == "disabled" ? true : nil,
                        createMountpoint: volume.createHostPath == true ? true : nil)
                    options.readOnlyNonRecursive = volume.recursive == "writable" ? true : nil
                    options.readOnlyForceRecursive = volume.recursive == "readonly" ? true : nil
                    mount.bindOptions = options
                }
                mount.consistency = volume.consistency
                return mount
            case .volume:
                var mount = Mount(
                    type: "volume", source: volume.source.map(context.volumeName), target: volume.target,
                    readOnly: volume.readOnly)
                if volume.noCopy != nil || volume.subpath != nil || !volume.volumeLabels.isEmpty {
                    mount.volumeOptions = Mount.VolumeOptions(
                        noCopy: volume.noCopy, labels: volume.volumeLabels.isEmpty ? nil : volume.volumeLabels,
                        subpath: volume.subpath)
                }
                mount.consistency = volume.consistency
                return mount
            case .tmpfs:
                var mount = Mount(type: "tmpfs", target: volume.target, readOnly: volume.readOnly)
                if volume.tmpfsSize != nil || volume.tmpfsMode != nil {
                    mount.tmpfsOptions = Mount.TmpfsOptions(sizeBytes: volume.tmpfsSize, mode: volume.tmpfsMode)
                }
                return mount
            case .npipe:
                return Mount(type: "npipe", source: volume.source, target: volume.target)
            case .image:
                var mount = Mount(type: "image", source: volume.source, target: volume.target, readOnly: volume.readOnly)
                mount.imageOptions = volume.imageSubpath.map { Mount.ImageOptions(subpath: $0) }
                return mount
            case .cluster:
                return Mount(type: volume.type.rawValue, source: volume.source, target: volume.target, readOnly: volume.readOnly)
            }
        }
        return mounts.isEmpty ? nil : mounts
    }

    /// `volumes:` that Compose sends as `Binds` strings (`source:target:rw[,z][,rshared][,nocopy]`):
    /// binds whose host path may be created and that set no propagation or recursion, and named
    /// project volumes without `nocopy` or `subpath`. The daemon creates a missing bind source only
    /// for these, so the split is behaviour, not form.
    static func binds(of service: Service, in context: BlueprintContext) -> [String]? {
        let binds = service.volumes.compactMap { bindString($0, in: context) }
        return binds.isEmpty ? nil : binds
    }

    private static func bindString(_ volume: Service.ServiceVolume, in context: BlueprintContext) -> String? {
        let name: String
        switch volume.type {
        case .bind:
            let needsMountAPI = volume.createHostPath != true || volume.propagation != nil || volume.recursive != nil
            guard let source = volume.source, !(hasBindOptions(volume) && needsMountAPI) else { return nil }
            name = source
        case .volume:
            guard let key = volume.source, context.project.volumes[key] != nil, volume.noCopy != true,
                volume.subpath == nil, volume.volumeLabels.isEmpty
            else { return nil }
            name = context.volumeName(key)
        default:
            return nil
        }
        let options = [volume.readOnly == true ? "ro" : "rw", volume.selinux, volume.propagation].compactMap { $0 }
        return "\(name):\(volume.target):\(options.joined(separator: ","))"
    }

    /// True when the volume has a `bind:` section (Compose's short syntax always gives one).
    private static func hasBindOptions(_ volume: Service.ServiceVolume) -> Bool {
        volume.createHostPath != nil || volume.propagation != nil || volume.selinux != nil || volume.recursive != nil
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
