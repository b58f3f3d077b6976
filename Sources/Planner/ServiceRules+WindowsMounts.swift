import ComposeModel

extension ServiceRules {
    /// Windows mounts: directories only, drive-path targets that are not a drive root, no tmpfs.
    mutating func checkWindowsMounts(fileBindSources: Set<String>) {
        if !service.tmpfs.isEmpty {
            report(.winTmpfs, "tmpfs is not supported on Windows", field: "tmpfs")
        }
        for volume in service.volumes {
            if volume.type == .tmpfs {
                report(.winTmpfs, "tmpfs mount \(volume.target) is not supported on Windows", at: volume.mark)
                continue
            }
            if volume.type == .bind, let source = volume.source {
                if fileBindSources.contains(source) {
                    report(
                        .winFileBind, "bind source \(source) is a file; Windows can only bind directories",
                        at: volume.mark)
                } else if ContainerPath.looksLikeFile(source) {
                    report(
                        .winFileBind, "bind source \(source) looks like a file; Windows can only bind directories",
                        at: volume.mark, severity: .warning)
                }
            }
            if ContainerPath.isPOSIXAbsolute(volume.target) {
                report(
                    .winLinuxPath,
                    "mount target \(volume.target) is a Linux path; a Windows container needs a drive path such as C:\\data",
                    at: volume.mark)
            } else if ContainerPath.isDriveRoot(volume.target) {
                report(
                    .winDriveRoot, "mount target \(volume.target) is a drive root, which Windows refuses",
                    at: volume.mark)
            }
        }
        for (kind, references) in [("secret", service.secrets), ("config", service.configs)] {
            for reference in references {
                // Compose's default secret target becomes the Windows engine's secrets directory at run time.
                guard let target = reference.target, ContainerPath.isPOSIXAbsolute(target),
                    !(kind == "secret" && target == "/run/secrets/\(reference.source)")
                else { continue }
                report(
                    .winSecretTarget,
                    "\(kind) \(reference.source) targets \(target), a Linux path in a Windows container; set target: C:\\...",
                    at: reference.mark)
            }
        }
    }
}
