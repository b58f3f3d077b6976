import ComposeModel
import YAML

extension KubernetesConverter {
    /// The size a PersistentVolumeClaim asks for: Compose volumes have no size.
    static let claimSize = "1Gi"

    /// The most a Secret or ConfigMap holds.
    static let objectLimit = 1 << 20

    /// Pod volumes for `volumes:`: a PersistentVolumeClaim per named volume, `emptyDir` for anonymous
    /// volumes and tmpfs, a ConfigMap for a bind-mounted file; host directories and pipes are reported.
    mutating func addStorage(of service: Service, os: DaemonRole, to pod: inout PodParts) {
        for (index, volume) in service.volumes.enumerated() {
            let name = "volume-\(index)"
            var source: (kind: String, spec: Node)
            var subPath = volume.subpath
            var readOnly = volume.readOnly == true
            switch volume.type {
            case .volume where volume.source != nil:
                let key = volume.source ?? ""
                let claim = KubernetesName.label(key)
                if input.project.volumes[key]?.external == true {
                    report(
                        .k8sContent,
                        "external volume \(key) is not created: a PersistentVolumeClaim \(claim) must exist in namespace \(input.namespace)",
                        service, field: "volumes")
                } else if claims[claim] == nil {
                    claims[claim] = self.claim(claim, volume: key)
                }
                source = ("persistentVolumeClaim", KubernetesNode.map([("claimName", .string(claim))]))
                pod.usesClaim = true
            case .volume:
                source = ("emptyDir", KubernetesNode.map([]))
            case .tmpfs:
                let size = volume.tmpfsSize.map { KubernetesNode.int(Int($0)) }
                source = ("emptyDir", KubernetesNode.map([("medium", .string("Memory")), ("sizeLimit", size)]))
            case .bind:
                guard let path = volume.source, let text = input.files[path], text.utf8.count <= Self.objectLimit else {
                    report(
                        .k8sContent,
                        "bind mount of \(volume.source ?? "?") is not converted: only a readable text file of at most 1 MiB becomes a ConfigMap; a host directory has no place in a cluster (use a volume)",
                        service, field: "volumes")
                    continue
                }
                let key = KubernetesName.key(path)
                var map = KubernetesName.label("\(service.name)-\(key)")
                // Two files of one name (`a/app.conf`, `b/app.conf`) get one ConfigMap each.
                if configMaps[map] != nil { map = KubernetesName.label("\(service.name)-\(index)-\(key)") }
                configMaps[map] = configMap(map, owner: service.name, data: [key: text])
                source = ("configMap", KubernetesNode.map([("name", .string(map))]))
                subPath = key
                if !readOnly {
                    report(
                        .k8sContent,
                        "bind mount of \(path) becomes ConfigMap \(map), mounted read-only: the container's writes no longer reach the host file",
                        service, field: "volumes")
                }
                readOnly = true
            case .npipe:
                report(
                    .k8sWindows,
                    "named pipe mount \(volume.source ?? "") is not converted: it needs a hostPath of the pipe on the Windows node (and the node's consent to expose it)",
                    service, field: "volumes")
                continue
            case .cluster, .image:
                report(
                    .k8sUnconverted,
                    "a \(volume.type.rawValue) mount has no Kubernetes counterpart in this conversion",
                    service, field: "volumes")
                continue
            }
            pod.volumes.append(KubernetesNode.map([("name", .string(name)), (source.kind, source.spec)]))
            pod.mounts.append(KubernetesNode.map([
                ("name", .string(name)), ("mountPath", .string(volume.target)),
                ("subPath", subPath.map(KubernetesNode.string)), ("readOnly", readOnly ? KubernetesNode.bool(true) : nil),
            ]))
        }
    }

    private func claim(_ name: String, volume key: String) -> Node {
        let spec = KubernetesNode.map([
            ("accessModes", .sequence([.string("ReadWriteOnce")])),
            ("resources", KubernetesNode.map([("requests", KubernetesNode.map([("storage", .string(Self.claimSize))]))])),
        ])
        return KubernetesNode.object(
            "v1", "PersistentVolumeClaim", name: name, namespace: input.namespace, labels: projectLabels, [("spec", spec)])
    }

    /// A ConfigMap (or, with `secret`, an Opaque Secret) holding `data`.
    func configMap(_ name: String, owner: String?, data: [String: String], secret: Bool = false) -> Node {
        let labels = owner.map(labels(of:)) ?? projectLabels
        return KubernetesNode.object(
            "v1", secret ? "Secret" : "ConfigMap", name: name, namespace: input.namespace, labels: labels,
            [("type", secret ? .string("Opaque") : nil), (secret ? "stringData" : "data", KubernetesNode.strings(data) ?? KubernetesNode.map([]))])
    }
}
