import ComposeModel

extension SwarmConverter {
    /// `Mounts`, in the file's order, as the CLI's `convert.Volumes` maps them: named volumes as
    /// `<namespace>_<volume>` (or their `name:`) with the volume's labels and driver, anonymous volumes, binds
    /// with their propagation, tmpfs with size and mode, named pipes. Image and cluster volumes are reported.
    mutating func mounts(of service: Service) -> [JSONValue] {
        var mounts: [JSONValue] = []
        for volume in service.volumes {
            var fields: [(String, JSONValue?)] = [
                ("Type", .string(volume.type.rawValue)), ("Source", volume.source.map(JSONValue.string)),
                ("Target", .string(volume.target)), ("ReadOnly", SwarmJSON.flag(volume.readOnly)),
                ("Consistency", volume.consistency.map(JSONValue.string)),
            ]
            switch volume.type {
            case .volume:
                guard let key = volume.source else { break }
                let declared = input.project.volumes[key]
                let external = declared?.external ?? false
                fields[1].1 = .string(objectName(key: key, name: declared?.name ?? scope(key), external: external))
                let driver = declared.flatMap { declared in
                    declared.driver == nil && declared.driverOpts.isEmpty
                        ? nil
                        : SwarmJSON.object([
                            ("Name", declared.driver.map(JSONValue.string)), ("Options", SwarmJSON.strings(declared.driverOpts)),
                        ])
                }
                fields.append(("VolumeOptions", SwarmJSON.object([
                    ("NoCopy", SwarmJSON.flag(volume.noCopy)),
                    ("Labels", external ? nil : stackLabels(declared?.labels ?? [:])),
                    ("DriverConfig", external ? nil : driver),
                ])))
                if volume.subpath != nil {
                    report(.swarmIgnored, "volumes subpath of \(volume.target) is left out: Engine API 1.41 has no such option", service, field: "volumes")
                }
            case .bind, .npipe:
                if volume.propagation != nil || volume.createHostPath != nil {
                    fields.append(("BindOptions", SwarmJSON.object([("Propagation", volume.propagation.map(JSONValue.string))])))
                }
                if volume.selinux != nil || volume.recursive != nil {
                    report(
                        .swarmIgnored,
                        "volumes selinux and recursive options of \(volume.target) are left out: a Swarm mount has no such option",
                        service, field: "volumes")
                }
            case .tmpfs:
                if volume.tmpfsSize != nil || volume.tmpfsMode != nil {
                    fields.append(("TmpfsOptions", SwarmJSON.object([
                        ("SizeBytes", volume.tmpfsSize.map { .int(Int($0)) }), ("Mode", volume.tmpfsMode.map(JSONValue.int)),
                    ])))
                }
            case .cluster, .image:
                report(
                    .swarmUnsupported,
                    "volumes type \(volume.type.rawValue) (\(volume.target)) cannot be mounted by a Swarm service of Engine API 1.41",
                    service, field: "volumes")
                continue
            }
            mounts.append(SwarmJSON.object(fields))
        }
        return mounts
    }
}
