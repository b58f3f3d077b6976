import ComposeModel
import YAML

extension KubernetesConverter {
    /// Pod volumes for `secrets:` and `configs:`: each project secret becomes a Secret, each config a
    /// ConfigMap, holding the file, environment value or inline content read at convert time, mounted at
    /// the service's target.
    mutating func addFiles(of service: Service, os: DaemonRole, to pod: inout PodParts) {
        for (isSecret, references) in [(true, service.secrets), (false, service.configs)] {
            for reference in references {
                let field = isSecret ? "secrets" : "configs"
                guard let object = (isSecret ? input.project.secrets : input.project.configs)[reference.source] else { continue }
                let name = KubernetesName.label(reference.source)
                let key = KubernetesName.key(reference.source)
                if object.external {
                    report(
                        .k8sContent,
                        "external \(field.dropLast()) \(reference.source) is not created: a \(isSecret ? "Secret" : "ConfigMap") \(name) with key \(key) must exist in namespace \(input.namespace)",
                        service, field: field)
                } else if let text = content(of: object), text.utf8.count <= Self.objectLimit {
                    let made = configMap(name, owner: nil, data: [key: text], secret: isSecret)
                    if isSecret { secrets[name] = made } else { configMaps[name] = made }
                } else {
                    report(
                        .k8sContent,
                        "\(field.dropLast()) \(reference.source) is not converted: its content could not be read at convert time, or is over the 1 MiB a \(isSecret ? "Secret" : "ConfigMap") holds",
                        service, field: field)
                    continue
                }
                if reference.uid != nil || reference.gid != nil {
                    report(
                        .k8sUnconverted,
                        "uid/gid of \(field.dropLast()) \(reference.source) are not converted: Kubernetes sets file ownership per pod (fsGroup)",
                        service, field: field)
                }
                let volume = "\(isSecret ? "secret" : "config")-\(pod.volumes.count)"
                var item: [(String, Node?)] = [("key", .string(key)), ("path", .string(key))]
                item.append(("mode", reference.mode.flatMap { Int($0, radix: 8) }.map(KubernetesNode.int)))
                let source = isSecret
                    ? ("secret", KubernetesNode.map([("secretName", .string(name)), ("items", .sequence([KubernetesNode.map(item)]))]))
                    : ("configMap", KubernetesNode.map([("name", .string(name)), ("items", .sequence([KubernetesNode.map(item)]))]))
                pod.volumes.append(KubernetesNode.map([("name", .string(volume)), (source.0, source.1)]))
                pod.mounts.append(KubernetesNode.map([
                    ("name", .string(volume)), ("mountPath", .string(Self.target(of: reference, secret: isSecret, os: os))),
                    ("subPath", .string(key)), ("readOnly", KubernetesNode.bool(true)),
                ]))
            }
        }
    }

    /// The text of a secret or config: its `content:`, its `environment:` variable or its `file:`.
    private func content(of object: FileObject) -> String? {
        if let content = object.content { return content }
        if let variable = object.environment { return input.project.environment[variable] }
        return object.file.flatMap { input.files[$0] }
    }

    /// Where Compose mounts it: the target, or `/run/secrets/<source>` and `/<source>` (on Windows
    /// `C:\ProgramData\Docker\secrets\<source>` and `C:\<source>`) by default.
    static func target(of reference: Service.FileReference, secret: Bool, os: DaemonRole) -> String {
        let target = reference.target ?? reference.source
        if target.hasPrefix("/") || ContainerPath.isWindows(target) { return target }
        switch (os, secret) {
        case (.windows, true): return #"C:\ProgramData\Docker\secrets\"# + target
        case (.windows, false): return #"C:\"# + target
        case (.linux, true): return "/run/secrets/" + target
        case (.linux, false): return "/" + target
        }
    }
}
